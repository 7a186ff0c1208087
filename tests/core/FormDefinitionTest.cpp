// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Form definitions: golden files in tests/golden/forms, one folder per case with a README.
#include "QtStringMaker.h"

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
