// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QWidget;

namespace ff {

/// A list on the screen (the household list as filtered, a worklist) as a CSV file that
/// spreadsheets read in Chinese (CsvWriter): the columns shown, in the order shown, under their
/// headings, and the rows shown, a group's heading row before its rows.
class ViewCsv
{
    Q_DECLARE_TR_FUNCTIONS(ViewCsv)

public:
    /// The columns `view` shows, in the order the user sees them (a column may have been dragged).
    static QList<int> visibleColumns(const QAbstractItemView& view);
    /// Their headings, as the file's first row.
    static QStringList headings(const QAbstractItemView& view);
    /// The file's bytes for what `view` shows.
    static QByteArray of(const QAbstractItemView& view);
    /// Asks where to save (suggesting `fileName`), writes the file, and says what went wrong in a
    /// message box; the path written, or empty when cancelled or not written.
    static QString save(QWidget* parent, const QAbstractItemView& view, const QString& fileName);
    /// Asks where to save a CSV file, suggesting `fileName`; empty when cancelled.
    static QString askPath(QWidget* parent, const QString& fileName);
    /// Says in a message box that the file was not written, and why.
    static void sayNotWritten(QWidget* parent, const QString& reason);
    /// Writes `data` to a file the user chooses: the shared end of every CSV export.
    static QString saveData(QWidget* parent, const QByteArray& data, const QString& fileName);
};

} // namespace ff
