// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/SqlFunctions.h"

#include "core/db/Migrations.h"

#include <sqlite3.h>

#include <map>

namespace ff {

namespace {
/// By name. The nodes of a std::map never move, so SQLite keeps a pointer to each function.
std::map<QByteArray, SqlFunctions::TextFunction>& installed()
{
    static std::map<QByteArray, SqlFunctions::TextFunction> functions;
    return functions;
}

void callText(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto function = *static_cast<const SqlFunctions::TextFunction*>(sqlite3_user_data(context));
    // SQL NULL is a null QString, as Qt Sql reads it.
    const auto* text = static_cast<const QChar*>(sqlite3_value_text16(argv[0]));
    const QString in = text ? QString(text, sqlite3_value_bytes16(argv[0]) / 2) : QString();
    const QString out = function(in);
    if (out.isNull())
        sqlite3_result_null(context);
    else
        sqlite3_result_text16(context, out.utf16(), int(out.size() * 2), SQLITE_TRANSIENT);
}

/// Stands for a function a step needs that no layer installed: a step that calls it fails, with
/// its name, and is rolled back.
void notInstalled(sqlite3_context* context, int, sqlite3_value**)
{
    const QByteArray message = *static_cast<const QByteArray*>(sqlite3_user_data(context)) +
                               QByteArrayLiteral("() was not installed (RecordProjections::install())");
    sqlite3_result_error(context, message.constData(), int(message.size()));
}
} // namespace

void SqlFunctions::install(const QString& name, TextFunction function)
{
    installed()[name.toUtf8()] = function;
}

Status SqlFunctions::registerOn(sqlite3* handle, const QStringList& needed)
{
    if (!handle)
        return Error{Migrations::tr("Could not update the database."),
                     QStringLiteral("no SQLite handle for SQL functions")};
    for (auto& [name, function] : installed()) {
        const int rc =
            sqlite3_create_function_v2(handle, name.constData(), 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC,
                                       &function, &callText, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return Error{Migrations::tr("Could not update the database."),
                         QStringLiteral("SQL function %1: %2")
                             .arg(QString::fromUtf8(name), QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    for (const QString& name : needed) {
        const QByteArray utf8 = name.toUtf8();
        if (installed().count(utf8))
            continue;
        // The name, for the message, belongs to the function (SQLite deletes it with it).
        const int rc = sqlite3_create_function_v2(handle, utf8.constData(), 1, SQLITE_UTF16,
                                                  new QByteArray(utf8), &notInstalled, nullptr, nullptr,
                                                  [](void* kept) { delete static_cast<QByteArray*>(kept); });
        if (rc != SQLITE_OK)
            return Error{
                Migrations::tr("Could not update the database."),
                QStringLiteral("SQL function %1: %2").arg(name, QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return Status::ok();
}

} // namespace ff
