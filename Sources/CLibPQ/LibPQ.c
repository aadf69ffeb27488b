// libpq opened on first use instead of at every start: binding libpq and the 21 libraries it
// needs (TLS, Kerberos, LDAP) was three quarters of `evsh -c quit` (docs/shell.md, "Start-up").
// Each function evsh calls is defined here with libpq's own signature and forwards to the
// library's, so the Swift code calls libpq as if it were linked.
#include "CLibPQ.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

#define LIBPQ_FUNCTIONS(X) \
    X(PGconn *, PQconnectdbParams, (const char *const *keywords, const char *const *values, int expand_dbname), (keywords, values, expand_dbname)) \
    X(ConnStatusType, PQstatus, (const PGconn *conn), (conn)) \
    X(char *, PQerrorMessage, (const PGconn *conn), (conn)) \
    X(char *, PQdb, (const PGconn *conn), (conn)) \
    X(char *, PQuser, (const PGconn *conn), (conn)) \
    X(char *, PQhost, (const PGconn *conn), (conn)) \
    X(char *, PQport, (const PGconn *conn), (conn)) \
    X(int, PQsocket, (const PGconn *conn), (conn)) \
    X(int, PQsetClientEncoding, (PGconn *conn, const char *encoding), (conn, encoding)) \
    X(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn *conn, PQnoticeProcessor proc, void *arg), (conn, proc, arg)) \
    X(PGresult *, PQexecParams, (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues, const int *paramLengths, const int *paramFormats, int resultFormat), (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat)) \
    X(PGresult *, PQprepare, (PGconn *conn, const char *stmtName, const char *query, int nParams, const Oid *paramTypes), (conn, stmtName, query, nParams, paramTypes)) \
    X(PGresult *, PQdescribePrepared, (PGconn *conn, const char *stmt), (conn, stmt)) \
    X(int, PQsendQuery, (PGconn *conn, const char *query), (conn, query)) \
    X(int, PQsendQueryParams, (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues, const int *paramLengths, const int *paramFormats, int resultFormat), (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat)) \
    X(PGresult *, PQgetResult, (PGconn *conn), (conn)) \
    X(int, PQconsumeInput, (PGconn *conn), (conn)) \
    X(int, PQisBusy, (PGconn *conn), (conn)) \
    X(int, PQgetCopyData, (PGconn *conn, char **buffer, int async), (conn, buffer, async)) \
    X(ExecStatusType, PQresultStatus, (const PGresult *res), (res)) \
    X(char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode)) \
    X(int, PQntuples, (const PGresult *res), (res)) \
    X(int, PQnfields, (const PGresult *res), (res)) \
    X(char *, PQfname, (const PGresult *res, int field_num), (res, field_num)) \
    X(Oid, PQftype, (const PGresult *res, int field_num), (res, field_num)) \
    X(char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num)) \
    X(int, PQgetisnull, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num)) \
    X(PGcancel *, PQgetCancel, (PGconn *conn), (conn)) \
    X(int, PQcancel, (PGcancel *cancel, char *errbuf, int errbufsize), (cancel, errbuf, errbufsize))

#define LIBPQ_PROCEDURES(X) \
    X(PQfinish, (PGconn *conn), (conn)) \
    X(PQclear, (PGresult *res), (res)) \
    X(PQfreemem, (void *ptr), (ptr)) \
    X(PQfreeCancel, (PGcancel *cancel), (cancel))

#define POINTER(ret, name, params, args) ret (*name) params;
#define PROCEDURE_POINTER(name, params, args) void (*name) params;
static struct {
    LIBPQ_FUNCTIONS(POINTER)
    LIBPQ_PROCEDURES(PROCEDURE_POINTER)
} libpq;

static pthread_once_t opened = PTHREAD_ONCE_INIT;
static const char *failure;

static void open_libpq(void) {
    void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        failure = dlerror();
        if (!failure) failure = "libpq.so.5 could not be opened";
        return;
    }
#define FIND(name) \
    if (!(*(void **)&libpq.name = dlsym(handle, #name))) { failure = "libpq.so.5 lacks " #name; return; }
#define FIND_FUNCTION(ret, name, params, args) FIND(name)
#define FIND_PROCEDURE(name, params, args) FIND(name)
    LIBPQ_FUNCTIONS(FIND_FUNCTION)
    LIBPQ_PROCEDURES(FIND_PROCEDURE)
}

const char *evsh_libpq_open(void) {
    pthread_once(&opened, open_libpq);
    return failure;
}

// Every call opens the library first (a single atomic check once it is open). Only
// PQconnectdbParams can be reached before a connection exists; when the library cannot be
// opened it answers NULL, which the caller reports as "out of memory" unless it asked
// evsh_libpq_open first, as EvidencePostgres does.
#define FORWARD(ret, name, params, args) \
    ret name params { \
        if (evsh_libpq_open()) return (ret)0; \
        return libpq.name args; \
    }
#define FORWARD_PROCEDURE(name, params, args) \
    void name params { \
        if (evsh_libpq_open()) return; \
        libpq.name args; \
    }
LIBPQ_FUNCTIONS(FORWARD)
LIBPQ_PROCEDURES(FORWARD_PROCEDURE)
