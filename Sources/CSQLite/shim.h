// SQLite 3 (Debian libsqlite3-dev), for the --cache database.
#ifndef FIDELINT_CSQLITE_SHIM_H
#define FIDELINT_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
