// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exports/HouseholdListCsv.h"

#include "core/db/Database.h"
#include "core/db/ReadTransaction.h"
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
    // One snapshot for every chunk: households added or removed meanwhile (a sync, an edit in
    // the window, which stays usable) neither shift the chunks nor leave a household out twice.
    ReadTransaction snapshot(db);
    if (!snapshot.isOpen()) {
        promise.addResult(tr("The households could not be read."));
        return;
    }
    HouseholdListQuery query(db);
    query.setFilter(request.filter);
    query.setSort(request.sortColumn, request.sortOrder);
    const int total = query.count();
    promise.setProgressRange(0, total);
    CsvWriter csv;
    csv.addRow(request.headings);
    int written = 0;
    while (written < total) {
        if (promise.isCanceled())
            return;
        const QList<HouseholdRow> rows = query.page(written, kChunk);
        if (rows.isEmpty())
            break; // a read that failed (the profile locked, the disk): said below
        for (const HouseholdRow& row : rows) {
            QStringList fields;
            for (const int c : request.columns)
                fields << HouseholdListModel::displayText(row, c);
            csv.addRow(fields);
        }
        written += int(rows.size());
        promise.setProgressValue(std::min(total, written));
    }
    if (promise.isCanceled())
        return;
    if (written != total) {
        promise.addResult(
            tr("%1 of the %2 households could be read; nothing was written.").arg(written).arg(total));
        return;
    }
    const Status s = CsvWriter::save(request.path, csv.data());
    promise.addResult(s ? QString() : s.error().message);
}

} // namespace ff
