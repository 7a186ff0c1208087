// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/HouseholdListQuery.h"

#include <QAbstractTableModel>
#include <QCache>

namespace ff {

class Database;

/// The household list as a lazy table: it knows how many households match and fetches only the
/// pages the view asks for, keeping a small cache, so 200,000 households cost a few pages of memory.
class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 30;
    /// Rows whose matched member (the member a search found a household through) is named at once
    /// when the view first asks for one of them: about the rows a window shows (25 at 1366×768),
    /// so a keystroke reads the members of what is painted, and the rest when scrolled to.
    static constexpr int kNamedAtOnce = 25;
    enum Role
    {
        HouseholdIdRole = Qt::UserRole + 1
    };

    /// Empty until refresh() (or a filter) reads how many households match: the list's page
    /// reads it when first shown, not at every start.
    explicit HouseholdListModel(Database& db, QObject* parent = nullptr);

    void setFilter(const HouseholdFilter& filter);
    const HouseholdFilter& filter() const { return m_query.filter(); }
    /// Reads the list, or re-reads it after an edit, keeping filter and order.
    void refresh();
    /// Whether refresh() or a filter has read the list at least once.
    bool isRead() const { return m_read; }
    QString householdId(int row) const;
    /// Row of a household in the current order, or -1 if it is not among the first rows searched.
    int rowOf(const QString& householdId, int searchLimit = 2000) const;
    QStringList villages() const { return m_query.villages(); }
    /// Whether the search matched more households than the list shows (see HouseholdListQuery).
    bool moreThanShown() const { return m_query.moreThanShown(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    /// What a cell shows (Qt::DisplayRole) of household `h` in `column`: the one wording the
    /// list and its CSV export share (the export reads rows on a worker thread).
    static QString displayText(const HouseholdRow& h, int column);
    HouseholdListQuery::Column sortColumn() const { return m_query.sortColumn(); }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder(); }

    /// Pages read from the database so far (for tests: it must stay small).
    int pagesFetched() const { return m_pagesFetched; }

private:
    /// The row, its matched member named first when `named` (see kNamedAtOnce).
    const HouseholdRow* row(int row, bool named = false) const;

    HouseholdListQuery m_query;
    int m_count = 0;
    bool m_read = false;
    mutable QCache<int, QList<HouseholdRow>> m_pages{kCachedPages};
    mutable int m_pagesFetched = 0;
};

} // namespace ff
