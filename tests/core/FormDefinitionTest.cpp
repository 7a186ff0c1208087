// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Form definitions: golden files in tests/golden/forms, one folder per case with a README.
#include "tests/support/QtStringMaker.h"

#include "core/forms/BuiltInForms.h"
#include "core/forms/FormDefinition.h"
#include "core/forms/FormValidator.h"
#include "core/forms/JsonLocator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ff;

namespace {
QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("golden form definitions load, or are refused with the line and the reason", "[forms][golden]")
{
    const QDir root(QStringLiteral(FIELDFILE_GOLDEN_DIR "/forms"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 8);
    for (const QString& name : cases) {
        INFO("case " << name.toStdString());
        const QDir dir(root.filePath(name));
        REQUIRE(QFile::exists(dir.filePath(QStringLiteral("README.md"))));
        const QJsonObject expected =
            QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("expected.json")))).object();
        QList<FormDefinitionError> errors;
        const auto form = FormDefinition::parse(readFile(dir.filePath(QStringLiteral("form.json"))), &errors);
        if (expected.value(QStringLiteral("outcome")).toString() == QStringLiteral("ok")) {
            INFO((errors.isEmpty() ? QString() : errors.first().message).toStdString());
            REQUIRE(form);
            CHECK(errors.isEmpty());
            continue;
        }
        CHECK_FALSE(form);
        REQUIRE_FALSE(errors.isEmpty());
        const int line = expected.value(QStringLiteral("line")).toInt();
        const QString word = expected.value(QStringLiteral("contains")).toString();
        bool found = false;
        QStringList all;
        for (const FormDefinitionError& e : errors) {
            all << QStringLiteral("%1: %2").arg(e.line).arg(e.message);
            found = found || (e.line == line && e.message.contains(word));
        }
        INFO(all.join(QLatin1Char('\n')).toStdString());
        CHECK(found);
    }
}

TEST_CASE("the line of any element of a definition is found by its path", "[forms]")
{
    const QByteArray json = "{\n"
                            "  \"id\": \"f\", \"n\": -1.5e3,\n"
                            "  \"a\\\"b\": [\n"
                            "    {\"x\": [1, [2,\n"
                            "      3]], \"s\": \"}, ]\"},\n"
                            "    true, null,\n"
                            "    \"last\"\n"
                            "  ],\n"
                            "  \"k\": {}\n"
                            "}\n";
    REQUIRE_FALSE(QJsonDocument::fromJson(json).isNull());
    const JsonLocator lines(json);
    CHECK(lines.line({}) == 1);
    CHECK(lines.line(QStringLiteral("id")) == 2);
    CHECK(lines.line(QStringLiteral("n")) == 2);
    CHECK(lines.line(QStringLiteral("a\"b")) == 3);
    CHECK(lines.line(QStringLiteral("a\"b/0")) == 4);
    CHECK(lines.line(QStringLiteral("a\"b/0/x/1/1")) == 5);
    CHECK(lines.line(QStringLiteral("a\"b/0/s")) == 5);
    CHECK(lines.line(QStringLiteral("a\"b/1")) == 6);
    CHECK(lines.line(QStringLiteral("a\"b/2")) == 6);
    CHECK(lines.line(QStringLiteral("a\"b/3")) == 7);
    CHECK(lines.line(QStringLiteral("k")) == 9);
    // Missing: the nearest element that is there.
    CHECK(lines.line(QStringLiteral("a\"b/0/missing/deeper")) == 4);
    CHECK(lines.line(QStringLiteral("nothing")) == 1);
    CHECK(lines.lineOfOffset(json.indexOf("true")) == 6);
}

TEST_CASE("a loaded form keeps its questions, rules and labels", "[forms]")
{
    const auto form = FormDefinition::parse(
        readFile(QStringLiteral(FIELDFILE_GOLDEN_DIR "/forms/valid-needs-assessment/form.json")), nullptr);
    REQUIRE(form);
    CHECK(form->id == QStringLiteral("needs-assessment"));
    CHECK(form->version == 1);
    REQUIRE(form->sections.size() == 1);
    CHECK(form->sections[0].appliesTo == QStringLiteral("member"));
    REQUIRE(form->sections[0].showIf);
    const FormDefinition::Question* guardian = form->question(QStringLiteral("guardian"));
    REQUIRE(guardian);
    CHECK(guardian->type == FormDefinition::QuestionType::SingleChoice);
    CHECK(guardian->choices.size() == 3);
    CHECK(guardian->label.value(QStringLiteral("zh_CN")) == QStringLiteral("实际监护人"));
    const FormDefinition::Question* note = form->question(QStringLiteral("guardian_note"));
    REQUIRE(note);
    REQUIRE(note->showIf);
    auto answers = [](const QString& name) {
        return name == QStringLiteral("guardian") ? QVariant(QStringLiteral("none")) : QVariant();
    };
    CHECK(note->showIf->isTrue(answers));
    const FormDefinition::Question* age = form->question(QStringLiteral("age"));
    REQUIRE(age->constraint);
    CHECK(age->constraint->isTrue({}, 12));
    CHECK_FALSE(age->constraint->isTrue({}, 19));
    CHECK(form->question(QStringLiteral("wellbeing"))->scaleMax == 5);
}

TEST_CASE("the built-in needs assessment loads and covers the five service areas and the special groups",
          "[forms]")
{
    QList<FormDefinitionError> errors;
    const auto form = BuiltInForms::needsAssessment(&errors);
    INFO((errors.isEmpty() ? QString()
                           : QStringLiteral("%1: %2").arg(errors.first().line).arg(errors.first().message))
             .toStdString());
    REQUIRE(form);
    QStringList ids;
    for (const FormDefinition::Section& s : form->sections)
        ids << s.id;
    for (const char* area :
         {"social_integration", "capacity_building", "psychological_counselling", "resource_linking",
          "policy_advocacy", "left_behind_child", "elderly", "disability", "employment_ability"})
        CHECK(ids.contains(QString::fromLatin1(area)));
    // Member sections appear for the right people.
    const FormDefinition::Section* child = nullptr;
    for (const FormDefinition::Section& s : form->sections)
        if (s.id == QStringLiteral("left_behind_child"))
            child = &s;
    REQUIRE(child);
    CHECK(child->appliesTo == QStringLiteral("member"));
    auto member = [](int age) {
        return [age](const QString& name) {
            return name == QStringLiteral("member_age") ? QVariant(age) : QVariant();
        };
    };
    CHECK(child->showIf->isTrue(member(9)));
    CHECK_FALSE(child->showIf->isTrue(member(40)));
    // A safety concern asks for a note.
    const FormDefinition::Question* note = form->question(QStringLiteral("safety_note"));
    REQUIRE(note);
    CHECK(note->required);
    CHECK(note->showIf->isTrue([](const QString& name) {
        return name == QStringLiteral("safety_concern") ? QVariant(true) : QVariant();
    }));
}

TEST_CASE("answers are checked against the form: required, types, choices, constraints, show-if", "[forms]")
{
    const auto form = BuiltInForms::needsAssessment();
    REQUIRE(form);
    const FormDefinition::Section* child = nullptr;
    const FormDefinition::Section* situation = nullptr;
    for (const FormDefinition::Section& s : form->sections) {
        if (s.id == QStringLiteral("left_behind_child"))
            child = &s;
        if (s.id == QStringLiteral("household_situation"))
            situation = &s;
    }
    REQUIRE(child);
    REQUIRE(situation);
    const QVariantMap nine = {{QStringLiteral("member_age"), 9}};
    auto ids = [](const QList<AnswerIssue>& issues) {
        QStringList out;
        for (const AnswerIssue& i : issues)
            out << i.question;
        return out;
    };

    // Nothing answered: the required, shown questions are named.
    QStringList missing = ids(FormValidator::validate(*child, {}, nine));
    CHECK(missing.contains(QStringLiteral("guardian")));
    CHECK(missing.contains(QStringLiteral("safety_concern")));
    CHECK_FALSE(missing.contains(QStringLiteral("safety_note"))); // hidden until a concern is marked

    QVariantMap answers = {{QStringLiteral("guardian"), QStringLiteral("grandparent")},
                           {QStringLiteral("guardian_age"), 12},
                           {QStringLiteral("safety_concern"), true},
                           {QStringLiteral("schooling"), QStringLiteral("often")}};
    const QList<AnswerIssue> issues = FormValidator::validate(*child, answers, nine);
    CHECK(ids(issues) == QStringList{QStringLiteral("guardian_age"), QStringLiteral("schooling"),
                                     QStringLiteral("safety_note")});
    CHECK(issues.first().message.contains(QStringLiteral("16")));

    answers.insert(QStringLiteral("guardian_age"), 67);
    answers.insert(QStringLiteral("schooling"), QStringLiteral("regular"));
    answers.insert(QStringLiteral("safety_note"), QStringLiteral("邻居反映夜间无人照看"));
    CHECK(FormValidator::validate(*child, answers, nine).isEmpty());

    // An adult never sees the section; its answers are not kept.
    const QVariantMap forty = {{QStringLiteral("member_age"), 40}};
    CHECK(FormValidator::validate(*child, {}, forty).isEmpty());
    CHECK(FormValidator::visibleAnswers(*child, answers, forty).isEmpty());
    // Hiding a question drops its answer.
    answers.insert(QStringLiteral("safety_concern"), false);
    CHECK_FALSE(FormValidator::visibleAnswers(*child, answers, nine).contains(QStringLiteral("safety_note")));

    // Multiple choice and yes/no types.
    QVariantMap household = {{QStringLiteral("main_difficulties"),
                              QStringList{QStringLiteral("medical"), QStringLiteral("spaceship")}},
                             {QStringLiteral("income_stable"), QStringLiteral("maybe")}};
    CHECK(ids(FormValidator::validate(*situation, household, {})) ==
          QStringList{QStringLiteral("main_difficulties"), QStringLiteral("income_stable")});
}
