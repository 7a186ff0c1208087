// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Need rules: read from the form definition, refused when wrong, evaluated over submitted assessments.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/forms/BuiltInForms.h"
#include "core/forms/FormDefinition.h"
#include "core/forms/MemberContext.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HouseholdNeeds.h"
#include "core/records/HouseholdRepository.h"

#include <QFile>

using namespace ff;
using test::TempDatabase;

namespace {
QByteArray goldenForm()
{
    QFile f(QStringLiteral(FIELDFILE_GOLDEN_DIR "/forms/valid-needs-assessment/form.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList lines(const QList<FormDefinitionError>& errors)
{
    QStringList out;
    for (const FormDefinitionError& e : errors)
        out << QStringLiteral("%1: %2").arg(e.line).arg(e.message);
    return out;
}

QStringList categories(const QList<IdentifiedNeed>& needs)
{
    QStringList out;
    for (const IdentifiedNeed& n : needs)
        out << n.category;
    return out;
}
} // namespace

TEST_CASE("need rules are read from the definition with their category, condition and labels",
          "[forms][needs]")
{
    const auto form = FormDefinition::parse(goldenForm(), nullptr);
    REQUIRE(form);
    REQUIRE(form->sections[0].needs.size() == 2);
    const FormDefinition::NeedRule& first = form->sections[0].needs[0];
    CHECK(first.category == QStringLiteral("resource_linking"));
    CHECK(first.label.value(QStringLiteral("en")) == QStringLiteral("No guardian: link to child welfare"));
    REQUIRE(first.when);
    CHECK(first.when->references() == QStringList{QStringLiteral("guardian")});

    // The built-in needs assessment: versions 2 and 3 have need rules in every section, version 1
    // none; every version still loads, so drafts made with it open.
    CHECK(BuiltInForms::versions(QStringLiteral("needs-assessment")) == QList<int>{1, 2, 3});
    const auto v3 = BuiltInForms::needsAssessment();
    REQUIRE(v3);
    CHECK(v3->version == 3);
    const auto v2 = BuiltInForms::definition(QStringLiteral("needs-assessment"), 2);
    REQUIRE(v2);
    CHECK(v2->version == 2);
    for (const auto& form : {*v2, *v3}) {
        for (const FormDefinition::Section& s : form.sections) {
            INFO(form.version << " " << s.id.toStdString());
            CHECK_FALSE(s.needs.isEmpty());
            for (const FormDefinition::NeedRule& r : s.needs)
                CHECK(FormDefinition::serviceCategories().contains(r.category));
        }
    }
    const auto v1 = BuiltInForms::definition(QStringLiteral("needs-assessment"), 1);
    REQUIRE(v1);
    CHECK(v1->version == 1);
    CHECK(v1->sections.size() == v2->sections.size());
    CHECK(v3->sections.size() == v2->sections.size());
    QList<FormDefinitionError> errors;
    CHECK_FALSE(BuiltInForms::definition(QStringLiteral("needs-assessment"), 99, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message.contains(QStringLiteral("99")));
}

TEST_CASE("a wrong need rule is refused with its line and the reason", "[forms][needs]")
{
    QByteArray json = goldenForm();
    // The second rule (line 32) loses its condition; the first (line 30) gets a broken one.
    json.replace("\"when\": \"${wellbeing} <= 2\",", "");
    json.replace("\"when\": \"${guardian} = 'none'\"", "\"when\": \"${guardian} = \"");
    QList<FormDefinitionError> errors;
    CHECK_FALSE(FormDefinition::parse(json, &errors));
    const QStringList all = lines(errors);
    INFO(all.join(QLatin1Char('\n')).toStdString());
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].line == 30);
    CHECK(errors[0].message.contains(QStringLiteral("Need rule 1 of section “child”")));
    CHECK(errors[0].message.contains(QStringLiteral("character")));
    CHECK(errors[1].line == 32);
    CHECK(errors[1].message.contains(QStringLiteral("no \"when\"")));

    // A rule without Chinese label, and "needs" that is not a list.
    QByteArray noChinese = goldenForm();
    noChinese.replace("\"zh_CN\": \"情绪较差，需心理疏导\", ", "");
    CHECK_FALSE(FormDefinition::parse(noChinese, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 32);
    QByteArray notList = goldenForm();
    notList.replace("\"needs\": [", "\"needs\": {\"x\": [");
    notList.replace("counselling\"}}\n      ]", "counselling\"}}\n      ]}");
    CHECK_FALSE(FormDefinition::parse(notList, &errors));
    INFO(lines(errors).join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors[0].message.contains(QStringLiteral("must be a list")));
}

TEST_CASE("a submitted assessment identifies the needs whose rules hold", "[forms][needs]")
{
    const auto form = FormDefinition::parse(goldenForm(), nullptr);
    REQUIRE(form);
    Assessment a;
    a.id = QStringLiteral("A1");
    a.householdId = QStringLiteral("H1");
    a.memberId = QStringLiteral("M1");
    a.formId = form->id;
    a.formVersion = 1;
    a.status = QStringLiteral("submitted");
    a.assessedOn = QDate(2026, 5, 28);
    a.answers = {{QStringLiteral("age"), 9},
                 {QStringLiteral("guardian"), QStringLiteral("none")},
                 {QStringLiteral("wellbeing"), 4}};

    QList<IdentifiedNeed> needs = IdentifiedNeeds::of(*form, a, {});
    REQUIRE(needs.size() == 1);
    CHECK(needs[0].category == QStringLiteral("resource_linking"));
    CHECK(needs[0].assessmentId == QStringLiteral("A1"));
    CHECK(needs[0].memberId == QStringLiteral("M1"));
    CHECK(needs[0].sectionId == QStringLiteral("child"));
    CHECK(needs[0].assessedOn == QDate(2026, 5, 28));
    CHECK(needs[0].key() == QStringLiteral("A1/child/0"));
    CHECK(FormDefinition::text(needs[0].label) == QStringLiteral("No guardian: link to child welfare"));

    a.answers.insert(QStringLiteral("wellbeing"), 2);
    CHECK(categories(IdentifiedNeeds::of(*form, a, {})) ==
          QStringList{QStringLiteral("resource_linking"), QStringLiteral("psychological_counselling")});
    CHECK(IdentifiedNeeds::of(*form, a, {}).at(1).key() == QStringLiteral("A1/child/1"));
    // The section is hidden (age 30): none of its rules apply.
    a.answers.insert(QStringLiteral("age"), 30);
    CHECK(IdentifiedNeeds::of(*form, a, {}).isEmpty());
    a.answers.insert(QStringLiteral("age"), 9);
    // A draft identifies nothing yet; nor does an assessment read with another version.
    a.status = QStringLiteral("draft");
    CHECK(IdentifiedNeeds::of(*form, a, {}).isEmpty());
    a.status = QStringLiteral("submitted");
    a.formVersion = 2;
    CHECK(IdentifiedNeeds::of(*form, a, {}).isEmpty());
}

TEST_CASE("a household's needs come from its latest submitted assessments", "[forms][needs]")
{
    TempDatabase t;
    ManualClock clock(1'780'000'000'000); // 2026-05-28
    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file));
    const QString householdId = file.household.value(QStringLiteral("id")).toString();
    const QString head = file.members[0].value(QStringLiteral("id")).toString();
    const QString child = file.members[1].value(QStringLiteral("id")).toString();
    const auto form = BuiltInForms::needsAssessment();
    REQUIRE(form);
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date();
    CHECK(MemberContext::of(file.members[1], today).value(QStringLiteral("member_age")).toInt() == 10);
    CHECK(MemberContext::of(file.members[0], today).value(QStringLiteral("member_age")).toInt() == 66);
    CHECK(MemberContext::of(file.members[1], today).value(QStringLiteral("member_groups")).toStringList() ==
          QStringList{QStringLiteral("left_behind_child")});

    AssessmentRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    auto start = [&](const QString& memberId) {
        Assessment a;
        a.householdId = householdId;
        a.memberId = memberId;
        a.formId = form->id;
        a.formVersion = form->version;
        return a;
    };
    Assessment household = start({});
    household.answers = {{QStringLiteral("main_difficulties"), QStringList{QStringLiteral("medical")}},
                         {QStringLiteral("income_stable"), true},
                         {QStringLiteral("family_relations"), 4},
                         {QStringLiteral("has_support"), true},
                         {QStringLiteral("mood"), 4},
                         {QStringLiteral("policy_knowledge"), 1}};
    REQUIRE(repo.submit(household, *form, {}));
    Assessment girl = start(child);
    girl.answers = {{QStringLiteral("guardian"), QStringLiteral("grandparent")},
                    {QStringLiteral("guardian_age"), 66},
                    {QStringLiteral("parent_contact"), QStringLiteral("rarely")},
                    {QStringLiteral("schooling"), QStringLiteral("regular")},
                    {QStringLiteral("safety_concern"), false}};
    REQUIRE(repo.submit(girl, *form, MemberContext::of(file.members[1], today)));
    // A draft for the grandfather counts for nothing until it is submitted.
    Assessment grandfather = start(head);
    grandfather.answers = {{QStringLiteral("lives_alone"), true}};
    REQUIRE(repo.saveDraft(grandfather));

    QList<IdentifiedNeed> needs = HouseholdNeeds::forHousehold(t.db(), householdId);
    // Ordered by category: social integration (the girl), resource linking (medical), policy advocacy.
    REQUIRE(needs.size() == 3);
    CHECK(categories(needs) == QStringList{QStringLiteral("social_integration"),
                                           QStringLiteral("resource_linking"),
                                           QStringLiteral("policy_advocacy")});
    CHECK(needs[0].memberId == child);
    CHECK(needs[0].assessmentId == girl.id);
    CHECK(needs[1].memberId.isEmpty());
    CHECK(needs[1].assessmentId == household.id);
    CHECK(needs[1].label.value(QStringLiteral("zh_CN")) == QStringLiteral("看病就医困难，需链接医疗救助"));
    CHECK(needs[1].assessedOn == today);

    // A later reassessment of the household replaces the earlier one's needs.
    clock.advance(7LL * 24 * 3600 * 1000);
    Assessment again = start({});
    again.answers = household.answers;
    again.answers.insert(QStringLiteral("policy_knowledge"), 4);
    again.answers.insert(QStringLiteral("mood"), 2);
    again.answers.insert(QStringLiteral("counselling_wanted"), true);
    REQUIRE(repo.submit(again, *form, {}));
    needs = HouseholdNeeds::forHousehold(t.db(), householdId);
    CHECK(categories(needs) == QStringList{QStringLiteral("social_integration"),
                                           QStringLiteral("psychological_counselling"),
                                           QStringLiteral("resource_linking")});
    for (const IdentifiedNeed& n : needs)
        CHECK((n.memberId == child || n.assessmentId == again.id));

    CHECK(IdentifiedNeeds::categoryLabel(QStringLiteral("resource_linking")) ==
          QStringLiteral("Resource linking"));
}
