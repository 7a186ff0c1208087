// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schema/Role.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ff {

class Database;

/// Where the user of an enrolled device may write, judged at the county's import (the scope a pull
/// gives them, for writing): a household a caseworker holds is written by that caseworker, by the
/// station supervisors of their station and by county staff. A household that left a user's scope
/// (reassigned) is still theirs to write until their device has pulled past the reassignment, so
/// work done before they knew still arrives. A household no caseworker holds is written by the user
/// whose device created it (and their station's supervisors) and by county staff. A household not
/// at the county yet is new: whoever creates it may write it. Devices the county does not know are
/// not judged here (their changes are parked as not from the sender); a revoked device writes
/// nowhere. A device's window for a household that left it closes at the first pull page served
/// to it past the reassignment (`server_device.pulled_seq`, set to the end of the journal when it
/// enrolls).
///
/// A station's record (a volunteer, a service project: its household id is the station's scope id,
/// core/schema/StationScope) is written by the supervisors of that station and by county staff; a
/// county-wide one by county staff only. A caseworker's change to one is refused with
/// StationScope::refusal(), another station's supervisor's as out of scope.
///
/// One WriteScope lives for one import: it remembers each device's user and each verdict.
struct EncodedChange;

class WriteScope
{
public:
    explicit WriteScope(Database& db);

    /// Empty when the user of `device` may write into household `householdId`, else the reason code
    /// to park the change with (ChangeImporter::kOutOfScope).
    QString refusal(const QString& device, const QByteArray& householdId);
    /// Works out at once the verdicts refusal() will be asked for the households of `batch`
    /// that need no more than their assignment and whether they are here: two statements for the
    /// batch instead of two for each household (on PostgreSQL each is a round trip). Asked before
    /// the batch is applied, as refusal() is asked for a household before any of its changes in
    /// the batch is applied; the others are left to refusal().
    void readAhead(const QList<EncodedChange>& batch);

    /// Empty when the user of `device` may give a household to `caseworker`: a caseworker of their
    /// station for a supervisor, any caseworker for county staff; else the reason code to park the
    /// change with (ChangeImporter::kNotStationCaseworker). Who may assign at all is the authority
    /// rule's (a caseworker's device never gets here).
    QString assigneeRefusal(const QString& device, const QString& caseworker);

private:
    struct Writer
    {
        QString user;
        Role role = Role::Caseworker;
        QString station;
        qint64 pulledSeq = 0;
        bool revoked = false;
    };
    std::optional<Writer> writer(const QString& device);
    bool mayWrite(const Writer& writer, const QByteArray& householdId);
    /// Whether `user` is `writer` or, for a supervisor, a user of their station.
    bool covers(const Writer& writer, const QString& user);

    Database& m_db;
    QHash<QString, std::optional<Writer>> m_writers;
    QHash<QPair<QString, QByteArray>, bool> m_verdicts;
    QHash<QString, QString> m_stations; ///< user → station
};

} // namespace ff
