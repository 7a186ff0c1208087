// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/MemberTableModel.h"

#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/model/ResidentId.h"

namespace ff {

MemberTableModel::MemberTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MemberTableModel::setMembers(const QList<QVariantMap>& members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

void MemberTableModel::append(const QVariantMap& member)
{
    beginInsertRows({}, int(m_members.size()), int(m_members.size()));
    m_members.append(member);
    endInsertRows();
}

void MemberTableModel::replace(int row, const QVariantMap& member)
{
    if (row < 0 || row >= m_members.size())
        return;
    m_members[row] = member;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MemberTableModel::remove(int row)
{
    if (row < 0 || row >= m_members.size())
        return;
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    endRemoveRows();
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size() || role != Qt::DisplayRole)
        return {};
    const QVariantMap& m = m_members.at(index.row());
    auto value = [&](const char* field) { return m.value(QString::fromLatin1(field)).toString(); };
    switch (index.column()) {
    case Name:
        return value("name");
    case Relation:
        return CodeList::relation().label(value("relation"));
    case Sex:
        return CodeList::sex().label(value("sex"));
    case BirthDate:
        return value("birth_date");
    case IdNumber:
        // Masked in the list; the member's own form shows the whole number.
        return ResidentId::masked(value("id_number"));
    case Groups: {
        QString groups = CodeList::specialGroups().labels(value("special_groups"));
        if (!value("disability_type").isEmpty()) {
            const QString disability = tr("%1 disability, grade %2")
                                           .arg(CodeList::disabilityType().label(value("disability_type")),
                                                value("disability_grade"));
            groups = groups.isEmpty() ? disability : groups + QStringLiteral("; ") + disability;
        }
        return groups;
    }
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const fields[] = {"name",       "relation",  "sex",
                                         "birth_date", "id_number", "special_groups"};
    return FieldLabels::field(QStringLiteral("member"), QString::fromLatin1(fields[section]));
}

} // namespace ff
