// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

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
    /// The file's bytes for what `view` shows.
    static QByteArray of(const QAbstractItemView& view);
    /// Asks where to save (suggesting `fileName`), writes the file, and says what went wrong in a
    /// message box; the path written, or empty when cancelled or not written.
    static QString save(QWidget* parent, const QAbstractItemView& view, const QString& fileName);
    /// Writes `data` to a file the user chooses: the shared end of every CSV export.
    static QString saveData(QWidget* parent, const QByteArray& data, const QString& fileName);
};

} // namespace ff
