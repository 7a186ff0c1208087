// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TempDatabase.h"

#include "core/journal/JournalReplayer.h"
#include "core/model/ResidentId.h"
#include "core/records/HouseholdRepository.h"
#include "tests/support/PostgresCluster.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <stdexcept>

namespace ff::test {

TempDatabase::TempDatabase() : m_db(std::make_unique<Database>())
{
    if (Status s = m_db->open(path()); !s)
        throw std::runtime_error(s.error().detail.toStdString());
}

QString storeName(Store store)
{
    return store == Store::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

TempDatabase::TempDatabase(Store store) : m_db(std::make_unique<Database>()), m_store(store)
{
    QString location = path();
    if (store == Store::Postgres) {
        PostgresCluster& cluster = PostgresCluster::instance();
        location = cluster.newDatabase();
        if (location.isEmpty()) {
            m_skipReason = QStringLiteral("no PostgreSQL: ") + cluster.problem();
            return;
        }
    }
    if (Status s = m_db->open(location, path()); !s)
        throw std::runtime_error((s.error().message + QLatin1Char(' ') + s.error().detail).toStdString());
}

/// The search keys by the household's id, with the sort columns they carry: a key names its
/// household by rowid, which two databases holding the same records need not share. A key whose household has
/// no row shows as "no row".
const QString kSearchKeys =
    QStringLiteral("SELECT k.key, coalesce(h.id, 'no row') AS household, k.village_sort, k.village,"
                   " k.head_sort FROM search_key k LEFT JOIN household h ON h.rowid = k.household_rowid"
                   " ORDER BY 1, 2");

QString dumpQuery(Database& db, const QString& sql)
{
    QString out;
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return QStringLiteral("ERROR ") + sql;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

QString TempDatabase::dumpTables(Database& db)
{
    QString out;
    for (const QString& table : JournalReplayer::derivedTables()) {
        out += QStringLiteral("== ") + table + QLatin1Char('\n');
        if (table == QStringLiteral("search_key")) {
            out += dumpQuery(db, kSearchKeys);
            continue;
        }
        QSqlQuery cols(db.sql());
        cols.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
        QStringList order;
        for (int i = 0; i < cols.record().count(); ++i)
            order << QString::number(i + 1);
        out += dumpQuery(
            db, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QLatin1Char(','))));
    }
    return out;
}

QString TempDatabase::dumpRecords(Database& db)
{
    return dumpQuery(db, QStringLiteral("SELECT * FROM household ORDER BY id")) +
           dumpQuery(db, QStringLiteral("SELECT * FROM member ORDER BY id")) + dumpQuery(db, kSearchKeys);
}

QString TempDatabase::dumpJournal(Database& db)
{
    return dumpQuery(db, QStringLiteral("SELECT * FROM journal ORDER BY seq"));
}

QString TempDatabase::dumpCounty(Database& db)
{
    QString out;
    const QStringList tables = {QStringLiteral("journal ORDER BY seq"),
                                QStringLiteral("record_heads ORDER BY entity, record_id"),
                                QStringLiteral("pending_supersede ORDER BY 1, 2, 3, 4, 5"),
                                QStringLiteral("conflict ORDER BY 1, 2, 3"),
                                QStringLiteral("parked_change ORDER BY id"),
                                QStringLiteral("server_assignment ORDER BY household_id"),
                                QStringLiteral("server_scope_exit ORDER BY 1, 2, 3"),
                                QStringLiteral("server_import ORDER BY package_hash")};
    for (const QString& table : tables)
        out += QStringLiteral("== ") + table + QLatin1Char('\n') +
               dumpQuery(db, QStringLiteral("SELECT * FROM ") + table);
    return out;
}

QByteArray TempDatabase::dumpHash(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.sql());
    tables.exec(db.dialect().isPostgres()
                    ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                                     " ORDER BY tablename")
                    : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : std::as_const(names)) {
        hash.addData(QByteArray("table ") + table.toUtf8() + '\n');
        QSqlQuery cols(db.sql());
        cols.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
        QStringList order;
        for (int i = 0; i < cols.record().count(); ++i)
            order << QString::number(i + 1);
        QSqlQuery rows(db.sql());
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QLatin1Char(','))));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                hash.addData(QByteArray::number(v.isNull() ? -1 : v.typeId()) + ':');
                hash.addData(v.typeId() == QMetaType::QByteArray ? v.toByteArray().toHex()
                                                                 : v.toString().toUtf8());
                hash.addData(QByteArrayView("|"));
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

int TempDatabase::count(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

namespace {
QString makeId(const QString& birth, int seq)
{
    const QString first17 =
        QStringLiteral("371321") + birth + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkDigit(first17);
}
} // namespace

HouseholdFile sampleHousehold(const QString& headName)
{
    HouseholdFile f;
    f.household = {{QStringLiteral("household_no"), QStringLiteral("371321105-000001")},
                   {QStringLiteral("county"), QStringLiteral("沂南县")},
                   {QStringLiteral("township"), QStringLiteral("岸堤镇")},
                   {QStringLiteral("village"), QStringLiteral("东山村")},
                   {QStringLiteral("phone"), QStringLiteral("13812345678")},
                   {QStringLiteral("status"), QStringLiteral("dibao")},
                   {QStringLiteral("annual_income"), 8400},
                   {QStringLiteral("hardship_causes"),
                    QStringList{QStringLiteral("illness"), QStringLiteral("no_labour")}}};
    QVariantMap head = {{QStringLiteral("name"), headName},
                        {QStringLiteral("sex"), QStringLiteral("male")},
                        {QStringLiteral("birth_date"), QStringLiteral("1960-03-15")},
                        {QStringLiteral("id_number"), makeId(QStringLiteral("19600315"), 13)},
                        {QStringLiteral("relation"), QStringLiteral("head")}};
    QVariantMap child = {
        {QStringLiteral("name"), QStringLiteral("张小雨")},
        {QStringLiteral("sex"), QStringLiteral("female")},
        {QStringLiteral("birth_date"), QStringLiteral("2015-09-01")},
        {QStringLiteral("id_number"), makeId(QStringLiteral("20150901"), 22)},
        {QStringLiteral("relation"), QStringLiteral("granddaughter")},
        {QStringLiteral("special_groups"), QStringList{QStringLiteral("left_behind_child")}}};
    f.members = {head, child};
    return f;
}

QString savedHousehold(Database& db, const Session& session, const QString& headName)
{
    HouseholdFile f = sampleHousehold(headName);
    if (Status s = HouseholdRepository(db, session).save(f); !s)
        throw std::runtime_error(s.error().message.toStdString());
    return f.household.value(QStringLiteral("id")).toString();
}

QByteArray randomJpeg(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    bytes.replace(0, 3, QByteArray::fromHex("ffd8ff"));
    return bytes;
}

} // namespace ff::test
