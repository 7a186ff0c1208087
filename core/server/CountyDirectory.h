// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ff {

class Database;

/// What county IT needs to look up before an admin command: the users, the enrolled devices (for
/// `revoke`), and the households on the server with the caseworker each belongs to (for
/// `assign`). Each list is plain text, one line per entry, columns separated by tabs so that it
/// also reads well through `cut` or a spreadsheet.
///
/// The server keeps no household rows (core/server/README.md): a household's number and village
/// are read from the journal, as the values of the changes that are that field's current heads.
class CountyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(CountyDirectory)

public:
    explicit CountyDirectory(Database& db);

    QString users() const;
    /// The enrolled devices: enrolled, revoked, last seen (its last pull or package), its last
    /// package. With `staleDays` ≥ 0 only the devices in use (not revoked) not seen for that many
    /// days (never seen: since they were enrolled).
    QString devices(int staleDays = -1) const;
    /// All households, or those of one caseworker, or (caseworker "-") those of nobody.
    QString households(const QString& caseworker = {}) const;
    /// The id of the household `household` names: its id, or its household number (as the laptops
    /// show it); empty when no household on the server has it.
    QString householdId(const QString& household) const;
    /// The households assigned to `caseworker`.
    QStringList householdsOf(const QString& caseworker) const;
    /// Who opened the file of the household (its number or id), when, and on which device, as the
    /// laptops' file_open records arrived; oldest first. Empty when no such household is known.
    QString fileOpenings(const QString& household) const;
    /// Changes the county keeps parked, each with why (they stay until what they wait for
    /// arrives, or for good when policy refused them: nothing is ever dropped).
    QString parked() const;
    /// Households that may be one household filed twice (on two laptops, say): live members of
    /// different live households with the same resident ID number. One line per member, the ID
    /// number masked, grouped by number; a supervisor or county user merges them in the app.
    QString possibleDuplicates() const;

private:
    Database& m_db;
};

} // namespace ff
