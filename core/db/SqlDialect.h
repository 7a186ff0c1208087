// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

/// The few SQL texts that differ between the two stores a Database may be: SQLite (every laptop,
/// and the county by default) and PostgreSQL (the county's optional store, docs/postgresql.md).
///
/// Everything else is written once in the SQL both accept: `INSERT … ON CONFLICT DO NOTHING`
/// instead of `INSERT OR IGNORE`, `CAST(? AS BIGINT)` for a parameter PostgreSQL cannot type from
/// its place, `"user"` quoted (a reserved word in PostgreSQL).
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    /// The larger of two expressions: SQLite's scalar max(a, b), PostgreSQL's GREATEST(a, b).
    QString greatest(const QString& a, const QString& b) const;
    /// A table of the strings of one parameter bound by Query::addBindList (a JSON array), with
    /// one column `value`: `IN (SELECT value FROM <this>)`.
    QString listTable() const;

    /// The PostgreSQL advisory lock every write transaction holds until it ends (WriteTransaction):
    /// one writer at a time in all the processes on one database, as SQLite's BEGIN IMMEDIATE
    /// gives on a file. So the journal's seq is given in commit order and no pull skips a change.
    static constexpr qint64 kWriteLock = 0x4646'5752'4954'4531; // "FFWRITE1"
    /// Held while the schema is made or brought up to date, so two servers starting at once on
    /// an empty database make it once.
    static constexpr qint64 kSchemaLock = 0x4646'5343'4845'4D41; // "FFSCHEMA"

private:
    Kind m_kind;
};

} // namespace ff
