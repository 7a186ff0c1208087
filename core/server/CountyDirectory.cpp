// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/CountyDirectory.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/ChangeApplier.h"
#include "core/journal/ChangeCodec.h"
#include "core/journal/HeadsDecoder.h"
#include "core/model/ResidentId.h"
#include "core/sync/ChangeCbor.h"
#include "core/sync/ChangeImporter.h"
#include "core/util/PrintableText.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

namespace ff {

namespace {
QString when(const QVariant& msecs)
{
    return msecs.isNull() ? QString()
                          : QDateTime::fromMSecsSinceEpoch(msecs.toLongLong())
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// One line of a list; every value may come from a laptop, so none can hold a control character
/// (a terminal code, a tab or a line break that would fake a column or a line).
QString line(const QStringList& columns)
{
    QStringList printable;
    printable.reserve(columns.size());
    for (const QString& column : columns)
        printable.append(PrintableText::field(column));
    return printable.join(QLatin1Char('\t')) + QLatin1Char('\n');
}
QVariant shownValue(ChangeApplier& values, const RecordHeads& heads, const QString& field)
{
    return values.shownValue(heads, field);
}
} // namespace

CountyDirectory::CountyDirectory(Database& db) : m_db(db) {}

QString CountyDirectory::users() const
{
    QString text =
        line({tr("user"), tr("role"), tr("station"), tr("devices"), tr("households"), tr("last seen")});
    Query q(m_db);
    const QString lastSeen = m_db.dialect().greatest(
        QStringLiteral("coalesce(d.last_pull_at, 0)"),
        QStringLiteral("coalesce((SELECT max(imported_at) FROM server_import i WHERE i.sender = d.id), 0)"));
    q.exec(QStringLiteral(
               "SELECT u.name, u.role, u.station,"
               " (SELECT count(*) FROM server_device d WHERE d.user = u.name AND d.revoked_at IS NULL),"
               " (SELECT count(*) FROM server_assignment a WHERE a.caseworker = u.name),"
               " (SELECT max(%1) FROM server_device d WHERE d.user = u.name)"
               " FROM server_user u ORDER BY u.station, u.role, u.name")
               .arg(lastSeen));
    while (q.next()) {
        const qint64 seen = q.value(5).toLongLong();
        text += line({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), seen > 0 ? when(seen) : tr("never")});
    }
    return text;
}

QString CountyDirectory::devices(int staleDays) const
{
    QString text =
        line({tr("device"), tr("user"), tr("enrolled"), tr("revoked"), tr("last seen"), tr("last package")});
    Query q(m_db);
    const SqlDialect& dialect = m_db.dialect();
    QString sql =
        QStringLiteral("SELECT id, \"user\", enrolled_at, revoked_at, seen, package FROM"
                       " (SELECT d.*, (SELECT max(imported_at) FROM server_import i WHERE i.sender = d.id) AS"
                       " package, %1 AS seen FROM server_device d) AS devices")
            .arg(dialect.greatest(
                QStringLiteral("coalesce(d.last_pull_at, 0)"),
                QStringLiteral(
                    "coalesce((SELECT max(imported_at) FROM server_import i WHERE i.sender = d.id), 0)")));
    if (staleDays >= 0)
        sql += QStringLiteral(" WHERE revoked_at IS NULL AND %1 < ?")
                   .arg(dialect.greatest(QStringLiteral("seen"), QStringLiteral("enrolled_at")));
    q.prepare(sql + QStringLiteral(" ORDER BY \"user\", enrolled_at"));
    if (staleDays >= 0)
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - qint64(staleDays) * 24 * 60 * 60 * 1000);
    q.exec();
    while (q.next()) {
        const qint64 seen = q.value(4).toLongLong();
        text += line({q.value(0).toString(), q.value(1).toString(), when(q.value(2)),
                      q.value(3).isNull() ? tr("no") : when(q.value(3)), seen > 0 ? when(seen) : tr("never"),
                      q.value(5).isNull() ? tr("none") : when(q.value(5))});
    }
    return text;
}

QString CountyDirectory::households(const QString& caseworker) const
{
    QString text = line({tr("household"), tr("household no."), tr("village"), tr("caseworker")});
    Query q(m_db);
    QString sql = QStringLiteral("SELECT h.record_id, h.heads, a.caseworker FROM record_heads h"
                                 " LEFT JOIN server_assignment a ON a.household_id = h.record_id"
                                 " WHERE h.entity = 'household'");
    if (caseworker == QStringLiteral("-"))
        sql += QStringLiteral(" AND a.caseworker IS NULL");
    else if (!caseworker.isEmpty())
        sql += QStringLiteral(" AND a.caseworker = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY h.record_id"));
    if (!caseworker.isEmpty() && caseworker != QStringLiteral("-"))
        q.addBindValue(caseworker);
    q.exec();
    ChangeApplier values(m_db);
    HeadsDecoder decoder;
    auto shown = [&](const RecordHeads& heads, const QString& field) {
        return shownValue(values, heads, field).toString();
    };
    while (q.next()) {
        const RecordHeads heads = decoder.decode(q.value(1).toByteArray());
        text += line({q.value(0).toString(), shown(heads, QStringLiteral("household_no")),
                      shown(heads, QStringLiteral("village")),
                      q.value(2).isNull() ? tr("(nobody)") : q.value(2).toString()});
    }
    return text;
}

QString CountyDirectory::householdId(const QString& household) const
{
    // The household: its id as given, or the one whose number it is.
    QString id;
    Query find(m_db);
    find.prepare(QStringLiteral("SELECT record_id, heads FROM record_heads WHERE entity = 'household'"));
    find.exec();
    ChangeApplier values(m_db);
    HeadsDecoder decoder;
    while (id.isEmpty() && find.next()) {
        if (find.value(0).toString() == household) {
            id = household;
            break;
        }
        // Kept in locals: shownHead points into the list it is given.
        const RecordHeads heads = decoder.decode(find.value(1).toByteArray());
        const QList<FieldHead> numbers = heads.value(QStringLiteral("household_no"));
        const FieldHead* number = shownHead(numbers);
        if (number && values.valueOf(number->change, QStringLiteral("household_no")).toString() == household)
            id = find.value(0).toString();
    }
    return id;
}

QStringList CountyDirectory::householdsOf(const QString& caseworker) const
{
    QStringList ids;
    Query q(m_db);
    q.prepare(QStringLiteral(
        "SELECT household_id FROM server_assignment WHERE caseworker = ? ORDER BY household_id"));
    q.addBindValue(caseworker);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

QString CountyDirectory::fileOpenings(const QString& household) const
{
    const QString id = householdId(household);
    if (id.isEmpty())
        return {};
    QString text = line({tr("opened at"), tr("opened by"), tr("device")});
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT fields, author, device FROM journal WHERE entity = 'file_open'"
                             " AND household_id = ? AND op = 'create' ORDER BY hlc"));
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        const QVariantMap fields = ChangeCodec::fieldsFromBytes(q.value(0).toByteArray());
        const QDateTime at =
            QDateTime::fromString(fields.value(QStringLiteral("opened_at")).toString(), Qt::ISODate);
        text +=
            line({at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(),
                  fields.value(QStringLiteral("opened_by")).toString(), q.value(2).toString()});
    }
    return text;
}

QString CountyDirectory::parked() const
{
    QString text = line({tr("device"), tr("change"), tr("parked"), tr("household"), tr("record"),
                         tr("fields"), tr("reason")});
    Query q(m_db);
    q.exec(QStringLiteral(
        "SELECT device, device_seq, parked_at, change, reason FROM parked_change ORDER BY id"));
    while (q.next()) {
        QList<Change> one;
        const bool read = ChangeCbor::decode(q.value(3).toByteArray(), 1, &one) && one.size() == 1;
        const Change c = read ? one.first() : Change{};
        text += line({q.value(0).toString(), q.value(1).toString(), when(q.value(2)), c.householdId,
                      c.entity.isEmpty() ? QString() : c.entity + QLatin1Char(' ') + c.recordId,
                      QStringList(c.fields.keys()).join(QLatin1Char(',')),
                      ChangeImporter::reasonText(q.value(4).toString())});
    }
    return text;
}

QString CountyDirectory::possibleDuplicates() const
{
    ChangeApplier values(m_db);
    HeadsDecoder decoder;
    const QString deleted = QStringLiteral("_deleted");
    // The live households, with what identifies them to a person.
    struct Household
    {
        QString number;
        QString village;
    };
    QHash<QString, Household> households;
    Query q(m_db);
    q.exec(QStringLiteral("SELECT record_id, heads FROM record_heads WHERE entity = 'household'"));
    while (q.next()) {
        const RecordHeads heads = decoder.decode(q.value(1).toByteArray());
        if (!shownValue(values, heads, deleted).toBool())
            households.insert(q.value(0).toString(),
                              {shownValue(values, heads, QStringLiteral("household_no")).toString(),
                               shownValue(values, heads, QStringLiteral("village")).toString()});
    }
    // Their live members by resident ID number, as people type it (spaces, a small x).
    struct Member
    {
        QString householdId;
        QString name;
    };
    QMap<QString, QList<Member>> byNumber;
    q.exec(QStringLiteral("SELECT household_id, heads FROM record_heads WHERE entity = 'member'"));
    while (q.next()) {
        const RecordHeads heads = decoder.decode(q.value(1).toByteArray());
        const QString number =
            ResidentId::normalize(shownValue(values, heads, QStringLiteral("id_number")).toString());
        if (number.isEmpty() || shownValue(values, heads, deleted).toBool() ||
            !households.contains(q.value(0).toString()))
            continue;
        byNumber[number].append(
            {q.value(0).toString(), shownValue(values, heads, QStringLiteral("name")).toString()});
    }
    QString text = line({tr("ID number"), tr("household"), tr("household no."), tr("village"), tr("member")});
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it) {
        QSet<QString> distinct;
        for (const Member& m : it.value())
            distinct.insert(m.householdId);
        if (distinct.size() < 2)
            continue;
        QList<Member> members = it.value();
        std::sort(members.begin(), members.end(), [&](const Member& a, const Member& b) {
            return households.value(a.householdId).number < households.value(b.householdId).number;
        });
        for (const Member& m : std::as_const(members)) {
            const Household& h = households[m.householdId];
            text += line({ResidentId::masked(it.key()), m.householdId, h.number, h.village, m.name});
        }
    }
    return text;
}

} // namespace ff
