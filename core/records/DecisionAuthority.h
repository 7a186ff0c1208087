// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Change.h"
#include "core/journal/EncodedChange.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace ff {

class Database;

/// Who may set the authority fields: a status review's decision (decision, decided by, decided
/// on, comment), and the assistance status of a household already on file — a station supervisor
/// or county staff, never a caseworker. A caseworker records a household's status when first
/// registering it, and proposes any change through a status review. The laptop checks its own
/// user before saving (StatusReviewRepository, HouseholdRepository); the county checks every imported change
/// against the role of the user whose device made it (problem(), called by ChangeImporter).
class DecisionAuthority
{
    Q_DECLARE_TR_FUNCTIONS(DecisionAuthority)

public:
    /// The fields only a supervisor or county user may set.
    static const QStringList& decisionFields();
    static bool mayDecide(const QString& role);
    /// Whether only a supervisor or county user may set this field of an existing record: the
    /// decision fields of a status review and a household's assistance status. A conflict on such a
    /// field is settled by them too.
    static bool isAuthorityField(const QString& entity, const QString& field);
    /// The role of this device's user as the county said at enrollment (DeviceSync::role());
    /// a laptop that never enrolled acts as a caseworker.
    static QString localRole(Database& db);

    /// The reason code stored with a parked change that a caseworker's device tried to decide.
    static QString reasonCode();
    static QString reasonText();
    /// The reason code of a parked change of a household's status made on a caseworker's device.
    static QString statusReasonCode();
    static QString statusReasonText();
    /// For import: reasonCode() when `change` sets a decision field, statusReasonCode() when it
    /// changes the status of an existing household, and its device belongs to a caseworker
    /// enrolled in this database; empty otherwise. Devices this database does not know
    /// (a laptop receiving the county's changes, which the county already checked) are not judged.
    static QString problem(QSqlDatabase& db, const EncodedChange& change);
};

} // namespace ff
