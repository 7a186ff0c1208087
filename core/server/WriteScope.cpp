// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/WriteScope.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/EncodedChange.h"
#include "core/schema/StationScope.h"
#include "core/sync/ChangeImporter.h"

#include <QSet>

namespace ff {

WriteScope::WriteScope(Database& db) : m_db(db) {}

QString WriteScope::refusal(const QString& device, const QByteArray& householdId)
{
    const std::optional<Writer> w = writer(device);
    // A revoked device writes nowhere (a change it sent before, waiting for its household, too).
    if (w && w->revoked)
        return ChangeImporter::kOutOfScope;
    if (!w || w->role == Role::County)
        return {};
    // A station's record: its station's supervisors write it; caseworkers only read it.
    if (StationScope::isStationScope(householdId)) {
        if (w->role != Role::Supervisor)
            return StationScope::refusal();
        const QString station = StationScope::stationOf(QString::fromUtf8(householdId));
        return !station.isEmpty() && station == w->station ? QString() : ChangeImporter::kOutOfScope;
    }
    const QPair<QString, QByteArray> key{device, householdId};
    auto verdict = m_verdicts.constFind(key);
    if (verdict == m_verdicts.cend())
        verdict = m_verdicts.insert(key, mayWrite(*w, householdId));
    return verdict.value() ? QString() : ChangeImporter::kOutOfScope;
}

void WriteScope::readAhead(const QList<EncodedChange>& batch)
{
    QHash<QString, QStringList> byDevice;
    QSet<QPair<QString, QByteArray>> listed;
    for (const EncodedChange& c : batch) {
        const QPair<QString, QByteArray> key{c.id.device, c.householdId};
        if (c.householdId.isEmpty() || StationScope::isStationScope(c.householdId) ||
            m_verdicts.contains(key) || listed.contains(key))
            continue;
        listed.insert(key);
        byDevice[c.id.device].append(QString::fromUtf8(c.householdId));
    }
    const QString list = QStringLiteral("(SELECT value FROM %1)").arg(m_db.dialect().listTable());
    for (auto it = byDevice.cbegin(); it != byDevice.cend(); ++it) {
        const std::optional<Writer> w = writer(it.key());
        if (!w || w->revoked || w->role == Role::County)
            continue; // refusal() answers without a statement
        QHash<QString, QString> assigned;
        Query q(m_db);
        q.prepare(
            QStringLiteral("SELECT household_id, caseworker FROM server_assignment WHERE household_id IN ") +
            list);
        q.addBindList(it.value());
        if (!q.exec())
            continue;
        while (q.next())
            assigned.insert(q.value(0).toString(), q.value(1).toString());
        QSet<QString> here;
        q.prepare(QStringLiteral(
                      "SELECT record_id FROM record_heads WHERE entity = 'household' AND record_id IN ") +
                  list);
        q.addBindList(it.value());
        if (!q.exec())
            continue;
        while (q.next())
            here.insert(q.value(0).toString());
        for (const QString& household : it.value()) {
            const QPair<QString, QByteArray> key{it.key(), household.toUtf8()};
            const auto caseworker = assigned.constFind(household);
            // As mayWrite: held by a caseworker the writer covers; or new here, its creator's. A
            // household that left the writer, or is here unassigned, is left to mayWrite.
            if (caseworker != assigned.cend() ? covers(*w, *caseworker) : !here.contains(household))
                m_verdicts.insert(key, true);
        }
    }
}

QString WriteScope::assigneeRefusal(const QString& device, const QString& caseworker)
{
    const std::optional<Writer> w = writer(device);
    if (!w)
        return {}; // not judged here, as for scope
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT role, station FROM server_user WHERE name = ?"));
    q.addBindValue(caseworker);
    if (!q.exec() || !q.next() || roleFromName(q.value(0).toString()) != Role::Caseworker)
        return ChangeImporter::kNotStationCaseworker;
    if (w->role == Role::County)
        return {};
    return w->role == Role::Supervisor && !w->station.isEmpty() && q.value(1).toString() == w->station
               ? QString()
               : ChangeImporter::kNotStationCaseworker;
}

std::optional<WriteScope::Writer> WriteScope::writer(const QString& device)
{
    auto known = m_writers.constFind(device);
    if (known != m_writers.cend())
        return known.value();
    Query q(m_db);
    q.prepare(
        QStringLiteral("SELECT u.name, u.role, u.station, d.pulled_seq, d.revoked_at FROM server_device d"
                       " JOIN server_user u ON u.name = d.user WHERE d.id = ?"));
    q.addBindValue(device);
    std::optional<Writer> w;
    if (q.exec() && q.next()) {
        if (const std::optional<Role> role = roleFromName(q.value(1).toString()))
            w = Writer{q.value(0).toString(), *role, q.value(2).toString(), q.value(3).toLongLong(),
                       !q.value(4).isNull()};
    }
    m_writers.insert(device, w);
    return w;
}

bool WriteScope::covers(const Writer& writer, const QString& user)
{
    if (user == writer.user)
        return true;
    if (writer.role != Role::Supervisor || writer.station.isEmpty())
        return false;
    auto station = m_stations.constFind(user);
    if (station == m_stations.cend()) {
        Query q(m_db);
        q.prepare(QStringLiteral("SELECT station FROM server_user WHERE name = ?"));
        q.addBindValue(user);
        station = m_stations.insert(user, q.exec() && q.next() ? q.value(0).toString() : QString());
    }
    return station.value() == writer.station;
}

bool WriteScope::mayWrite(const Writer& writer, const QByteArray& householdId)
{
    const QString household = QString::fromUtf8(householdId);
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT caseworker FROM server_assignment WHERE household_id = ?"));
    q.addBindValue(household);
    if (q.exec() && q.next()) {
        if (covers(writer, q.value(0).toString()))
            return true;
        // It left the writer's scope: theirs until their device has pulled past that.
        q.prepare(QStringLiteral(
            "SELECT caseworker FROM server_scope_exit WHERE household_id = ? AND at_seq >= ?"));
        q.addBindValue(household);
        q.addBindValue(writer.pulledSeq);
        if (!q.exec())
            return false;
        while (q.next()) {
            if (covers(writer, q.value(0).toString()))
                return true;
        }
        return false;
    }
    q.prepare(QStringLiteral("SELECT 1 FROM record_heads WHERE entity = 'household' AND record_id = ?"));
    q.addBindValue(household);
    if (!q.exec() || !q.next())
        return true; // new here: its creator's
    // Here, and no caseworker holds it: the user whose device created it.
    q.prepare(QStringLiteral("SELECT d.user FROM journal j JOIN server_device d ON d.id = j.device"
                             " WHERE j.record_id = ? AND j.entity = 'household' AND j.op = 'create'"
                             " ORDER BY j.seq LIMIT 1"));
    q.addBindValue(household);
    return q.exec() && q.next() && covers(writer, q.value(0).toString());
}

} // namespace ff
