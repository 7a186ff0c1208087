// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/forms/BuiltInForms.h"
#include "core/forms/FormDefinition.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalReplayer.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HouseholdRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ff;
using test::TempDatabase;

namespace {
QByteArray goldenForm()
{
    QFile f(QStringLiteral(FIELDFILE_GOLDEN_DIR "/forms/valid-needs-assessment/form.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Version 2 of the golden form: the county added a required question.
QByteArray goldenFormV2()
{
    QByteArray json = goldenForm();
    json.replace("\"version\": 1", "\"version\": 2");
    json.replace("\"questions\": [",
                 "\"questions\": [\n        {\"id\": \"school_name\", \"type\": \"text\", \"required\": true,"
                 " \"label\": {\"zh_CN\": \"学校\", \"en\": \"School\"}},");
    return json;
}
} // namespace

TEST_CASE("a draft made on version 1 opens and submits after version 2 is installed", "[assessment][forms]")
{
    TempDatabase t;
    ManualClock clock(1'780'000'000'000);
    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file));
    const QString child = file.members[1].value(QStringLiteral("id")).toString();

    const auto v1 = FormDefinition::parse(goldenForm(), nullptr);
    QList<FormDefinitionError> errors;
    const auto v2 = FormDefinition::parse(goldenFormV2(), &errors);
    REQUIRE(v1);
    INFO((errors.isEmpty() ? QString() : errors.first().message).toStdString());
    REQUIRE(v2);
    CHECK(v2->version == 2);

    AssessmentRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    Assessment draft;
    draft.householdId = file.household.value(QStringLiteral("id")).toString();
    draft.memberId = child;
    draft.formId = v1->id;
    draft.formVersion = v1->version;
    draft.answers = {{QStringLiteral("age"), 11}, {QStringLiteral("guardian"), QStringLiteral("none")}};
    REQUIRE(repo.saveDraft(draft));
    REQUIRE_FALSE(draft.id.isEmpty());

    // Later: version 2 is installed. The draft still says version 1 and opens with its answers.
    auto reopened = repo.load(draft.id);
    REQUIRE(reopened);
    CHECK(reopened->formVersion == 1);
    CHECK(reopened->status == QStringLiteral("draft"));
    CHECK(reopened->answers.value(QStringLiteral("age")).toInt() == 11);
    CHECK(reopened->answers.value(QStringLiteral("guardian")).toString() == QStringLiteral("none"));

    const QVariantMap context = {{QStringLiteral("member_age"), 11}};
    // Checking it against version 2 is refused: answers keep the version they were made with.
    CHECK_FALSE(repo.submit(*reopened, *v2, context).isOk());

    // With version 1, the version it was made with, it submits.
    REQUIRE(repo.submit(*reopened, *v1, context));
    const auto done = repo.load(draft.id);
    CHECK(done->status == QStringLiteral("submitted"));
    CHECK(done->formVersion == 1);
    CHECK(done->assessedOn == QDateTime::fromMSecsSinceEpoch(1'780'000'000'000).date());
}

TEST_CASE("assessments and answers are journaled, merge per answer and replay", "[assessment]")
{
    TempDatabase t;
    ManualClock clock(1'780'000'000'000);
    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file));
    const auto v1 = FormDefinition::parse(goldenForm(), nullptr);
    REQUIRE(v1);

    AssessmentRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    Assessment a;
    a.householdId = file.household.value(QStringLiteral("id")).toString();
    a.memberId = file.members[1].value(QStringLiteral("id")).toString();
    a.formId = v1->id;
    a.formVersion = 1;
    a.answers = {{QStringLiteral("age"), 9}, {QStringLiteral("wellbeing"), 7}};
    REQUIRE(repo.saveDraft(a));

    // Submitting with a wrong answer and a missing required one: refused, nothing written.
    const QString journalBefore = TempDatabase::dumpJournal(t.db());
    QList<AnswerIssue> issues;
    const Status s = repo.submit(a, *v1, {{QStringLiteral("member_age"), 9}}, &issues);
    CHECK_FALSE(s.isOk());
    QStringList which;
    for (const AnswerIssue& i : issues)
        which << i.question;
    CHECK(which == QStringList{QStringLiteral("guardian"), QStringLiteral("wellbeing")});
    CHECK(TempDatabase::dumpJournal(t.db()) == journalBefore);
    CHECK(repo.load(a.id)->status == QStringLiteral("draft"));

    // Corrected: submitted, the answer to a hidden question is dropped and leaves a tombstone.
    a.answers.insert(QStringLiteral("wellbeing"), 4);
    a.answers.insert(QStringLiteral("guardian"), QStringLiteral("grandparent"));
    a.answers.insert(QStringLiteral("guardian_note"), QStringLiteral("只在无人监护时填写"));
    REQUIRE(repo.saveDraft(a));
    REQUIRE(repo.submit(a, *v1, {{QStringLiteral("member_age"), 9}}));
    const auto submitted = repo.load(a.id);
    CHECK(submitted->status == QStringLiteral("submitted"));
    CHECK_FALSE(submitted->answers.contains(QStringLiteral("guardian_note")));
    CHECK(submitted->answers.value(QStringLiteral("wellbeing")).toInt() == 4);
    CHECK(repo.forHousehold(a.householdId).size() == 1);
    CHECK(repo.forHousehold(a.householdId).constFirst().answers == submitted->answers);
    // Lists read the assessments without their answers; everything else is the same.
    const QList<Assessment> listed =
        repo.forHousehold(a.householdId, AssessmentRepository::Content::WithoutAnswers);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].answers.isEmpty());
    Assessment withoutAnswers = *submitted;
    withoutAnswers.answers.clear();
    CHECK(listed[0] == withoutAnswers);
    CHECK(*repo.load(a.id, AssessmentRepository::Content::WithoutAnswers) == withoutAnswers);

    // Each answer is its own record: one change per answer changed.
    int answerChanges = 0;
    for (const Change& c : JournalReader(t.db()).since(0))
        answerChanges += c.entity == QStringLiteral("answer") ? 1 : 0;
    CHECK(answerChanges == 2 /*first draft*/ + 3 /*second draft*/ + 1 /*tombstone on submit*/);

    const QString live = TempDatabase::dumpTables(t.db());
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(TempDatabase::dumpTables(t.db()) == live);
}

TEST_CASE("a submitted assessment is never turned back into a draft nor its answers changed", "[assessment]")
{
    TempDatabase t;
    ManualClock clock(1'780'000'000'000);
    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file));
    const auto v1 = FormDefinition::parse(goldenForm(), nullptr);
    REQUIRE(v1);

    AssessmentRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    Assessment a;
    a.householdId = file.household.value(QStringLiteral("id")).toString();
    a.memberId = file.members[1].value(QStringLiteral("id")).toString();
    a.formId = v1->id;
    a.formVersion = 1;
    a.answers = {{QStringLiteral("age"), 9},
                 {QStringLiteral("guardian"), QStringLiteral("grandparent")},
                 {QStringLiteral("wellbeing"), 4}};
    const QVariantMap context = {{QStringLiteral("member_age"), 9}};
    REQUIRE(repo.submit(a, *v1, context));
    const Assessment submitted = *repo.load(a.id);
    const QString journalBefore = TempDatabase::dumpJournal(t.db());

    // Back to a draft, with or without other answers: refused, nothing written.
    Assessment reopened = submitted;
    const Status asDraft = repo.saveDraft(reopened);
    REQUIRE_FALSE(asDraft.isOk());
    CHECK(asDraft.error().message.contains(QStringLiteral("can no longer be changed")));
    CHECK(asDraft.error().message.contains(QStringLiteral("new assessment")));
    Assessment edited = submitted;
    edited.answers.insert(QStringLiteral("wellbeing"), 1);
    edited.answers.remove(QStringLiteral("guardian"));
    AssessmentRepository other(t.db(), test::as(QStringLiteral("李娜"), clock));
    CHECK_FALSE(other.saveDraft(edited).isOk());
    // Submitting it again with changed answers: refused too.
    edited.answers.insert(QStringLiteral("guardian"), QStringLiteral("relative"));
    const Status again = other.submit(edited, *v1, context);
    REQUIRE_FALSE(again.isOk());
    CHECK(again.error().message.contains(QStringLiteral("can no longer be changed")));

    CHECK(TempDatabase::dumpJournal(t.db()) == journalBefore);
    CHECK(*repo.load(a.id) == submitted);
    CHECK(repo.load(a.id)->status == QStringLiteral("submitted"));

    // A draft is still saved as often as needed, and a reassessment is a new record.
    Assessment next;
    next.householdId = a.householdId;
    next.memberId = a.memberId;
    next.formId = v1->id;
    next.formVersion = 1;
    next.answers = {{QStringLiteral("age"), 9}};
    REQUIRE(repo.saveDraft(next));
    next.answers.insert(QStringLiteral("wellbeing"), 2);
    REQUIRE(repo.saveDraft(next));
    CHECK(next.id != a.id);
}

TEST_CASE("a member question's answer must name a member of the assessed household", "[assessment][forms]")
{
    TempDatabase t;
    ManualClock clock(1'780'000'000'000);
    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile ours = test::sampleHousehold();
    HouseholdFile theirs = test::sampleHousehold(QStringLiteral("李强"));
    theirs.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-000002"));
    REQUIRE(households.save(ours));
    REQUIRE(households.save(theirs));
    const QString ourHead = ours.members[0].value(QStringLiteral("id")).toString();
    const QString theirHead = theirs.members[0].value(QStringLiteral("id")).toString();

    // Version 2 of the built-in needs assessment asks which member would take training.
    const auto v2 = BuiltInForms::definition(QStringLiteral("needs-assessment"), 2);
    REQUIRE(v2);
    REQUIRE(v2->question(QStringLiteral("training_member")));
    REQUIRE(v2->question(QStringLiteral("training_member"))->type == FormDefinition::QuestionType::Member);
    Assessment a;
    a.householdId = ours.household.value(QStringLiteral("id")).toString();
    a.formId = v2->id;
    a.formVersion = 2;
    a.answers = {{QStringLiteral("main_difficulties"), QStringList{QStringLiteral("employment")}},
                 {QStringLiteral("income_stable"), true},
                 {QStringLiteral("family_relations"), 4},
                 {QStringLiteral("has_support"), true},
                 {QStringLiteral("mood"), 4},
                 {QStringLiteral("training_interest"), true},
                 {QStringLiteral("training_member"), theirHead}};
    AssessmentRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    const QString journalBefore = TempDatabase::dumpJournal(t.db());
    QList<AnswerIssue> issues;
    const Status refused = repo.submit(a, *v2, {}, &issues);
    REQUIRE_FALSE(refused.isOk());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].question == QStringLiteral("training_member"));
    CHECK(issues[0].message.contains(QStringLiteral("choose a member of this household")));
    CHECK(refused.error().message.contains(QStringLiteral("choose a member of this household")));
    CHECK(TempDatabase::dumpJournal(t.db()) == journalBefore);
    CHECK(a.id.isEmpty());

    // Something that is no member's id at all: refused the same way.
    a.answers.insert(QStringLiteral("training_member"), QStringLiteral("not-a-member"));
    CHECK_FALSE(repo.submit(a, *v2, {}).isOk());
    CHECK(TempDatabase::dumpJournal(t.db()) == journalBefore);

    // The validator alone checks it when told the household's members, and not when it is not.
    const FormDefinition::Section* section = nullptr;
    for (const FormDefinition::Section& s : v2->sections) {
        if (s.id == QStringLiteral("capacity_building"))
            section = &s;
    }
    REQUIRE(section);
    CHECK(FormValidator::validate(*section, a.answers, {}, QDate(2026, 5, 28), QStringList{ourHead}).size() ==
          1);
    CHECK(FormValidator::validate(*section, a.answers, {}, QDate(2026, 5, 28)).isEmpty());

    // One of the household's own members: submitted.
    a.answers.insert(QStringLiteral("training_member"), ourHead);
    REQUIRE(repo.submit(a, *v2, {}));
    CHECK(repo.load(a.id)->answers.value(QStringLiteral("training_member")).toString() == ourHead);
}

TEST_CASE("drafts made on versions 1 and 2 of the built-in needs assessment open and submit with their "
          "own version once version 3 is the newest",
          "[assessment][forms]")
{
    TempDatabase t;
    ManualClock clock(1'780'000'000'000); // 2026-05-28
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"), clock)).save(file));
    const QString head = file.members[0].value(QStringLiteral("id")).toString(); // 66: the elderly section
    const QVariantMap context = {{QStringLiteral("member_age"), 66}};
    const auto newest = BuiltInForms::needsAssessment();
    REQUIRE(newest);
    REQUIRE(newest->version == 3);

    AssessmentRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    QStringList ids;
    for (int version : {1, 2}) {
        Assessment draft;
        draft.householdId = file.household.value(QStringLiteral("id")).toString();
        draft.memberId = head;
        draft.formId = QStringLiteral("needs-assessment");
        draft.formVersion = version;
        draft.answers = {{QStringLiteral("lives_alone"), true},
                         {QStringLiteral("self_care"), QStringLiteral("partial")}};
        REQUIRE(repo.saveDraft(draft));
        ids << draft.id;
    }
    for (int version : {1, 2}) {
        INFO("version " << version);
        auto reopened = repo.load(ids[version - 1]);
        REQUIRE(reopened);
        CHECK(reopened->formVersion == version);
        CHECK(reopened->answers.value(QStringLiteral("self_care")).toString() == QStringLiteral("partial"));
        // The newest version does not check it; its own does, and it still has self_care.
        const Status refused = repo.submit(*reopened, *newest, context);
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.error().message.contains(QStringLiteral("version %1").arg(version)));
        const auto own = BuiltInForms::definition(QStringLiteral("needs-assessment"), version);
        REQUIRE(own);
        REQUIRE(own->question(QStringLiteral("self_care")));
        CHECK_FALSE(own->question(QStringLiteral("adl_total")));
        REQUIRE(repo.submit(*reopened, *own, context));
        CHECK(repo.load(reopened->id)->status == QStringLiteral("submitted"));
        CHECK(repo.load(reopened->id)->formVersion == version);
    }
}

TEST_CASE("a form version the county publishes beside the database becomes the newest, a broken one is "
          "refused with its line and the last good one stays",
          "[assessment][forms]")
{
    QTemporaryDir folder;
    BuiltInForms::setPublishedFolder(folder.path());
    // Version 4: version 3 with one more question, as a county would publish it.
    QFile v3(QStringLiteral(":/forms/needs-assessment.v3.json"));
    REQUIRE(v3.open(QIODevice::ReadOnly));
    QByteArray text = v3.readAll();
    REQUIRE(text.contains("\"version\": 3"));
    text.replace("\"version\": 3", "\"version\": 4");
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(QDir(folder.path()).filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("needs-assessment.v4.json"), text);
    CHECK(BuiltInForms::versions(QStringLiteral("needs-assessment")) == (QList<int>{1, 2, 3, 4}));
    auto newest = BuiltInForms::needsAssessment();
    REQUIRE(newest);
    CHECK(newest->version == 4);
    CHECK(BuiltInForms::refused().isEmpty());

    // A broken version 5 (a show-if rule that does not parse, on line 12 or later): refused with its
    // line and reason; version 4 stays the newest.
    QByteArray broken = text;
    broken.replace("\"version\": 4", "\"version\": 5");
    const qsizetype rule = broken.indexOf("\"showIf\": \"");
    REQUIRE(rule > 0);
    broken.insert(rule + 11, "((( ");
    write(QStringLiteral("needs-assessment.v5.json"), broken);
    // A file named for version 6 that holds version 4, and a copy of a built-in version.
    write(QStringLiteral("needs-assessment.v6.json"), text);
    write(QStringLiteral("needs-assessment.v2.json"), text);
    CHECK(BuiltInForms::versions(QStringLiteral("needs-assessment")) == (QList<int>{1, 2, 3, 4}));
    newest = BuiltInForms::needsAssessment();
    REQUIRE(newest);
    CHECK(newest->version == 4);
    const QList<BuiltInForms::Refused> refused = BuiltInForms::refused();
    REQUIRE(refused.size() == 3);
    QStringList why;
    for (const BuiltInForms::Refused& r : refused) {
        REQUIRE_FALSE(r.errors.isEmpty());
        why << QFileInfo(r.file).fileName() + QLatin1Char(':') + QString::number(r.errors.first().line) +
                   QLatin1Char(' ') + r.errors.first().message;
    }
    INFO(why.join(QLatin1Char('\n')).toStdString());
    const QString all = why.join(QLatin1Char('\n'));
    CHECK(all.contains(
        QStringLiteral("needs-assessment.v2.json:0 Version 2 of “needs-assessment” is built into")));
    CHECK(all.contains(QStringLiteral("needs-assessment.v6.json:0 The file is named for version 6")));
    const qsizetype line = broken.left(rule).count('\n') + 1;
    CHECK(all.contains(QStringLiteral("needs-assessment.v5.json:%1 ").arg(line)));

    // An assessment made on the published version 4 still opens with it.
    const auto four = BuiltInForms::definition(QStringLiteral("needs-assessment"), 4);
    REQUIRE(four);
    CHECK(four->version == 4);
    BuiltInForms::setPublishedFolder({});
    CHECK(BuiltInForms::needsAssessment()->version == 3);
}
