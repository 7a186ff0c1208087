// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A caseworker fills a needs assessment through the real widgets of the household file, is stopped
// by a missing answer, submits, reads it back, and sees the needs it identified on the overview.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/forms/BuiltInForms.h"
#include "core/forms/MemberContext.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/AssistancePlanRepository.h"
#include "core/records/HouseholdNeeds.h"
#include "core/records/HouseholdRepository.h"
#include "ui/casework/PlanActionDialog.h"
#include "ui/casework/PlanTab.h"
#include "ui/forms/AssessmentsTab.h"
#include "ui/forms/AssessmentWindow.h"
#include "ui/forms/FormRenderer.h"
#include "ui/forms/IdentifiedNeedsBox.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/widgets/CodeChoiceBox.h"
#include "ui/widgets/DateField.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace ff;

namespace {
/// The button with this text inside a question's editor (a choice, yes/no, a point of a scale).
QAbstractButton* option(FormRenderer* form, const char* question, const QString& text,
                        const QString& member = {})
{
    QWidget* editor = form->editor(QString::fromLatin1(question), member);
    REQUIRE(editor != nullptr);
    for (QAbstractButton* b : editor->findChildren<QAbstractButton*>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no option " << text.toStdString() << " in " << question);
    return nullptr;
}

void click(FormRenderer* form, const char* question, const QString& text, const QString& member = {})
{
    QAbstractButton* b = option(form, question, text, member);
    REQUIRE(b->isVisible());
    REQUIRE(b->isEnabled());
    b->click(); // as a mouse click does: press and release, toggled, clicked
    REQUIRE(b->isChecked());
}

/// Types as a person would: ASCII as key presses, Chinese as an input method commits it.
void type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(edit, text);
        return;
    }
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(edit, &event);
}

QLineEdit* lineEdit(FormRenderer* form, const char* question, const QString& member = {})
{
    auto* edit = qobject_cast<QLineEdit*>(form->editor(QString::fromLatin1(question), member));
    REQUIRE(edit != nullptr);
    return edit;
}

void press(QWidget* parent, const char* name)
{
    auto* b = parent->findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(b != nullptr);
    REQUIRE(b->isVisible());
    REQUIRE(b->isEnabled());
    b->click();
}

/// The text of a cell of a list of records.
QString cell(const QTableView* list, int row, int column)
{
    return list->model()->index(row, column).data().toString();
}
} // namespace

TEST_CASE("fill and submit a needs assessment in the household file, its needs show on the overview",
          "[gui][forms]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    const QString householdId = file.household.value(QStringLiteral("id")).toString();
    const QString childId = file.members[1].value(QStringLiteral("id")).toString();

    HouseholdDialog dialog(t.db(), test::as(QStringLiteral("王芳")), householdId);
    dialog.show();
    auto* needsBox = dialog.findChild<IdentifiedNeedsBox*>(QStringLiteral("identifiedNeedsBox"));
    auto* tab = dialog.findChild<AssessmentsTab*>(QStringLiteral("assessmentsTab"));
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    REQUIRE(needsBox);
    REQUIRE(tab);
    // The header says whose file it is, on every tab.
    const QString header = dialog.findChild<QLabel*>(QStringLiteral("householdHeader"))->text();
    CHECK(header.contains(file.members[0].value(QStringLiteral("name")).toString()));
    CHECK(header.contains(QStringLiteral("岸堤镇东山村")));
    CHECK(header.contains(QStringLiteral("371321105-000001")));
    CHECK(header.contains(QStringLiteral("%1 member(s)").arg(file.members.size())));
    CHECK(needsBox->isVisible()); // on the first tab, the overview
    CHECK(needsBox->needs().isEmpty());
    CHECK(needsBox->findChild<QLabel*>(QStringLiteral("noNeedsLabel"))->isVisible());

    tabs->setCurrentWidget(tab);
    auto* forWhom = tab->findChild<QComboBox*>(QStringLiteral("forWhomComboBox"));
    // The household, the grandfather (66: elderly) and the girl (10: left-behind child).
    REQUIRE(forWhom->count() == 3);
    CHECK(forWhom->itemText(2) == QStringLiteral("张小雨"));
    forWhom->setCurrentIndex(0);

    bool ran = false;
    AssessmentsTab::setWindowHook([&](AssessmentWindow& w) {
        ran = true;
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        FormRenderer* form = w.form();
        CHECK(w.windowTitle().contains(QStringLiteral("Needs assessment")));
        // Only household sections: the member sections are not asked here.
        CHECK(form->editor(QStringLiteral("mood")) != nullptr);
        CHECK(form->editor(QStringLiteral("guardian")) == nullptr);

        type(lineEdit(form, "urgent_need"), QStringLiteral("孙女学费"));
        click(form, "main_difficulties", QStringLiteral("Medical care"));
        click(form, "income_stable", QStringLiteral("Yes"));
        click(form, "family_relations", QStringLiteral("4"));
        click(form, "has_support", QStringLiteral("Yes"));
        // A show-if question appears after the answer it depends on.
        CHECK_FALSE(form->isShown(QStringLiteral("training_member")));
        click(form, "training_interest", QStringLiteral("Yes"));
        CHECK(form->isShown(QStringLiteral("training_member")));
        auto* member = qobject_cast<QComboBox*>(form->editor(QStringLiteral("training_member")));
        REQUIRE(member);
        REQUIRE(member->count() == 3); // (choose) and the two members
        member->setCurrentIndex(member->findText(QStringLiteral("张伟")));
        click(form, "policy_knowledge", QStringLiteral("1"));

        // "Mood" is required and unanswered: submitting is refused, with a message at the question.
        press(&w, "submitButton");
        CHECK(w.isVisible());
        CHECK(w.result() != QDialog::Accepted);
        CHECK(w.message().contains(QStringLiteral("Not submitted")));
        CHECK(w.findChild<QLabel*>(QStringLiteral("messageLabel"))->isVisible());
        CHECK(form->issue(QStringLiteral("mood")).contains(QStringLiteral("needs an answer")));
        CHECK(form->issue(QStringLiteral("family_relations")).isEmpty());
        CHECK(AssessmentRepository(t.db()).forHousehold(householdId).isEmpty());

        // A low mood asks whether counselling would help (required too); the first message goes.
        CHECK_FALSE(form->isShown(QStringLiteral("counselling_wanted")));
        click(form, "mood", QStringLiteral("2"));
        CHECK(form->isShown(QStringLiteral("counselling_wanted")));
        CHECK(form->issue(QStringLiteral("mood")).isEmpty());
        CHECK(form->issue(QStringLiteral("counselling_wanted")).contains(QStringLiteral("needs an answer")));

        // A draft saves as it is.
        press(&w, "saveDraftButton");
        CHECK(w.message().contains(QStringLiteral("Draft saved")));
        const auto drafts = AssessmentRepository(t.db()).forHousehold(householdId);
        REQUIRE(drafts.size() == 1);
        CHECK(drafts[0].status == QStringLiteral("draft"));
        CHECK(drafts[0].formVersion == 3);

        click(form, "counselling_wanted", QStringLiteral("Yes"));
        press(&w, "submitButton");
        CHECK(w.result() == QDialog::Accepted);
        CHECK_FALSE(w.isVisible());
    });
    press(tab, "newAssessmentButton");
    REQUIRE(ran);

    QTableView* list = tab->table();
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(cell(list, 0, 0) == QStringLiteral("Needs assessment"));
    CHECK(cell(list, 0, 1) == QStringLiteral("The household"));
    CHECK(cell(list, 0, 3) == QStringLiteral("Submitted"));
    CHECK(cell(list, 0, 4) == QStringLiteral("3"));
    CHECK(cell(list, 0, 5) == QStringLiteral("—")); // no total in the household's sections
    const auto saved = AssessmentRepository(t.db()).forHousehold(householdId);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].status == QStringLiteral("submitted"));
    CHECK(saved[0].answers.value(QStringLiteral("urgent_need")).toString() == QStringLiteral("孙女学费"));

    // The overview lists the needs the form's rules identify, with category and source.
    tabs->setCurrentIndex(0);
    QStringList categories;
    for (const IdentifiedNeed& n : needsBox->needs()) {
        categories << n.category;
        CHECK(n.assessmentId == saved[0].id);
    }
    CHECK(categories == QStringList{QStringLiteral("capacity_building"),
                                    QStringLiteral("psychological_counselling"),
                                    QStringLiteral("resource_linking"), QStringLiteral("policy_advocacy")});
    QTableWidget* needsTable = needsBox->table();
    CHECK(needsTable->isVisible());
    REQUIRE(needsTable->rowCount() == 4);
    CHECK(needsTable->item(2, 0)->text() == QStringLiteral("Resource linking"));
    CHECK(needsTable->item(2, 1)->text() ==
          QStringLiteral("Medical care is hard: link to medical assistance"));
    CHECK(needsTable->item(2, 2)->text().contains(QStringLiteral("the household")));
    CHECK(needsBox->title() == QStringLiteral("Identified needs (4)"));
    CHECK(needsTable->item(2, 3)->text() == QStringLiteral("No action yet"));

    // A plan action picks the medical need: the category follows the need and cannot differ; the
    // overview then counts the need's action, and the plan names the need.
    auto* plan = dialog.findChild<PlanTab*>(QStringLiteral("planTab"));
    REQUIRE(plan);
    PlanGoal goal{{}, householdId, QStringLiteral("看病有保障"), {}};
    REQUIRE(AssistancePlanRepository(t.db(), test::as(QStringLiteral("王芳"))).saveGoal(goal));
    PlanAction blank;
    blank.householdId = householdId;
    blank.goalId = goal.id;
    {
        PlanActionDialog actionDialog(t.db(), test::as(QStringLiteral("王芳")), {goal}, blank, &dialog);
        auto* need = actionDialog.findChild<QComboBox*>(QStringLiteral("needComboBox"));
        auto* category = actionDialog.findChild<CodeChoiceBox*>(QStringLiteral("categoryComboBox"));
        REQUIRE(need);
        REQUIRE(category);
        REQUIRE(need->count() == 5); // none, and the four needs
        CHECK(need->currentIndex() == 0);
        CHECK(category->isEnabled());
        const int medical = need->findData(needsBox->needs()[2].key());
        REQUIRE(medical > 0);
        CHECK(need->itemText(medical) ==
              QStringLiteral("Resource linking · Medical care is hard: link to medical assistance"));
        need->setCurrentIndex(medical);
        CHECK(category->code() == QStringLiteral("resource_linking"));
        CHECK_FALSE(category->isEnabled());
        actionDialog.findChild<QPlainTextEdit*>(QStringLiteral("actionTextEdit"))
            ->setPlainText(QStringLiteral("协助申请医疗救助"));
        actionDialog.findChild<QLineEdit*>(QStringLiteral("responsibleLineEdit"))
            ->setText(QStringLiteral("王芳"));
        actionDialog.findChild<DateField*>(QStringLiteral("dueDateEdit"))->setValue(QDate(2099, 1, 1));
        actionDialog.accept();
        CHECK(actionDialog.errorText().isEmpty());
        CHECK(actionDialog.result() == QDialog::Accepted);
    }
    // The action was saved by its dialog, as the tab's button does it: the tab tells the file, which
    // shows it on the tab and beside the need.
    plan->reload();
    emit plan->changed();
    CHECK(needsTable->item(2, 3)->text() == QStringLiteral("1 action(s)"));
    CHECK(needsTable->item(0, 3)->text() == QStringLiteral("No action yet"));
    auto* tree = plan->findChild<QTreeWidget*>(QStringLiteral("planTreeWidget"));
    REQUIRE(tree->topLevelItemCount() == 1);
    REQUIRE(tree->topLevelItem(0)->childCount() == 1);
    CHECK(tree->topLevelItem(0)->child(0)->text(1) ==
          QStringLiteral("Medical care is hard: link to medical assistance"));

    // Reopened, the submitted assessment shows its answers and cannot be changed.
    tabs->setCurrentWidget(tab);
    ran = false;
    AssessmentsTab::setWindowHook([&](AssessmentWindow& w) {
        ran = true;
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        FormRenderer* form = w.form();
        CHECK(form->isReadOnly());
        QLineEdit* urgent = lineEdit(form, "urgent_need");
        CHECK(urgent->text() == QStringLiteral("孙女学费"));
        CHECK(urgent->isReadOnly());
        CHECK(option(form, "mood", QStringLiteral("2"))->isChecked());
        CHECK_FALSE(option(form, "mood", QStringLiteral("2"))->isEnabled());
        CHECK(option(form, "main_difficulties", QStringLiteral("Medical care"))->isChecked());
        CHECK(qobject_cast<QComboBox*>(form->editor(QStringLiteral("training_member")))->currentText() ==
              QStringLiteral("张伟"));
        CHECK_FALSE(w.findChild<QPushButton*>(QStringLiteral("submitButton"))->isVisible());
        CHECK_FALSE(w.findChild<QPushButton*>(QStringLiteral("saveDraftButton"))->isVisible());
        CHECK(w.findChild<QLabel*>(QStringLiteral("headingLabel"))
                  ->text()
                  .contains(QStringLiteral("read only")));
        w.reject();
    });
    list->selectRow(0);
    press(tab, "openAssessmentButton");
    CHECK(ran);

    // A draft made for the girl on version 1 of the form opens with version 1 and is checked by it:
    // the constraint on the guardian's age shows its message, then the corrected draft submits.
    const auto v1 = BuiltInForms::definition(QStringLiteral("needs-assessment"), 1);
    REQUIRE(v1);
    Assessment old;
    old.householdId = householdId;
    old.memberId = childId;
    old.formId = v1->id;
    old.formVersion = 1;
    old.answers = {{QStringLiteral("guardian"), QStringLiteral("grandparent")}};
    REQUIRE(AssessmentRepository(t.db(), test::as(QStringLiteral("王芳"))).saveDraft(old));
    tab->reload();
    REQUIRE(list->model()->rowCount() == 2);
    ran = false;
    AssessmentsTab::setWindowHook([&](AssessmentWindow& w) {
        ran = true;
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        FormRenderer* form = w.form();
        CHECK(w.assessment().formVersion == 1);
        CHECK(w.findChild<QLabel*>(QStringLiteral("headingLabel"))
                  ->text()
                  .contains(QStringLiteral("form version 1")));
        CHECK(w.windowTitle().contains(QStringLiteral("张小雨")));
        REQUIRE(form->editor(QStringLiteral("guardian"), childId) != nullptr);
        CHECK(qobject_cast<QComboBox*>(form->editor(QStringLiteral("guardian"), childId))->currentData() ==
              QStringLiteral("grandparent"));
        CHECK(form->editor(QStringLiteral("guardian")) == nullptr); // asked for the girl, not the household
        CHECK(form->editor(QStringLiteral("mood"), childId) ==
              nullptr); // household questions are not asked here
        type(lineEdit(form, "guardian_age", childId), QStringLiteral("12"));
        click(form, "safety_concern", QStringLiteral("No"), childId);
        press(&w, "submitButton");
        CHECK(w.result() != QDialog::Accepted);
        CHECK(form->issue(QStringLiteral("guardian_age"), childId).contains(QStringLiteral("16 to 100")));
        lineEdit(form, "guardian_age", childId)->selectAll();
        type(lineEdit(form, "guardian_age", childId), QStringLiteral("67"));
        CHECK(form->issue(QStringLiteral("guardian_age"), childId).isEmpty());
        press(&w, "submitButton");
        CHECK(w.result() == QDialog::Accepted);
    });
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (cell(list, r, 3) == QStringLiteral("Draft"))
            list->selectRow(r);
    }
    press(tab, "openAssessmentButton");
    CHECK(ran);
    AssessmentsTab::setWindowHook({});
    const auto reread = AssessmentRepository(t.db()).load(old.id);
    REQUIRE(reread);
    CHECK(reread->status == QStringLiteral("submitted"));
    CHECK(reread->formVersion == 1);
    CHECK(reread->answers.value(QStringLiteral("guardian_age")).toInt() == 67);
    // Version 1 had no need rules: the household's needs are still the four from version 3.
    CHECK(needsBox->needs().size() == 4);
}

TEST_CASE("an elderly member's daily-living scale adds up as it is answered and its low total is a need",
          "[gui][forms]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    const QString householdId = file.household.value(QStringLiteral("id")).toString();
    const QString headId = file.members[0].value(QStringLiteral("id")).toString(); // 66 years old

    HouseholdDialog dialog(t.db(), test::as(QStringLiteral("王芳")), householdId);
    dialog.show();
    auto* tab = dialog.findChild<AssessmentsTab*>(QStringLiteral("assessmentsTab"));
    REQUIRE(tab);
    dialog.findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentWidget(tab);
    auto* forWhom = tab->findChild<QComboBox*>(QStringLiteral("forWhomComboBox"));
    forWhom->setCurrentIndex(forWhom->findText(QStringLiteral("张伟")));
    REQUIRE(forWhom->currentIndex() > 0);

    bool ran = false;
    AssessmentsTab::setWindowHook([&](AssessmentWindow& w) {
        ran = true;
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        FormRenderer* form = w.form();
        CHECK(w.assessment().formVersion == 3);
        auto* total = qobject_cast<QLabel*>(form->editor(QStringLiteral("adl_total"), headId));
        REQUIRE(total);
        CHECK(form->isShown(QStringLiteral("adl_total"), headId));
        CHECK(total->text() == QStringLiteral("0 of 10 questions answered so far (0 points)"));
        CHECK_FALSE(form->isShown(QStringLiteral("needs_home_care"), headId));

        // Each answer shows its points; the total follows every answer.
        const auto choose = [&](const char* question, const char* code) {
            auto* box = qobject_cast<QComboBox*>(form->editor(QString::fromLatin1(question), headId));
            REQUIRE(box);
            const int i = box->findData(QString::fromLatin1(code));
            REQUIRE(i > 0);
            box->setCurrentIndex(i);
        };
        auto* feeding = qobject_cast<QComboBox*>(form->editor(QStringLiteral("adl_feeding"), headId));
        REQUIRE(feeding);
        CHECK(feeding->itemText(1) ==
              QStringLiteral("Feeds themselves (with utensils, in reasonable time) (10 points)"));
        choose("adl_feeding", "some_help");
        CHECK(total->text() == QStringLiteral("1 of 10 questions answered so far (5 points)"));
        choose("adl_bathing", "dependent");
        choose("adl_grooming", "independent");
        choose("adl_dressing", "independent");
        choose("adl_bowels", "continent");
        choose("adl_bladder", "continent");
        choose("adl_toilet", "independent");
        choose("adl_transfer", "much_help");
        choose("adl_walking", "much_help");
        CHECK(total->text() == QStringLiteral("9 of 10 questions answered so far (60 points)"));
        choose("adl_stairs", "dependent");
        CHECK(total->text() == QStringLiteral("60 of 100 points: Moderately dependent"));
        // Below the full score the form asks about care at home.
        CHECK(form->isShown(QStringLiteral("needs_home_care"), headId));
        choose("adl_stairs", "independent");
        CHECK(total->text() == QStringLiteral("70 of 100 points: Mildly dependent"));
        choose("adl_stairs", "dependent");

        click(form, "lives_alone", QStringLiteral("Yes"), headId);
        click(form, "needs_home_care", QStringLiteral("Yes"), headId);
        auto* checked = qobject_cast<QDateEdit*>(form->editor(QStringLiteral("last_medical_check"), headId));
        REQUIRE(checked);
        checked->setDate(QDate::currentDate().addDays(-400));
        press(&w, "submitButton");
        CHECK(w.result() == QDialog::Accepted);
    });
    press(tab, "newAssessmentButton");
    REQUIRE(ran);
    AssessmentsTab::setWindowHook({});

    // The total is stored with the submission; the low score, living alone, care at home and an old
    // health check are needs.
    const QList<Assessment> saved = AssessmentRepository(t.db()).forHousehold(householdId);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].status == QStringLiteral("submitted"));
    CHECK(saved[0].answers.value(QStringLiteral("adl_total")).toInt() == 60);
    // The list of assessments shows the score, with its band.
    QTableView* list = tab->table();
    REQUIRE(list->model()->rowCount() == 1);
    const int scoreColumn = list->model()->columnCount() - 1;
    CHECK(list->model()->headerData(scoreColumn, Qt::Horizontal).toString() == QStringLiteral("Score"));
    CHECK(cell(list, 0, scoreColumn) == QStringLiteral("60/100 Moderately dependent"));
    CHECK(saved[0].answers.value(QStringLiteral("last_medical_check")).toString() ==
          QDate::currentDate().addDays(-400).toString(Qt::ISODate));
    QStringList labels;
    for (const IdentifiedNeed& n : HouseholdNeeds::forHousehold(t.db(), householdId))
        labels << n.label.value(QStringLiteral("en"));
    INFO(labels.join(QLatin1Char('\n')).toStdString());
    CHECK(labels.contains(
        QStringLiteral("Dependent in daily living (Barthel index 60 or less): link to care services")));
    CHECK(labels.contains(QStringLiteral("Lives alone: regular visits")));
    CHECK(labels.contains(QStringLiteral("Needs care at home")));
    CHECK(labels.contains(QStringLiteral(
        "No health check for over a year: arrange one with the township health centre or village clinic")));
    CHECK(labels.size() == 4);
}

TEST_CASE("Enter in an answer never submits, and a complete assessment is submitted only when confirmed",
          "[gui][forms]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    const QString householdId = file.household.value(QStringLiteral("id")).toString();
    const QVariantMap girl = file.members[1];
    const QString childId = girl.value(QStringLiteral("id")).toString();
    const auto v1 = BuiltInForms::definition(QStringLiteral("needs-assessment"), 1);
    REQUIRE(v1);
    Assessment a;
    a.householdId = householdId;
    a.memberId = childId;
    a.formId = v1->id;
    a.formVersion = 1;
    a.answers = {{QStringLiteral("guardian"), QStringLiteral("grandparent")},
                 {QStringLiteral("guardian_age"), qint64(67)},
                 {QStringLiteral("safety_concern"), false}};
    QList<QPair<QString, QString>> members;
    for (const QVariantMap& m : file.members)
        members.append(
            {m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("name")).toString()});
    AssessmentWindow w(t.db(), test::as(QStringLiteral("王芳")), a, *v1,
                       {childId, girl.value(QStringLiteral("name")).toString(),
                        MemberContext::of(girl, QDate::currentDate())},
                       members);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    int asked = 0;
    bool answer = false;
    AssessmentWindow::setConfirmHook([&](QWidget*) {
        ++asked;
        return answer;
    });

    // Typing in an answer and pressing Enter: nothing is submitted, nothing is asked.
    QLineEdit* age = lineEdit(w.form(), "guardian_age", childId);
    age->setFocus();
    QTest::keyClick(age, Qt::Key_Return);
    QTest::keyClick(age, Qt::Key_Enter);
    CHECK(w.isVisible());
    CHECK(asked == 0);
    CHECK(AssessmentRepository(t.db()).forHousehold(householdId).isEmpty());

    // Submit, then No: still a draft to work on, nothing saved.
    press(&w, "submitButton");
    CHECK(asked == 1);
    CHECK(w.isVisible());
    CHECK(AssessmentRepository(t.db()).forHousehold(householdId).isEmpty());
    // Submit, then Yes: submitted.
    answer = true;
    press(&w, "submitButton");
    CHECK(asked == 2);
    CHECK(w.result() == QDialog::Accepted);
    const QList<Assessment> saved = AssessmentRepository(t.db()).forHousehold(householdId);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().status == QStringLiteral("submitted"));

    // An incomplete one is not asked about: what is missing is shown instead.
    Assessment missing = a;
    missing.id.clear();
    missing.answers.remove(QStringLiteral("safety_concern")); // a required question
    AssessmentWindow w2(t.db(), test::as(QStringLiteral("王芳")), missing, *v1,
                        {childId, girl.value(QStringLiteral("name")).toString(),
                         MemberContext::of(girl, QDate::currentDate())},
                        members);
    w2.show();
    press(&w2, "submitButton");
    CHECK(asked == 2);
    CHECK(w2.message().contains(QStringLiteral("Not submitted")));
}

TEST_CASE("the banner of answers needing attention counts down as they are answered and goes at none, "
          "and an answer of only spaces or tabs is no answer",
          "[gui][forms]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    const QVariantMap girl = file.members[1];
    const QString childId = girl.value(QStringLiteral("id")).toString();
    const auto v1 = BuiltInForms::definition(QStringLiteral("needs-assessment"), 1);
    REQUIRE(v1);
    Assessment a;
    a.householdId = file.household.value(QStringLiteral("id")).toString();
    a.memberId = childId;
    a.formId = v1->id;
    a.formVersion = 1;
    QList<QPair<QString, QString>> members;
    for (const QVariantMap& m : file.members)
        members.append(
            {m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("name")).toString()});
    AssessmentWindow w(t.db(), test::as(QStringLiteral("王芳")), a, *v1,
                       {childId, girl.value(QStringLiteral("name")).toString(),
                        MemberContext::of(girl, QDate::currentDate())},
                       members);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    AssessmentWindow::setConfirmHook([](QWidget*) { return false; });

    // Two required answers missing: who looks after the child, and whether there is a safety concern.
    press(&w, "submitButton");
    CHECK(w.message().contains(QStringLiteral("2 answer(s)")));
    auto* guardian = qobject_cast<QComboBox*>(w.form()->editor(QStringLiteral("guardian"), childId));
    REQUIRE(guardian != nullptr);
    guardian->setCurrentIndex(guardian->findData(QStringLiteral("grandparent")));
    CHECK(w.message().contains(QStringLiteral("1 answer(s)")));
    // A concern asks for a note (required): still one.
    click(w.form(), "safety_concern", QStringLiteral("Yes"), childId);
    CHECK(w.message().contains(QStringLiteral("1 answer(s)")));
    QLineEdit* note = lineEdit(w.form(), "safety_note", childId);
    note->setText(QStringLiteral("  \t  "));
    CHECK(w.message().contains(QStringLiteral("1 answer(s)")));
    CHECK_FALSE(w.form()->issue(QStringLiteral("safety_note"), childId).isEmpty());
    note->clear();
    type(note, QStringLiteral("晚上独自在家"));
    CHECK(w.message().isEmpty());
    CHECK(w.form()->issue(QStringLiteral("safety_note"), childId).isEmpty());
    AssessmentWindow::setConfirmHook({});
}
