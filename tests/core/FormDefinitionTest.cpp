// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Form definitions: golden files in tests/golden/forms, one folder per case with a README.
#include "QtStringMaker.h"

#include "forms/BuiltInForms.h"
#include "forms/FormDefinition.h"

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
