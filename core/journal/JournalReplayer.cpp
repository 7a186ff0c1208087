// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/JournalReplayer.h"

#include "core/journal/Projection.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/ChangeApplier.h"
#include "core/journal/ChangeCodec.h"
#include "core/schema/RecordTypes.h"

#include <QSet>

namespace ff {

namespace {
const QString kStale = QStringLiteral("records_stale");
}

Status JournalReplayer::markStale(Database& db)
{
    if (db.meta(kStale) == QStringLiteral("1") || db.setMeta(kStale, QStringLiteral("1")))
        return Status::ok();
    return Error{ChangeApplier::tr("The change could not be saved."), db.lastErrorText()};
}

Status JournalReplayer::rebuildIfStale(Database& db)
{
    if (db.meta(kStale) != QStringLiteral("1"))
        return Status::ok();
    return rebuild(db);
}

QStringList JournalReplayer::derivedTables()
{
    QStringList tables = {QStringLiteral("search_key"), QStringLiteral("conflict"),
                          QStringLiteral("pending_supersede"), QStringLiteral("record_heads")};
    const QList<RecordType>& entities = RecordTypes::all();
    for (auto it = entities.crbegin(); it != entities.crend(); ++it)
        tables.append(it->table);
    return tables;
}

Status JournalReplayer::rebuild(Database& database)
{
    Database& db = database;
    const auto failed = [&](const QString& detail) {
        Query(db).exec(QStringLiteral("ROLLBACK"));
        return Error{tr("The tables could not be rebuilt from the journal. Nothing was changed."), detail};
    };
    Query q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{tr("The tables could not be rebuilt from the journal. Nothing was changed."),
                     q.lastErrorText()};
    for (const QString& table : derivedTables()) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + table))
            return failed(q.lastErrorText());
    }
    for (const Projections::Kind& kind : Projections::installed()) {
        for (const QString& statement : kind.clear) {
            if (!q.exec(statement))
                return failed(q.lastErrorText());
        }
    }

    ChangeApplier applier(database);
    Query rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM journal ORDER BY seq").arg(ChangeCodec::journalColumns())))
        return failed(rows.lastErrorText());
    while (rows.next()) {
        const Change change = ChangeCodec::fromJournalRow(rows);
        if (Status s = applier.materialize(change); !s)
            return failed(s.error().detail);
    }
    if (Status s = applier.finishProjections(); !s)
        return failed(s.error().detail);
    if (!database.setMeta(kStale, QStringLiteral("0")) || !q.exec(QStringLiteral("COMMIT")))
        return failed(q.lastErrorText());
    return Status::ok();
}

} // namespace ff
