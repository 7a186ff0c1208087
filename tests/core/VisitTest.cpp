// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/CaseworkFixture.h"
#include "tests/support/QtStringMaker.h"

#include "core/journal/JournalReader.h"
#include "core/journal/JournalReplayer.h"
#include "core/model/VisitRules.h"
#include "core/records/DueVisitQuery.h"
#include "core/records/HistoryReader.h"
#include "core/records/VisitRepository.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>

using namespace ff;
using test::TempDatabase;

namespace {
QString lastVisitOf(Database& db, const QString& household)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT last_visit FROM household WHERE id = ?"));
    q.addBindValue(household);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("?");
}

Visit doneVisit(const HouseholdFile& f, QDate day)
{
    Visit v;
    v.householdId = test::idOf(f.household);
    v.status = QStringLiteral("done");
    v.visitedOn = day;
    v.metMemberIds = {test::idOf(f.members[1])};
    v.notes = QStringLiteral("祖父母照看，孩子按时上学");
    return v;
}

const QByteArray kRules = R"({
  "version": 1,
  "default_interval_days": 90,
  "rules": [
    {"group": "left_behind_child", "interval_days": 30,
     "reason": {"zh_CN": "留守儿童监护随访", "en": "Guardianship follow-up"}},
    {"group": "empty_nest", "interval_days": 45,
     "reason": {"zh_CN": "空巢老人探访", "en": "Elderly living alone"}},
    {"group": "disabled_person", "interval_days": 60,
     "reason": {"zh_CN": "残疾人探访", "en": "Person with disability"}}
  ]
})";
} // namespace

TEST_CASE("visits: validation, the household's last visit kept in step, history and replay",
          "[casework][visit]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const HouseholdFile file = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000001"));
    const QString household = test::idOf(file.household);
    VisitRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    const QString journal = TempDatabase::dumpJournal(t.db());

    QList<ValidationIssue> issues;
    auto fields = [&] {
        QStringList out;
        for (const ValidationIssue& i : issues)
            out << i.field;
        return out;
    };
    Visit planned;
    planned.householdId = household;
    CHECK_FALSE(repo.save(planned, &issues).isOk());
    CHECK(fields() == QStringList{QStringLiteral("planned_on"), QStringLiteral("purpose")});
    Visit future = doneVisit(file, today.addDays(1));
    future.notes.clear();
    future.metMemberIds.clear();
    CHECK_FALSE(repo.save(future, &issues).isOk());
    CHECK(fields() == QStringList{QStringLiteral("visited_on"), QStringLiteral("notes"),
                                  QStringLiteral("met_member_ids")});
    Visit nobody;
    CHECK_FALSE(repo.save(nobody, &issues).isOk());
    CHECK(fields().first() == QStringLiteral("household_id"));
    CHECK(TempDatabase::dumpJournal(t.db()) == journal);

    // Planned, then done: the household's last visit follows, in the same commit.
    planned.plannedOn = today.addDays(3);
    planned.purpose = QStringLiteral("监护随访");
    REQUIRE(repo.save(planned));
    CHECK(lastVisitOf(t.db(), household).isEmpty());
    const qsizetype before = JournalReader(t.db()).since(0).size();
    Visit done = *repo.load(planned.id);
    done.status = QStringLiteral("done");
    done.visitedOn = today.addDays(-2);
    done.metMemberIds = {test::idOf(file.members[1])};
    done.metOthers = QStringLiteral("村委会主任");
    done.notes = QStringLiteral("祖父母照看，孩子按时上学");
    REQUIRE(repo.save(done));
    const QList<Change> changes = JournalReader(t.db()).since(0);
    // The visit, the household's last visit, and the visit done in the supervisor's queue.
    REQUIRE(changes.size() == before + 3);
    CHECK(changes.at(before).entity == QStringLiteral("visit"));
    CHECK(changes.at(before + 1).entity == QStringLiteral("household"));
    CHECK(changes.at(before + 2).entity == QStringLiteral("note_review"));
    CHECK(changes.at(before + 1).fields.value(QStringLiteral("last_visit")).toString() ==
          today.addDays(-2).toString(Qt::ISODate));
    CHECK(lastVisitOf(t.db(), household) == today.addDays(-2).toString(Qt::ISODate));

    // An older visit entered afterwards does not move the date back; a later one moves it on.
    Visit older = doneVisit(file, today.addDays(-40));
    REQUIRE(repo.save(older));
    CHECK(lastVisitOf(t.db(), household) == today.addDays(-2).toString(Qt::ISODate));
    Visit latest = doneVisit(file, today);
    REQUIRE(repo.save(latest));
    CHECK(lastVisitOf(t.db(), household) == today.toString(Qt::ISODate));
    // A mistaken date corrected: the household's date follows it back.
    latest.visitedOn = today.addDays(-1);
    REQUIRE(repo.save(latest));
    CHECK(lastVisitOf(t.db(), household) == today.addDays(-1).toString(Qt::ISODate));
    // Removed: the next latest visit.
    REQUIRE(repo.remove(latest));
    CHECK(lastVisitOf(t.db(), household) == today.addDays(-2).toString(Qt::ISODate));
    CHECK(repo.forHousehold(household).size() == 2);

    QLocale::setDefault(QLocale(QLocale::English));
    QStringList seen;
    for (const HistoryEntry& e : HistoryReader(t.db()).forHousehold(household)) {
        if (e.entity == QStringLiteral("visit"))
            seen << e.field + QLatin1Char('=') + e.to;
    }
    CHECK(seen.contains(QStringLiteral("Members met=张小雨")));
    CHECK(seen.contains(QStringLiteral("Visit status=Done")));
    CHECK(seen.contains(QStringLiteral("Others met=村委会主任")));
    CHECK(seen.contains(QStringLiteral("What was found=祖父母照看，孩子按时上学")));

    const QString live = TempDatabase::dumpTables(t.db());
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(TempDatabase::dumpTables(t.db()) == live);
}

TEST_CASE("a visit recorded where one was planned fulfils the planned visit, in one journaled save",
          "[casework][visit]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const HouseholdFile file = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000001"));
    const QString household = test::idOf(file.household);
    VisitRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));

    Visit soon;
    soon.householdId = household;
    soon.plannedOn = today.addDays(-2);
    soon.purpose = QStringLiteral("监护随访");
    REQUIRE(repo.save(soon));
    Visit later;
    later.householdId = household;
    later.plannedOn = today.addDays(5);
    later.purpose = QStringLiteral("学期末回访");
    REQUIRE(repo.save(later));
    Visit far;
    far.householdId = household;
    far.plannedOn = today.addDays(30);
    far.purpose = QStringLiteral("寒假回访");
    REQUIRE(repo.save(far));

    const qsizetype before = JournalReader(t.db()).since(0).size();
    Visit recorded = doneVisit(file, today);
    REQUIRE(repo.save(recorded));
    // The visit planned soonest is the one carried out: saved over, not beside it.
    CHECK(recorded.id == soon.id);
    const QList<Visit> visits = repo.forHousehold(household);
    REQUIRE(visits.size() == 3);
    CHECK(visits.at(0).id == later.id);
    CHECK(visits.at(0).status == QStringLiteral("planned"));
    CHECK(visits.at(2).id == soon.id);
    CHECK(visits.at(2).status == QStringLiteral("done"));
    CHECK(visits.at(2).visitedOn == today);
    CHECK(visits.at(2).plannedOn == today.addDays(-2));
    CHECK(visits.at(2).purpose == QStringLiteral("监护随访"));
    // Journaled as an update of the planned record, so the other laptops see it done too.
    const QList<Change> changes = JournalReader(t.db()).since(0);
    REQUIRE(changes.size() > before);
    CHECK(changes.at(before).entity == QStringLiteral("visit"));
    CHECK(changes.at(before).recordId == soon.id);
    CHECK(changes.at(before).op == Change::Op::Update);
    CHECK(changes.at(before).fields.value(QStringLiteral("status")).toString() == QStringLiteral("done"));

    // The next one fulfils the plan of a few days ahead; one planned a month ahead is a visit of
    // its own and stays planned.
    Visit next = doneVisit(file, today);
    next.purpose = QStringLiteral("临时走访");
    REQUIRE(repo.save(next));
    CHECK(next.id == later.id);
    CHECK(repo.load(later.id)->purpose == QStringLiteral("临时走访"));
    Visit third = doneVisit(file, today);
    REQUIRE(repo.save(third));
    CHECK(third.id != soon.id);
    CHECK(third.id != later.id);
    CHECK(third.id != far.id);
    CHECK(repo.forHousehold(household).size() == 4);
    CHECK(repo.load(far.id)->status == QStringLiteral("planned"));
}

TEST_CASE("due visits: the strictest rule over the members, never-visited households, order",
          "[casework][visit][due]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    QList<VisitRulesError> errors;
    const auto rules = VisitRules::parse(kRules, &errors);
    REQUIRE(rules);

    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳"), clock));
    VisitRepository visits(t.db(), test::as(QStringLiteral("王芳"), clock));
    // A: left-behind child (30) and a disabled grandfather (60): the strictest, 30, applies.
    HouseholdFile a = test::addHousehold(t.db(), clock, QStringLiteral("A"), QStringLiteral("东山村"));
    a.members[0].insert(QStringLiteral("special_groups"), QStringList{QStringLiteral("disabled_person")});
    REQUIRE(households.save(a));
    Visit va = doneVisit(a, today.addDays(-50));
    REQUIRE(visits.save(va));
    // B: an elderly person living alone (45), visited 10 days ago: not due.
    HouseholdFile b = test::addHousehold(t.db(), clock, QStringLiteral("B"), QStringLiteral("西河村"));
    b.members.removeLast();
    b.members[0].insert(QStringLiteral("special_groups"), QStringList{QStringLiteral("empty_nest")});
    REQUIRE(households.save(b));
    b.household.insert(QStringLiteral("last_visit"), today.addDays(-10));
    REQUIRE(households.save(b));
    // C: left-behind child, never visited.
    const HouseholdFile c = test::addHousehold(t.db(), clock, QStringLiteral("C"), QStringLiteral("西河村"));
    // D: no special group: the default 90 days, last visit 85 days ago: due within 7 days.
    HouseholdFile d = test::addHousehold(t.db(), clock, QStringLiteral("D"), QStringLiteral("东山村"));
    d.members.removeLast();
    d.household.insert(QStringLiteral("last_visit"), today.addDays(-85));
    REQUIRE(households.save(d));
    // E: left-behind child visited 35 days ago (in the household field only, before visits were recorded).
    HouseholdFile e = test::addHousehold(t.db(), clock, QStringLiteral("E"), QStringLiteral("东山村"));
    e.household.insert(QStringLiteral("last_visit"), today.addDays(-35));
    REQUIRE(households.save(e));

    const DueVisitQuery query(t.db(), *rules);
    QHash<QString, VisitDue> byNo;
    for (const VisitDue& due : query.all(today))
        byNo.insert(due.householdNo, due);
    REQUIRE(byNo.size() == 5);
    CHECK(byNo[QStringLiteral("A")].intervalDays == 30);
    CHECK(byNo[QStringLiteral("A")].ruleGroup == QStringLiteral("left_behind_child"));
    CHECK(byNo[QStringLiteral("A")].lastVisit == today.addDays(-50));
    CHECK(byNo[QStringLiteral("A")].nextDue == today.addDays(-20));
    CHECK(byNo[QStringLiteral("A")].daysOverdue == 20);
    CHECK(byNo[QStringLiteral("B")].intervalDays == 45);
    CHECK(byNo[QStringLiteral("B")].daysOverdue == -35);
    CHECK(byNo[QStringLiteral("C")].neverVisited());
    CHECK(byNo[QStringLiteral("C")].isOverdue());
    CHECK_FALSE(byNo[QStringLiteral("C")].nextDue.isValid());
    CHECK(byNo[QStringLiteral("D")].intervalDays == 90);
    CHECK(byNo[QStringLiteral("D")].ruleGroup.isEmpty());
    CHECK(byNo[QStringLiteral("D")].daysOverdue == -5);
    CHECK(byNo[QStringLiteral("E")].daysOverdue == 5);

    // Due within a week, grouped by village: 西河村 holds the never-visited C, so it comes first;
    // B is not due. In 东山村: A (20 days) before E (5) before D (due in 5).
    QStringList order;
    for (const VisitDue& due : query.due(today, 7))
        order << due.village + QLatin1Char(':') + due.householdNo;
    CHECK(order == QStringList{QStringLiteral("西河村:C"), QStringLiteral("东山村:A"),
                               QStringLiteral("东山村:E"), QStringLiteral("东山村:D")});
    // Only what is overdue.
    CHECK(query.due(today, 0).size() == 3);

    // A planned visit shows beside the due date; a done visit clears the household from the list.
    Visit plan;
    plan.householdId = test::idOf(c.household);
    plan.plannedOn = today.addDays(2);
    plan.purpose = QStringLiteral("首次走访");
    REQUIRE(visits.save(plan));
    Visit ve = doneVisit(e, today);
    REQUIRE(visits.save(ve));
    order.clear();
    for (const VisitDue& due : query.due(today, 7)) {
        order << due.householdNo;
        if (due.householdNo == QStringLiteral("C"))
            CHECK(due.plannedOn == today.addDays(2));
    }
    CHECK(order == QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("D")});

    // Without a default, households with no special group have no required interval.
    VisitRules noDefault = *rules;
    noDefault.defaultIntervalDays = 0;
    CHECK(DueVisitQuery(t.db(), noDefault).all(today).size() == 4);
}

TEST_CASE("visit rules: the built-in file is valid, broken files are refused with every problem",
          "[casework][visit][rules]")
{
    QList<VisitRulesError> errors;
    const auto builtIn = VisitRules::builtIn(&errors);
    INFO((errors.isEmpty() ? QString() : errors.first().message).toStdString());
    REQUIRE(builtIn);
    CHECK(builtIn->requiredInterval({QStringLiteral("left_behind_child")}) == 30);
    CHECK(builtIn->requiredInterval({QStringLiteral("disabled_person"), QStringLiteral("empty_nest")}) == 30);
    CHECK(builtIn->requiredInterval({}) == builtIn->defaultIntervalDays);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(builtIn->reason(QStringLiteral("left_behind_child")).contains(QStringLiteral("监护随访")));
    QLocale::setDefault(QLocale(QLocale::English));

    CHECK_FALSE(VisitRules::parse("{\n  \"version\": 1,\n  \"rules\": [\n", &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message.startsWith(QStringLiteral("The file is not valid JSON")));
    CHECK(errors.first().line == 4);

    const QByteArray broken = R"({
  "version": 2,
  "default_interval_days": -3,
  "rules": [
    {"group": "left_behind_child", "interval_days": 30, "reason": {"zh_CN": "a", "en": "b"}},
    {"group": "orphan", "interval_days": 30, "reason": {"zh_CN": "a", "en": "b"}},
    {"group": "left_behind_child", "interval_days": 14.5, "reason": {"zh_CN": "a"}},
    {"interval_days": 30}
  ]
})";
    CHECK_FALSE(VisitRules::parse(broken, &errors));
    QStringList lines;
    for (const VisitRulesError& e : errors)
        lines << QString::number(e.line) + QLatin1Char(' ') + e.message.section(QLatin1Char(' '), 0, 3);
    CHECK(lines == QStringList{QStringLiteral("2 \"version\" must be 1"),
                               QStringLiteral("3 \"default_interval_days\" must be a"),
                               QStringLiteral("4 Rule 4 has no"), QStringLiteral("6 Rule 2: unknown special"),
                               QStringLiteral("7 Rule 3: the group"),
                               QStringLiteral("7 Rule 3: \"interval_days\" must"),
                               QStringLiteral("7 Rule 3: \"reason\" needs")});

    // A county's replacement beside the database is used when valid; a broken one says why and the
    // built-in rules stay in force.
    TempDatabase t;
    QString used;
    CHECK(VisitRules::forDatabase(t.path(), &errors, &used).rules.size() == builtIn->rules.size());
    CHECK(used.isEmpty());
    QFile file(VisitRules::replacementPath(t.path()));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(kRules);
    file.close();
    CHECK(VisitRules::forDatabase(t.path(), &errors, &used).rules.size() == 3);
    CHECK(errors.isEmpty());
    CHECK(used == file.fileName());
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();
    CHECK(VisitRules::forDatabase(t.path(), &errors, &used).rules.size() == builtIn->rules.size());
    CHECK(errors.size() == 7);
    CHECK(used.isEmpty());
}
