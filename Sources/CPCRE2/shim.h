// PCRE2's generic names are function-like macros that Swift cannot import, so the
// code-unit width is fixed here and Swift calls the `_8`-suffixed functions directly.
#ifndef FIDELINT_CPCRE2_SHIM_H
#define FIDELINT_CPCRE2_SHIM_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
