// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/StationOverview.h"

#include "core/db/Query.h"
#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/ReviewQueue.h"

#include <QMap>
#include <QPair>

#include <algorithm>

namespace ff {

namespace {
/// A household's caseworker as the overview groups it: blanks are no caseworker.
const QString kCaseworker = QStringLiteral("coalesce(trim(h.caseworker), '')");
/// Larger than any visit interval (1–366 days): "no rule of this group applies".
constexpr int kNoRule = 1000000;

QString quoted(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

/// Whole days from the ISO date expression `from` to `today`.
QString daysSince(const QString& from, const QString& today)
{
    return QStringLiteral("CAST(julianday(%1) - julianday(%2) AS INTEGER)").arg(today, from);
}
} // namespace

StationOverview::StationOverview(Database& db, VisitRules rules, QDate today, Role viewer)
    : m_db(db), m_rules(std::move(rules)), m_today(today), m_viewer(viewer)
{}

QString StationOverview::intervalSql() const
{
    // VisitRules::requiredInterval in SQL: the shortest interval of the rules whose group is among
    // the household's special groups (';'-joined codes), or the default when none is.
    if (m_rules.rules.isEmpty())
        return QString::number(m_rules.defaultIntervalDays);
    QStringList cases;
    for (const VisitRules::Rule& r : m_rules.rules)
        cases << QStringLiteral("CASE WHEN instr(';' || coalesce(h.special_groups, '') || ';', %1) > 0"
                                " THEN %2 ELSE %3 END")
                     .arg(quoted(QLatin1Char(';') + r.group + QLatin1Char(';')))
                     .arg(r.intervalDays)
                     .arg(kNoRule);
    cases << QString::number(kNoRule);
    return QStringLiteral("(SELECT CASE WHEN m < %1 THEN m ELSE %2 END FROM (SELECT min(%3) AS m))")
        .arg(kNoRule)
        .arg(m_rules.defaultIntervalDays)
        .arg(cases.join(QStringLiteral(", ")));
}

QString StationOverview::visitsSql(const std::optional<QString>& caseworker) const
{
    const QString today = quoted(m_today.toString(Qt::ISODate));
    // The latest done visit: the later of the household's last_visit and its recorded visits,
    // as DueVisitQuery takes it (one index seek on visit(household_id, visited_on) per household).
    // "LIMIT -1 OFFSET 0" keeps SQLite from flattening the inner query into the outer ones: the
    // outer ones name every_days and last_on up to five times, and flattened, each name would run
    // its subqueries again (the rule's interval and the visit seek per household, twice as slow on
    // a station of 5,000 households). Not flattened, SQLite no longer pushes an outer filter on the
    // caseworker down into it either, so that filter is written in it.
    return QStringLiteral(
               "SELECT cw, household_id, household_no, head_name, village, '' AS record_id,"
               " CASE WHEN last_on IS NULL THEN every_days ELSE %1 - every_days END AS days, 0 AS urgent,"
               " CASE WHEN last_on IS NULL THEN %2 ELSE %1 - every_days END AS rank,"
               " coalesce(last_on, '') AS a1, every_days AS a2, '' AS a3"
               " FROM (SELECT %3 AS cw, h.id AS household_id, h.household_no, h.head_name, h.village,"
               "   %4 AS every_days,"
               "   nullif(max(coalesce(h.last_visit, ''), coalesce((SELECT max(v.visited_on) FROM visit v"
               "     WHERE v.household_id = h.id AND v.deleted = 0 AND v.status = 'done'), '')), '') AS "
               "last_on"
               "   FROM household h WHERE h.deleted = 0%6 LIMIT -1 OFFSET 0)"
               " WHERE every_days > 0 AND (last_on IS NULL OR julianday(%5) - julianday(last_on) > "
               "every_days)")
        .arg(daysSince(QStringLiteral("last_on"), today))
        .arg(kNoRule)
        .arg(kCaseworker, intervalSql(), today,
             caseworker ? QStringLiteral(" AND %1 = %2").arg(kCaseworker, quoted(*caseworker)) : QString());
}

namespace {
/// The rows a measure counts, each with the same columns: cw (whose row), household_id,
/// household_no, head_name, village, record_id, days, urgent, rank (the order of entries), and
/// a1–a3 (what the entry's text is made of).
QString sourceSql(StationOverview::Measure measure, const QString& visits, QDate day, Role viewer)
{
    using M = StationOverview::Measure;
    const QString today = quoted(day.toString(Qt::ISODate));
    const QString household =
        QStringLiteral("%1 AS cw, h.id AS household_id, h.household_no, h.head_name, h.village")
            .arg(kCaseworker);
    switch (measure) {
    case M::Households:
        return QStringLiteral("SELECT %1, '' AS record_id, -1 AS days, 0 AS urgent, 0 AS rank,"
                              " coalesce(h.status, '') AS a1, coalesce(h.special_groups, '') AS a2, '' AS a3"
                              " FROM household h WHERE h.deleted = 0")
            .arg(household);
    case M::VisitsOverdue:
        return visits;
    case M::OpenRisks: {
        const QString age = QStringLiteral("CASE WHEN coalesce(f.raised_at, '') = '' THEN -1 ELSE %1 END")
                                .arg(daysSince(QStringLiteral("substr(f.raised_at, 1, 10)"), today));
        return QStringLiteral(
                   "SELECT %1, f.id AS record_id, %2 AS days,"
                   " (f.risk_type = 'child_protection' AND coalesce(f.reported_on, '') = '') AS urgent,"
                   " %2 AS rank, f.risk_type AS a1, coalesce(f.severity, '') AS a2,"
                   " coalesce((SELECT m.name FROM member m WHERE m.id = f.member_id), '') AS a3"
                   " FROM risk_flag f JOIN household h ON h.id = f.household_id"
                   " WHERE f.deleted = 0 AND h.deleted = 0 AND f.flag_status = 'open'")
            .arg(household, age);
    }
    case M::ReferralsOverdue: {
        const QString days = daysSince(QStringLiteral("r.follow_up_on"), today);
        return QStringLiteral(
                   "SELECT %1, r.id AS record_id, %2 AS days, 0 AS urgent, %2 AS rank,"
                   " coalesce(r.agency, '') AS a1, r.follow_up_on AS a2, r.referral_status AS a3"
                   " FROM referral r JOIN household h ON h.id = r.household_id"
                   " WHERE r.deleted = 0 AND h.deleted = 0 AND r.referral_status IN ('sent', 'accepted')"
                   " AND coalesce(r.follow_up_on, '') <> '' AND r.follow_up_on < %3")
            .arg(household, days, today);
    }
    case M::ActionsOverdue: {
        const QString days = daysSince(QStringLiteral("a.due_on"), today);
        return QStringLiteral("SELECT %1, a.id AS record_id, %2 AS days, 0 AS urgent, %2 AS rank,"
                              " coalesce(a.action, '') AS a1, a.due_on AS a2, coalesce(a.status, '') AS a3"
                              " FROM plan_action a JOIN household h ON h.id = a.household_id"
                              " WHERE a.deleted = 0 AND h.deleted = 0 AND coalesce(a.due_on, '') <> ''"
                              " AND a.due_on < %3 AND coalesce(a.status, '') NOT IN ('done', 'dropped')")
            .arg(household, days, today);
    }
    case M::StatusReviewsWaiting: {
        // StatusReviewRepository::waiting(): the county waits on the recommended reviews, the
        // station on those nobody has recommended or returned yet.
        const bool county = viewer == Role::County;
        const QString since = county ? QStringLiteral("coalesce(nullif(r.recommended_on, ''), r.proposed_on)")
                                     : QStringLiteral("r.proposed_on");
        const QString days = QStringLiteral("CASE WHEN coalesce(%1, '') = '' THEN -1 ELSE %2 END")
                                 .arg(since, daysSince(since, today));
        return QStringLiteral(
                   "SELECT %1, r.id AS record_id, %2 AS days, 0 AS urgent, %2 AS rank,"
                   " coalesce(r.from_status, '') AS a1, coalesce(r.proposed_status, '') AS a2,"
                   " coalesce(r.proposed_by, '') AS a3"
                   " FROM status_review r JOIN household h ON h.id = r.household_id"
                   " WHERE r.deleted = 0 AND h.deleted = 0 AND coalesce(r.decision, '') = '' AND %3")
            .arg(household, days,
                 county ? QStringLiteral("r.recommendation = 'recommended'")
                        : QStringLiteral("coalesce(r.recommendation, '') = ''"));
    }
    case M::NotesPending:
    case M::NotesReturned: {
        // Whose notes: who submitted them, as the review queue filters them (ReviewQueue::Filter).
        const QString days = daysSince(QStringLiteral("date(r.submitted_at, 'localtime')"), today);
        return QStringLiteral(
                   "SELECT coalesce(r.submitted_by, '') AS cw, h.id AS household_id, h.household_no, "
                   "h.head_name,"
                   " h.village, r.id AS record_id, %1 AS days, 0 AS urgent, %1 AS rank, r.subject_type AS a1,"
                   " r.reopened AS a2, '' AS a3"
                   " FROM note_review r JOIN household h ON h.id = r.household_id"
                   " WHERE r.deleted = 0 AND h.deleted = 0 AND r.state = '%2'")
            .arg(days, measure == M::NotesPending ? QStringLiteral("pending") : QStringLiteral("returned"));
    }
    }
    return {};
}
} // namespace

QList<StationOverviewRow> StationOverview::rows() const
{
    using M = Measure;
    QMap<QString, StationOverviewRow> byCaseworker;
    const QString visits = visitsSql();
    auto rowOf = [&](const QString& caseworker) -> StationOverviewRow& {
        auto it = byCaseworker.find(caseworker);
        if (it == byCaseworker.end()) {
            it = byCaseworker.insert(caseworker, {});
            it->caseworker = caseworker;
        }
        return *it;
    };
    const struct
    {
        M measure;
        int StationOverviewRow::*count;
    } simple[] = {{M::Households, &StationOverviewRow::households},
                  {M::VisitsOverdue, &StationOverviewRow::visitsOverdue},
                  {M::ReferralsOverdue, &StationOverviewRow::referralsOverdue},
                  {M::ActionsOverdue, &StationOverviewRow::actionsOverdue},
                  {M::StatusReviewsWaiting, &StationOverviewRow::statusReviewsWaiting},
                  {M::NotesPending, &StationOverviewRow::notesPending},
                  {M::NotesReturned, &StationOverviewRow::notesReturned}};
    for (const auto& s : simple) {
        Query q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT cw, count(*) FROM (%1) GROUP BY cw")
                        .arg(sourceSql(s.measure, visits, m_today, m_viewer))))
            continue;
        while (q.next())
            rowOf(q.value(0).toString()).*s.count = q.value(1).toInt();
    }
    Query risks(m_db);
    risks.setForwardOnly(true);
    if (risks.exec(
            QStringLiteral("SELECT cw, count(*), sum(urgent), max(CASE WHEN urgent THEN days END), max(days)"
                           " FROM (%1) GROUP BY cw")
                .arg(sourceSql(M::OpenRisks, visits, m_today, m_viewer)))) {
        while (risks.next()) {
            StationOverviewRow& row = rowOf(risks.value(0).toString());
            row.openRisks = risks.value(1).toInt();
            row.childProtectionUnreported = risks.value(2).toInt();
            row.oldestUnreportedDays = risks.value(3).isNull() ? -1 : risks.value(3).toInt();
            row.oldestRiskDays = risks.value(4).isNull() ? -1 : risks.value(4).toInt();
        }
    }
    QList<StationOverviewRow> all = byCaseworker.values(); // by name
    std::stable_partition(all.begin(), all.end(),
                          [](const StationOverviewRow& r) { return !r.caseworker.isEmpty(); });
    return all;
}

StationOverviewRow StationOverview::total(const QList<StationOverviewRow>& rows)
{
    StationOverviewRow sum;
    for (const StationOverviewRow& r : rows) {
        sum.households += r.households;
        sum.visitsOverdue += r.visitsOverdue;
        sum.openRisks += r.openRisks;
        sum.childProtectionUnreported += r.childProtectionUnreported;
        sum.oldestUnreportedDays = std::max(sum.oldestUnreportedDays, r.oldestUnreportedDays);
        sum.oldestRiskDays = std::max(sum.oldestRiskDays, r.oldestRiskDays);
        sum.referralsOverdue += r.referralsOverdue;
        sum.actionsOverdue += r.actionsOverdue;
        sum.statusReviewsWaiting += r.statusReviewsWaiting;
        sum.notesPending += r.notesPending;
        sum.notesReturned += r.notesReturned;
    }
    return sum;
}

int StationOverview::count(Measure measure, const std::optional<QString>& caseworker) const
{
    // coalesce: a null QString (no caseworker) is bound as NULL, which equals nothing.
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM (%1)%2")
                  .arg(sourceSql(measure, visitsSql(caseworker), m_today, m_viewer),
                       caseworker ? QStringLiteral(" WHERE cw = coalesce(?, '')") : QString()));
    if (caseworker)
        q.addBindValue(*caseworker);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<StationOverview::Entry>
StationOverview::entries(Measure measure, const std::optional<QString>& caseworker, int limit) const
{
    using M = Measure;
    QList<Entry> out;
    QList<QPair<QString, bool>> notes; // the subject type of each note entry, and whether reopened
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT cw, household_id, household_no, head_name, village, record_id, days, urgent,"
                       " a1, a2, a3 FROM (%1)%2 ORDER BY urgent DESC, rank DESC, household_no, record_id"
                       " LIMIT ?")
            .arg(sourceSql(measure, visitsSql(caseworker), m_today, m_viewer),
                 caseworker ? QStringLiteral(" WHERE cw = coalesce(?, '')") : QString()));
    if (caseworker)
        q.addBindValue(*caseworker);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        Entry e;
        e.caseworker = q.value(0).toString();
        e.householdId = q.value(1).toString();
        e.householdNo = q.value(2).toString();
        e.headName = q.value(3).toString();
        e.village = q.value(4).toString();
        e.recordId = q.value(5).toString();
        e.days = q.value(6).isNull() ? -1 : q.value(6).toInt();
        e.urgent = q.value(7).toInt() != 0;
        const QString a1 = q.value(8).toString(), a2 = q.value(9).toString(), a3 = q.value(10).toString();
        const QString dot = QStringLiteral(" · ");
        switch (measure) {
        case M::Households:
            e.what = FieldLabels::value(QStringLiteral("household"), QStringLiteral("status"), a1);
            if (!a2.isEmpty())
                e.what += (e.what.isEmpty() ? QString() : dot) + CodeList::specialGroups().labels(a2);
            break;
        case M::VisitsOverdue:
            e.what =
                a1.isEmpty()
                    ? tr("Never visited; a visit every %n day(s) is required", nullptr, a2.toInt())
                    : tr("Last visit %1; a visit every %n day(s) is required", nullptr, a2.toInt()).arg(a1);
            break;
        case M::OpenRisks: {
            QStringList parts = {
                FieldLabels::value(QStringLiteral("risk_flag"), QStringLiteral("risk_type"), a1)};
            if (!a2.isEmpty())
                parts << FieldLabels::value(QStringLiteral("risk_flag"), QStringLiteral("severity"), a2);
            if (!a3.isEmpty())
                parts << a3;
            if (e.urgent)
                parts << tr("mandatory report not recorded");
            e.what = parts.join(dot);
            break;
        }
        case M::ReferralsOverdue:
            e.what = FieldLabels::value(QStringLiteral("referral"), QStringLiteral("agency"), a1) + dot +
                     FieldLabels::value(QStringLiteral("referral"), QStringLiteral("referral_status"), a3) +
                     dot + tr("follow up by %1").arg(a2);
            break;
        case M::ActionsOverdue:
            e.what = a1 + dot + tr("due %1").arg(a2);
            break;
        case M::StatusReviewsWaiting:
            e.what = tr("%1 → %2").arg(a1.isEmpty() ? tr("no status")
                                                    : FieldLabels::value(QStringLiteral("status_review"),
                                                                         QStringLiteral("from_status"), a1),
                                       FieldLabels::value(QStringLiteral("status_review"),
                                                          QStringLiteral("proposed_status"), a2)) +
                     (a3.isEmpty() ? QString() : dot + tr("proposed by %1").arg(a3));
            break;
        case M::NotesPending:
        case M::NotesReturned:
            notes.append({a1, a2.toInt() != 0}); // titled below, once this statement is done
            break;
        }
        out.append(e);
    }
    q.finish();
    if (measure == M::NotesPending || measure == M::NotesReturned) {
        QList<std::pair<QString, QString>> records;
        for (qsizetype i = 0; i < out.size(); ++i)
            records.append({notes.at(i).first, out.at(i).recordId});
        const QHash<QString, QString> titles = ReviewQueue::titlesOf(m_db, records);
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i].what =
                titles.value(out.at(i).recordId) +
                (notes.at(i).second ? QStringLiteral(" · ") + tr("changed after approval") : QString());
    }
    return out;
}

} // namespace ff
