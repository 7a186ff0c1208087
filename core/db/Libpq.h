// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libpq-fe.h>

namespace ff {

/// libpq's functions as PostgresStatement and PostgresRowBatch call them, resolved at run time
/// from the libpq that Qt's PostgreSQL driver (QPSQL) loads for its connections.
///
/// Fieldfile links no program with libpq: the laptop's app never opens PostgreSQL, and loading
/// libpq with its fifteen dependencies (OpenSSL, Kerberos, LDAP, GnuTLS) cost each start of the
/// app about 6 ms, a third of what an empty Qt window takes to appear. A PostgreSQL connection
/// exists only through QPSQL, which has loaded libpq by then: resolving from that same library
/// also means the functions are the ones that made the connection. Only the header is needed to
/// build (for the types and constants).
struct Libpq
{
    decltype(&::PQclear) PQclear = nullptr;
    decltype(&::PQcmdTuples) PQcmdTuples = nullptr;
    decltype(&::PQerrorMessage) PQerrorMessage = nullptr;
    decltype(&::PQexec) PQexec = nullptr;
    decltype(&::PQexecParams) PQexecParams = nullptr;
    decltype(&::PQexecPrepared) PQexecPrepared = nullptr;
    decltype(&::PQfreemem) PQfreemem = nullptr;
    decltype(&::PQftype) PQftype = nullptr;
    decltype(&::PQgetResult) PQgetResult = nullptr;
    decltype(&::PQgetisnull) PQgetisnull = nullptr;
    decltype(&::PQgetlength) PQgetlength = nullptr;
    decltype(&::PQgetvalue) PQgetvalue = nullptr;
    decltype(&::PQnfields) PQnfields = nullptr;
    decltype(&::PQntuples) PQntuples = nullptr;
    decltype(&::PQprepare) PQprepare = nullptr;
    decltype(&::PQputCopyData) PQputCopyData = nullptr;
    decltype(&::PQputCopyEnd) PQputCopyEnd = nullptr;
    decltype(&::PQresultErrorMessage) PQresultErrorMessage = nullptr;
    decltype(&::PQresultStatus) PQresultStatus = nullptr;
    decltype(&::PQtransactionStatus) PQtransactionStatus = nullptr;
    decltype(&::PQunescapeBytea) PQunescapeBytea = nullptr;

    /// The functions, resolved on the first call (thread-safe); nullptr when libpq cannot be
    /// loaded or lacks one of them, and then PostgreSQL's statements go through QPSQL alone.
    static const Libpq* get();
};

} // namespace ff
