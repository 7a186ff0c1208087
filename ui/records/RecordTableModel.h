// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace ff {

struct RecordType;

/// One household's records of one kind as a table: a row per record (its fields by name, as the
/// record type declares them, plus what the tab computes), the columns the record type lists
/// (RecordType::columns) unless the tab chooses others, each headed by its field's label and
/// showing a stored value as FieldLabels does, unless the tab shows a column its own way.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The text of a column's cell, from its record (e.g. member ids shown as names).
    using Display = std::function<QString(const QVariantMap& record)>;
    /// A tab's say on a cell in a role other than its text (colour, font, icon, tool tip …); an
    /// invalid QVariant leaves the role empty.
    using Style = std::function<QVariant(const QVariantMap& record, const QString& column, int role)>;

    /// The records of `recordType`, a name of RecordTypes (which must know it).
    explicit RecordTableModel(const QString& recordType, QObject* parent = nullptr);

    const RecordType& recordType() const { return *m_type; }
    /// The columns: names of the record type's fields, or of values the tab puts in its records.
    const QStringList& columns() const { return m_columns; }
    void setColumns(const QStringList& columns);
    /// The index of a column by name, or -1.
    int column(const QString& name) const { return int(m_columns.indexOf(name)); }
    /// Heads `column` with `header` instead of its field's label (a column that is no field).
    void setHeader(const QString& column, const QString& header);
    void setDisplay(const QString& column, Display display);
    void setStyle(Style style);

    /// Replaces the rows; each record has its "id".
    void setRecords(const QList<QVariantMap>& records);
    const QList<QVariantMap>& records() const { return m_records; }
    /// The record of `row`; an empty map when there is none.
    QVariantMap record(int row) const { return m_records.value(row); }
    QString idAt(int row) const;
    /// The row of the record with `id`, or -1.
    int rowOf(const QString& id) const;
    /// The text of `column`'s cell in `record`: the tab's display, else the stored value as
    /// FieldLabels shows it; empty when there is none.
    QString displayText(const QVariantMap& record, const QString& column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const RecordType* m_type;
    QStringList m_columns;
    QHash<QString, QString> m_headers;
    QHash<QString, Display> m_displays;
    Style m_style;
    QList<QVariantMap> m_records;
};

} // namespace ff
