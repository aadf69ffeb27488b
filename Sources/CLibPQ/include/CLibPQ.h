// libpq's client API as evsh uses it. The declarations are Debian's libpq-dev header
// (/usr/include/postgresql, reached from the default include path); the library itself,
// libpq.so.5, is opened only when a database is first used (docs/architecture.md, "PostgreSQL").
#ifndef EVSH_CLIBPQ_H
#define EVSH_CLIBPQ_H
#include <postgresql/libpq-fe.h>

/// Opens libpq.so.5 and finds every function evsh calls, once per process. Returns NULL when
/// it is ready, or the loader's reason (e.g. the library is not installed), which stays valid.
const char *evsh_libpq_open(void);

#endif
