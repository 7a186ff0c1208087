// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ff {

/// Writes a table as CSV the way spreadsheet programs read Chinese correctly: UTF-8 with a
/// byte-order mark, rows ended by CRLF, and a field quoted (RFC 4180) when it holds a comma, a
/// double quote (doubled), a line break, or starts or ends with a space. Written to a file with
/// QSaveFile: the file is the whole table or is not changed.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    /// The UTF-8 byte-order mark every file starts with.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    /// One field as it appears in the file.
    static QString field(const QString& value);
    /// The rows of a CSV text (with or without the mark), fields unquoted; for the tests and for
    /// reading a file back.
    static QList<QStringList> parse(const QByteArray& data);

    void addRow(const QStringList& fields);
    /// The file's bytes: the mark and every row.
    QByteArray data() const { return m_data; }
    /// Writes data() to `path` atomically.
    [[nodiscard]] Status save(const QString& path) const;
    [[nodiscard]] static Status save(const QString& path, const QByteArray& data);

private:
    QByteArray m_data = byteOrderMark();
};

} // namespace ff
