// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ff {

class Database;

/// One field changed by one change, as the history view shows it.
struct HistoryEntry
{
    QDateTime when;
    QString author;
    QString device;
    QString entity;
    QString recordId;
    /// "Household" or the member's name.
    QString record;
    QString operation;
    QString field;
    /// Display values; `from` is taken from the changes this one superseded (its bases).
    QString from;
    QString to;
};

/// Reads a household's history from the journal: every change to it and its members, newest first.
class HistoryReader
{
public:
    explicit HistoryReader(Database& db) : m_db(db) {}
    QList<HistoryEntry> forHousehold(const QString& householdId) const;

private:
    Database& m_db;
};

} // namespace ff
