// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/DuplicateFinder.h"

#include "core/db/Query.h"
#include "core/model/ResidentId.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ff {

namespace {
/// The household columns every candidate query selects last, joined as `h`.
const QString kHousehold = QStringLiteral("h.id, h.household_no, h.head_name, h.village");

DuplicateCandidate fromRow(const Query& q, int first, DuplicateCandidate::Reason reason)
{
    DuplicateCandidate c;
    c.reason = reason;
    c.householdId = q.value(first).toString();
    c.householdNo = q.value(first + 1).toString();
    c.headName = q.value(first + 2).toString();
    c.village = q.value(first + 3).toString();
    return c;
}

QString digitsOf(const QString& phone)
{
    static const QRegularExpression notDigit(QStringLiteral("[^0-9]"));
    return ResidentId::normalize(phone).remove(notDigit);
}
} // namespace

QString DuplicateCandidate::describe() const
{
    const QString household = DuplicateFinder::tr("%1 %2 (%3)").arg(householdNo, headName, village);
    switch (reason) {
    case Reason::SameIdNumber:
        return DuplicateFinder::tr("%1: %2 has the same resident ID number as %3")
            .arg(household, memberName, typedName);
    case Reason::SameNameVillageBirth:
        return DuplicateFinder::tr("%1: %2, born the same day, lives in the same village")
            .arg(household, memberName);
    case Reason::SamePhone:
        return DuplicateFinder::tr("%1: the same phone number").arg(household);
    }
    return household;
}

QList<DuplicateCandidate> DuplicateFinder::candidates(const HouseholdFile& file, const QString& ownId,
                                                      bool checkPhone) const
{
    QList<DuplicateCandidate> found;
    QSet<QString> seen;
    const auto add = [&](DuplicateCandidate c) {
        const QString key = QString::number(int(c.reason)) + c.householdId + QLatin1Char('\n') + c.memberName;
        if (!seen.contains(key)) {
            seen.insert(key);
            found.append(c);
        }
    };
    const QString village = file.household.value(QStringLiteral("village")).toString().trimmed();
    // A new household has no id: bound as NULL, `h.id <> ?` would leave out every row.
    const QString own = ownId.isNull() ? QStringLiteral("") : ownId;

    // The same resident ID number anywhere (as typed: spaces, a small x, full width): every
    // number of the file in one statement, a single pass over the members on file.
    QHash<QString, QStringList> typedById;
    for (const QVariantMap& member : file.members) {
        const QString id = ResidentId::normalize(member.value(QStringLiteral("id_number")).toString());
        if (!id.isEmpty())
            typedById[id].append(member.value(QStringLiteral("name")).toString().trimmed());
    }
    if (!typedById.isEmpty()) {
        Query q(m_db);
        q.prepare(
            QStringLiteral("SELECT upper(replace(m.id_number, ' ', '')), m.name, ") + kHousehold +
            QStringLiteral(" FROM member m JOIN household h ON h.id = m.household_id"
                           " WHERE m.deleted = 0 AND h.deleted = 0 AND h.id <> ?"
                           " AND upper(replace(m.id_number, ' ', '')) IN (SELECT value FROM json_each(?))"
                           " ORDER BY h.household_no"));
        q.addBindValue(own);
        q.addBindList(typedById.keys());
        if (q.exec()) {
            while (q.next()) {
                for (const QString& typed : typedById.value(q.value(0).toString())) {
                    DuplicateCandidate c = fromRow(q, 2, DuplicateCandidate::Reason::SameIdNumber);
                    c.memberName = q.value(1).toString();
                    c.typedName = typed;
                    add(c);
                }
            }
        }
    }

    for (const QVariantMap& member : file.members) {
        const QString typed = member.value(QStringLiteral("name")).toString().trimmed();
        // The same name and birth date in the same village.
        const QDate born = member.value(QStringLiteral("birth_date")).toDate();
        if (!typed.isEmpty() && born.isValid() && !village.isEmpty()) {
            Query q(m_db);
            q.prepare(QStringLiteral("SELECT m.name, ") + kHousehold +
                      QStringLiteral(" FROM member m JOIN household h ON h.id = m.household_id"
                                     " WHERE m.deleted = 0 AND h.deleted = 0 AND h.id <> ?"
                                     " AND trim(m.name) = ? AND m.birth_date = ? AND trim(h.village) = ?"
                                     " ORDER BY h.household_no"));
            q.addBindValue(own);
            q.addBindValue(typed);
            q.addBindValue(born.toString(Qt::ISODate));
            q.addBindValue(village);
            if (q.exec()) {
                while (q.next()) {
                    DuplicateCandidate c = fromRow(q, 1, DuplicateCandidate::Reason::SameNameVillageBirth);
                    c.memberName = q.value(0).toString();
                    c.typedName = typed;
                    add(c);
                }
            }
        }
    }

    const QString phone = digitsOf(file.household.value(QStringLiteral("phone")).toString());
    // A number too short to say anything (a missing digit, "0") is not compared.
    if (checkPhone && phone.size() >= 7) {
        Query q(m_db);
        q.prepare(QStringLiteral("SELECT h.phone, ") + kHousehold +
                  QStringLiteral(" FROM household h WHERE h.deleted = 0 AND h.id <> ?"
                                 " AND coalesce(h.phone, '') <> '' ORDER BY h.household_no"));
        q.addBindValue(own);
        if (q.exec()) {
            while (q.next()) {
                if (digitsOf(q.value(0).toString()) == phone)
                    add(fromRow(q, 1, DuplicateCandidate::Reason::SamePhone));
            }
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
                         return int(a.reason) < int(b.reason);
                     });
    return found;
}

} // namespace ff
