// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HouseholdAssignment.h"

#include "core/db/Database.h"
#include "core/db/SqlStatement.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/ChangeApplier.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/JournalReplayer.h"
#include "core/journal/JournalWriter.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ff {

namespace {
const QString kDeviceSeq = QStringLiteral("device_seq");
const QString kHlc = QStringLiteral("hlc_last");
} // namespace

HouseholdAssignment::HouseholdAssignment(Database& db) : m_db(db) {}

Status HouseholdAssignment::assign(const QString& householdId, const QString& caseworker,
                                   const QString& author)
{
    QSqlDatabase& db = m_db.sql();
    const auto failed = [&](const QString& detail) {
        return Error{tr("Could not assign the household."), detail};
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT role, station FROM server_user WHERE name = ?"));
    q.addBindValue(caseworker);
    if (!q.exec() || !q.next() || q.value(0).toString() != QStringLiteral("caseworker"))
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

    const QString device = JournalWriter(m_db).deviceId();
    WriteTransaction tx(db);
    if (!tx.isOpen())
        return failed(tx.error());
    // The journal position the laptops of the previous caseworker have seen: from there on they
    // are told to forget the household.
    q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal"));
    q.next();
    const qint64 before = q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO server_scope_exit(household_id, caseworker, at_seq)"
                             " SELECT household_id, caseworker, ? FROM server_assignment"
                             " WHERE household_id = ? AND caseworker <> ?"));
    q.addBindValue(before);
    q.addBindValue(householdId);
    q.addBindValue(caseworker);
    if (!q.exec())
        return failed(q.lastError().text());

    // The county's change: who the household belongs to, over every value these fields had.
    ChangeApplier applier(m_db);
    applier.keepRecordRows(false);
    const RecordHeads heads = applier.heads(QStringLiteral("household"), householdId);
    HybridLogicalClock clock(Clock::system(), m_db.meta(kHlc, QStringLiteral("0")).toULongLong());
    const qint64 seq = m_db.meta(kDeviceSeq, QStringLiteral("0")).toLongLong() + 1;
    Change change;
    change.id = {device, seq};
    change.hlc = clock.tick();
    change.author = author;
    change.entity = QStringLiteral("household");
    change.recordId = householdId;
    change.householdId = householdId;
    change.op = Change::Op::Update;
    change.fields = {{QStringLiteral("caseworker"), caseworker}};
    if (!station.isEmpty())
        change.fields.insert(QStringLiteral("station"), station);
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        QList<ChangeId> bases;
        for (const FieldHead& h : heads.value(it.key()))
            bases.append(h.change);
        if (!bases.isEmpty())
            change.bases.insert(it.key(), bases);
    }
    if (Status s = applier.apply(change); !s)
        return failed(s.error().detail);
    if (Status s = JournalReplayer::markStale(m_db); !s)
        return failed(s.error().detail);
    if (!m_db.setMeta(kDeviceSeq, QString::number(seq)) || !m_db.setMeta(kHlc, QString::number(clock.last())))
        return failed(db.lastError().text());

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
        return failed(q.lastError().text());
    if (!tx.commit())
        return failed(tx.error());
    return Status::ok();
}

Status HouseholdAssignment::claimCreated(const QList<EncodedChange>& changes, const QString& senderUser)
{
    QSqlDatabase& db = m_db.sql();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT role FROM server_user WHERE name = ?"));
    q.addBindValue(senderUser);
    if (!q.exec() || !q.next() || q.value(0).toString() != QStringLiteral("caseworker"))
        return Status::ok();
    q.finish();
    // assigned_seq 0: the household's whole history lies after every cursor from before its import.
    SqlStatement claim(
        SqlStatement::handleOf(db),
        "INSERT OR IGNORE INTO server_assignment(household_id, caseworker, assigned_at, assigned_seq)"
        " SELECT ?1, ?2, ?3, 0 WHERE EXISTS (SELECT 1 FROM record_heads WHERE entity = 'household'"
        " AND record_id = ?1)");
    const QByteArray user = senderUser.toUtf8();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const EncodedChange& c : changes) {
        if (c.op != Change::Op::Create || c.entity != QLatin1StringView("household"))
            continue;
        claim.bindTextInPlace(1, c.recordId).bindTextInPlace(2, user).bind(3, now);
        if (!claim.run())
            return Error{tr("Could not assign the household."), claim.error()};
    }
    return Status::ok();
}

} // namespace ff
