// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/HouseholdFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ff {

class Database;

/// A household already on file that the one being filed may be (一户一档: one file per household).
struct DuplicateCandidate
{
    enum class Reason
    {
        SameIdNumber,         ///< a member with the same resident ID number
        SameNameVillageBirth, ///< a member of the same name and birth date in the same village
        SamePhone             ///< the household's phone number
    };
    Reason reason = Reason::SameIdNumber;
    QString householdId;
    QString householdNo;
    QString headName;
    QString village;
    QString memberName; ///< the member on file who matched (empty for the phone)
    QString typedName;  ///< the member being filed who matched (empty for the phone)

    /// One line for the user: which household, why.
    QString describe() const;
};

/// Looks, offline, through everything in the local data for households that the one being filed
/// (or the members being added) may already be: the same resident ID number anywhere, the same
/// name and birth date in the same village, the same phone number. Asked before saving, so the
/// caseworker sees the candidates and decides; it never refuses anything itself.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(Database& db) : m_db(db) {}

    /// Candidates for `file`'s household and members, leaving out the household `ownId` itself
    /// (empty for a new one). `checkPhone`: whether the household's phone counts (a new household,
    /// or a changed number). Each household once per reason and member; ID numbers first.
    QList<DuplicateCandidate> candidates(const HouseholdFile& file, const QString& ownId,
                                         bool checkPhone) const;

private:
    Database& m_db;
};

} // namespace ff
