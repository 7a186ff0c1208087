// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exports/HouseholdListCsv.h"

#include "core/db/Database.h"
#include "core/indicators/CsvWriter.h"
#include "ui/households/HouseholdListModel.h"

namespace ff {

void HouseholdListCsv::write(QPromise<QString>& promise, const Request& request)
{
    Database db;
    if (const Status s = db.open(request.databasePath); !s) {
        promise.addResult(s.error().message);
        return;
    }
    HouseholdListQuery query(db);
    query.setFilter(request.filter);
    query.setSort(request.sortColumn, request.sortOrder);
    const int total = query.count();
    promise.setProgressRange(0, total);
    CsvWriter csv;
    csv.addRow(request.headings);
    for (int offset = 0; offset < total; offset += kChunk) {
        if (promise.isCanceled())
            return;
        const QList<HouseholdRow> rows = query.page(offset, kChunk);
        for (const HouseholdRow& row : rows) {
            QStringList fields;
            for (const int c : request.columns)
                fields << HouseholdListModel::displayText(row, c);
            csv.addRow(fields);
        }
        promise.setProgressValue(std::min(total, offset + kChunk));
        if (rows.size() < kChunk)
            break;
    }
    if (promise.isCanceled())
        return;
    const Status s = CsvWriter::save(request.path, csv.data());
    promise.addResult(s ? QString() : s.error().message);
}

} // namespace ff
