// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/EncodedChange.h"
#include "core/journal/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ff {

class Database;

/// Which caseworker a household belongs to on the county server: what decides the scope of every
/// caseworker's (and, through their station, supervisor's) pulls.
///
/// An assignment by county IT is also a change in the county's journal, made by the county's own
/// device: the household's `caseworker` and `station` fields, superseding every value they had.
/// So the household file shows who it belongs to on every laptop, and — what scope needs — the
/// journal moves past the position the new caseworker's laptops last pulled from, so their next
/// pull always carries the household's whole history (CountyStore::pullPackage), even when
/// nothing else arrived in between.
///
/// A household created on a caseworker's laptop belongs to that caseworker from its import on,
/// unless it is assigned already.
class HouseholdAssignment
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdAssignment)

public:
    /// `session`: who assigns (county IT), by which clock.
    HouseholdAssignment(Database& db, const Session& session);

    /// Assigns a household on this server to a caseworker, in one transaction: the journaled
    /// change, the assignment, and the note for the previous caseworker's laptops to forget it.
    [[nodiscard]] Status assign(const QString& householdId, const QString& caseworker);

    /// Follows an assignment a station supervisor or county user made on a laptop (its change of the
    /// household's `caseworker` has just been imported, checked by WriteScope::assigneeRefusal):
    /// the same as assign() — the county's change of `caseworker` and `station` over every head,
    /// the scope exit, the assignment — inside the caller's import transaction.
    [[nodiscard]] Status follow(const QString& householdId, const QString& caseworker);

    /// Gives `households`, which an import has just brought to the county (ChangeImporter::Report::
    /// newHouseholds), to `senderUser` when that user is a caseworker and the household has no
    /// caseworker yet. Runs inside the caller's import transaction.
    [[nodiscard]] Status claimCreated(const QList<QByteArray>& households, const QString& senderUser);

private:
    /// The journaled change, the scope exit and the assignment (inside a transaction).
    [[nodiscard]] Status record(const QString& householdId, const QString& caseworker,
                                const QString& station);

    Database& m_db;
    Session m_session;
};

} // namespace ff
