// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ChangeImporter.h"

#include "journal/ChangeApplier.h"
#include "journal/ChangeCodec.h"
#include "journal/EntityType.h"
#include "journal/HybridLogicalClock.h"
#include "journal/JournalReplayer.h"
#include "storage/Database.h"
#include "storage/HouseholdSummary.h"
#include "storage/SqlStatement.h"
#include "storage/WriteTransaction.h"
#include "sync/ChangeCbor.h"
#include "sync/DecisionAuthority.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ff {

namespace {
const QString kWaitingForHousehold = QStringLiteral("waiting_for_household");
const QString kMalformed = QStringLiteral("malformed");
const QString kUnknownEntity = QStringLiteral("unknown_entity");
const QString kUnknownField = QStringLiteral("unknown_field");

/// Why a change cannot be applied as it is, or an empty string.
QString problem(const EncodedChange& c)
{
    if (c.id.device.isEmpty() || c.id.seq <= 0 || c.recordId.isEmpty() || c.householdId.isEmpty() ||
        c.hlc == 0)
        return kMalformed;
    const EntityType* type = EntityType::find(c.entity);
    if (!type)
        return kUnknownEntity;
    for (const EncodedChange::Edit& e : c.edits) {
        if (e.field != QLatin1StringView("_deleted") && !type->field(e.field))
            return kUnknownField;
    }
    if (c.basesOutsideFields)
        return kMalformed;
    if (c.entity == QLatin1StringView("household") && c.recordId != c.householdId)
        return kMalformed;
    return {};
}

/// A parked change is kept as a one-change package payload (sync/ChangeCbor).
QByteArray encode(const EncodedChange& c) { return ChangeCbor::encode({c.toChange()}); }

Change decode(const QByteArray& bytes)
{
    QList<Change> one;
    if (!bytes.startsWith('{')) {
        if (ChangeCbor::decode(bytes, 1, &one) && one.size() == 1)
            return one.first();
        return {};
    }
    // Parked before schema 6: a JSON object whose fields and bases are JSON text.
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    Change c;
    c.id = {o.value(QStringLiteral("device")).toString(),
            o.value(QStringLiteral("seq")).toString().toLongLong()};
    c.hlc = o.value(QStringLiteral("hlc")).toString().toULongLong();
    c.author = o.value(QStringLiteral("author")).toString();
    c.entity = o.value(QStringLiteral("entity")).toString();
    c.recordId = o.value(QStringLiteral("record")).toString();
    c.householdId = o.value(QStringLiteral("household")).toString();
    Change::opFromName(o.value(QStringLiteral("op")).toString(), &c.op);
    c.fields = ChangeCodec::fieldsFromBytes(o.value(QStringLiteral("fields")).toString().toUtf8());
    c.bases = ChangeCodec::basesFromBytes(o.value(QStringLiteral("bases")).toString().toUtf8());
    return c;
}
} // namespace

QString ChangeImporter::reasonText(const QString& code)
{
    if (code == kWaitingForHousehold)
        return tr("Waiting for its household, which has not arrived yet.");
    if (code == kUnknownEntity)
        return tr("A kind of record this version of Fieldfile does not know.");
    if (code == kUnknownField)
        return tr("A field this version of Fieldfile does not know.");
    if (code == DecisionAuthority::reasonCode())
        return DecisionAuthority::reasonText();
    if (code == DecisionAuthority::statusReasonCode())
        return DecisionAuthority::statusReasonText();
    return tr("The change is incomplete or damaged.");
}

Status ChangeImporter::apply(Database& database, const QList<Change>& changes, Report* reportOut)
{
    return apply(database, changes, Options{}, reportOut);
}

Status ChangeImporter::apply(Database& database, const QList<Change>& changes, const Options& options,
                             Report* reportOut)
{
    QList<EncodedChange> encoded;
    encoded.reserve(changes.size());
    for (const Change& c : changes)
        encoded.append(EncodedChange::fromChange(c));
    return apply(database, encoded, options, reportOut);
}

Status ChangeImporter::apply(Database& database, const QList<EncodedChange>& changes, const Options& options,
                             Report* reportOut)
{
    QSqlDatabase& db = database.sql();
    const auto failed = [](const QString& detail) {
        return Error{tr("The changes could not be imported. Nothing was changed."), detail};
    };
    WriteTransaction tx(db);
    if (!tx.isOpen())
        return failed(tx.error());

    Report report;
    ChangeApplier applier(db);
    applier.keepRecordRows(options.recordRows);
    QSet<QByteArray> households; // UTF-8, as the changes carry them
    QSet<QPair<QString, QString>> conflictsBefore;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT record_id, field FROM conflict")))
            while (q.next())
                conflictsBefore.insert({q.value(0).toString(), q.value(1).toString()});
    }
    // Without record rows, a household is here when its merge state is.
    SqlStatement householdExists(
        SqlStatement::handleOf(db),
        options.recordRows ? "SELECT 1 FROM household WHERE id = ?"
                           : "SELECT 1 FROM record_heads WHERE entity = 'household' AND record_id = ?");
    QSqlQuery park(db);
    park.prepare(
        QStringLiteral("INSERT OR IGNORE INTO parked_change(device, device_seq, reason, change, parked_at)"
                       " VALUES(?, ?, ?, ?, ?)"));
    quint64 maxHlc = database.meta(QStringLiteral("hlc_last"), QStringLiteral("0")).toULongLong();

    // Households created in this batch count as present for the members that follow them.
    QSet<QByteArray> arriving;
    for (const EncodedChange& c : changes) {
        if (c.entity == QLatin1StringView("household"))
            arriving.insert(c.householdId);
    }
    auto hasHousehold = [&](const QByteArray& id) {
        if (arriving.contains(id))
            return true;
        householdExists.bind(1, id);
        const bool found = householdExists.step();
        householdExists.reset();
        return found;
    };
    auto parkChange = [&](const EncodedChange& c, const QString& reason) -> bool {
        park.addBindValue(c.id.device);
        park.addBindValue(c.id.seq);
        park.addBindValue(reason);
        park.addBindValue(encode(c));
        park.addBindValue(QDateTime::currentMSecsSinceEpoch());
        return park.exec();
    };

    for (const EncodedChange& c : changes) {
        // A change that cannot be applied was never journaled, so only applicable ones can be
        // duplicates: the applier finds those (INSERT OR IGNORE on the change id).
        QString reason = problem(c);
        reason = reason.isEmpty() ? DecisionAuthority::problem(db, c) : reason;
        if (reason.isEmpty() && c.entity != QLatin1StringView("household") && !hasHousehold(c.householdId))
            reason = kWaitingForHousehold;
        if (!reason.isEmpty()) {
            if (!parkChange(c, reason))
                return failed(park.lastError().text());
            ++report.parked;
            ++report.parkedReasons[reason];
            continue;
        }
        ChangeApplier::Outcome outcome = ChangeApplier::Outcome::Applied;
        if (Status s = applier.apply(c, &outcome); !s)
            return failed(s.error().detail);
        if (outcome == ChangeApplier::Outcome::Duplicate) {
            ++report.alreadyHere;
            continue;
        }
        ++report.applied;
        maxHlc = std::max(maxHlc, c.hlc);
        if (HouseholdSummary::affectedBy(c))
            households.insert(c.householdId);
    }

    // Members that were waiting for a household that is now here.
    QSqlQuery waiting(db);
    if (!waiting.exec(QStringLiteral("SELECT id, change FROM parked_change WHERE reason = '%1' ORDER BY id")
                          .arg(kWaitingForHousehold)))
        return failed(waiting.lastError().text());
    QList<QPair<qint64, Change>> ready;
    while (waiting.next()) {
        const Change c = decode(waiting.value(1).toByteArray());
        if (hasHousehold(c.householdId.toUtf8()))
            ready.append({waiting.value(0).toLongLong(), c});
    }
    QSqlQuery unpark(db);
    unpark.prepare(QStringLiteral("DELETE FROM parked_change WHERE id = ?"));
    for (const auto& [id, c] : std::as_const(ready)) {
        if (Status s = applier.apply(c); !s)
            return failed(s.error().detail);
        unpark.addBindValue(id);
        if (!unpark.exec())
            return failed(unpark.lastError().text());
        ++report.unparked;
        maxHlc = std::max(maxHlc, c.hlc);
        if (HouseholdSummary::affectedBy(c))
            households.insert(c.householdId.toUtf8());
    }

    if (options.recordRows) {
        for (const QByteArray& h : std::as_const(households)) {
            if (Status s = applier.refreshHousehold(QString::fromUtf8(h)); !s)
                return failed(s.error().detail);
        }
    } else if (!households.isEmpty()) {
        if (Status s = JournalReplayer::markStale(database); !s)
            return failed(s.error().detail);
    }
    // Later local edits must order after everything seen here.
    if (!database.setMeta(QStringLiteral("hlc_last"), QString::number(maxHlc)))
        return failed(db.lastError().text());

    QSqlQuery after(db);
    if (after.exec(QStringLiteral("SELECT record_id, field FROM conflict"))) {
        while (after.next()) {
            if (!conflictsBefore.contains({after.value(0).toString(), after.value(1).toString()}))
                ++report.conflictsOpened;
        }
    }
    if (!tx.commit())
        return failed(tx.error());
    if (reportOut)
        *reportOut = report;
    return Status::ok();
}

} // namespace ff
