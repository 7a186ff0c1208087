// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariantMap>

namespace ff {

/// The members of the household being edited, as a table (not yet saved).
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Relation,
        Sex,
        BirthDate,
        IdNumber,
        Groups,
        ColumnCount
    };

    explicit MemberTableModel(QObject* parent = nullptr);

    const QList<QVariantMap>& members() const { return m_members; }
    void setMembers(const QList<QVariantMap>& members);
    void append(const QVariantMap& member);
    void replace(int row, const QVariantMap& member);
    void remove(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QVariantMap> m_members;
};

} // namespace ff
