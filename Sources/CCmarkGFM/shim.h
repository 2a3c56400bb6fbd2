// cmark-gfm with its core extensions (the GFM table extension among them).
#ifndef FIDELINT_CCMARKGFM_SHIM_H
#define FIDELINT_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
