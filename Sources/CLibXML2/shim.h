// libxml2's HTML parser. LIBXML_ICU_ENABLED is undefined because Debian's ICU headers clash with
// Foundation's ICU module under Swift 6.3.1 (swiftlang/swift#88485); Swift never uses the ICU
// fields it hides. xmlFree is a global function pointer, which Swift 6 rejects, so it is wrapped.
#ifndef FIDELINT_CLIBXML2_SHIM_H
#define FIDELINT_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>
static inline void clibxml2_free(void *p) { xmlFree(p); }
#endif
