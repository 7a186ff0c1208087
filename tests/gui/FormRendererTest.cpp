// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The form renderer on a definition it has never seen: every question type gets its widget, member
// sections repeat per member for whom they apply, and answers come back with their types.
#include "tests/support/QtStringMaker.h"

#include "ui/forms/FormRenderer.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/WheelGuard.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace ff;

namespace {
const char* const kForm = R"({
  "id": "every-type", "version": 3,
  "title": {"zh_CN": "测试表", "en": "Test form"},
  "sections": [
    {"id": "home", "appliesTo": "household", "title": {"zh_CN": "家庭", "en": "Home"},
     "questions": [
       {"id": "note", "type": "text", "label": {"zh_CN": "说明", "en": "Note"}},
       {"id": "rooms", "type": "number", "required": true, "label": {"zh_CN": "房间数", "en": "Rooms"},
        "constraint": ". >= 1", "constraintMessage": {"zh_CN": "至少1间", "en": "At least one"}},
       {"id": "moved_in", "type": "date", "label": {"zh_CN": "入住日期", "en": "Moved in"}},
       {"id": "roof", "type": "single", "label": {"zh_CN": "屋顶", "en": "Roof"},
        "choices": [{"code": "tile", "label": {"zh_CN": "瓦", "en": "Tile"}},
                    {"code": "metal", "label": {"zh_CN": "铁皮", "en": "Metal"}}]},
       {"id": "fuel", "type": "multiple", "label": {"zh_CN": "燃料", "en": "Fuel"},
        "choices": [{"code": "wood", "label": {"zh_CN": "柴", "en": "Wood"}},
                    {"code": "gas", "label": {"zh_CN": "燃气", "en": "Gas"}},
                    {"code": "coal", "label": {"zh_CN": "煤", "en": "Coal"}}]},
       {"id": "water", "type": "yesno", "label": {"zh_CN": "有自来水", "en": "Running water"}},
       {"id": "carer", "type": "member", "label": {"zh_CN": "主要照料人", "en": "Main carer"},
        "showIf": "${water} = false"},
       {"id": "comfort", "type": "scale", "min": 0, "max": 3, "label": {"zh_CN": "舒适", "en": "Comfort"}}
     ]},
    {"id": "child", "appliesTo": "member", "title": {"zh_CN": "儿童", "en": "Child"},
     "showIf": "${member_age} < 18",
     "questions": [{"id": "school", "type": "yesno", "required": true, "label": {"zh_CN": "上学", "en": "At school"}}]},
    {"id": "old", "appliesTo": "member", "title": {"zh_CN": "老人", "en": "Elderly"},
     "showIf": "${member_age} >= 60",
     "questions": [{"id": "alone", "type": "yesno", "label": {"zh_CN": "独居", "en": "Alone"}}]}
  ]
})";

QAbstractButton* button(FormRenderer& form, const char* question, const QString& text,
                        const QString& member = {})
{
    QWidget* editor = form.editor(QString::fromLatin1(question), member);
    REQUIRE(editor);
    for (QAbstractButton* b : editor->findChildren<QAbstractButton*>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no " << text.toStdString());
    return nullptr;
}
} // namespace

TEST_CASE("the renderer shows any definition: every question type, sections per member, live rules",
          "[gui][forms]")
{
    QList<FormDefinitionError> errors;
    const auto definition = FormDefinition::parse(kForm, &errors);
    REQUIRE(definition);
    const QString girl = QStringLiteral("m-girl");
    const QString grandpa = QStringLiteral("m-grandpa");
    const QString father = QStringLiteral("m-father");
    const QList<FormSubject> subjects = {
        {{}, {}, {}},
        {girl, QStringLiteral("张小雨"), {{QStringLiteral("member_age"), 10}}},
        {grandpa, QStringLiteral("张伟"), {{QStringLiteral("member_age"), 66}}},
        {father, QStringLiteral("张强"), {{QStringLiteral("member_age"), 40}}}};
    const QList<QPair<QString, QString>> members = {{girl, QStringLiteral("张小雨")},
                                                    {grandpa, QStringLiteral("张伟")},
                                                    {father, QStringLiteral("张强")}};
    FormRenderer form(*definition, subjects, members, QDate(2026, 5, 28));
    form.resize(900, 700);
    form.show();

    // One widget per type.
    CHECK(qobject_cast<QLineEdit*>(form.editor(QStringLiteral("note"))));
    CHECK(qobject_cast<QLineEdit*>(form.editor(QStringLiteral("rooms"))));
    CHECK(qobject_cast<QDateEdit*>(form.editor(QStringLiteral("moved_in"))));
    CHECK(qobject_cast<QComboBox*>(form.editor(QStringLiteral("roof"))));
    CHECK(form.editor(QStringLiteral("fuel"))->findChildren<QCheckBox*>().size() == 3);
    CHECK(form.editor(QStringLiteral("water"))->findChildren<QRadioButton*>().size() == 2);
    auto* carer = qobject_cast<QComboBox*>(form.editor(QStringLiteral("carer")));
    REQUIRE(carer);
    CHECK(carer->count() == 4);
    CHECK(carer->itemText(2) == QStringLiteral("张伟"));
    CHECK(form.editor(QStringLiteral("comfort"))->findChildren<QRadioButton*>().size() == 4); // 0 to 3

    // Member sections: once for each member they apply to.
    CHECK(form.isShown(QStringLiteral("school"), girl));
    CHECK_FALSE(form.isShown(QStringLiteral("school"), grandpa));
    CHECK_FALSE(form.isShown(QStringLiteral("school"), father));
    CHECK(form.isShown(QStringLiteral("alone"), grandpa));
    CHECK_FALSE(form.isShown(QStringLiteral("alone"), girl));
    CHECK(form.editor(QStringLiteral("school")) == nullptr); // not a household question

    // Typing and clicking; a rule shows the member question after "no running water".
    QTest::keyClicks(qobject_cast<QLineEdit*>(form.editor(QStringLiteral("note"))), QStringLiteral("ok"));
    QTest::keyClicks(qobject_cast<QLineEdit*>(form.editor(QStringLiteral("rooms"))), QStringLiteral("2x"));
    qobject_cast<QDateEdit*>(form.editor(QStringLiteral("moved_in")))->setDate(QDate(2019, 3, 1));
    auto* roof = qobject_cast<QComboBox*>(form.editor(QStringLiteral("roof")));
    roof->setCurrentIndex(roof->findData(QStringLiteral("metal")));
    button(form, "fuel", QStringLiteral("Wood"))->click();
    button(form, "fuel", QStringLiteral("Coal"))->click();
    CHECK_FALSE(form.isShown(QStringLiteral("carer")));
    button(form, "water", QStringLiteral("No"))->click();
    CHECK(form.isShown(QStringLiteral("carer")));
    carer->setCurrentIndex(carer->findData(grandpa));
    button(form, "comfort", QStringLiteral("0"))->click();
    button(form, "school", QStringLiteral("Yes"), girl)->click();

    const QVariantMap answers = form.answers();
    CHECK(answers.value(QStringLiteral("note")) == QVariant(QStringLiteral("ok")));
    CHECK(answers.value(QStringLiteral("rooms")).toLongLong() == 2); // the letter was refused
    CHECK(answers.value(QStringLiteral("moved_in")) == QVariant(QStringLiteral("2019-03-01")));
    CHECK(answers.value(QStringLiteral("roof")) == QVariant(QStringLiteral("metal")));
    CHECK(answers.value(QStringLiteral("fuel")).toStringList() ==
          QStringList{QStringLiteral("wood"), QStringLiteral("coal")});
    CHECK(answers.value(QStringLiteral("water")) == QVariant(false));
    CHECK(answers.value(QStringLiteral("carer")) == QVariant(grandpa));
    CHECK(answers.value(QStringLiteral("comfort")).toInt() == 0);
    CHECK(answers.value(QStringLiteral("comfort")).isValid());
    CHECK(form.answers(girl) == QVariantMap{{QStringLiteral("school"), true}});
    CHECK(form.answers(grandpa).isEmpty());

    // Checking: the constraint's message in the user's language, under the question, live.
    qobject_cast<QLineEdit*>(form.editor(QStringLiteral("rooms")))->setText(QStringLiteral("0"));
    CHECK(form.validate() == 1);
    CHECK(form.issue(QStringLiteral("rooms")).contains(QStringLiteral("At least one")));
    qobject_cast<QLineEdit*>(form.editor(QStringLiteral("rooms")))->setText(QStringLiteral("3"));
    CHECK(form.issue(QStringLiteral("rooms")).isEmpty());

    // Answers as storage gives them back (numbers as doubles, lists joined with ';') fill the widgets;
    // an answer the definition does not show is kept, not lost on the next save.
    FormRenderer again(*definition, subjects, members, QDate(2026, 5, 28));
    again.setAnswers({}, {{QStringLiteral("rooms"), 3.0},
                          {QStringLiteral("fuel"), QStringLiteral("gas;coal")},
                          {QStringLiteral("comfort"), 2.0},
                          {QStringLiteral("water"), true},
                          {QStringLiteral("retired_question"), QStringLiteral("kept")}});
    again.setReadOnly(true);
    CHECK(qobject_cast<QLineEdit*>(again.editor(QStringLiteral("rooms")))->text() == QStringLiteral("3"));
    CHECK(qobject_cast<QLineEdit*>(again.editor(QStringLiteral("rooms")))->isReadOnly());
    CHECK(button(again, "fuel", QStringLiteral("Gas"))->isChecked());
    CHECK_FALSE(button(again, "fuel", QStringLiteral("Gas"))->isEnabled());
    CHECK(button(again, "comfort", QStringLiteral("2"))->isChecked());
    CHECK(again.answers().value(QStringLiteral("retired_question")) == QVariant(QStringLiteral("kept")));
    CHECK(again.answers().value(QStringLiteral("fuel")).toStringList() ==
          QStringList{QStringLiteral("gas"), QStringLiteral("coal")});
}

TEST_CASE("the mouse wheel changes a drop-down or number only after it was clicked into", "[gui][forms]")
{
    WheelGuard::install();
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* other = new QLineEdit(&page);
    auto* choice = new QComboBox(&page);
    choice->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    auto* number = new QSpinBox(&page);
    number->setRange(-10, 10);
    layout->addWidget(other);
    layout->addWidget(choice);
    layout->addWidget(number);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto roll = [](QWidget* w) {
        QWheelEvent wheel(QPointF(5, 5), w->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &wheel);
    };
    other->setFocus();
    roll(choice);
    roll(number);
    CHECK(choice->currentIndex() == 0); // scrolled past: nothing changed
    CHECK(number->value() == 0);
    choice->setFocus();
    roll(choice);
    CHECK(choice->currentIndex() == 1); // clicked into: the wheel chooses
    number->setFocus();
    roll(number);
    CHECK(number->value() != 0);
}

TEST_CASE("an empty date field takes a date typed in, and its calendar opens on this month", "[gui][forms]")
{
    DateField field(QStringLiteral("(not set)"));
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    CHECK_FALSE(field.value().isValid());
    field.setFocus();
    QTest::keyClicks(&field, QStringLiteral("20261220"));
    CHECK(field.value() == QDate(2026, 12, 20));

    DateField empty(QStringLiteral("(not set)"));
    empty.show();
    REQUIRE(QTest::qWaitForWindowExposed(&empty));
    QTest::mouseClick(&empty, Qt::LeftButton, {}, QPoint(empty.width() - 8, empty.height() / 2));
    REQUIRE(empty.calendarWidget()->isVisible());
    CHECK(empty.calendarWidget()->yearShown() == QDate::currentDate().year());
    CHECK(empty.calendarWidget()->monthShown() == QDate::currentDate().month());
    CHECK_FALSE(empty.value().isValid()); // opening the calendar chose nothing
}
