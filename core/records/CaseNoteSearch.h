// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ff {

class Database;

/// A case note found by its words, with the household it belongs to.
struct CaseNoteHit
{
    QString noteId;
    QString householdId;
    QString householdNo;
    QString headName;
    QString village;
    QDate writtenOn;
    QString writtenBy;
    /// The part of the text around the first word found ("…父母在宁波打工…").
    QString excerpt;
};

/// Finds case notes by words over the local notes (a caseworker's caseload, a station's), newest
/// first. Words are separated by spaces and must all occur, anywhere in a note's text, ignoring
/// case: the words of three characters or more are looked up in the trigram index, else those of
/// two in the index of character pairs (CaseNoteIndex), newest first in the index's key order, and
/// the other words are read from the text of the notes found; only single characters read every
/// note (newest first by the date index, stopping at the limit).
class CaseNoteSearch
{
public:
    explicit CaseNoteSearch(Database& db) : m_db(db) {}

    struct Found
    {
        QList<CaseNoteHit> hits;
        /// More notes matched than the limit.
        bool more = false;
    };
    /// The notes holding every word of `words`, newest first, at most `limit`; of one household
    /// when `householdId` is given. No words find nothing.
    Found find(const QString& words, int limit = 200, const QString& householdId = {}) const;

    /// The words of a query: split at spaces, empty ones dropped.
    static QStringList terms(const QString& words);
    /// `text` cut to about `width` characters around the first of `terms` it holds.
    static QString excerpt(const QString& text, const QStringList& terms, int width = 60);

private:
    Database& m_db;
};

} // namespace ff
