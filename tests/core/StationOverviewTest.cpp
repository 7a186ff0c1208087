// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The station overview of the supervisor's workbench: per caseworker, the caseload and what waits
// in it, on a hand-built station whose every number is known; each number's list holds exactly
// what it counts.
#include "tests/core/CaseworkFixture.h"
#include "tests/support/QtStringMaker.h"

#include "core/records/AssistancePlanRepository.h"
#include "core/records/DueVisitQuery.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/RecordStore.h"
#include "core/records/ReferralRepository.h"
#include "core/records/RiskFlagRepository.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/StationOverview.h"
#include "core/records/StatusReviewRepository.h"
#include "core/records/VisitRepository.h"
#include "core/schema/RecordTypes.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace ff;
using test::TempDatabase;
using M = StationOverview::Measure;

namespace {
constexpr qint64 kDay = 86'400'000;
const QString kWang = QStringLiteral("王芳");
const QString kLi = QStringLiteral("李娜");
const QString kZhao = QStringLiteral("赵敏"); // submits notes, has no households
const QString kNobody;

/// Requires `s` to be ok, saying what went wrong when it is not.
void must(const Status& s)
{
    INFO((s ? QString() : s.error().message + QLatin1Char(' ') + s.error().detail).toStdString());
    REQUIRE(s);
}

/// A hand-built station on 2026-05-28 (test::caseworkToday()). Who made what is in the comments;
/// the casework records are entered by the supervisor (whose own records are not reviewed), so the
/// only notes in the queue are the service logs the caseworkers save.
struct Station
{
    TempDatabase t;
    ManualClock clock{test::kCaseworkNow};
    QDate today = test::caseworkToday();
    QHash<QString, QString> ids; // A1 … by name

    Session supervisor() { return test::supervisor(QStringLiteral("李强"), clock); }
    void at(int daysAgo) { clock.setMs(test::kCaseworkNow - daysAgo * kDay); }

    QString household(const QString& name, const QString& caseworker, bool leftBehindChild,
                      int lastVisitDaysAgo)
    {
        HouseholdFile file = test::sampleHousehold(QStringLiteral("户主") + name);
        file.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-%1").arg(name));
        file.household.insert(QStringLiteral("caseworker"), caseworker);
        if (lastVisitDaysAgo >= 0)
            file.household.insert(QStringLiteral("last_visit"), today.addDays(-lastVisitDaysAgo));
        if (!leftBehindChild)
            file.members[1].remove(QStringLiteral("special_groups"));
        must(HouseholdRepository(t.db(), test::as(kWang, clock)).save(file));
        const QString id = test::idOf(file.household);
        ids.insert(name, id);
        return id;
    }

    QString raise(const QString& name, const char* type, int daysAgo)
    {
        at(daysAgo);
        RiskFlag f{{},
                   ids.value(name),
                   QString::fromLatin1(type),
                   QStringLiteral("high"),
                   QStringLiteral("情况说明")};
        must(RiskFlagRepository(t.db(), supervisor()).raise(f));
        return f.id;
    }

    QString refer(const QString& name, int followUpInDays)
    {
        at(20);
        Referral r;
        r.householdId = ids.value(name);
        r.agency = QStringLiteral("township_health_centre");
        r.reason = QStringLiteral("需要体检");
        r.consent = true;
        r.consentOn = today.addDays(-21);
        r.sentOn = today.addDays(-20);
        r.followUpOn = today.addDays(followUpInDays);
        must(ReferralRepository(t.db(), supervisor()).send(r));
        return r.id;
    }

    void action(const QString& name, int dueInDays, const char* status)
    {
        at(30);
        AssistancePlanRepository plan(t.db(), supervisor());
        PlanGoal goal{{}, ids.value(name), QStringLiteral("孩子按时上学"), today.addDays(60)};
        must(plan.saveGoal(goal));
        PlanAction a;
        a.householdId = goal.householdId;
        a.goalId = goal.id;
        a.action = QStringLiteral("申请教育救助");
        a.category = QStringLiteral("resource_linking");
        a.responsible = kWang;
        a.dueOn = today.addDays(dueInDays);
        a.status = QString::fromLatin1(status);
        must(plan.saveAction(a));
    }

    QString propose(const QString& name, int daysAgo)
    {
        at(daysAgo);
        StatusReview r{
            {}, ids.value(name), {}, QStringLiteral("tekun"), QStringLiteral("失能"), QStringLiteral("证明")};
        must(StatusReviewRepository(t.db(), test::as(kWang, clock)).propose(r));
        return r.id;
    }

    QString log(const QString& name, const QString& caseworker, int daysAgo)
    {
        at(daysAgo);
        ServiceSession s;
        s.servedOn = today.addDays(-daysAgo);
        s.durationMin = 30;
        s.method = QStringLiteral("casework");
        s.category = QStringLiteral("psychological_counselling");
        s.caseworker = caseworker;
        s.activity = QStringLiteral("谈心");
        s.households.append({ids.value(name), {}, {}});
        must(ServiceLogRepository(t.db(), test::as(caseworker, clock)).save(s));
        return s.households.first().recordId;
    }

    Station()
    {
        at(0);
        // 王芳: A1 a left-behind child last visited 40 days ago (30-day rule: overdue); A2 the same
        // child, the stored last visit 50 days ago but a visit recorded 5 days ago (not overdue);
        // A3 no special group (the default 90 days), never visited (overdue).
        household(QStringLiteral("A1"), kWang, true, 40);
        household(QStringLiteral("A2"), kWang, true, 50);
        household(QStringLiteral("A3"), kWang, false, -1);
        // 李娜: B1 visited 31 days ago (overdue by a day), B2 no group, 90 days ago (due today).
        household(QStringLiteral("B1"), kLi, true, 31);
        household(QStringLiteral("B2"), kLi, false, 90);
        // No caseworker: U1 visited 29 days ago; "  " counts as none. U2 removed: counts nowhere.
        household(QStringLiteral("U1"), QStringLiteral("  "), true, 29);
        household(QStringLiteral("U2"), kLi, true, -1);
        at(5);
        Visit v;
        v.householdId = ids.value(QStringLiteral("A2"));
        v.status = QStringLiteral("done");
        v.visitedOn = today.addDays(-5);
        v.metOthers = QStringLiteral("邻居");
        v.notes = QStringLiteral("孩子在家");
        must(VisitRepository(t.db(), supervisor()).save(v));

        // Risk flags: A1 an unreported child-protection concern (12 days) and domestic violence
        // (20 days); A2 a reported child-protection concern; A3 one closed; B1 an unreported
        // child-protection concern (3 days); U1 another risk (1 day); U2's does not count.
        raise(QStringLiteral("A1"), "domestic_violence", 20);
        raise(QStringLiteral("A2"), "child_protection", 15);
        at(14);
        const QString reported =
            RiskFlagRepository(t.db(), supervisor()).forHousehold(ids.value(QStringLiteral("A2"))).first().id;
        must(RiskFlagRepository(t.db(), supervisor())
                 .recordReport(reported, QStringLiteral("县公安局"), today.addDays(-14)));
        raise(QStringLiteral("A1"), "child_protection", 12);
        const QString closed = raise(QStringLiteral("A3"), "health_emergency", 5);
        must(RiskFlagRepository(t.db(), supervisor()).close(closed, QStringLiteral("已送医")));
        raise(QStringLiteral("B1"), "child_protection", 3);
        raise(QStringLiteral("U1"), "other", 1);
        raise(QStringLiteral("U2"), "child_protection", 9);

        // Referrals: A1 follow-up passed 2 days ago (overdue); A2 in 5 days; B1 accepted, follow-up
        // passed yesterday (overdue); B2 completed although its follow-up passed.
        refer(QStringLiteral("A1"), -2);
        refer(QStringLiteral("A2"), 5);
        const QString accepted = refer(QStringLiteral("B1"), -1);
        at(0);
        must(ReferralRepository(t.db(), supervisor())
                 .advance(accepted, ReferralRepository::Step::Accept, today.addDays(-10), {}));
        const QString completed = refer(QStringLiteral("B2"), -3);
        at(0);
        must(ReferralRepository(t.db(), supervisor())
                 .advance(completed, ReferralRepository::Step::Accept, today.addDays(-10), {}));
        must(ReferralRepository(t.db(), supervisor())
                 .advance(completed, ReferralRepository::Step::Complete, today.addDays(-4),
                          QStringLiteral("已体检")));

        // Plan actions: A1 one planned due yesterday (overdue), one done and one dropped long
        // past due; U1 one in progress a week past due (overdue) and one due in 3 days.
        action(QStringLiteral("A1"), -1, "planned");
        action(QStringLiteral("A1"), -10, "done");
        action(QStringLiteral("A1"), -5, "dropped");
        action(QStringLiteral("U1"), -7, "in_progress");
        action(QStringLiteral("U1"), 3, "planned");

        // Status reviews: A1 waits for the station; B1 recommended, waits for the county; B2
        // returned by the station; U1 confirmed by the county.
        propose(QStringLiteral("A1"), 8);
        const QString recommended = propose(QStringLiteral("B1"), 6);
        const QString returned = propose(QStringLiteral("B2"), 6);
        const QString confirmed = propose(QStringLiteral("U1"), 6);
        at(4);
        StatusReviewRepository station(t.db(), supervisor());
        must(station.recommend(recommended, QStringLiteral("recommended"), {}));
        must(station.recommend(returned, QStringLiteral("returned"), QStringLiteral("证明不全")));
        must(station.recommend(confirmed, QStringLiteral("recommended"), {}));
        must(StatusReviewRepository(t.db(), Session::of(QStringLiteral("县民政局"), Role::County, clock))
                 .decide(confirmed, QStringLiteral("approved"), {}));

        // Notes: 王芳 three service logs, one returned; 李娜 one on B1 and one on U1 (a household
        // with no caseworker); 赵敏 one on A1.
        log(QStringLiteral("A1"), kWang, 9);
        const QString toReturn = log(QStringLiteral("A2"), kWang, 7);
        log(QStringLiteral("A3"), kWang, 2);
        log(QStringLiteral("B1"), kLi, 4);
        log(QStringLiteral("U1"), kLi, 3);
        log(QStringLiteral("A1"), kZhao, 1);
        at(0);
        must(NoteReviewRepository(t.db(), supervisor()).returnNote(toReturn, QStringLiteral("请补充")));

        const Record removed =
            *RecordStore(t.db(), supervisor())
                 .load(*RecordTypes::find(QStringLiteral("household")), ids.value(QStringLiteral("U2")));
        must(RecordStore(t.db(), supervisor())
                 .remove(*RecordTypes::find(QStringLiteral("household")), removed));
    }

    StationOverview overview(Role viewer = Role::Supervisor)
    {
        return StationOverview(t.db(), *VisitRules::builtIn(), today, viewer);
    }
};

const StationOverviewRow& rowOf(const QList<StationOverviewRow>& rows, const QString& caseworker)
{
    for (const StationOverviewRow& r : rows) {
        if (r.caseworker == caseworker)
            return r;
    }
    FAIL("no row for " << caseworker.toStdString());
    return rows.first();
}
} // namespace

TEST_CASE("station overview: the known counts of a hand-built station, per caseworker", "[overview]")
{
    Station s;
    const QList<StationOverviewRow> rows = s.overview().rows();
    // By name, the households with no caseworker last.
    REQUIRE(rows.size() == 4);
    CHECK(rows.last().caseworker.isEmpty());
    QStringList names;
    for (const StationOverviewRow& r : rows)
        names << r.caseworker;
    QStringList expected = {kWang, kLi, kZhao};
    expected.sort();
    CHECK(names == expected << kNobody);

    const StationOverviewRow& wang = rowOf(rows, kWang);
    CHECK(wang.households == 3);
    CHECK(wang.visitsOverdue == 2);
    CHECK(wang.openRisks == 3);
    CHECK(wang.childProtectionUnreported == 1);
    CHECK(wang.oldestUnreportedDays == 12);
    CHECK(wang.oldestRiskDays == 20);
    CHECK(wang.referralsOverdue == 1);
    CHECK(wang.actionsOverdue == 1);
    CHECK(wang.statusReviewsWaiting == 1);
    CHECK(wang.notesPending == 2);
    CHECK(wang.notesReturned == 1);

    const StationOverviewRow& li = rowOf(rows, kLi);
    CHECK(li.households == 2);
    CHECK(li.visitsOverdue == 1);
    CHECK(li.openRisks == 1);
    CHECK(li.childProtectionUnreported == 1);
    CHECK(li.oldestUnreportedDays == 3);
    CHECK(li.oldestRiskDays == 3);
    CHECK(li.referralsOverdue == 1);
    CHECK(li.actionsOverdue == 0);
    CHECK(li.statusReviewsWaiting == 0); // recommended: the county's step now
    CHECK(li.notesPending == 2);
    CHECK(li.notesReturned == 0);

    const StationOverviewRow& nobody = rowOf(rows, kNobody);
    CHECK(nobody.households == 1);
    CHECK(nobody.visitsOverdue == 0);
    CHECK(nobody.openRisks == 1);
    CHECK(nobody.childProtectionUnreported == 0);
    CHECK(nobody.oldestUnreportedDays == -1);
    CHECK(nobody.oldestRiskDays == 1);
    CHECK(nobody.referralsOverdue == 0);
    CHECK(nobody.actionsOverdue == 1);
    CHECK(nobody.statusReviewsWaiting == 0);
    CHECK(nobody.notesPending == 0);

    const StationOverviewRow& zhao = rowOf(rows, kZhao);
    CHECK(zhao.households == 0);
    CHECK(zhao.notesPending == 1);

    const StationOverviewRow total = StationOverview::total(rows);
    CHECK(total.households == 6);
    CHECK(total.visitsOverdue == 3);
    CHECK(total.openRisks == 5);
    CHECK(total.childProtectionUnreported == 2);
    CHECK(total.oldestUnreportedDays == 12);
    CHECK(total.notesPending == 5);

    // The county waits on the recommended review instead.
    const QList<StationOverviewRow> county = s.overview(Role::County).rows();
    CHECK(rowOf(county, kWang).statusReviewsWaiting == 0);
    CHECK(rowOf(county, kLi).statusReviewsWaiting == 1);
}

TEST_CASE("station overview: overdue visits follow the due-visit rule", "[overview]")
{
    Station s;
    QHash<QString, int> expected;
    QHash<QString, QString> caseworkerOf;
    for (const auto& [name, id] : s.ids.asKeyValueRange()) {
        const QString cw = name.startsWith(QLatin1Char('A'))   ? kWang
                           : name.startsWith(QLatin1Char('B')) ? kLi
                                                               : kNobody;
        caseworkerOf.insert(id, cw);
    }
    for (const VisitDue& d : DueVisitQuery(s.t.db(), *VisitRules::builtIn()).all(s.today)) {
        if (d.isOverdue())
            ++expected[caseworkerOf.value(d.householdId)];
    }
    const QList<StationOverviewRow> rows = s.overview().rows();
    for (const StationOverviewRow& r : rows)
        CHECK(r.visitsOverdue == expected.value(r.caseworker));
    // The list behind the number: never visited first, then the most overdue.
    const QList<StationOverview::Entry> visits = s.overview().entries(M::VisitsOverdue, kWang);
    REQUIRE(visits.size() == 2);
    CHECK(visits.at(0).householdNo == QStringLiteral("371321105-A3"));
    CHECK(visits.at(0).days == 90);
    CHECK(visits.at(1).householdNo == QStringLiteral("371321105-A1"));
    CHECK(visits.at(1).days == 10);
    CHECK(visits.at(1).what.contains(s.today.addDays(-40).toString(Qt::ISODate)));
}

TEST_CASE("station overview: every number opens the list of what it counts", "[overview]")
{
    Station s;
    const StationOverview overview = s.overview();
    const QList<StationOverviewRow> rows = overview.rows();
    const struct
    {
        M measure;
        int StationOverviewRow::*count;
    } measures[] = {{M::Households, &StationOverviewRow::households},
                    {M::VisitsOverdue, &StationOverviewRow::visitsOverdue},
                    {M::OpenRisks, &StationOverviewRow::openRisks},
                    {M::ReferralsOverdue, &StationOverviewRow::referralsOverdue},
                    {M::ActionsOverdue, &StationOverviewRow::actionsOverdue},
                    {M::StatusReviewsWaiting, &StationOverviewRow::statusReviewsWaiting},
                    {M::NotesPending, &StationOverviewRow::notesPending},
                    {M::NotesReturned, &StationOverviewRow::notesReturned}};
    for (const auto& m : measures) {
        int all = 0;
        for (const StationOverviewRow& r : rows) {
            INFO("measure " << int(m.measure) << " of " << r.caseworker.toStdString());
            const QList<StationOverview::Entry> list = overview.entries(m.measure, r.caseworker);
            CHECK(list.size() == r.*m.count);
            CHECK(overview.count(m.measure, r.caseworker) == r.*m.count);
            for (const StationOverview::Entry& e : list) {
                CHECK(e.caseworker == r.caseworker);
                CHECK_FALSE(e.householdId.isEmpty());
                CHECK_FALSE(e.what.isEmpty());
            }
            all += r.*m.count;
        }
        CHECK(overview.entries(m.measure, std::nullopt).size() == all);
    }

    // Open risks: the unreported child-protection concern first, then the oldest.
    const QList<StationOverview::Entry> risks = overview.entries(M::OpenRisks, kWang);
    REQUIRE(risks.size() == 3);
    CHECK(risks.at(0).urgent);
    CHECK(risks.at(0).days == 12);
    CHECK(risks.at(0).householdNo == QStringLiteral("371321105-A1"));
    CHECK_FALSE(risks.at(1).urgent);
    CHECK(risks.at(1).days == 20);
    CHECK(risks.at(2).days == 15);
    // Overdue referrals and actions, by days overdue; the status review waiting since proposed.
    const QList<StationOverview::Entry> referrals = overview.entries(M::ReferralsOverdue, std::nullopt);
    REQUIRE(referrals.size() == 2);
    CHECK(referrals.at(0).days == 2);
    CHECK(referrals.at(0).householdNo == QStringLiteral("371321105-A1"));
    CHECK(referrals.at(1).days == 1);
    const QList<StationOverview::Entry> actions = overview.entries(M::ActionsOverdue, kNobody);
    REQUIRE(actions.size() == 1);
    CHECK(actions.at(0).days == 7);
    CHECK(actions.at(0).what.startsWith(QStringLiteral("申请教育救助")));
    const QList<StationOverview::Entry> reviews = overview.entries(M::StatusReviewsWaiting, kWang);
    REQUIRE(reviews.size() == 1);
    CHECK(reviews.at(0).days == 8);
    // The notes: the oldest first, named as the queue names them.
    const QList<StationOverview::Entry> notes = overview.entries(M::NotesPending, kWang);
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0).days == 9);
    CHECK(notes.at(0).what.startsWith(QStringLiteral("Service log")));
    CHECK(notes.at(1).days == 2);
}
