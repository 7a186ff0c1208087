// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Database.h"
#include "core/journal/Session.h"
#include "core/records/HouseholdFile.h"

#include <memory>
#include <QTemporaryDir>

namespace ff::test {

/// The two stores a county database may be (docs/postgresql.md).
enum class Store
{
    Sqlite,
    Postgres
};
QString storeName(Store store);

/// A real database file with the real schema in a temporary folder, removed afterwards.
class TempDatabase
{
public:
    TempDatabase();
    /// For Store::Postgres: a new database in the test program's PostgreSQL cluster
    /// (PostgresCluster), with its local files (the county's key file) in the temporary folder at
    /// path(); not open when the cluster is not running (skipReason() says why).
    explicit TempDatabase(Store store);
    bool isOpen() const { return m_db->isOpen(); }
    QString skipReason() const { return m_skipReason; }
    Store store() const { return m_store; }
    Database& db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString dir() const { return m_dir.path(); }

    /// Every row of every table the journal materialises, as text, in a fixed order: two databases
    /// with equal dumps hold the same data.
    static QString dumpTables(Database& db);
    /// The rows of the record tables and the search index only: equal for databases that hold the
    /// same records, even when their device ids (and so their change ids) differ.
    static QString dumpRecords(Database& db);
    /// Every journal row, as text.
    static QString dumpJournal(Database& db);
    /// What the county keeps (core/server invariant 1), on either store: the journal, the merge
    /// state, parked changes, assignments, scope exits and imports, as text in a fixed order.
    static QString dumpCounty(Database& db);
    /// SHA-256 (hex) of every table of the file — records, journal, merge state, parked changes,
    /// the server's users, devices, imports and assignments, meta — each row in a fixed order,
    /// values with their type: two files with the same hash hold the same data. On PostgreSQL,
    /// every table of the county's schema.
    static QByteArray dumpHash(Database& db);
    static int count(Database& db, const QString& table);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Store m_store = Store::Sqlite;
    QString m_skipReason;
};

/// A caseworker known by name, working by `clock`: the session a test's edits are made in.
inline Session as(const QString& name, const Clock& clock = Clock::system())
{
    return Session::of(name, Role::Caseworker, clock);
}
/// A station supervisor known by name.
inline Session supervisor(const QString& name, const Clock& clock = Clock::system())
{
    return Session::of(name, Role::Supervisor, clock);
}

/// A valid household with a head and one child; ID numbers with correct check digits.
HouseholdFile sampleHousehold(const QString& headName = QStringLiteral("张伟"));
/// sampleHousehold() saved in `db` as `session`; its id.
QString savedHousehold(Database& db, const Session& session,
                       const QString& headName = QStringLiteral("张伟"));
/// `size` random bytes (the same for a seed) that read as a JPEG photo: its first bytes.
QByteArray randomJpeg(qint64 size, quint32 seed = 1);

} // namespace ff::test
