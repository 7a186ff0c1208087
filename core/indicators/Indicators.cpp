// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/Indicators.h"

#include "core/db/Query.h"
#include "core/forms/BuiltInForms.h"
#include "core/forms/IdentifiedNeeds.h"
#include "core/forms/MemberContext.h"
#include "core/model/CodeList.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/ProjectDelivery.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>

namespace ff {

namespace {
QString quoted(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

/// Runs `sql` and hands each row to `row`; a statement that fails counts nothing.
void each(Database& db, const QString& sql, const std::function<void(const Query&)>& row)
{
    Query q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return;
    while (q.next())
        row(q);
}

double scalar(Database& db, const QString& sql)
{
    double v = 0;
    each(db, sql, [&](const Query& q) { v = q.value(0).toDouble(); });
    return v;
}

QList<double> column(Database& db, const QString& sql)
{
    QList<double> out;
    each(db, sql, [&](const Query& q) {
        if (!q.value(0).isNull())
            out.append(q.value(0).toDouble());
    });
    return out;
}

IndicatorFigure figure(const char* id, double value, const QString& breakdown = {}, const QString& label = {})
{
    return {QString::fromLatin1(id), breakdown, label, value};
}

IndicatorFigure unknown(const char* id, const QString& breakdown = {}, const QString& label = {})
{
    return {QString::fromLatin1(id), breakdown, label, std::nullopt};
}

std::optional<double> percent(double part, double whole)
{
    if (whole <= 0)
        return std::nullopt;
    return part * 100.0 / whole;
}

const QString kLeftBehindChild = QStringLiteral("left_behind_child");

QString statusLabel(const QString& code)
{
    return code.isEmpty() ? Indicators::tr("No status recorded") : CodeList::assistanceStatus().label(code);
}

QString cellLabel(const QString& method, const QString& category)
{
    return CodeList::serviceMethods().label(method) + QStringLiteral(" · ") +
           CodeList::serviceCategories().label(category);
}

QString cellKey(const QPair<QString, QString>& cell) { return cell.first + QLatin1Char('/') + cell.second; }

QString caseworkerLabel(const QString& name)
{
    return name.isEmpty() ? Indicators::tr("No caseworker") : name;
}
} // namespace

/// The parts every statement of one period shares.
struct Indicators::Where
{
    QString from; ///< the first day, quoted
    QString to;   ///< the last day, quoted
    QString live; ///< a live household `h` of the scope

    QString in(const QString& dayExpression) const
    {
        return QStringLiteral("(%1) BETWEEN %2 AND %3").arg(dayExpression, from, to);
    }
};

Indicators::Indicators(Database& db, IndicatorScope scope) : m_db(db), m_scope(std::move(scope)) {}

QStringList Indicators::ids()
{
    return {QStringLiteral("households.on_file"),
            QStringLiteral("households.reached"),
            QStringLiteral("households.entered"),
            QStringLiteral("households.exited"),
            QStringLiteral("services.sessions"),
            QStringLiteral("services.households"),
            QStringLiteral("services.hours"),
            QStringLiteral("visits.done"),
            QStringLiteral("visits.due"),
            QStringLiteral("visits.on_time"),
            QStringLiteral("visits.on_time_percent"),
            QStringLiteral("guardianship.due"),
            QStringLiteral("guardianship.on_time"),
            QStringLiteral("guardianship.on_time_percent"),
            QStringLiteral("needs.identified"),
            QStringLiteral("needs.planned"),
            QStringLiteral("needs.planned_percent"),
            QStringLiteral("referrals.made"),
            QStringLiteral("referrals.accepted"),
            QStringLiteral("referrals.completed"),
            QStringLiteral("referrals.median_days"),
            QStringLiteral("risks.opened"),
            QStringLiteral("risks.closed"),
            QStringLiteral("child_protection.raised"),
            QStringLiteral("child_protection.reported"),
            QStringLiteral("child_protection.median_days_to_report"),
            QStringLiteral("workload.households"),
            QStringLiteral("workload.sessions"),
            QStringLiteral("workload.visits"),
            QStringLiteral("workload.hours"),
            QStringLiteral("volunteers.people"),
            QStringLiteral("volunteers.hours"),
            QStringLiteral("projects.hours_delivered"),
            QStringLiteral("projects.hours_contracted")};
}

bool Indicators::isPresentState(const QString& id)
{
    return id == QLatin1String("households.on_file") || id == QLatin1String("workload.households");
}

QString Indicators::name(const QString& id)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("households.on_file"), QT_TR_NOOP("Households on file (now)")},
        {QStringLiteral("households.reached"), QT_TR_NOOP("Households served or visited")},
        {QStringLiteral("households.entered"), QT_TR_NOOP("Households entering assistance")},
        {QStringLiteral("households.exited"), QT_TR_NOOP("Households leaving assistance")},
        {QStringLiteral("services.sessions"), QT_TR_NOOP("Services given")},
        {QStringLiteral("services.households"), QT_TR_NOOP("Households reached by services")},
        {QStringLiteral("services.hours"), QT_TR_NOOP("Hours of service")},
        {QStringLiteral("visits.done"), QT_TR_NOOP("Visits done")},
        {QStringLiteral("visits.due"), QT_TR_NOOP("Planned visits due")},
        {QStringLiteral("visits.on_time"), QT_TR_NOOP("Planned visits done on time")},
        {QStringLiteral("visits.on_time_percent"), QT_TR_NOOP("Planned visits done on time (%)")},
        {QStringLiteral("guardianship.due"),
         QT_TR_NOOP("Guardianship follow-ups of left-behind children due")},
        {QStringLiteral("guardianship.on_time"),
         QT_TR_NOOP("Guardianship follow-ups of left-behind children done on time")},
        {QStringLiteral("guardianship.on_time_percent"),
         QT_TR_NOOP("Guardianship follow-ups of left-behind children done on time (%)")},
        {QStringLiteral("needs.identified"), QT_TR_NOOP("Needs identified")},
        {QStringLiteral("needs.planned"), QT_TR_NOOP("Needs identified with a plan action")},
        {QStringLiteral("needs.planned_percent"), QT_TR_NOOP("Needs identified with a plan action (%)")},
        {QStringLiteral("referrals.made"), QT_TR_NOOP("Referrals made")},
        {QStringLiteral("referrals.accepted"), QT_TR_NOOP("Referrals accepted")},
        {QStringLiteral("referrals.completed"), QT_TR_NOOP("Referrals completed")},
        {QStringLiteral("referrals.median_days"), QT_TR_NOOP("Median days from referral to completion")},
        {QStringLiteral("risks.opened"), QT_TR_NOOP("Risk flags opened")},
        {QStringLiteral("risks.closed"), QT_TR_NOOP("Risk flags closed")},
        {QStringLiteral("child_protection.raised"), QT_TR_NOOP("Child-protection concerns raised")},
        {QStringLiteral("child_protection.reported"), QT_TR_NOOP("Child-protection concerns reported")},
        {QStringLiteral("child_protection.median_days_to_report"),
         QT_TR_NOOP("Median days from concern to mandatory report")},
        {QStringLiteral("workload.households"), QT_TR_NOOP("Caseload (households, now)")},
        {QStringLiteral("workload.sessions"), QT_TR_NOOP("Services given by caseload")},
        {QStringLiteral("workload.visits"), QT_TR_NOOP("Visits done by caseload")},
        {QStringLiteral("workload.hours"), QT_TR_NOOP("Hours of service by caseload")},
        {QStringLiteral("volunteers.people"), QT_TR_NOOP("Volunteers who served")},
        {QStringLiteral("volunteers.hours"), QT_TR_NOOP("Volunteer hours")},
        {QStringLiteral("projects.hours_delivered"), QT_TR_NOOP("Purchased-service hours delivered")},
        {QStringLiteral("projects.hours_contracted"), QT_TR_NOOP("Purchased-service hours contracted")},
    };
    const char* source = names.value(id);
    return source ? tr(source) : id;
}

std::optional<double> Indicators::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QString Indicators::countyDaySql(const QString& c)
{
    // SQLite reads a trailing Z or ±HH:MM as the time's zone and turns it into UTC; Asia/Shanghai
    // is UTC+8 all year (no daylight saving time since 1991).
    return QStringLiteral("CASE WHEN %1 GLOB '*[Zz]' OR %1 GLOB '*[0-9][+-][0-9][0-9]:[0-9][0-9]'"
                          " THEN date(%1, '+8 hours') ELSE substr(%1, 1, 10) END")
        .arg(c);
}

Indicators::Where Indicators::where(const QDate& first, const QDate& last) const
{
    return {quoted(first.toString(Qt::ISODate)), quoted(last.toString(Qt::ISODate)),
            QStringLiteral("h.deleted = 0 AND (%1)").arg(m_scope.householdCondition(QStringLiteral("h")))};
}

QList<IndicatorFigure> Indicators::figures(const ReportPeriod& period, PresentState present) const
{
    const Where w = where(period.first(), period.last());
    QList<IndicatorFigure> out;
    if (present == PresentState::Counted)
        households(out);
    reached(w, out);
    statusChanges(w, out);
    services(w, out);
    visits(w, out);
    needs(w, out);
    referrals(w, out);
    risks(w, out);
    workload(w, out);
    volunteers(w, out);
    projects(w, period, out);
    return out;
}

void Indicators::households(QList<IndicatorFigure>& out) const
{
    // The tables hold households as they are now, not as they were at the end of an earlier
    // period: the figure is the same for every period and has no value for the previous one
    // (IndicatorReport leaves the previous period's cell empty).
    const QString live =
        QStringLiteral("h.deleted = 0 AND (%1)").arg(m_scope.householdCondition(QStringLiteral("h")));
    // One pass over the scope's households: by status, each status's count of every group.
    const QStringList groups = CodeList::specialGroups().codes();
    QStringList sums;
    for (const QString& g : groups)
        sums << QStringLiteral("sum(instr(';' || coalesce(h.special_groups, '') || ';', %1) > 0)")
                    .arg(quoted(QLatin1Char(';') + g + QLatin1Char(';')));
    QMap<QString, int> byStatus;
    for (const QString& code : CodeList::assistanceStatus().codes())
        byStatus.insert(code, 0);
    QList<double> counts(groups.size(), 0);
    double total = 0;
    each(m_db,
         QStringLiteral(
             "SELECT trim(coalesce(h.status, '')), count(*), %1 FROM household h WHERE %2 GROUP BY 1")
             .arg(sums.join(QStringLiteral(", ")), live),
         [&](const Query& q) {
             byStatus[q.value(0).toString()] = q.value(1).toInt();
             total += q.value(1).toDouble();
             for (qsizetype i = 0; i < groups.size(); ++i)
                 counts[i] += q.value(int(i) + 2).toDouble();
         });
    out.append(figure("households.on_file", total));
    QStringList order = CodeList::assistanceStatus().codes();
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        if (!order.contains(it.key()))
            order.append(it.key());
    for (const QString& code : std::as_const(order))
        out.append(figure("households.on_file", byStatus.value(code), QStringLiteral("status:") + code,
                          statusLabel(code)));
    for (qsizetype i = 0; i < groups.size(); ++i)
        out.append(figure("households.on_file", counts.at(i), QStringLiteral("group:") + groups.at(i),
                          CodeList::specialGroups().label(groups.at(i))));
}

void Indicators::reached(const Where& w, QList<IndicatorFigure>& out) const
{
    out.append(
        figure("households.reached",
               scalar(m_db, QStringLiteral("SELECT count(*) FROM household h WHERE %1 AND ("
                                           " EXISTS (SELECT 1 FROM service_log s WHERE s.household_id = h.id"
                                           "  AND s.deleted = 0 AND %2)"
                                           " OR EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id"
                                           "  AND v.deleted = 0 AND v.status = 'done' AND %3))")
                                .arg(w.live, w.in(QStringLiteral("s.served_on")),
                                     w.in(QStringLiteral("v.visited_on"))))));
}

void Indicators::statusChanges(const Where& w, QList<IndicatorFigure>& out) const
{
    // A status changes only with the county's confirmation of a review (decision 'approved'), on
    // the day it decided.
    double entered = 0, exited = 0;
    each(m_db,
         QStringLiteral("SELECT sum(coalesce(r.from_status, '') IN ('', 'none')"
                        "   AND coalesce(r.proposed_status, '') NOT IN ('', 'none')),"
                        " sum(r.proposed_status = 'none' AND coalesce(r.from_status, '') NOT IN ('', 'none'))"
                        " FROM status_review r JOIN household h ON h.id = r.household_id"
                        " WHERE r.deleted = 0 AND %1 AND r.decision = 'approved' AND %2")
             .arg(w.live, w.in(QStringLiteral("r.decided_on"))),
         [&](const Query& q) {
             entered = q.value(0).toDouble();
             exited = q.value(1).toDouble();
         });
    out.append(figure("households.entered", entered));
    out.append(figure("households.exited", exited));
}

QMap<QString, QMap<Indicators::Cell, Indicators::Sessions>> Indicators::sessions(const Where& w,
                                                                                 bool byMonth) const
{
    // One row per session (a group or community session is one log per household): its method,
    // category and the largest duration of its records, as VolunteerHours and
    // ProjectDeliveryQuery take it. Only its records of households in the scope count. By month,
    // a session counts in each month it has records in, as each month's own figures count it.
    QMap<QString, QMap<Cell, Sessions>> out;
    each(m_db, sessionsSql(w, byMonth), [&](const Query& q) {
        Sessions& cell = out[q.value(0).toString()][{q.value(1).toString(), q.value(2).toString()}];
        cell.count = q.value(3).toDouble();
        cell.minutes = q.value(4).toDouble();
    });
    return out;
}

QString Indicators::sessionsSql(const Where& w, bool byMonth) const
{
    const QString month = byMonth ? QStringLiteral("substr(s.served_on, 1, 7)") : QStringLiteral("''");
    return QStringLiteral("SELECT month, method, category, count(*), sum(minutes) FROM (SELECT %1 AS month,"
                          " min(coalesce(s.method, '')) AS method, min(coalesce(s.category, '')) AS category,"
                          " max(coalesce(s.duration_min, 0)) AS minutes"
                          " FROM service_log s JOIN household h ON h.id = s.household_id"
                          " WHERE s.deleted = 0 AND %2 AND %3 GROUP BY 1, coalesce(s.session_id, s.id))"
                          " GROUP BY month, method, category")
        .arg(month, w.live, w.in(QStringLiteral("s.served_on")));
}

QStringList Indicators::monthlyPlan(const QList<ReportPeriod>& months) const
{
    if (months.isEmpty())
        return {};
    QStringList plan;
    each(m_db,
         QStringLiteral("EXPLAIN QUERY PLAN ") +
             sessionsSql(where(months.first().first(), months.last().last()), true),
         [&](const Query& q) { plan.append(q.value(3).toString()); });
    return plan;
}

QList<Indicators::Cell> Indicators::cellOrder(const QList<Cell>& present)
{
    // The cells in the order of the code lists (method, then category), any unknown code after.
    QList<Cell> order;
    for (const QString& m : CodeList::serviceMethods().codes())
        for (const QString& c : CodeList::serviceCategories().codes())
            order.append({m, c});
    for (const Cell& k : present)
        if (!order.contains(k))
            order.append(k);
    return order;
}

void Indicators::services(const Where& w, QList<IndicatorFigure>& out) const
{
    const QMap<Cell, Sessions> cells = sessions(w, false).value(QString());
    const QString records = QStringLiteral("FROM service_log s JOIN household h ON h.id = s.household_id"
                                           " WHERE s.deleted = 0 AND %1 AND %2")
                                .arg(w.live, w.in(QStringLiteral("s.served_on")));
    QMap<Cell, double> reached;
    each(m_db,
         QStringLiteral(
             "SELECT coalesce(s.method, ''), coalesce(s.category, ''), count(DISTINCT s.household_id)"
             " %1 GROUP BY 1, 2")
             .arg(records),
         [&](const Query& q) {
             reached[{q.value(0).toString(), q.value(1).toString()}] = q.value(2).toDouble();
         });
    double count = 0, minutes = 0;
    for (const Sessions& c : cells) {
        count += c.count;
        minutes += c.minutes;
    }
    const double households =
        scalar(m_db, QStringLiteral("SELECT count(DISTINCT s.household_id) %1").arg(records));
    const QList<Cell> order = cellOrder(cells.keys() + reached.keys());
    out.append(figure("services.sessions", count));
    for (const Cell& k : order)
        out.append(
            figure("services.sessions", cells.value(k).count, cellKey(k), cellLabel(k.first, k.second)));
    out.append(figure("services.households", households));
    for (const Cell& k : order)
        out.append(figure("services.households", reached.value(k), cellKey(k), cellLabel(k.first, k.second)));
    out.append(figure("services.hours", minutes / 60.0));
    for (const Cell& k : order)
        out.append(figure("services.hours", cells.value(k).minutes / 60.0, cellKey(k),
                          cellLabel(k.first, k.second)));
}

QMap<QString, Indicators::OnTime> Indicators::dueAndOnTime(const Where& w, bool byMonth) const
{
    // A planned visit is due on its planned day and on time when done on or before it (a visit
    // done up to a week before fulfils it, VisitRepository); guardianship: the same of households
    // with a left-behind child.
    const QString month = byMonth ? QStringLiteral("substr(v.planned_on, 1, 7)") : QStringLiteral("''");
    const QString onTime = QStringLiteral(
        "v.status = 'done' AND coalesce(v.visited_on, '') <> '' AND v.visited_on <= v.planned_on");
    const QString child = QStringLiteral("instr(';' || coalesce(h.special_groups, '') || ';', %1) > 0")
                              .arg(quoted(QLatin1Char(';') + kLeftBehindChild + QLatin1Char(';')));
    QMap<QString, OnTime> out;
    each(m_db,
         QStringLiteral("SELECT %1, count(*), coalesce(sum(%2), 0), coalesce(sum(%3), 0),"
                        " coalesce(sum(%3 AND %2), 0) FROM visit v JOIN household h ON h.id = v.household_id"
                        " WHERE v.deleted = 0 AND %4 AND %5 GROUP BY 1")
             .arg(month, onTime, child, w.live, w.in(QStringLiteral("v.planned_on"))),
         [&](const Query& q) {
             out.insert(q.value(0).toString(), {q.value(1).toDouble(), q.value(2).toDouble(),
                                                q.value(3).toDouble(), q.value(4).toDouble()});
         });
    return out;
}

void Indicators::onTime(const OnTime& t, QList<IndicatorFigure>& out)
{
    out.append(figure("visits.due", t.due));
    out.append(figure("visits.on_time", t.onTime));
    out.append({QStringLiteral("visits.on_time_percent"), {}, {}, percent(t.onTime, t.due)});
    out.append(figure("guardianship.due", t.childDue));
    out.append(figure("guardianship.on_time", t.childOnTime));
    out.append({QStringLiteral("guardianship.on_time_percent"), {}, {}, percent(t.childOnTime, t.childDue)});
}

void Indicators::visits(const Where& w, QList<IndicatorFigure>& out) const
{
    out.append(figure(
        "visits.done",
        scalar(m_db, QStringLiteral("SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id"
                                    " WHERE v.deleted = 0 AND %1 AND v.status = 'done' AND %2")
                         .arg(w.live, w.in(QStringLiteral("v.visited_on"))))));
    onTime(dueAndOnTime(w, false).value(QString()), out);
}

QList<QList<IndicatorFigure>> Indicators::monthly(const QList<ReportPeriod>& months) const
{
    QList<QList<IndicatorFigure>> out;
    if (months.isEmpty())
        return out;
    const Where w = where(months.first().first(), months.last().last());
    const QMap<QString, QMap<Cell, Sessions>> byMonth = sessions(w, true);
    QList<Cell> present;
    for (const auto& cells : byMonth)
        present += cells.keys();
    const QList<Cell> order = cellOrder(present);
    const QMap<QString, OnTime> due = dueAndOnTime(w, true);
    for (const ReportPeriod& m : months) {
        const QString key = m.first().toString(QStringLiteral("yyyy-MM"));
        const QMap<Cell, Sessions> cells = byMonth.value(key);
        QList<IndicatorFigure> figures;
        double count = 0;
        for (const Sessions& c : cells)
            count += c.count;
        figures.append(figure("services.sessions", count));
        for (const Cell& k : order)
            figures.append(
                figure("services.sessions", cells.value(k).count, cellKey(k), cellLabel(k.first, k.second)));
        onTime(due.value(key), figures);
        out.append(figures);
    }
    return out;
}

void Indicators::needs(const Where& w, QList<IndicatorFigure>& out) const
{
    // Needs are not stored: each submitted assessment of the period is evaluated by the need rules
    // of the form version it was made with (HouseholdNeeds' way), every one of the period, even
    // one a later reassessment replaced — the need was identified then.
    // The period's assessments with their answers, and the people they are about, are read in
    // one statement each (reading them one at a time was most of a county's report).
    const QString submitted = QStringLiteral("%1 AND a.status = 'submitted' AND %2")
                                  .arg(w.live, w.in(QStringLiteral("a.assessed_on")));
    const QList<Assessment> assessments = AssessmentRepository(m_db).selectWithAnswers(submitted);
    QHash<QString, QVariantMap> members;
    each(m_db,
         QStringLiteral("SELECT DISTINCT m.id, m.birth_date, m.sex, m.special_groups FROM assessment a"
                        " JOIN household h ON h.id = a.household_id"
                        " JOIN member m ON m.id = a.member_id AND m.household_id = a.household_id"
                        " WHERE a.deleted = 0 AND m.deleted = 0 AND %1")
             .arg(submitted),
         [&](const Query& q) {
             members.insert(q.value(0).toString(), {{QStringLiteral("birth_date"), q.value(1)},
                                                    {QStringLiteral("sex"), q.value(2)},
                                                    {QStringLiteral("special_groups"), q.value(3)}});
         });
    QList<IdentifiedNeed> needs;
    // Each form version is read and checked once, not once per assessment (most share one).
    QHash<QString, std::optional<FormDefinition>> forms;
    for (const Assessment& a : assessments) {
        const QString form = a.formId + QLatin1Char('/') + QString::number(a.formVersion);
        auto known = forms.constFind(form);
        if (known == forms.cend())
            known = forms.insert(form, BuiltInForms::definition(a.formId, a.formVersion));
        const std::optional<FormDefinition>& definition = *known;
        if (!definition)
            continue; // a form version this database does not know: its needs cannot be read
        const QVariantMap context =
            a.memberId.isEmpty() ? QVariantMap() : MemberContext::of(members.value(a.memberId), a.assessedOn);
        needs += IdentifiedNeeds::of(*definition, a, context);
    }
    // The needs a live plan action not dropped names.
    QSet<QString> planned;
    if (!needs.isEmpty())
        each(m_db,
             QStringLiteral(
                 "SELECT DISTINCT a.need_key FROM plan_action a JOIN household h ON h.id = a.household_id"
                 " WHERE a.deleted = 0 AND %1 AND coalesce(a.need_key, '') <> ''"
                 " AND coalesce(a.status, '') <> 'dropped'")
                 .arg(w.live),
             [&](const Query& q) { planned.insert(q.value(0).toString()); });
    QMap<QString, std::pair<double, double>> byCategory;
    for (const QString& c : CodeList::serviceCategories().codes())
        byCategory.insert(c, {0, 0});
    double identified = 0, withAction = 0;
    for (const IdentifiedNeed& n : std::as_const(needs)) {
        const bool has = planned.contains(n.key());
        identified += 1;
        withAction += has;
        auto& c = byCategory[n.category];
        c.first += 1;
        c.second += has;
    }
    QStringList order = CodeList::serviceCategories().codes();
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        if (!order.contains(it.key()))
            order.append(it.key());
    out.append(figure("needs.identified", identified));
    for (const QString& c : std::as_const(order))
        out.append(figure("needs.identified", byCategory.value(c).first, QStringLiteral("category:") + c,
                          CodeList::serviceCategories().label(c)));
    out.append(figure("needs.planned", withAction));
    for (const QString& c : std::as_const(order))
        out.append(figure("needs.planned", byCategory.value(c).second, QStringLiteral("category:") + c,
                          CodeList::serviceCategories().label(c)));
    out.append({QStringLiteral("needs.planned_percent"), {}, {}, percent(withAction, identified)});
}

void Indicators::referrals(const Where& w, QList<IndicatorFigure>& out) const
{
    const QString from =
        QStringLiteral("FROM referral r JOIN household h ON h.id = r.household_id WHERE r.deleted = 0 AND %1")
            .arg(w.live);
    double made = 0, accepted = 0, completed = 0;
    each(m_db,
         QStringLiteral("SELECT coalesce(sum(%2), 0), coalesce(sum(%3), 0), coalesce(sum(%4), 0) %1")
             .arg(from, w.in(QStringLiteral("r.sent_on")), w.in(QStringLiteral("r.accepted_on")),
                  w.in(QStringLiteral("r.completed_on"))),
         [&](const Query& q) {
             made = q.value(0).toDouble();
             accepted = q.value(1).toDouble();
             completed = q.value(2).toDouble();
         });
    out.append(figure("referrals.made", made));
    out.append(figure("referrals.accepted", accepted));
    out.append(figure("referrals.completed", completed));
    out.append(
        {QStringLiteral("referrals.median_days"),
         {},
         {},
         median(column(m_db, QStringLiteral("SELECT julianday(r.completed_on) - julianday(r.sent_on) %1"
                                            " AND %2 AND coalesce(r.sent_on, '') <> ''")
                                 .arg(from, w.in(QStringLiteral("r.completed_on")))))});
}

void Indicators::risks(const Where& w, QList<IndicatorFigure>& out) const
{
    const QString from =
        QStringLiteral(
            "FROM risk_flag f JOIN household h ON h.id = f.household_id WHERE f.deleted = 0 AND %1")
            .arg(w.live);
    const QString raised = w.in(countyDaySql(QStringLiteral("coalesce(f.raised_at, '')")));
    const QString closed = w.in(countyDaySql(QStringLiteral("coalesce(f.closed_at, '')")));
    const QString reported = w.in(QStringLiteral("f.reported_on"));
    const QString child = QStringLiteral("f.risk_type = 'child_protection'");
    double opened = 0, closedCount = 0, childRaised = 0, childReported = 0;
    each(m_db,
         QStringLiteral("SELECT coalesce(sum(%2), 0), coalesce(sum(%3), 0), coalesce(sum(%5 AND %2), 0),"
                        " coalesce(sum(%5 AND %4), 0) %1")
             .arg(from, raised, closed, reported, child),
         [&](const Query& q) {
             opened = q.value(0).toDouble();
             closedCount = q.value(1).toDouble();
             childRaised = q.value(2).toDouble();
             childReported = q.value(3).toDouble();
         });
    out.append(figure("risks.opened", opened));
    out.append(figure("risks.closed", closedCount));
    out.append(figure("child_protection.raised", childRaised));
    out.append(figure("child_protection.reported", childReported));
    out.append(
        {QStringLiteral("child_protection.median_days_to_report"),
         {},
         {},
         median(column(m_db, QStringLiteral("SELECT julianday(f.reported_on) - julianday(%4) %1 AND %2 AND %3"
                                            " AND coalesce(f.raised_at, '') <> ''")
                                 .arg(from, child, reported, countyDaySql(QStringLiteral("f.raised_at")))))});
}

void Indicators::workload(const Where& w, QList<IndicatorFigure>& out) const
{
    // By the household's caseworker now (a reassigned household's casework goes with it).
    const QString cw = QStringLiteral("trim(coalesce(h.caseworker, ''))");
    struct Load
    {
        double households = 0, sessions = 0, visits = 0, minutes = 0;
    };
    QMap<QString, Load> loads;
    each(m_db, QStringLiteral("SELECT %1, count(*) FROM household h WHERE %2 GROUP BY 1").arg(cw, w.live),
         [&](const Query& q) { loads[q.value(0).toString()].households = q.value(1).toDouble(); });
    each(m_db,
         QStringLiteral(
             "SELECT cw, count(*), sum(minutes) FROM (SELECT %1 AS cw, max(coalesce(s.duration_min, 0))"
             " AS minutes FROM service_log s JOIN household h ON h.id = s.household_id"
             " WHERE s.deleted = 0 AND %2 AND %3 GROUP BY 1, coalesce(s.session_id, s.id)) GROUP BY cw")
             .arg(cw, w.live, w.in(QStringLiteral("s.served_on"))),
         [&](const Query& q) {
             Load& l = loads[q.value(0).toString()];
             l.sessions = q.value(1).toDouble();
             l.minutes = q.value(2).toDouble();
         });
    each(m_db,
         QStringLiteral("SELECT %1, count(*) FROM visit v JOIN household h ON h.id = v.household_id"
                        " WHERE v.deleted = 0 AND %2 AND v.status = 'done' AND %3 GROUP BY 1")
             .arg(cw, w.live, w.in(QStringLiteral("v.visited_on"))),
         [&](const Query& q) { loads[q.value(0).toString()].visits = q.value(1).toDouble(); });
    // By name; households with no caseworker last.
    QStringList names = loads.keys();
    std::stable_partition(names.begin(), names.end(), [](const QString& n) { return !n.isEmpty(); });
    const auto add = [&](const char* id, double Load::*value) {
        for (const QString& n : std::as_const(names))
            out.append(
                figure(id, loads.value(n).*value, QStringLiteral("caseworker:") + n, caseworkerLabel(n)));
    };
    add("workload.households", &Load::households);
    add("workload.sessions", &Load::sessions);
    add("workload.visits", &Load::visits);
    for (const QString& n : std::as_const(names))
        out.append(figure("workload.hours", loads.value(n).minutes / 60.0, QStringLiteral("caseworker:") + n,
                          caseworkerLabel(n)));
}

void Indicators::volunteers(const Where& w, QList<IndicatorFigure>& out) const
{
    // VolunteerHours' rule: a session's duration counts for each volunteer linked to any of its
    // records, once per session.
    QSet<QString> people;
    double minutes = 0;
    each(m_db,
         QStringLiteral("SELECT max(coalesce(s.duration_min, 0)), group_concat(s.volunteer_ids, ';')"
                        " FROM service_log s JOIN household h ON h.id = s.household_id"
                        " WHERE s.deleted = 0 AND %1 AND %2 AND coalesce(s.volunteer_ids, '') <> ''"
                        " GROUP BY coalesce(s.session_id, s.id)")
             .arg(w.live, w.in(QStringLiteral("s.served_on"))),
         [&](const Query& q) {
             const QStringList ids = q.value(1).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
             const QSet<QString> distinct(ids.cbegin(), ids.cend());
             minutes += q.value(0).toDouble() * double(distinct.size());
             people.unite(distinct);
         });
    out.append(figure("volunteers.people", double(people.size())));
    out.append(figure("volunteers.hours", minutes / 60.0));
}

void Indicators::projects(const Where& w, const ReportPeriod& period, QList<IndicatorFigure>& out) const
{
    // Delivered: ProjectDeliveryQuery's rule (once per session, the largest duration), over the
    // scope's households.
    QMap<QString, double> delivered;
    each(m_db,
         QStringLiteral("SELECT project, sum(minutes) FROM (SELECT max(s.project_id) AS project,"
                        " max(coalesce(s.duration_min, 0)) AS minutes"
                        " FROM service_log s JOIN household h ON h.id = s.household_id"
                        " WHERE s.deleted = 0 AND %1 AND %2 AND coalesce(s.project_id, '') <> ''"
                        " GROUP BY coalesce(s.session_id, s.id)) GROUP BY project")
             .arg(w.live, w.in(QStringLiteral("s.served_on"))),
         [&](const Query& q) { delivered.insert(q.value(0).toString(), q.value(1).toDouble() / 60.0); });
    // Contracted: a project's hours spread evenly over the months of its period
    // (ProjectDeliveryQuery::monthsOf), the months it shares with the report's period. Projects
    // belong to a station (or the whole county), not to a township or a caseworker: those scopes
    // have no contracted hours.
    const bool contracts =
        m_scope.kind() == IndicatorScope::Kind::County || m_scope.kind() == IndicatorScope::Kind::Station;
    struct Project
    {
        QString id, name;
        std::optional<double> contracted; ///< none: not the scope's project
    };
    QList<Project> projects;
    each(m_db,
         QStringLiteral("SELECT p.id, p.name, p.starts_on, p.ends_on, coalesce(p.contracted_hours, 0),"
                        " trim(coalesce(p.station, '')) FROM service_project p WHERE p.deleted = 0"
                        " ORDER BY p.name, p.id"),
         [&](const Query& q) {
             ServiceProject p;
             p.id = q.value(0).toString();
             // Stations often run a project of the same name: the station tells them apart.
             p.station = q.value(5).toString();
             p.name = p.station.isEmpty() ? q.value(1).toString()
                                          : q.value(1).toString() + QStringLiteral(" · ") + p.station;
             p.startsOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
             p.endsOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
             p.contractedHours = q.value(4).toDouble();
             const bool ours =
                 m_scope.kind() == IndicatorScope::Kind::County ||
                 (m_scope.kind() == IndicatorScope::Kind::Station && p.station == m_scope.name());
             if (!ours && !delivered.contains(p.id))
                 return;
             std::optional<double> contracted;
             if (ours) {
                 const int months = ProjectDeliveryQuery::monthsOf(p);
                 const QDate firstMonth(period.first().year(), period.first().month(), 1);
                 int shared = 0;
                 for (int i = 0; i < months; ++i) {
                     const QDate m = QDate(p.startsOn.year(), p.startsOn.month(), 1).addMonths(i);
                     if (m >= firstMonth && m <= period.last())
                         ++shared;
                 }
                 contracted = months > 0 ? p.contractedHours * shared / months : 0.0;
             }
             projects.append({p.id, p.name, contracted});
         });
    // Hours linked to a project this database does not hold: by its id.
    for (auto it = delivered.cbegin(); it != delivered.cend(); ++it)
        if (std::none_of(projects.cbegin(), projects.cend(),
                         [&](const Project& p) { return p.id == it.key(); }))
            projects.append({it.key(), it.key(), std::nullopt});
    double total = 0, contracted = 0;
    for (const Project& p : std::as_const(projects)) {
        total += delivered.value(p.id);
        contracted += p.contracted.value_or(0);
    }
    out.append(figure("projects.hours_delivered", total));
    for (const Project& p : std::as_const(projects))
        out.append(figure("projects.hours_delivered", delivered.value(p.id),
                          QStringLiteral("project:") + p.id, p.name));
    if (!contracts) {
        out.append(unknown("projects.hours_contracted"));
        return;
    }
    out.append(figure("projects.hours_contracted", contracted));
    for (const Project& p : std::as_const(projects))
        out.append({QStringLiteral("projects.hours_contracted"), QStringLiteral("project:") + p.id, p.name,
                    p.contracted});
}

} // namespace ff
