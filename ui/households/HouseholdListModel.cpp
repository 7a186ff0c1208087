// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HouseholdListModel.h"

#include "core/model/CodeList.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QFont>

namespace ff {

HouseholdListModel::HouseholdListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_query(db)
{}

void HouseholdListModel::setFilter(const HouseholdFilter& filter)
{
    if (filter == m_query.filter())
        return;
    beginResetModel();
    m_query.setFilter(filter);
    m_pages.clear();
    m_count = m_query.count();
    m_read = true;
    endResetModel();
}

void HouseholdListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_count = m_query.count();
    m_read = true;
    endResetModel();
}

void HouseholdListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= HouseholdListQuery::ColumnCount)
        return;
    beginResetModel();
    m_query.setSort(HouseholdListQuery::Column(column), order);
    m_pages.clear();
    endResetModel();
}

const HouseholdRow* HouseholdListModel::row(int r, bool named) const
{
    if (r < 0 || r >= m_count)
        return nullptr;
    const int page = r / kPageSize;
    QList<HouseholdRow>* rows = m_pages.object(page);
    if (!rows) {
        // The matched members only for the rows the view paints (data() of the head's column).
        rows = new QList<HouseholdRow>(
            m_query.page(page * kPageSize, kPageSize, HouseholdListQuery::MatchedMembers::Later));
        ++m_pagesFetched;
        m_pages.insert(page, rows);
    }
    const int i = r % kPageSize;
    if (named && i < rows->size() && rows->at(i).matchedMemberLater)
        m_query.nameMatchedMembers(*rows, i, kNamedAtOnce);
    return i < rows->size() ? &rows->at(i) : nullptr;
}

QString HouseholdListModel::householdId(int r) const
{
    const HouseholdRow* h = row(r);
    return h ? h->id : QString();
}

int HouseholdListModel::rowOf(const QString& householdId, int searchLimit) const
{
    for (int r = 0; r < std::min(m_count, searchLimit); ++r) {
        if (householdId == this->householdId(r))
            return r;
    }
    return -1;
}

int HouseholdListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_count; }

int HouseholdListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : HouseholdListQuery::ColumnCount;
}

QString HouseholdListModel::displayText(const HouseholdRow& h, int column)
{
    switch (column) {
    case HouseholdListQuery::Number:
        return h.number;
    case HouseholdListQuery::Head: {
        QString head = h.head.isEmpty() ? tr("(no head)") : h.head;
        // Found through another member: whom the search text matched.
        if (!h.matchedMember.isEmpty())
            head = tr("%1 (member: %2)").arg(head, h.matchedMember);
        return h.conflicts > 0 ? tr("%1 (in conflict)").arg(head) : head;
    }
    case HouseholdListQuery::Village:
        return h.village;
    case HouseholdListQuery::Status: {
        const QString status = CodeList::assistanceStatus().labels(h.status);
        return h.statusUnconfirmed ? tr("%1 (unconfirmed)").arg(status) : status;
    }
    case HouseholdListQuery::SpecialGroups:
        return CodeList::specialGroups().labels(h.specialGroups);
    case HouseholdListQuery::Risk:
        return h.risk.isEmpty() ? QString() : QStringLiteral("⚠ ") + CodeList::riskType().labels(h.risk);
    case HouseholdListQuery::LastVisit:
        return h.lastVisit.isEmpty() ? tr("never") : h.lastVisit;
    }
    return {};
}

QVariant HouseholdListModel::data(const QModelIndex& index, int role) const
{
    // Only the head's column shows the matched member.
    const HouseholdRow* h = row(index.row(), index.column() == HouseholdListQuery::Head);
    if (!h)
        return {};
    if (role == HouseholdIdRole)
        return h->id;
    const bool risky = !h->risk.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*h, index.column());
    case Qt::ToolTipRole:
        if (index.column() == HouseholdListQuery::SpecialGroups || index.column() == HouseholdListQuery::Risk)
            return data(index, Qt::DisplayRole);
        if (index.column() == HouseholdListQuery::Head)
            return tr("%n member(s)", nullptr, h->members);
        break;
    case Qt::ForegroundRole:
        if (index.column() == HouseholdListQuery::Risk && risky)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == HouseholdListQuery::Head && h->conflicts > 0)
            return QBrush(QColor(0xb2, 0x5e, 0x00));
        if (index.column() == HouseholdListQuery::LastVisit && h->lastVisit.isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::BackgroundRole:
        if (risky)
            return QBrush(QColor(0xfd, 0xec, 0xea));
        break;
    case Qt::FontRole:
        if (index.column() == HouseholdListQuery::Risk && risky) {
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

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HouseholdListQuery::Number:
        return tr("Household no.");
    case HouseholdListQuery::Head:
        return tr("Head of household");
    case HouseholdListQuery::Village:
        return tr("Village");
    case HouseholdListQuery::Status:
        return tr("Assistance status");
    case HouseholdListQuery::SpecialGroups:
        return tr("Special groups");
    case HouseholdListQuery::Risk:
        return tr("Risk");
    case HouseholdListQuery::LastVisit:
        return tr("Last visit");
    }
    return {};
}

} // namespace ff
