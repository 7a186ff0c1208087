// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HouseholdAssignment.h"

#include "core/db/Query.h"
#include "core/schema/Role.h"

#include "core/db/Database.h"
#include "core/db/SqlStatement.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/ChangeApplier.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/JournalReplayer.h"
#include "core/journal/JournalWriter.h"

#include <QDateTime>
#include <QSet>

namespace ff {

namespace {} // namespace

HouseholdAssignment::HouseholdAssignment(Database& db, const Session& session) : m_db(db), m_session(session)
{}

Status HouseholdAssignment::assign(const QString& householdId, const QString& caseworker)
{
    Database& db = m_db;
    const auto failed = [&](const QString& detail) {
        return Error{tr("Could not assign the household."), detail};
    };
    Query q(db);
    q.prepare(QStringLiteral("SELECT role, station FROM server_user WHERE name = ?"));
    q.addBindValue(caseworker);
    if (!q.exec() || !q.next() || roleFromName(q.value(0).toString()) != Role::Caseworker)
        return Error{tr("There is no caseworker called “%1”.").arg(caseworker), {}};
    const QString station = q.value(1).toString();
    q.prepare(QStringLiteral("SELECT 1 FROM record_heads WHERE entity = 'household' AND record_id = ?"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return Error{tr("There is no household “%1” on this server: households arrive with the packages "
                        "and syncs of the laptops that made them (fieldfile-server households lists them).")
                         .arg(householdId),
                     {}};
    q.prepare(QStringLiteral("SELECT caseworker FROM server_assignment WHERE household_id = ?"));
    q.addBindValue(householdId);
    if (q.exec() && q.next() && q.value(0).toString() == caseworker)
        return Status::ok(); // already theirs: nothing to do, nothing journaled
    q.finish();

    WriteTransaction tx(db);
    if (!tx.isOpen())
        return failed(tx.error());
    if (Status s = record(householdId, caseworker, station); !s)
        return s;
    if (!tx.commit())
        return failed(tx.error());
    return Status::ok();
}

Status HouseholdAssignment::follow(const QString& householdId, const QString& caseworker)
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT station FROM server_user WHERE name = ?"));
    q.addBindValue(caseworker);
    if (!q.exec() || !q.next())
        return Error{tr("Could not assign the household."), QStringLiteral("no user %1").arg(caseworker)};
    const QString station = q.value(0).toString();
    q.finish();
    return record(householdId, caseworker, station);
}

Status HouseholdAssignment::record(const QString& householdId, const QString& caseworker,
                                   const QString& station)
{
    Database& db = m_db;
    const auto failed = [&](const QString& detail) {
        return Error{tr("Could not assign the household."), detail};
    };
    Query q(db);
    // The journal position the laptops of the previous caseworker have seen: from there on they
    // are told to forget the household.
    q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal"));
    q.next();
    const qint64 before = q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO server_scope_exit(household_id, caseworker, at_seq)"
                             " SELECT household_id, caseworker, CAST(? AS BIGINT) FROM server_assignment"
                             " WHERE household_id = ? AND caseworker <> ?"));
    q.addBindValue(before);
    q.addBindValue(householdId);
    q.addBindValue(caseworker);
    if (!q.exec())
        return failed(q.lastErrorText());

    // The county's change: who the household belongs to, over every value these fields had,
    // through the one writer (journaled, the county's device sequence and clock).
    QVariantMap fields = {{QStringLiteral("caseworker"), caseworker}};
    if (!station.isEmpty())
        fields.insert(QStringLiteral("station"), station);
    JournalWriter::Options options;
    options.recordRows = false;
    options.supersedeAllHeads = true;
    options.markKept = false;
    if (Status s =
            JournalWriter(m_db, m_session)
                .commit({{QStringLiteral("household"), householdId, householdId, Change::Op::Update, fields}},
                        options);
        !s)
        return failed(s.error().detail);

    // Pulls of the new caseworker's (and station's) laptops from before this change carry the
    // household's whole history.
    q.prepare(
        QStringLiteral("INSERT INTO server_assignment(household_id, caseworker, assigned_at, assigned_seq)"
                       " VALUES(?, ?, ?, (SELECT max(seq) FROM journal))"
                       " ON CONFLICT(household_id) DO UPDATE SET caseworker = excluded.caseworker,"
                       " assigned_at = excluded.assigned_at, assigned_seq = excluded.assigned_seq"));
    q.addBindValue(householdId);
    q.addBindValue(caseworker);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return failed(q.lastErrorText());
    return Status::ok();
}

Status HouseholdAssignment::claimCreated(const QList<QByteArray>& households, const QString& senderUser)
{
    Database& db = m_db;
    Query q(db);
    q.prepare(QStringLiteral("SELECT role FROM server_user WHERE name = ?"));
    q.addBindValue(senderUser);
    if (!q.exec() || !q.next() || roleFromName(q.value(0).toString()) != Role::Caseworker)
        return Status::ok();
    q.finish();
    if (households.isEmpty())
        return Status::ok();
    // assigned_seq 0: the household's whole history lies after every cursor from before its import.
    // One statement for all of them (a whole caseload's import names thousands).
    QStringList ids;
    ids.reserve(households.size());
    for (const QByteArray& household : households)
        ids.append(QString::fromUtf8(household));
    q.prepare(
        QStringLiteral("INSERT INTO server_assignment(household_id, caseworker, assigned_at, assigned_seq)"
                       " SELECT h.value, CAST(? AS TEXT), CAST(? AS BIGINT), 0 FROM %1 AS h WHERE EXISTS"
                       " (SELECT 1 FROM record_heads WHERE entity = 'household' AND record_id = h.value)"
                       " ON CONFLICT DO NOTHING")
            .arg(db.dialect().listTable()));
    q.addBindValue(senderUser);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindList(ids);
    if (!q.exec())
        return Error{tr("Could not assign the household."), q.lastErrorText()};
    return Status::ok();
}

} // namespace ff
