// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/print/PrintedDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace ff {

class Database;

/// The printed household file (一户一档) of one household, to be signed at a visit: the
/// household's details and members, every tab's records (case notes, assessments, the plan,
/// services, visits, referrals, risk flags, status reviews, attachments by kind, title and date),
/// a summary of its history, and signature lines for the caseworker and the household. Resident
/// ID numbers are masked, as everywhere but the member dialog.
class HouseholdFileDocument
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdFileDocument)

public:
    /// nullopt when there is no such live household.
    static std::optional<PrintedDocument> build(Database& db, const QString& householdId,
                                                const QDateTime& generated);

private:
    /// The value of `entity`'s `field` in `record` as a person reads it (member ids as names).
    static QString display(const QString& entity, const QString& field, const QVariantMap& record,
                           const QHash<QString, QString>& memberNames);
    static QString recordSection(Database& db, const QString& householdId, const QString& entity,
                                 const QString& heading, const QHash<QString, QString>& memberNames);
    static QString historySummary(Database& db, const QString& householdId);
    static QString signatureLines();
};

} // namespace ff
