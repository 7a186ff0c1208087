// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scored scales in form definitions: choices with scores, total questions, their bands, and the
// built-in Barthel index of the needs assessment (version 3).
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/forms/BuiltInForms.h"
#include "core/forms/FormDefinition.h"
#include "core/forms/FormValidator.h"
#include "core/forms/IdentifiedNeeds.h"
#include "core/forms/ScoreTotals.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HouseholdRepository.h"

using namespace ff;
using test::TempDatabase;

namespace {
const QDate kToday(2026, 5, 28);

/// A small scale: two scored questions (one shown only when asked for), their total with bands.
QByteArray scaleForm(const QByteArray& totalExtra = {}, const QByteArray& itemExtra = {})
{
    return R"({
  "id": "scale", "version": 1,
  "title": {"zh_CN": "量表", "en": "Scale"},
  "sections": [
    {
      "id": "adl", "appliesTo": "member",
      "title": {"zh_CN": "日常生活", "en": "Daily living"},
      "questions": [
        {"id": "ask_stairs", "type": "yesno", "label": {"zh_CN": "问楼梯", "en": "Ask about stairs"}},
        {"id": "feeding", "type": "single", "required": true,
         "label": {"zh_CN": "进食", "en": "Feeding"},
         "choices": [
           {"code": "alone", "score": 10, "label": {"zh_CN": "自己进食", "en": "Alone"}},
           {"code": "help", "score": 5, "label": {"zh_CN": "需帮助", "en": "With help"}},
           {"code": "fed", "score": 0, "label": {"zh_CN": "依赖", "en": "Fed"}})" +
           itemExtra + R"(
         ]},
        {"id": "stairs", "type": "single", "showIf": "${ask_stairs} = true",
         "label": {"zh_CN": "上下楼梯", "en": "Stairs"},
         "choices": [
           {"code": "alone", "score": 10, "label": {"zh_CN": "独立", "en": "Alone"}},
           {"code": "no", "score": 0, "label": {"zh_CN": "不能", "en": "Cannot"}}
         ]},
        {"id": "total", "type": "total", "of": ["feeding", "stairs"],
         "label": {"zh_CN": "总分", "en": "Total"},
         "bands": [
           {"from": 0, "label": {"zh_CN": "依赖", "en": "Dependent"}},
           {"from": 15, "label": {"zh_CN": "自理", "en": "Independent"}}
         ])" +
           totalExtra + R"(},
        {"id": "care", "type": "yesno", "showIf": "${total} < 20",
         "label": {"zh_CN": "需要照料", "en": "Needs care"}}
      ],
      "needs": [
        {"category": "resource_linking", "when": "${total} <= 5",
         "label": {"zh_CN": "需要照料服务", "en": "Needs care services"}}
      ]
    }
  ]
})";
}

QStringList problems(const QByteArray& json)
{
    QList<FormDefinitionError> errors;
    CHECK_FALSE(FormDefinition::parse(json, &errors));
    QStringList out;
    for (const FormDefinitionError& e : errors)
        out << QStringLiteral("%1: %2").arg(e.line).arg(e.message);
    return out;
}

/// The line of the first occurrence of `needle` in the text.
int lineOf(const QByteArray& json, const QByteArray& needle)
{
    return int(json.left(json.indexOf(needle)).count('\n')) + 1;
}

bool anyContains(const QStringList& lines, const QString& text)
{
    for (const QString& l : lines) {
        if (l.contains(text))
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("choices carry scores and a total adds them once every question it names is answered",
          "[forms][scores]")
{
    QList<FormDefinitionError> errors;
    const auto form = FormDefinition::parse(scaleForm(), &errors);
    INFO((errors.isEmpty() ? QString() : errors.first().message).toStdString());
    REQUIRE(form);
    const FormDefinition::Section& section = form->sections[0];
    const FormDefinition::Question* total = form->question(QStringLiteral("total"));
    REQUIRE(total);
    CHECK(total->type == FormDefinition::QuestionType::Total);
    CHECK(total->totalOf == QStringList{QStringLiteral("feeding"), QStringLiteral("stairs")});
    REQUIRE(total->bands.size() == 2);
    CHECK(total->bands[0].from == 15); // highest first
    CHECK(*form->question(QStringLiteral("feeding"))->choices[1].score == 5);
    CHECK(ScoreTotals::scoreOf(*form->question(QStringLiteral("feeding")), QStringLiteral("fed")) == 0.0);
    CHECK_FALSE(ScoreTotals::scoreOf(*form->question(QStringLiteral("feeding")), QStringLiteral("x")));

    // Nothing answered, then part: no value yet, the progress so far.
    ScoreTotal t = ScoreTotals::of(section, *total, {}, {}, kToday);
    CHECK_FALSE(t.value.isValid());
    CHECK(t.items == 2);
    CHECK(t.answered == 0);
    CHECK(t.max == 20);
    QVariantMap answers = {{QStringLiteral("feeding"), QStringLiteral("help")}};
    t = ScoreTotals::of(section, *total, answers, {}, kToday);
    CHECK_FALSE(t.value.isValid());
    CHECK(t.answered == 1);
    CHECK(t.sum == 5);
    // A question the total adds that is hidden counts as unanswered, even with an answer left in it.
    answers.insert(QStringLiteral("stairs"), QStringLiteral("alone"));
    CHECK_FALSE(ScoreTotals::of(section, *total, answers, {}, kToday).value.isValid());
    answers.insert(QStringLiteral("ask_stairs"), true);
    t = ScoreTotals::of(section, *total, answers, {}, kToday);
    CHECK(t.value.toDouble() == 15);
    REQUIRE(t.band);
    CHECK(t.band->label.value(QStringLiteral("en")) == QStringLiteral("Independent"));
    answers.insert(QStringLiteral("stairs"), QStringLiteral("no"));
    CHECK(ScoreTotals::of(section, *total, answers, {}, kToday).band->label.value(QStringLiteral("en")) ==
          QStringLiteral("Dependent"));

    // withTotals sets the total, whatever value came with the answers, and removes it while unknown.
    answers.insert(QStringLiteral("total"), 99);
    CHECK(ScoreTotals::withTotals(section, answers, {}, kToday).value(QStringLiteral("total")).toDouble() ==
          5);
    QVariantMap partial = answers;
    partial.remove(QStringLiteral("feeding"));
    CHECK_FALSE(ScoreTotals::withTotals(section, partial, {}, kToday).contains(QStringLiteral("total")));

    // Rules read the total: the care question shows below 20; on submit the total is kept as
    // computed, and a total is never "required".
    CHECK(FormValidator::validate(section, answers, {}, kToday).isEmpty());
    const QVariantMap kept = FormValidator::visibleAnswers(section, answers, {}, kToday);
    CHECK(kept.value(QStringLiteral("total")).toDouble() == 5);
    CHECK(FormValidator::isShown(section, answers, {}, kToday));
    CHECK(FormValidator::validate(section, {}, {}, kToday).size() == 1); // feeding, not the total
}

TEST_CASE("a total that adds what it cannot is refused with the line and the reason", "[forms][scores]")
{
    // An item whose answer has no score: on the line of the total's "of".
    const QByteArray unscored = scaleForm({}, R"(,
           {"code": "unknown", "label": {"zh_CN": "不清楚", "en": "Unknown"}})");
    QStringList p = problems(unscored);
    CHECK(p ==
          QStringList{QStringLiteral("%1: Question “total” adds “feeding”, whose choice “unknown” has no "
                                     "\"score\".")
                          .arg(lineOf(unscored, R"("of")"))});

    QByteArray json = scaleForm();
    json.replace(R"("of": ["feeding", "stairs"])", R"("of": ["feeding", "ask_stairs", "wings"])");
    p = problems(json);
    CHECK(anyContains(p, QStringLiteral("“ask_stairs”, which is not a single-choice question")));
    CHECK(anyContains(p, QStringLiteral("“wings”, which is not a question of section “adl”")));
    json = scaleForm();
    json.replace(R"("of": ["feeding", "stairs"], )", "");
    json.replace(R"("of": ["feeding", "stairs"])", R"("of": [])");
    CHECK(anyContains(problems(json), QStringLiteral("a total needs \"of\"")));
    json = scaleForm();
    json.replace(R"("score": 5,)", R"("score": "five",)");
    p = problems(json);
    CHECK(anyContains(
        p, QStringLiteral("%1: Question “feeding”: the \"score\" of choice “help” must be a number")
               .arg(lineOf(json, "five"))));
    json = scaleForm();
    json.replace(R"({"from": 15, "label": {"zh_CN": "自理", "en": "Independent"}})",
                 R"({"from": 0, "label": {"en": "Independent"}})");
    p = problems(json);
    CHECK(anyContains(p, QStringLiteral("two bands start at 0")));
    CHECK(anyContains(p, QStringLiteral("Band 2 of question “total” needs a label in Chinese")));
}

TEST_CASE("version 3 of the needs assessment scores daily living (Barthel index) and dates",
          "[forms][scores][needs]")
{
    const auto v3 = BuiltInForms::needsAssessment();
    REQUIRE(v3);
    REQUIRE(v3->version == 3);
    const FormDefinition::Section* elderly = nullptr;
    for (const FormDefinition::Section& s : v3->sections) {
        if (s.id == QStringLiteral("elderly"))
            elderly = &s;
    }
    REQUIRE(elderly);
    const FormDefinition::Question* total = v3->question(QStringLiteral("adl_total"));
    REQUIRE(total);
    CHECK(total->totalOf.size() == 10);
    CHECK(ScoreTotals::of(*elderly, *total, {}, {}, kToday).max == 100);
    CHECK(v3->question(QStringLiteral("last_medical_check"))->type == FormDefinition::QuestionType::Date);
    CHECK(v3->question(QStringLiteral("parents_last_home"))->type == FormDefinition::QuestionType::Date);

    // Everything done without help: 100, independent; a date after today breaks the constraint.
    QVariantMap answers = {{QStringLiteral("lives_alone"), false}};
    for (const QString& item : total->totalOf)
        answers.insert(item, v3->question(item)->choices.first().code);
    answers.insert(QStringLiteral("last_medical_check"), kToday.addDays(1).toString(Qt::ISODate));
    const QVariantMap old = {{QStringLiteral("member_age"), 78}};
    const QList<AnswerIssue> issues = FormValidator::validate(*elderly, answers, old, kToday);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].question == QStringLiteral("last_medical_check"));
    CHECK(issues[0].message.contains(QStringLiteral("cannot be after today")));
    answers.insert(QStringLiteral("last_medical_check"), kToday.addMonths(-3).toString(Qt::ISODate));
    CHECK(FormValidator::validate(*elderly, answers, old, kToday).isEmpty());
    const ScoreTotal full = ScoreTotals::of(*elderly, *total, answers, old, kToday);
    CHECK(full.value.toDouble() == 100);
    CHECK(full.band->label.value(QStringLiteral("zh_CN")) == QStringLiteral("生活自理"));

    Assessment a;
    a.id = QStringLiteral("a1");
    a.memberId = QStringLiteral("m1");
    a.formId = v3->id;
    a.formVersion = 3;
    a.status = QStringLiteral("submitted");
    a.assessedOn = kToday;
    a.answers = FormValidator::visibleAnswers(*elderly, answers, old, kToday);
    CHECK(a.answers.value(QStringLiteral("adl_total")).toDouble() == 100);
    CHECK_FALSE(a.answers.contains(QStringLiteral("needs_home_care"))); // asked only below 100
    CHECK(IdentifiedNeeds::of(*v3, a, old).isEmpty());

    // Dependent in most activities: 40, severely dependent, a care need. The need comes from the
    // answers even when the stored total is stale (two offline edits of different items).
    a.answers.insert(QStringLiteral("adl_transfer"), QStringLiteral("much_help")); // 15 → 5
    a.answers.insert(QStringLiteral("adl_walking"), QStringLiteral("dependent"));  // 15 → 0
    a.answers.insert(QStringLiteral("adl_stairs"), QStringLiteral("dependent"));   // 10 → 0
    a.answers.insert(QStringLiteral("adl_bathing"), QStringLiteral("dependent"));  // 5 → 0
    a.answers.insert(QStringLiteral("adl_dressing"), QStringLiteral("dependent")); // 10 → 0
    a.answers.insert(QStringLiteral("adl_toilet"), QStringLiteral("some_help"));   // 10 → 5
    a.answers.insert(QStringLiteral("adl_grooming"), QStringLiteral("dependent")); // 5 → 0
    CHECK(ScoreTotals::of(*elderly, *total, a.answers, old, kToday).value.toDouble() == 40);
    QList<IdentifiedNeed> needs = IdentifiedNeeds::of(*v3, a, old);
    REQUIRE(needs.size() == 1);
    CHECK(needs[0].category == QStringLiteral("resource_linking"));
    CHECK(needs[0].label.value(QStringLiteral("en")) ==
          QStringLiteral("Dependent in daily living (Barthel index 60 or less): link to care services"));
    CHECK(needs[0].sectionId == QStringLiteral("elderly"));

    // A health check more than a year before the assessment is a need too.
    a.answers.insert(QStringLiteral("last_medical_check"), kToday.addDays(-400).toString(Qt::ISODate));
    needs = IdentifiedNeeds::of(*v3, a, old);
    CHECK(needs.size() == 2);
}

TEST_CASE("a submission stores the total its answers add up to, not a total given with them",
          "[forms][scores][assessment]")
{
    TempDatabase t;
    ManualClock clock(1'780'000'000'000); // 2026-05-28
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"), clock)).save(file));
    const auto v3 = BuiltInForms::needsAssessment();
    REQUIRE(v3);
    Assessment a;
    a.householdId = file.household.value(QStringLiteral("id")).toString();
    a.memberId = file.members[0].value(QStringLiteral("id")).toString(); // 66
    a.formId = v3->id;
    a.formVersion = v3->version;
    a.answers = {{QStringLiteral("lives_alone"), true}, {QStringLiteral("adl_total"), 100}};
    for (const QString& item : v3->question(QStringLiteral("adl_total"))->totalOf)
        a.answers.insert(item, v3->question(item)->choices.last().code); // dependent in everything
    const QVariantMap context = {{QStringLiteral("member_age"), 66}};
    AssessmentRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    REQUIRE(repo.submit(a, *v3, context));
    const auto stored = repo.load(a.id);
    CHECK(stored->answers.value(QStringLiteral("adl_total")).toDouble() == 0);
    // A draft missing an item keeps no total.
    Assessment draft = a;
    draft.id.clear();
    draft.status = QStringLiteral("draft");
    draft.answers.remove(QStringLiteral("adl_feeding"));
    QList<AnswerIssue> issues;
    CHECK_FALSE(repo.submit(draft, *v3, context, &issues).isOk());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].question == QStringLiteral("adl_feeding"));
}
