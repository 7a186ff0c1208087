// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/ReviewQueueModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace ff {

namespace {
const QColor kLate(0xb0, 0x00, 0x20);
const QColor kWaiting(0xb2, 0x5e, 0x00);
} // namespace

ReviewQueueModel::ReviewQueueModel(Database& db, QDate today, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_today(today)
{}

void ReviewQueueModel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void ReviewQueueModel::setFilter(const ReviewQueue::Filter& filter)
{
    m_filter = filter;
    refresh();
}

void ReviewQueueModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_count = ReviewQueue(m_db, m_today).count(m_filter);
    endResetModel();
}

const ReviewQueue::Item* ReviewQueueModel::item(int r) const
{
    if (r < 0 || r >= m_count)
        return nullptr;
    const int page = r / kPageSize;
    QList<ReviewQueue::Item>* items = m_pages.object(page);
    if (!items) {
        items = new QList<ReviewQueue::Item>(
            ReviewQueue(m_db, m_today).page(m_filter, page * kPageSize, kPageSize));
        ++m_pagesFetched;
        m_pages.insert(page, items);
    }
    const int i = r % kPageSize;
    return i < items->size() ? &items->at(i) : nullptr;
}

int ReviewQueueModel::rowOf(const QString& reviewId, int searchLimit) const
{
    for (int r = 0; r < std::min(m_count, searchLimit); ++r) {
        const ReviewQueue::Item* it = item(r);
        if (it && it->review.id == reviewId)
            return r;
    }
    return -1;
}

int ReviewQueueModel::waitingDays(const ReviewQueue::Item& item) const
{
    if (item.review.isReturned() && item.review.reviewedAt.isValid())
        return int(item.review.reviewedAt.toLocalTime().date().daysTo(m_today));
    return item.ageDays;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_count; }

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    const ReviewQueue::Item* it = item(index.row());
    if (!it)
        return {};
    const int days = waitingDays(*it);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Waiting:
            return days <= 0 ? tr("today") : tr("%n day(s)", nullptr, days);
        case Caseworker:
            return it->review.submittedBy;
        case Note:
            // The mark of a note changed after it was approved: the supervisor reads it again.
            return it->review.reopened ? tr("%1 · changed after approval").arg(it->title) : it->title;
        case Household:
            return it->headName.isEmpty() ? it->householdNo
                                          : QStringLiteral("%1 · %2").arg(it->householdNo, it->headName);
        case Village:
            return it->village;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Note && it->review.reopened)
            return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Note && it->review.reopened)
            return tr("The caseworker changed this note after it was approved: read it again.") +
                   QStringLiteral("\n\n") + it->body;
        if (index.column() == Waiting)
            return tr("Submitted %1")
                .arg(QLocale().toString(it->review.submittedAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == Note)
            return it->body;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Waiting)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Waiting && days >= 14)
            return QBrush(kLate);
        if (index.column() == Waiting && days >= 7)
            return QBrush(kWaiting);
        if (index.column() == Note && it->review.reopened)
            return QBrush(kWaiting);
        break;
    case Qt::FontRole:
        if ((index.column() == Waiting && days >= 7) || (index.column() == Note && it->review.reopened)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Waiting:
        return tr("Waiting");
    case Caseworker:
        return tr("Caseworker");
    case Note:
        return tr("Note");
    case Household:
        return tr("Household");
    case Village:
        return tr("Village");
    }
    return {};
}

} // namespace ff
