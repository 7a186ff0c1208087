// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/CaseworkFixture.h"
#include "tests/support/QtStringMaker.h"

#include "core/journal/JournalReader.h"
#include "core/journal/JournalReplayer.h"
#include "core/records/HistoryReader.h"
#include "core/records/ServiceLogRepository.h"
#include "core/sync/ChangeImporter.h"

#include <QLocale>

#include <algorithm>
#include <QSet>

using namespace ff;
using test::TempDatabase;

namespace {
ServiceSession groupSession(QDate day)
{
    ServiceSession s;
    s.servedOn = day;
    s.durationMin = 90;
    s.method = QStringLiteral("group");
    s.category = QStringLiteral("psychological_counselling");
    s.caseworker = QStringLiteral("王芳");
    s.activity = QStringLiteral("留守儿童情绪小组第二次活动");
    s.outcome = QStringLiteral("孩子们愿意表达想念父母的心情");
    s.followUpOn = day.addDays(14);
    return s;
}
} // namespace

TEST_CASE("service logs: a group session is one record per household, written in one commit",
          "[casework][service]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    QList<HouseholdFile> files;
    for (int i = 1; i <= 3; ++i)
        files.append(test::addHousehold(t.db(), clock, QStringLiteral("371321105-00000%1").arg(i)));
    ServiceLogRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));

    ServiceSession session = groupSession(today.addDays(-1));
    for (const HouseholdFile& f : files)
        session.households.append({test::idOf(f.household), {}, {test::idOf(f.members[1])}});
    const qsizetype journalBefore = JournalReader(t.db()).since(0).size();
    REQUIRE(repo.save(session));
    REQUIRE_FALSE(session.sessionId.isEmpty());
    const QList<Change> journal = JournalReader(t.db()).since(0);
    // Three records, and each one's place in the supervisor's queue (core/journal/README.md).
    REQUIRE(journal.size() == journalBefore + 6);
    for (qsizetype i = journalBefore + 3; i < journal.size(); ++i)
        CHECK(journal.at(i).entity == QStringLiteral("note_review"));
    QSet<QString> households;
    for (qsizetype i = journalBefore; i < journalBefore + 3; ++i) {
        const Change& c = journal.at(i);
        CHECK(c.entity == QStringLiteral("service_log"));
        CHECK(c.op == Change::Op::Create);
        CHECK(c.fields.value(QStringLiteral("session_id")).toString() == session.sessionId);
        households.insert(c.householdId);
        // One commit: consecutive sequence numbers of one device.
        CHECK(c.id.seq == journal.at(journalBefore).id.seq + (i - journalBefore));
    }
    CHECK(households.size() == 3);

    // Each household's file shows it once, with its own member.
    for (const HouseholdFile& f : files) {
        const QList<ServiceLog> logs = repo.forHousehold(test::idOf(f.household));
        REQUIRE(logs.size() == 1);
        CHECK(logs.first().sessionId == session.sessionId);
        CHECK(logs.first().households == 3);
        CHECK(logs.first().memberIds == QStringList{test::idOf(f.members[1])});
        CHECK(logs.first().activity == QStringLiteral("留守儿童情绪小组第二次活动"));
    }

    // Editing the session: one household taken out, the outcome changed. The others are updated,
    // the one taken out gets a tombstone.
    auto loaded = repo.loadSession(session.sessionId);
    REQUIRE(loaded);
    CHECK(loaded->households.size() == 3);
    CHECK(loaded->durationMin == 90);
    loaded->households.removeLast();
    loaded->outcome = QStringLiteral("两名儿童需要个别跟进");
    REQUIRE(repo.save(*loaded));
    int shown = 0;
    for (const HouseholdFile& f : files)
        shown += int(repo.forHousehold(test::idOf(f.household)).size());
    CHECK(shown == 2);
    CHECK(repo.loadSession(session.sessionId)->outcome == QStringLiteral("两名儿童需要个别跟进"));

    // History: readable names, members by name, no session id.
    QLocale::setDefault(QLocale(QLocale::English));
    const QList<HistoryEntry> history = HistoryReader(t.db()).forHousehold(test::idOf(files[0].household));
    QStringList seen;
    for (const HistoryEntry& e : history) {
        if (e.entity == QStringLiteral("service_log"))
            seen << e.field + QLatin1Char('=') + e.to;
    }
    CHECK(seen.contains(QStringLiteral("Members involved=张小雨")));
    CHECK(seen.contains(QStringLiteral("Method=Group work")));
    CHECK(seen.contains(QStringLiteral("Service category=Psychological counselling")));
    CHECK(seen.contains(QStringLiteral("Duration (minutes)=90")));
    for (const QString& s : std::as_const(seen))
        CHECK_FALSE(s.startsWith(QStringLiteral("Session")));
    // The log's lines are named by its date (its review, written in the same commit, by the log's).
    const auto logLine = std::find_if(history.cbegin(), history.cend(), [](const HistoryEntry& e) {
        return e.entity == QStringLiteral("service_log");
    });
    REQUIRE(logLine != history.cend());
    CHECK(logLine->record == QStringLiteral("Service log ") + today.addDays(-1).toString(Qt::ISODate));
    const auto reviewLine = std::find_if(history.cbegin(), history.cend(), [](const HistoryEntry& e) {
        return e.entity == QStringLiteral("note_review");
    });
    REQUIRE(reviewLine != history.cend());
    CHECK(reviewLine->record ==
          QStringLiteral("Supervisor's review ") + today.addDays(-1).toString(Qt::ISODate));

    const QString live = TempDatabase::dumpTables(t.db());
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(TempDatabase::dumpTables(t.db()) == live);
}

TEST_CASE("service logs: invalid sessions are refused whole", "[casework][service]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const HouseholdFile a = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000001"));
    const HouseholdFile b = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000002"));
    ServiceLogRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    const QString journal = TempDatabase::dumpJournal(t.db());

    auto fieldsOf = [&](ServiceSession s) {
        QList<ValidationIssue> issues;
        const Status status = repo.save(s, &issues);
        CHECK_FALSE(status.isOk());
        CHECK(s.sessionId.isEmpty());
        QStringList fields;
        for (const ValidationIssue& i : issues)
            fields << i.field;
        return fields;
    };

    ServiceSession s = groupSession(today);
    CHECK(fieldsOf(s) == QStringList{QStringLiteral("households")}); // no household chosen

    s.households = {{test::idOf(a.household), {}, {}}, {test::idOf(b.household), {}, {}}};
    s.durationMin = 0;
    s.followUpOn = today.addDays(-3);
    CHECK(fieldsOf(s) == QStringList{QStringLiteral("duration_min"), QStringLiteral("follow_up_on")});

    s = groupSession(today.addDays(2));
    s.households = {{test::idOf(a.household), {}, {}}};
    s.activity.clear();
    CHECK(fieldsOf(s) == QStringList{QStringLiteral("served_on"), QStringLiteral("activity")});

    // Casework is with one household; a member of household b is not a member of a.
    s = groupSession(today);
    s.method = QStringLiteral("casework");
    s.households = {{test::idOf(a.household), {}, {}}, {test::idOf(b.household), {}, {}}};
    CHECK(fieldsOf(s) == QStringList{QStringLiteral("households")});
    s.households = {{test::idOf(a.household), {}, {test::idOf(b.members[0])}}};
    CHECK(fieldsOf(s) == QStringList{QStringLiteral("member_ids")});

    s.durationMin = -10;
    s.servedOn = {};
    s.category = QStringLiteral("cooking");
    const QStringList many = fieldsOf(s);
    CHECK(many.contains(QStringLiteral("served_on")));
    CHECK(many.contains(QStringLiteral("duration_min")));
    CHECK(many.contains(QStringLiteral("category")));

    CHECK(TempDatabase::dumpJournal(t.db()) == journal);
    CHECK(TempDatabase::count(t.db(), QStringLiteral("service_log")) == 0);

    // The messages are for people.
    QList<ValidationIssue> issues;
    ServiceSession zero = groupSession(today);
    zero.households = {{test::idOf(a.household), {}, {}}};
    zero.durationMin = 0;
    const Status status = repo.save(zero, &issues);
    CHECK(status.error().message.contains(QStringLiteral("positive number of minutes")));
}

TEST_CASE("casework records travel as changes: another replica applying them holds the same records",
          "[casework][service][sync]")
{
    TempDatabase laptop, county;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    QList<HouseholdFile> files;
    for (int i = 1; i <= 3; ++i)
        files.append(test::addHousehold(laptop.db(), clock, QStringLiteral("371321105-00000%1").arg(i)));
    ServiceSession session = groupSession(today);
    for (const HouseholdFile& f : files)
        session.households.append({test::idOf(f.household), {}, {test::idOf(f.members[1])}});
    ServiceLogRepository repo(laptop.db(), test::as(QStringLiteral("王芳"), clock));
    REQUIRE(repo.save(session));
    session.households.removeFirst();
    session.durationMin = 120;
    REQUIRE(repo.save(session));

    REQUIRE(ChangeImporter::apply(county.db(), JournalReader(laptop.db()).since(0)));
    CHECK(TempDatabase::dumpTables(county.db()) == TempDatabase::dumpTables(laptop.db()));
    const auto there = ServiceLogRepository(county.db()).loadSession(session.sessionId);
    REQUIRE(there);
    CHECK(there->households.size() == 2);
    CHECK(there->durationMin == 120);
}

TEST_CASE("a follow-up date that passed with no service since is overdue", "[casework][service]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const HouseholdFile file = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000001"));
    const HouseholdFile other = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000002"));
    ServiceLogRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    const auto serve = [&](const HouseholdFile& f, QDate on, QDate followUp) {
        ServiceSession s = groupSession(on);
        s.method = QStringLiteral("casework");
        s.followUpOn = followUp;
        s.households = {{test::idOf(f.household), {}, {}}};
        REQUIRE(repo.save(s));
        return s.households[0].recordId;
    };
    const auto overdue = [&](const HouseholdFile& f) {
        return ServiceLogRepository::overdueFollowUps(repo.forHousehold(test::idOf(f.household)), today);
    };
    CHECK(overdue(file).isEmpty());

    // Served 30 days ago, follow-up 10 days ago: overdue. Its follow-up is due today: not yet.
    const QString first = serve(file, today.addDays(-30), today.addDays(-10));
    CHECK(overdue(file) == QStringList{first});
    CHECK(ServiceLogRepository::overdueFollowUps(repo.forHousehold(test::idOf(file.household)),
                                                 today.addDays(-10))
              .isEmpty());
    // A service since, even before the follow-up date, is the caseworker coming back; its own
    // follow-up is in the future.
    const QString second = serve(file, today.addDays(-20), today.addDays(5));
    CHECK(overdue(file).isEmpty());
    // Once that one's date passes too, only the latest is owed.
    CHECK(ServiceLogRepository::overdueFollowUps(repo.forHousehold(test::idOf(file.household)),
                                                 today.addDays(6)) == QStringList{second});
    // No follow-up date: nothing owed. Another household's services are its own.
    serve(other, today.addDays(-40), {});
    CHECK(overdue(other).isEmpty());
    const QString owed = serve(other, today.addDays(-40), today.addDays(-1));
    CHECK(overdue(other) == QStringList{owed});
    CHECK(overdue(file).isEmpty());
}
