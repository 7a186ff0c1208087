// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Case notes as dated, signed entries (issue 16, item 1): added by the person signed in, corrected
// with the earlier text kept, never removed; found by their words, two-character Chinese words
// included; the old free-text notes adopted as the first entry.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Query.h"
#include "core/journal/JournalReplayer.h"
#include "core/journal/JournalWriter.h"
#include "core/records/CaseNoteIndex.h"
#include "core/records/CaseNoteRepository.h"
#include "core/records/CaseNoteSearch.h"
#include "core/records/HouseholdRepository.h"

#include <QRandomGenerator>
#include <QSet>

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;

namespace {
const qint64 kDec5 = QDateTime(QDate(2026, 12, 5), QTime(9, 30)).toMSecsSinceEpoch();

CaseNote note(const QString& householdId, QDate on, const QString& text)
{
    CaseNote n;
    n.householdId = householdId;
    n.writtenOn = on;
    n.text = text;
    return n;
}

QStringList texts(const CaseNoteSearch::Found& found, Database& db)
{
    QStringList out;
    CaseNoteRepository repo(db);
    for (const CaseNoteHit& hit : found.hits)
        out.append(repo.load(hit.noteId)->text);
    return out;
}
} // namespace

TEST_CASE("a case note is dated and signed by the person signed in, newest first, and bad input is "
          "refused with nothing saved",
          "[records][notes]")
{
    TempDatabase t;
    ManualClock clock(kDec5);
    const Session wang = test::as(QStringLiteral("王芳"), clock);
    const QString h = test::savedHousehold(t.db(), wang);
    CaseNoteRepository repo(t.db(), wang);

    CaseNote first = note(h, QDate(2026, 12, 1), QStringLiteral("  入户走访，孩子由祖母照看。  "));
    REQUIRE(repo.add(first));
    CHECK(first.writtenBy == QStringLiteral("王芳"));
    CHECK(first.writtenAt == QStringLiteral("2026-12-05 09:30"));
    CHECK(first.text == QStringLiteral("入户走访，孩子由祖母照看。"));
    clock.advance(60 * 60 * 1000);
    CaseNote second = note(h, QDate(2026, 12, 4), QStringLiteral("电话回访，低保材料已交。"));
    REQUIRE(repo.add(second));
    CaseNote sameDay = note(h, QDate(2026, 12, 4), QStringLiteral("下午再打一次。"));
    clock.advance(60 * 1000);
    REQUIRE(repo.add(sameDay));

    const QList<CaseNote> listed = repo.forHousehold(h);
    REQUIRE(listed.size() == 3);
    CHECK(listed.at(0).id == sameDay.id); // same day: the later written first
    CHECK(listed.at(1).id == second.id);
    CHECK(listed.at(2).id == first.id);
    CHECK_FALSE(listed.at(0).isCorrected());

    const auto refusedFor = [&](CaseNote n) {
        QList<ValidationIssue> issues;
        const Status s = repo.add(n, &issues);
        CHECK_FALSE(s);
        CHECK(s.error().message.contains(QStringLiteral("Nothing was saved")));
        return issues.isEmpty() ? QString() : issues.first().field;
    };
    CHECK(refusedFor(note(h, QDate(2026, 12, 5), QStringLiteral(" \t\n "))) == QStringLiteral("text"));
    CHECK(refusedFor(note(h, QDate(2026, 12, 6), QStringLiteral("明天的事"))) ==
          QStringLiteral("written_on"));
    CHECK(refusedFor(note(h, QDate(), QStringLiteral("无日期"))) == QStringLiteral("written_on"));
    CHECK(refusedFor(note(h, QDate(2026, 12, 5), QString(CaseNoteRepository::kMaxLength + 1, u'字'))) ==
          QStringLiteral("text"));
    CHECK(repo.forHousehold(h).size() == 3);
}

TEST_CASE("a correction keeps the earlier text in the history, says who corrected it, and a note is "
          "never removed nor its author changed",
          "[records][notes]")
{
    TempDatabase t;
    ManualClock clock(kDec5);
    const Session wang = test::as(QStringLiteral("王芳"), clock);
    const QString h = test::savedHousehold(t.db(), wang);
    CaseNote n = note(h, QDate(2026, 12, 3), QStringLiteral("母亲在宁波打工。"));
    REQUIRE(CaseNoteRepository(t.db(), wang).add(n));

    clock.advance(24 * 60 * 60 * 1000);
    const Session li = Session::of(QStringLiteral("李站长"), Role::Supervisor, clock);
    CaseNoteRepository byLi(t.db(), li);
    QList<ValidationIssue> issues;
    CHECK_FALSE(byLi.correct(n, QStringLiteral(" 母亲在宁波打工。"), QDate(2026, 12, 3), &issues));
    REQUIRE(issues.size() == 1); // nothing changed
    REQUIRE(byLi.correct(n, QStringLiteral("父亲在宁波打工。"), QDate(2026, 12, 2)));

    const CaseNote stored = *byLi.load(n.id);
    CHECK(stored.text == QStringLiteral("父亲在宁波打工。"));
    CHECK(stored.writtenOn == QDate(2026, 12, 2));
    CHECK(stored.writtenBy == QStringLiteral("王芳")); // the author stays
    CHECK(stored.correctedBy == QStringLiteral("李站长"));
    CHECK(stored.correctedAt == QStringLiteral("2026-12-06 09:30"));
    CHECK(stored.isCorrected());

    const QList<CaseNoteVersion> versions = byLi.versions(stored);
    REQUIRE(versions.size() == 2);
    CHECK(versions.at(0).text == QStringLiteral("母亲在宁波打工。"));
    CHECK(versions.at(0).author == QStringLiteral("王芳"));
    CHECK(versions.at(0).writtenOn == QDate(2026, 12, 3));
    CHECK(versions.at(1).text == QStringLiteral("父亲在宁波打工。"));
    CHECK(versions.at(1).author == QStringLiteral("李站长"));

    // The authority rule: nobody removes a note or changes who wrote it.
    JournalWriter writer(t.db(), li);
    const Status removed = writer.commit({{QStringLiteral("case_note"), n.id, h, Change::Op::Delete, {}}});
    CHECK_FALSE(removed);
    const Status reauthored = writer.commit({{QStringLiteral("case_note"),
                                              n.id,
                                              h,
                                              Change::Op::Update,
                                              {{QStringLiteral("written_by"), QStringLiteral("李站长")}}}});
    CHECK_FALSE(reauthored);
    // Nor marks it removed by an update or a resolve (a removal, whatever the operation).
    for (const Change::Op op : {Change::Op::Update, Change::Op::Resolve}) {
        const Status hidden =
            writer.commit({{QStringLiteral("case_note"), n.id, h, op, {{QStringLiteral("_deleted"), true}}}});
        CHECK_FALSE(hidden);
    }
    CHECK(byLi.load(n.id));
    CHECK(byLi.load(n.id)->writtenBy == QStringLiteral("王芳"));
}

TEST_CASE("notes are found by their words: two-character Chinese words, longer ones, single characters, "
          "Latin letters in any case, several words together",
          "[records][notes][search]")
{
    TempDatabase t;
    ManualClock clock(kDec5);
    const Session wang = test::as(QStringLiteral("王芳"), clock);
    const QString a = test::savedHousehold(t.db(), wang, QStringLiteral("张伟"));
    const QString b = test::savedHousehold(t.db(), wang, QStringLiteral("李桂兰"));
    CaseNoteRepository repo(t.db(), wang);
    const QStringList notesA = {QStringLiteral("低保材料已交到镇上。"),
                                QStringLiteral("孩子由祖母照看，父母在宁波打工。"),
                                QStringLiteral("Called the school: Grade 3 teacher.")};
    const QStringList notesB = {QStringLiteral("低保复查，收入无变化。"),
                                QStringLiteral("屋顶漏雨，已报村委。")};
    int day = 1;
    for (const QString& text : notesA) {
        CaseNote n = note(a, QDate(2026, 11, day++), text);
        REQUIRE(repo.add(n));
    }
    for (const QString& text : notesB) {
        CaseNote n = note(b, QDate(2026, 11, day++), text);
        REQUIRE(repo.add(n));
    }
    const CaseNoteSearch search(t.db());

    // Two characters (the pairs), newest first.
    CHECK(texts(search.find(QStringLiteral("低保")), t.db()) ==
          QStringList{QStringLiteral("低保复查，收入无变化。"), QStringLiteral("低保材料已交到镇上。")});
    // Three or more (the trigrams); a word across punctuation.
    CHECK(texts(search.find(QStringLiteral("宁波打工")), t.db()) == QStringList{notesA.at(1)});
    CHECK(texts(search.find(QStringLiteral("照看，父母")), t.db()) == QStringList{notesA.at(1)});
    // One character (read from the notes).
    CHECK(texts(search.find(QStringLiteral("漏")), t.db()) == QStringList{notesB.at(1)});
    // Latin letters ignore case, two or more.
    CHECK(texts(search.find(QStringLiteral("SCHOOL")), t.db()) == QStringList{notesA.at(2)});
    CHECK(texts(search.find(QStringLiteral("gr")), t.db()) == QStringList{notesA.at(2)});
    // Every word must occur; full-width spaces separate too.
    CHECK(texts(search.find(QStringLiteral("低保　镇上")), t.db()) == QStringList{notesA.at(0)});
    CHECK(texts(search.find(QStringLiteral("低保 收入 复查")), t.db()) == QStringList{notesB.at(0)});
    CHECK(search.find(QStringLiteral("低保 宁波")).hits.isEmpty());
    CHECK(search.find(QStringLiteral("   ")).hits.isEmpty());
    CHECK(search.find(QStringLiteral("\"低保\"")).hits.isEmpty()); // quotes are characters, not syntax
    CHECK(search.find(QStringLiteral("50%")).hits.isEmpty());
    // A rare character beyond the BMP (生僻字) counts as one character.
    CaseNote rare = note(b, QDate(2026, 11, 20), QStringLiteral("张𠮷在家照看孙子"));
    REQUIRE(repo.add(rare));
    CHECK(search.find(QStringLiteral("张𠮷")).hits.size() == 1);
    CHECK(search.find(QStringLiteral("𠮷在")).hits.size() == 1);
    CHECK(search.find(QStringLiteral("张𠮷在")).hits.size() == 1);
    // One household's notes.
    CHECK(texts(search.find(QStringLiteral("低保"), 200, a), t.db()) == QStringList{notesA.at(0)});
    // The hit names its household and shows the text around the word.
    const CaseNoteSearch::Found found = search.find(QStringLiteral("屋顶"));
    REQUIRE(found.hits.size() == 1);
    CHECK(found.hits.first().headName == QStringLiteral("李桂兰"));
    CHECK(found.hits.first().writtenBy == QStringLiteral("王芳"));
    CHECK(found.hits.first().excerpt == notesB.at(1));
    // The limit, and that there is more.
    const CaseNoteSearch::Found one = search.find(QStringLiteral("低保"), 1);
    CHECK(one.hits.size() == 1);
    CHECK(one.more);

    // A correction is found by its new words only.
    CaseNote roof = *repo.load(found.hits.first().noteId);
    REQUIRE(repo.correct(roof, QStringLiteral("厨房漏雨，已报村委。"), roof.writtenOn));
    CHECK(search.find(QStringLiteral("屋顶")).hits.isEmpty());
    CHECK(search.find(QStringLiteral("厨房")).hits.size() == 1);

    // A correction of the date moves the note in the order (the index's key is its day).
    CaseNote oldest = *repo.load(search.find(QStringLiteral("镇上")).hits.first().noteId);
    REQUIRE(repo.correct(oldest, oldest.text, QDate(2026, 12, 1)));
    CHECK(texts(search.find(QStringLiteral("低保")), t.db()).first() == notesA.at(0));

    // Rebuilt from the journal, the index finds the same.
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(search.find(QStringLiteral("厨房")).hits.size() == 1);
    CHECK(search.find(QStringLiteral("屋顶")).hits.isEmpty());
    CHECK(search.find(QStringLiteral("低保")).hits.size() == 2);
}

TEST_CASE("the index answers as a plain scan of the notes does, for every kind of word",
          "[records][notes][search]")
{
    TempDatabase t;
    ManualClock clock(kDec5);
    const Session wang = test::as(QStringLiteral("王芳"), clock);
    const QString h = test::savedHousehold(t.db(), wang);
    const QString alphabet = QStringLiteral("低保户孩子祖母父母打工学校收入材料。，ab");
    QRandomGenerator rng(16);
    CaseNoteRepository repo(t.db(), wang);
    QStringList all;
    for (int i = 0; i < 300; ++i) {
        QString text;
        const int length = 3 + int(rng.bounded(30));
        for (int c = 0; c < length; ++c)
            text += alphabet.at(rng.bounded(int(alphabet.size())));
        CaseNote n = note(h, QDate(2026, 1, 1).addDays(i), text);
        REQUIRE(repo.add(n));
        all.append(n.text);
        // Some are corrected (their old words must go).
        if (i % 7 == 0) {
            const QString corrected = text.mid(1) + QStringLiteral("复查");
            REQUIRE(repo.correct(n, corrected, n.writtenOn));
            all.last() = n.text;
        }
    }
    const CaseNoteSearch search(t.db());
    for (const QString& query :
         {QStringLiteral("低保"), QStringLiteral("孩子"), QStringLiteral("保户"), QStringLiteral("祖母父"),
          QStringLiteral("打工学校"), QStringLiteral("复查"), QStringLiteral("AB"), QStringLiteral("子"),
          QStringLiteral("母 学校"), QStringLiteral("。，")}) {
        QSet<QString> expected;
        for (const QString& text : std::as_const(all)) {
            bool every = true;
            for (const QString& word : CaseNoteSearch::terms(query))
                every = every && text.contains(word, Qt::CaseInsensitive);
            if (every)
                expected.insert(text);
        }
        const QStringList got = texts(search.find(query, 1000), t.db());
        INFO(query.toStdString());
        CHECK(QSet<QString>(got.cbegin(), got.cend()) == expected);
        CHECK(got.size() == expected.size());
    }
}

TEST_CASE("the household's old notes text becomes its first case note, signed and dated by its last "
          "change, once",
          "[records][notes]")
{
    TempDatabase t;
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0)).toMSecsSinceEpoch());
    const Session wang = test::as(QStringLiteral("王芳"), clock);
    HouseholdFile f = test::sampleHousehold();
    f.household.insert(QStringLiteral("notes"), QStringLiteral("孩子由祖母照看，父母在宁波打工"));
    REQUIRE(HouseholdRepository(t.db(), wang).save(f));
    const QString h = f.household.value(QStringLiteral("id")).toString();
    const QString other = test::savedHousehold(t.db(), wang, QStringLiteral("李桂兰")); // no notes

    clock.setMs(kDec5);
    const Session li = test::as(QStringLiteral("李明"), clock);
    CaseNoteRepository repo(t.db(), li);
    int adopted = -1;
    REQUIRE(repo.adoptHouseholdNotes(&adopted));
    CHECK(adopted == 1);
    const QList<CaseNote> notes = repo.forHousehold(h);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().text == QStringLiteral("孩子由祖母照看，父母在宁波打工"));
    CHECK(notes.first().writtenBy == QStringLiteral("王芳"));
    CHECK(notes.first().writtenOn == QDate(2026, 6, 1));
    CHECK(notes.first().writtenAt == QStringLiteral("2026-06-01 10:00"));
    // Its history says who wrote the text and when, not who adopted it.
    const QList<CaseNoteVersion> history = repo.versions(notes.first());
    REQUIRE(history.size() == 1);
    CHECK(history.first().author == QStringLiteral("王芳"));
    CHECK(history.first().when == QDateTime(QDate(2026, 6, 1), QTime(10, 0)));
    CHECK(repo.forHousehold(other).isEmpty());
    CHECK(HouseholdRepository(t.db()).load(h)->household.value(QStringLiteral("notes")).toString().isEmpty());
    CHECK(CaseNoteSearch(t.db()).find(QStringLiteral("宁波")).hits.size() == 1);

    // Again: nothing more.
    REQUIRE(repo.adoptHouseholdNotes(&adopted));
    CHECK(adopted == 0);
    CHECK(repo.forHousehold(h).size() == 1);
    // The id depends only on the household and the change: another laptop adopting it makes the same.
    CHECK(CaseNoteRepository::adoptedId(h, QStringLiteral("d1:7")) ==
          CaseNoteRepository::adoptedId(h, QStringLiteral("d1:7")));
    CHECK(CaseNoteRepository::adoptedId(h, QStringLiteral("d1:7")) !=
          CaseNoteRepository::adoptedId(h, QStringLiteral("d1:8")));
}

TEST_CASE("every start looks for old notes text through a partial index, not by reading every household",
          "[records][notes]")
{
    TempDatabase t;
    const Session wang = test::as(QStringLiteral("王芳"));
    (void)test::savedHousehold(t.db(), wang, QStringLiteral("李桂兰"));
    Query q(t.db());
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + CaseNoteRepository::notesLeftStatement()));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    INFO(plan.join(QLatin1Char(' ')).toStdString());
    CHECK(plan == QStringList{QStringLiteral("SCAN household USING INDEX household_notes_left")});
}

TEST_CASE("pairs of letters or digits, lower-cased", "[records][notes][search]")
{
    CHECK(CaseNoteIndex::pairs(QStringLiteral("低保户 OK")) == QStringLiteral("低保 保户 ok"));
    CHECK(CaseNoteIndex::pairs(QStringLiteral("a，b")) == QString());
    CHECK(CaseNoteIndex::pairs(QStringLiteral("字")) == QString());
}
