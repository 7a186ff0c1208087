// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/IndicatorRecords.h"

#include "core/db/Query.h"
#include "core/indicators/Indicators.h"
#include "core/model/CodeList.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>

namespace ff {

namespace {
QString quoted(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString label(const CodeList* list, const QString& code)
{
    return list && !code.isEmpty() ? list->label(code) : code;
}

/// A statement's rows: household id, record id, day, and up to three words the entry's text is made of.
struct Listing
{
    QString sql;
    std::function<QString(const Query&)> what;
};
} // namespace

IndicatorRecords::IndicatorRecords(Database& db, IndicatorScope scope) : m_db(db), m_scope(std::move(scope))
{}

bool IndicatorRecords::lists(const QString& indicator)
{
    static const QStringList listed = {
        QStringLiteral("households.on_file"),   QStringLiteral("households.reached"),
        QStringLiteral("services.sessions"),    QStringLiteral("services.households"),
        QStringLiteral("visits.done"),          QStringLiteral("visits.due"),
        QStringLiteral("visits.on_time"),       QStringLiteral("guardianship.due"),
        QStringLiteral("guardianship.on_time"), QStringLiteral("referrals.made"),
        QStringLiteral("referrals.accepted"),   QStringLiteral("referrals.completed"),
    };
    return listed.contains(indicator);
}

QList<StationOverview::Entry> IndicatorRecords::entries(const QString& indicator, const QString& breakdown,
                                                        const ReportPeriod& period) const
{
    const QString live =
        QStringLiteral("h.deleted = 0 AND (%1)").arg(m_scope.householdCondition(QStringLiteral("h")));
    const QString from = quoted(period.first().toString(Qt::ISODate));
    const QString to = quoted(period.last().toString(Qt::ISODate));
    const auto in = [&](const QString& day) {
        return QStringLiteral("(%1) BETWEEN %2 AND %3").arg(day, from, to);
    };
    const auto hasGroup = [](const QString& group) {
        return QStringLiteral("instr(';' || coalesce(h.special_groups, '') || ';', %1) > 0")
            .arg(quoted(QLatin1Char(';') + group + QLatin1Char(';')));
    };
    // A services breakdown is `method/category`.
    const QString method = breakdown.section(QLatin1Char('/'), 0, 0);
    const QString category = breakdown.section(QLatin1Char('/'), 1);
    const auto cellLabel = [](const QString& m, const QString& c) {
        return CodeList::serviceMethods().label(m) + QStringLiteral(" · ") +
               CodeList::serviceCategories().label(c);
    };

    Listing l;
    if (indicator == QLatin1String("households.on_file")) {
        QString extra;
        if (breakdown.startsWith(QLatin1String("status:")))
            extra = QStringLiteral(" AND trim(coalesce(h.status, '')) = %1").arg(quoted(breakdown.mid(7)));
        else if (breakdown.startsWith(QLatin1String("group:")))
            extra = QStringLiteral(" AND ") + hasGroup(breakdown.mid(6));
        l.sql =
            QStringLiteral("SELECT h.id, '', '', trim(coalesce(h.status, '')) FROM household h WHERE %1%2")
                .arg(live, extra);
        l.what = [](const Query& q) {
            const QString s = q.value(3).toString();
            return s.isEmpty() ? tr("No status recorded") : CodeList::assistanceStatus().label(s);
        };
    } else if (indicator == QLatin1String("households.reached")) {
        l.sql = QStringLiteral("SELECT h.id, '', '', '' FROM household h WHERE %1 AND ("
                               " EXISTS (SELECT 1 FROM service_log s WHERE s.household_id = h.id"
                               "  AND s.deleted = 0 AND %2)"
                               " OR EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id"
                               "  AND v.deleted = 0 AND v.status = 'done' AND %3))")
                    .arg(live, in(QStringLiteral("s.served_on")), in(QStringLiteral("v.visited_on")));
        l.what = [](const Query&) { return tr("Served or visited in the period"); };
    } else if (indicator == QLatin1String("services.sessions")) {
        // One entry per session, as Indicators counts it: its method and category are the
        // smallest of its records', its household the first of the scope's.
        const QString having = breakdown.isEmpty() ? QString()
                                                   : QStringLiteral(" HAVING min(coalesce(s.method, '')) = %1"
                                                                    " AND min(coalesce(s.category, '')) = %2")
                                                         .arg(quoted(method), quoted(category));
        l.sql = QStringLiteral("SELECT min(s.household_id), min(s.id), min(s.served_on),"
                               " min(coalesce(s.method, '')), min(coalesce(s.category, '')),"
                               " count(DISTINCT s.household_id), max(coalesce(s.duration_min, 0))"
                               " FROM service_log s JOIN household h ON h.id = s.household_id"
                               " WHERE s.deleted = 0 AND %1 AND %2 GROUP BY coalesce(s.session_id, s.id)%3")
                    .arg(live, in(QStringLiteral("s.served_on")), having);
        l.what = [cellLabel](const Query& q) {
            QString text = q.value(2).toString() + QStringLiteral(" · ") +
                           cellLabel(q.value(3).toString(), q.value(4).toString()) + QStringLiteral(" · ") +
                           tr("%n min", nullptr, q.value(6).toInt());
            if (const int n = q.value(5).toInt(); n > 1)
                text += QStringLiteral(" · ") + tr("with %n household(s)", nullptr, n);
            return text;
        };
    } else if (indicator == QLatin1String("services.households")) {
        const QString cell =
            breakdown.isEmpty()
                ? QString()
                : QStringLiteral(" AND coalesce(s.method, '') = %1 AND coalesce(s.category, '') = %2")
                      .arg(quoted(method), quoted(category));
        l.sql = QStringLiteral("SELECT s.household_id, '', min(s.served_on), count(*)"
                               " FROM service_log s JOIN household h ON h.id = s.household_id"
                               " WHERE s.deleted = 0 AND %1 AND %2%3 GROUP BY s.household_id")
                    .arg(live, in(QStringLiteral("s.served_on")), cell);
        l.what = [](const Query& q) { return tr("%n service record(s)", nullptr, q.value(3).toInt()); };
    } else if (indicator == QLatin1String("visits.done")) {
        l.sql = QStringLiteral("SELECT v.household_id, v.id, v.visited_on, coalesce(v.planned_on, '')"
                               " FROM visit v JOIN household h ON h.id = v.household_id"
                               " WHERE v.deleted = 0 AND %1 AND v.status = 'done' AND %2")
                    .arg(live, in(QStringLiteral("v.visited_on")));
        l.what = [](const Query& q) { return tr("Visited %1").arg(q.value(2).toString()); };
    } else if (indicator.endsWith(QLatin1String(".due")) || indicator.endsWith(QLatin1String(".on_time"))) {
        if (!indicator.startsWith(QLatin1String("visits.")) &&
            !indicator.startsWith(QLatin1String("guardianship.")))
            return {};
        QString extra;
        if (indicator.endsWith(QLatin1String(".on_time")))
            extra += QStringLiteral(" AND v.status = 'done' AND coalesce(v.visited_on, '') <> ''"
                                    " AND v.visited_on <= v.planned_on");
        if (indicator.startsWith(QLatin1String("guardianship.")))
            extra += QStringLiteral(" AND ") + hasGroup(QStringLiteral("left_behind_child"));
        l.sql =
            QStringLiteral("SELECT v.household_id, v.id, v.planned_on, v.status, coalesce(v.visited_on, '')"
                           " FROM visit v JOIN household h ON h.id = v.household_id"
                           " WHERE v.deleted = 0 AND %1 AND %2%3")
                .arg(live, in(QStringLiteral("v.planned_on")), extra);
        l.what = [](const Query& q) {
            const QString done =
                q.value(3).toString() == QLatin1String("done") ? q.value(4).toString() : QString();
            return done.isEmpty() ? tr("Planned for %1, not done").arg(q.value(2).toString())
                                  : tr("Planned for %1, done %2").arg(q.value(2).toString(), done);
        };
    } else if (indicator.startsWith(QLatin1String("referrals."))) {
        const QString column =
            indicator == QLatin1String("referrals.made")        ? QStringLiteral("sent_on")
            : indicator == QLatin1String("referrals.accepted")  ? QStringLiteral("accepted_on")
            : indicator == QLatin1String("referrals.completed") ? QStringLiteral("completed_on")
                                                                : QString();
        if (column.isEmpty())
            return {};
        l.sql = QStringLiteral(
                    "SELECT r.household_id, r.id, r.%1, coalesce(r.agency, ''), coalesce(r.sent_on, ''),"
                    " coalesce(r.referral_status, '')"
                    " FROM referral r JOIN household h ON h.id = r.household_id"
                    " WHERE r.deleted = 0 AND %2 AND %3")
                    .arg(column, live, in(QStringLiteral("r.") + column));
        l.what = [](const Query& q) {
            return tr("To %1 · sent %2 · %3")
                .arg(label(CodeList::forField(QStringLiteral("referral"), QStringLiteral("agency")),
                           q.value(3).toString()),
                     q.value(4).toString(), CodeList::referralStatus().label(q.value(5).toString()));
        };
    } else {
        return {};
    }

    // The households' names and places, read once for the whole list.
    QList<StationOverview::Entry> out;
    QList<QString> days;
    {
        Query q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(l.sql))
            return {};
        while (q.next()) {
            StationOverview::Entry e;
            e.householdId = q.value(0).toString();
            e.recordId = q.value(1).toString();
            e.what = l.what(q);
            out.append(e);
            days.append(q.value(2).toString());
        }
    }
    Query h(m_db);
    if (!h.prepare(QStringLiteral("SELECT household_no, head_name, village, trim(coalesce(caseworker, ''))"
                                  " FROM household WHERE id = ?")))
        return out;
    for (StationOverview::Entry& e : out) {
        h.addBindValue(e.householdId);
        if (h.exec() && h.next()) {
            e.householdNo = h.value(0).toString();
            e.headName = h.value(1).toString();
            e.village = h.value(2).toString();
            e.caseworker = h.value(3).toString();
        }
    }
    QList<qsizetype> order(out.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::tie(out.at(a).householdNo, days.at(a)) < std::tie(out.at(b).householdNo, days.at(b));
    });
    QList<StationOverview::Entry> sorted;
    sorted.reserve(out.size());
    for (qsizetype i : std::as_const(order))
        sorted.append(out.at(i));
    return sorted;
}

} // namespace ff
