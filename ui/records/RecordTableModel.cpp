// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/RecordTableModel.h"

#include "core/model/FieldLabels.h"
#include "core/schema/RecordTypes.h"

namespace ff {

RecordTableModel::RecordTableModel(const QString& recordType, QObject* parent)
    : QAbstractTableModel(parent), m_type(RecordTypes::find(recordType))
{
    Q_ASSERT_X(m_type, "RecordTableModel", "a record type RecordTypes declares");
    m_columns = m_type->columns;
}

void RecordTableModel::setColumns(const QStringList& columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void RecordTableModel::setHeader(const QString& column, const QString& header)
{
    m_headers.insert(column, header);
    if (const int c = this->column(column); c >= 0)
        emit headerDataChanged(Qt::Horizontal, c, c);
}

void RecordTableModel::setDisplay(const QString& column, Display display)
{
    m_displays.insert(column, std::move(display));
}

void RecordTableModel::setStyle(Style style) { m_style = std::move(style); }

void RecordTableModel::setRecords(const QList<QVariantMap>& records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

QString RecordTableModel::idAt(int row) const
{
    return m_records.value(row).value(QStringLiteral("id")).toString();
}

int RecordTableModel::rowOf(const QString& id) const
{
    if (id.isEmpty())
        return -1;
    for (int r = 0; r < m_records.size(); ++r) {
        if (m_records.at(r).value(QStringLiteral("id")).toString() == id)
            return r;
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RecordTableModel::displayText(const QVariantMap& record, const QString& column) const
{
    if (const auto display = m_displays.constFind(column); display != m_displays.cend())
        return (*display)(record);
    QVariant value = record.value(column);
    // Codes are stored joined with ';' (FieldKind::Codes).
    if (value.typeId() == QMetaType::QStringList)
        value = value.toStringList().join(QLatin1Char(';'));
    // An empty cell stays empty (FieldLabels would say "(empty)", as the history does).
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return {};
    return FieldLabels::value(m_type->name, column, value);
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size() || index.column() >= m_columns.size())
        return {};
    const QVariantMap& record = m_records.at(index.row());
    const QString& column = m_columns.at(index.column());
    if (role == Qt::DisplayRole)
        return displayText(record, column);
    return m_style ? m_style(record, column, role) : QVariant();
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString& column = m_columns.at(section);
    if (const auto header = m_headers.constFind(column); header != m_headers.cend())
        return *header;
    return FieldLabels::field(m_type->name, column);
}

} // namespace ff
