// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/ReviewQueue.h"

#include <QAbstractTableModel>
#include <QCache>

#include <algorithm>
#include <QDate>

namespace ff {

class Database;

/// The review queue as a lazy table, oldest first: it counts the notes the filter matches and
/// reads only the pages the view shows (like HouseholdListModel), so a county's queue of thousands
/// costs a few pages.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;
    static constexpr int kCachedPages = 20;
    enum Column
    {
        Waiting,
        Caseworker,
        Note,
        Household,
        Village,
        ColumnCount
    };

    ReviewQueueModel(Database& db, QDate today, QObject* parent = nullptr);

    void setToday(QDate today);
    void setFilter(const ReviewQueue::Filter& filter);
    const ReviewQueue::Filter& filter() const { return m_filter; }
    /// Reads again (after a decision, or when the page is shown), keeping the filter.
    void refresh();
    /// The note of a row, or nullptr.
    const ReviewQueue::Item* item(int row) const;
    /// Row of a note in the queue, or -1 when it is not among the first rows searched.
    int rowOf(const QString& reviewId, int searchLimit = 2000) const;
    /// Days the note has waited: for review since it was submitted, or, returned, for its
    /// caseworker since it was returned.
    int waitingDays(const ReviewQueue::Item& item) const;
    /// Pages read so far (for tests: it must stay small).
    int pagesFetched() const { return m_pagesFetched; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Database& m_db;
    QDate m_today;
    ReviewQueue::Filter m_filter;
    int m_count = 0;
    mutable QCache<int, QList<ReviewQueue::Item>> m_pages{kCachedPages};
    mutable int m_pagesFetched = 0;
};

} // namespace ff
