// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/JournalReplayer.h"
#include "core/model/VisitRules.h"
#include "core/records/DueVisitQuery.h"
#include "core/records/HouseholdNeeds.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace ff;
using test::TempDatabase;

namespace {
const QDate kToday(2026, 6, 1);

QString one(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("ERROR ") + sql;
}

int number(Database& db, const QString& sql) { return one(db, sql).toInt(); }

/// The casework tables' rows, in a fixed order.
QString dumpCasework(Database& db)
{
    QString out;
    for (const char* table : {"assessment", "answer", "plan_goal", "plan_action", "service_log", "visit",
                              "referral", "risk_flag", "status_review"}) {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; q.value(i).isValid(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}
} // namespace

TEST_CASE("the demo holds casework of every kind, dated up to its today, all from the journal",
          "[demo][casework]")
{
    TempDatabase t;
    Database& db = t.db();
    REQUIRE(DemoGenerator::generate(db, {300, 20261122, 100, kToday}));
    CHECK(TempDatabase::count(db, QStringLiteral("household")) == 300);

    // Every kind of record, in the states a caseworker meets.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM assessment WHERE status = 'submitted'")) > 20);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM assessment WHERE status = 'submitted'"
                                    " AND member_id IS NOT NULL")) > 5);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM assessment WHERE status = 'draft'")) > 0);
    CHECK(TempDatabase::count(db, QStringLiteral("answer")) > 100);
    CHECK(TempDatabase::count(db, QStringLiteral("plan_goal")) > 20);
    CHECK(number(db, QStringLiteral("SELECT count(DISTINCT category) FROM plan_action")) == 5);
    const int overdueActions =
        number(db, QStringLiteral("SELECT count(*) FROM plan_action WHERE due_on < '2026-06-01'"
                                  " AND status IN ('planned', 'in_progress')"));
    CHECK(overdueActions > 0);
    CHECK(overdueActions * 4 < TempDatabase::count(db, QStringLiteral("plan_action")));
    // Most done visits were planned, most of those done on time, some late: the dashboard's
    // visits-on-time chart has something to show.
    const int done = number(db, QStringLiteral("SELECT count(*) FROM visit WHERE status = 'done'"));
    const int planned = number(
        db, QStringLiteral("SELECT count(*) FROM visit WHERE status = 'done' AND planned_on IS NOT NULL"));
    const int late = number(db, QStringLiteral("SELECT count(*) FROM visit WHERE status = 'done'"
                                               " AND visited_on > planned_on"));
    CHECK(planned * 10 > done * 6);
    CHECK(planned < done);
    CHECK(late * 20 > planned);
    CHECK(late * 4 < planned);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM service_log WHERE method = 'casework'")) > 20);
    // Group and community sessions: one session, several households of one village.
    CHECK(number(db, QStringLiteral(
                         "SELECT count(*) FROM (SELECT s.session_id FROM service_log s"
                         " JOIN household h ON h.id = s.household_id WHERE s.method <> 'casework'"
                         " GROUP BY s.session_id HAVING count(*) >= 3 AND count(DISTINCT h.village) = 1)")) >
          0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM visit WHERE status = 'done' AND notes <> ''")) >
          20);
    // Each station's volunteers and 三区计划 project; group and community sessions given under it.
    CHECK(TempDatabase::count(db, QStringLiteral("volunteer")) ==
          4 * number(db, QStringLiteral("SELECT count(DISTINCT station) FROM household")));
    CHECK(TempDatabase::count(db, QStringLiteral("service_project")) ==
          number(db, QStringLiteral("SELECT count(DISTINCT station) FROM household")));
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM service_log WHERE method <> 'casework'"
                                    " AND project_id IS NOT NULL AND volunteer_ids IS NOT NULL")) > 0);
    CHECK(number(db, QStringLiteral("SELECT count(DISTINCT referral_status) FROM referral")) == 4);
    CHECK(number(db, QStringLiteral(
                         "SELECT count(*) FROM referral WHERE consent = 1 AND consent_on <= sent_on")) ==
          TempDatabase::count(db, QStringLiteral("referral")));
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM risk_flag WHERE flag_status = 'open'")) > 0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM risk_flag WHERE flag_status = 'closed'"
                                    " AND closing_note <> ''")) > 0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM status_review WHERE decision IS NULL")) > 0);

    // The assessments identify needs, which the household file lists.
    const QString assessed = one(db, QStringLiteral("SELECT household_id FROM assessment WHERE status ="
                                                    " 'submitted' ORDER BY household_id LIMIT 1"));
    CHECK_FALSE(HouseholdNeeds::forHousehold(db, assessed).isEmpty());

    // Nothing that happened is dated after today (plans, due dates and follow-ups may be later).
    const QString today = kToday.toString(Qt::ISODate);
    for (const char* column :
         {"assessment.assessed_on", "service_log.served_on", "visit.visited_on", "referral.consent_on",
          "referral.sent_on", "referral.accepted_on", "referral.declined_on", "referral.completed_on",
          "status_review.proposed_on", "household.last_visit"}) {
        const QString c = QString::fromLatin1(column);
        INFO(column);
        CHECK(one(db, QStringLiteral("SELECT coalesce(max(%1), '') FROM %2")
                          .arg(c, c.section(QLatin1Char('.'), 0, 0))) <= today);
    }
    CHECK(one(db, QStringLiteral("SELECT max(raised_at) FROM risk_flag")) < today);
    CHECK(one(db, QStringLiteral("SELECT coalesce(max(closed_at), '') FROM risk_flag")) < today);
    const qint64 lastChange = one(db, QStringLiteral("SELECT max(hlc) FROM journal")).toLongLong();
    CHECK(HybridLogicalClock::millis(quint64(lastChange)) <=
          QDateTime(kToday, QTime(0, 0)).toMSecsSinceEpoch());

    // About one household in eight is overdue for a visit on the demo's today.
    const auto rules = VisitRules::builtIn();
    REQUIRE(rules);
    const QList<VisitDue> due = DueVisitQuery(db, *rules).all(kToday);
    REQUIRE(due.size() > 200);
    const auto overdue =
        std::count_if(due.cbegin(), due.cend(), [](const VisitDue& d) { return d.isOverdue(); });
    INFO(overdue << " of " << due.size() << " overdue");
    CHECK(overdue >= due.size() * 5 / 100);
    CHECK(overdue <= due.size() * 25 / 100);

    // Every record came through the journal: rebuilding from it gives the same rows.
    const QString live = TempDatabase::dumpTables(db);
    CHECK(live.contains(QStringLiteral("== plan_action")));
    REQUIRE(JournalReplayer::rebuild(db));
    CHECK(TempDatabase::dumpTables(db) == live);
}

TEST_CASE("the same seed and today give the same demo casework, another today moves it", "[demo]")
{
    TempDatabase a, b, c;
    REQUIRE(DemoGenerator::generate(a.db(), {150, 42, 50, kToday}));
    REQUIRE(DemoGenerator::generate(b.db(), {150, 42, 150, kToday}));
    REQUIRE(DemoGenerator::generate(c.db(), {150, 42, 50, kToday.addDays(30)}));
    const QString casework = dumpCasework(a.db());
    CHECK(casework.size() > 1000);
    CHECK(dumpCasework(b.db()) == casework);
    CHECK(TempDatabase::dumpRecords(b.db()) == TempDatabase::dumpRecords(a.db()));
    CHECK(dumpCasework(c.db()) != casework);
    // Two demo laptops are still two devices.
    CHECK(a.db().meta(QStringLiteral("device_id")) != b.db().meta(QStringLiteral("device_id")));
}

TEST_CASE("a demo without casework keeps only last visit dates", "[demo]")
{
    TempDatabase t;
    DemoGenerator::Options options{200, 7, 100, kToday};
    options.casework = false;
    int calls = 0, last = 0, total = 0;
    REQUIRE(DemoGenerator::generate(t.db(), options, [&](int done, int of) {
        ++calls;
        last = done;
        total = of;
        return true;
    }));
    CHECK(total == 200);
    CHECK(last == 200);
    CHECK(TempDatabase::count(t.db(), QStringLiteral("visit")) == 0);
    CHECK(number(t.db(), QStringLiteral("SELECT count(*) FROM household WHERE last_visit IS NOT NULL")) >
          150);
}
