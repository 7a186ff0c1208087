// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtStringMaker.h"
#include "TempDatabase.h"

#include "forms/FormDefinition.h"
#include "journal/JournalReader.h"
#include "journal/JournalReplayer.h"
#include "storage/AssessmentRepository.h"
#include "storage/HouseholdRepository.h"

#include <QDateTime>
#include <QFile>

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
    HouseholdRepository households(t.db(), clock);
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file, QStringLiteral("王芳")));
    const QString child = file.members[1].value(QStringLiteral("id")).toString();

    const auto v1 = FormDefinition::parse(goldenForm(), nullptr);
    QList<FormDefinitionError> errors;
    const auto v2 = FormDefinition::parse(goldenFormV2(), &errors);
    REQUIRE(v1);
    INFO((errors.isEmpty() ? QString() : errors.first().message).toStdString());
    REQUIRE(v2);
    CHECK(v2->version == 2);

    AssessmentRepository repo(t.db(), clock);
    Assessment draft;
    draft.householdId = file.household.value(QStringLiteral("id")).toString();
    draft.memberId = child;
    draft.formId = v1->id;
    draft.formVersion = v1->version;
    draft.answers = {{QStringLiteral("age"), 11}, {QStringLiteral("guardian"), QStringLiteral("none")}};
    REQUIRE(repo.saveDraft(draft, QStringLiteral("王芳")));
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
    CHECK_FALSE(repo.submit(*reopened, *v2, context, QStringLiteral("王芳")).isOk());

    // With version 1, the version it was made with, it submits.
    REQUIRE(repo.submit(*reopened, *v1, context, QStringLiteral("王芳")));
    const auto done = repo.load(draft.id);
    CHECK(done->status == QStringLiteral("submitted"));
    CHECK(done->formVersion == 1);
    CHECK(done->assessedOn == QDateTime::fromMSecsSinceEpoch(1'780'000'000'000).date());
}

TEST_CASE("assessments and answers are journaled, merge per answer and replay", "[assessment]")
{
    TempDatabase t;
    ManualClock clock(1'780'000'000'000);
    HouseholdRepository households(t.db(), clock);
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file, QStringLiteral("王芳")));
    const auto v1 = FormDefinition::parse(goldenForm(), nullptr);
    REQUIRE(v1);

    AssessmentRepository repo(t.db(), clock);
    Assessment a;
    a.householdId = file.household.value(QStringLiteral("id")).toString();
    a.memberId = file.members[1].value(QStringLiteral("id")).toString();
    a.formId = v1->id;
    a.formVersion = 1;
    a.answers = {{QStringLiteral("age"), 9}, {QStringLiteral("wellbeing"), 7}};
    REQUIRE(repo.saveDraft(a, QStringLiteral("王芳")));

    // Submitting with a wrong answer and a missing required one: refused, nothing written.
    const QString journalBefore = TempDatabase::dumpJournal(t.db());
    QList<AnswerIssue> issues;
    const Status s =
        repo.submit(a, *v1, {{QStringLiteral("member_age"), 9}}, QStringLiteral("王芳"), &issues);
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
    REQUIRE(repo.saveDraft(a, QStringLiteral("王芳")));
    REQUIRE(repo.submit(a, *v1, {{QStringLiteral("member_age"), 9}}, QStringLiteral("王芳")));
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
    for (const Change& c : JournalReader(t.db().sql()).since(0))
        answerChanges += c.entity == QStringLiteral("answer") ? 1 : 0;
    CHECK(answerChanges == 2 /*first draft*/ + 3 /*second draft*/ + 1 /*tombstone on submit*/);

    const QString live = TempDatabase::dumpTables(t.db());
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(TempDatabase::dumpTables(t.db()) == live);
}
