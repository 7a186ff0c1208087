// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Libpq.h"

#include <QLibrary>

namespace ff {

namespace {
template <typename F>
bool resolve(QLibrary& library, const char* name, F& function)
{
    function = reinterpret_cast<F>(library.resolve(name));
    return function != nullptr;
}

const Libpq* load()
{
    // Never unloaded: statements and connections hold its results until the process ends.
    static QLibrary library(QStringLiteral("pq"), 5);
    if (!library.load())
        return nullptr;
    static Libpq pq;
    const bool all =
        resolve(library, "PQclear", pq.PQclear) && resolve(library, "PQcmdTuples", pq.PQcmdTuples) &&
        resolve(library, "PQerrorMessage", pq.PQerrorMessage) && resolve(library, "PQexec", pq.PQexec) &&
        resolve(library, "PQexecParams", pq.PQexecParams) &&
        resolve(library, "PQexecPrepared", pq.PQexecPrepared) &&
        resolve(library, "PQfreemem", pq.PQfreemem) && resolve(library, "PQftype", pq.PQftype) &&
        resolve(library, "PQgetResult", pq.PQgetResult) && resolve(library, "PQgetisnull", pq.PQgetisnull) &&
        resolve(library, "PQgetlength", pq.PQgetlength) && resolve(library, "PQgetvalue", pq.PQgetvalue) &&
        resolve(library, "PQnfields", pq.PQnfields) && resolve(library, "PQntuples", pq.PQntuples) &&
        resolve(library, "PQprepare", pq.PQprepare) && resolve(library, "PQputCopyData", pq.PQputCopyData) &&
        resolve(library, "PQputCopyEnd", pq.PQputCopyEnd) &&
        resolve(library, "PQresultErrorMessage", pq.PQresultErrorMessage) &&
        resolve(library, "PQresultStatus", pq.PQresultStatus) &&
        resolve(library, "PQtransactionStatus", pq.PQtransactionStatus) &&
        resolve(library, "PQunescapeBytea", pq.PQunescapeBytea);
    return all ? &pq : nullptr;
}
} // namespace

const Libpq* Libpq::get()
{
    static const Libpq* const pq = load();
    return pq;
}

} // namespace ff
