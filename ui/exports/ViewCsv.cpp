// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exports/ViewCsv.h"

#include "core/indicators/CsvWriter.h"
#include "ui/widgets/SaveFileDialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>
#include <QTreeView>

#include <functional>

namespace ff {

QList<int> ViewCsv::visibleColumns(const QAbstractItemView& view)
{
    const QAbstractItemModel* model = view.model();
    if (!model)
        return {};
    const auto* table = qobject_cast<const QTableView*>(&view);
    const auto* tree = qobject_cast<const QTreeView*>(&view);
    const QHeaderView* header = table ? table->horizontalHeader() : tree ? tree->header() : nullptr;
    QList<int> columns;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical >= 0 && !(header && header->isSectionHidden(logical)))
            columns.append(logical);
    }
    return columns;
}

QStringList ViewCsv::headings(const QAbstractItemView& view)
{
    QStringList out;
    for (const int c : visibleColumns(view))
        out << view.model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return out;
}

QByteArray ViewCsv::of(const QAbstractItemView& view)
{
    const QAbstractItemModel* model = view.model();
    CsvWriter csv;
    if (!model)
        return csv.data();
    const auto* table = qobject_cast<const QTableView*>(&view);
    const auto* tree = qobject_cast<const QTreeView*>(&view);
    const QList<int> columns = visibleColumns(view);
    csv.addRow(headings(view));
    const std::function<void(const QModelIndex&)> rows = [&](const QModelIndex& parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            if ((table && table->isRowHidden(r)) || (tree && tree->isRowHidden(r, parent)))
                continue;
            QStringList fields;
            for (const int c : std::as_const(columns))
                fields << model->index(r, c, parent).data(Qt::DisplayRole).toString();
            csv.addRow(fields);
            const QModelIndex row = model->index(r, 0, parent);
            if (tree && model->hasChildren(row))
                rows(row);
        }
    };
    rows({});
    return csv.data();
}

QString ViewCsv::save(QWidget* parent, const QAbstractItemView& view, const QString& fileName)
{
    return saveData(parent, of(view), fileName);
}

QString ViewCsv::askPath(QWidget* parent, const QString& fileName)
{
    return SaveFileDialog::ask(parent, tr("Export as CSV"), fileName,
                               tr("CSV files for spreadsheets (*.csv)"));
}

void ViewCsv::sayNotWritten(QWidget* parent, const QString& reason)
{
    QMessageBox::warning(parent, tr("Export as CSV"), tr("The file could not be written: %1").arg(reason));
}

QString ViewCsv::saveData(QWidget* parent, const QByteArray& data, const QString& fileName)
{
    const QString path = askPath(parent, fileName);
    if (path.isEmpty())
        return {};
    if (const Status s = CsvWriter::save(path, data); !s) {
        sayNotWritten(parent, s.error().message);
        return {};
    }
    return path;
}

} // namespace ff
