// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/NoteReview.h"
#include "core/records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <utility>

namespace ff {

class Database;

/// The station supervisor's review queue: the notes waiting for review (or, with another state,
/// those returned), oldest first, filtered by caseworker, kind of record and age; each with its
/// household and what the note says. Pages, like every list (core/records/README.md): one index
/// range over note_review(state, submitted_at).
class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    struct Filter
    {
        QString state = QStringLiteral("pending");
        QString caseworker;  ///< submitted_by; empty: everyone
        QString subjectType; ///< empty: every kind
        int minAgeDays = 0;  ///< waiting at least this many days
        QString householdId; ///< empty: every household
    };
    struct Item
    {
        NoteReview review;
        QString householdNo;
        QString headName;
        QString village;
        /// The note as the supervisor reads it: a title ("Service log · 2026-03-02") and its text,
        /// one "label: value" line per field with a value.
        QString title;
        QString body;
        int ageDays = 0; ///< days waiting, by `today`
    };

    /// `today`: the day ages are counted to (the session's clock).
    ReviewQueue(Database& db, QDate today);

    int count(const Filter& filter) const;
    QList<Item> page(const Filter& filter, int offset, int limit) const;
    /// Who submitted the notes in `state`, for the caseworker filter.
    QStringList caseworkers(const QString& state = QStringLiteral("pending")) const;
    /// The kinds of record that are reviewed (RecordType::Supervision), for the kind filter.
    static QStringList reviewedTypes();

    /// The title and text of one record, as the queue shows them.
    static QString titleOf(Database& db, const QString& type, const QString& recordId);
    static QString bodyOf(Database& db, const QString& type, const QString& recordId);
    /// The same of a record already read (null: removed); `db` names its members.
    static QString titleOf(const QString& type, const Record* record);
    static QString bodyOf(Database& db, const QString& type, const Record* record);
    /// The titles of many records (type, id), by id: one statement per kind of record.
    static QHash<QString, QString> titlesOf(Database& db, const QList<std::pair<QString, QString>>& records);

private:
    /// The live records among `records` (type, id), by id: one statement per kind.
    static QHash<QString, Record> recordsOf(Database& db, const QList<std::pair<QString, QString>>& records);
    QString where(const Filter& filter, QVariantList* binds) const;

    Database& m_db;
    QDate m_today;
};

} // namespace ff
