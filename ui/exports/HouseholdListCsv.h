// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/HouseholdListQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

namespace ff {

/// The household list as its page shows it — filter, order, visible columns — written as CSV on
/// a worker thread, which reads the households on a connection of its own: a county's list holds
/// 200,000 of them, which the window must not wait for.
class HouseholdListCsv
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdListCsv)

public:
    struct Request
    {
        QString databasePath;
        HouseholdFilter filter;
        HouseholdListQuery::Column sortColumn = HouseholdListQuery::Village;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        QList<int> columns; ///< HouseholdListQuery::Column values, in the order shown
        QStringList headings;
        QString path; ///< the file to write
    };
    /// Households read per statement, and so between two reports of progress.
    static constexpr int kChunk = 2000;

    /// Reads every household the list shows, in chunks of one snapshot, reporting progress as
    /// households done of all, and writes the file whole (CsvWriter::save) unless cancelled or
    /// unless fewer households could be read than counted (then nothing is written). The result: empty when
    /// written, else why not, in the user's language (a cancelled export writes nothing and has
    /// no result).
    static void write(QPromise<QString>& promise, const Request& request);
};

} // namespace ff
