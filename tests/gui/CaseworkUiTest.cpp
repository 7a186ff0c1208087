// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Casework records through the real dialogs: a group session entered once for three households,
// an overdue plan action, a visit that moves the household's last visit, and the due-visits view.
#include "tests/gui/FindChild.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/model/VisitRules.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/ServiceLogRepository.h"
#include "ui/casework/DueVisitsPage.h"
#include "ui/casework/HouseholdPickerDialog.h"
#include "ui/casework/PlanActionDialog.h"
#include "ui/casework/PlanGoalDialog.h"
#include "ui/casework/PlanTab.h"
#include "ui/casework/ServiceLogTab.h"
#include "ui/casework/ServiceSessionDialog.h"
#include "ui/casework/VisitDialog.h"
#include "ui/casework/VisitsTab.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/widgets/CodeChoiceBox.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ErrorLabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace ff;
using test::child;

namespace {
/// Runs `body` on the modal dialog that `trigger` opens, once it is showing.
template <typename Dialog>
bool onModal(const std::function<void()>& trigger, const std::function<void(Dialog*)>& body)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        body(dialog);
        ran = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    trigger();
    return ran;
}

void save(QDialog* d) { child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok)->click(); }

QString addHousehold(Database& db, const QString& number, const QString& village, const QString& head,
                     const QStringList& groups, QDate lastVisit)
{
    HouseholdFile file = test::sampleHousehold(head);
    file.household.insert(QStringLiteral("household_no"), number);
    file.household.insert(QStringLiteral("village"), village);
    file.household.insert(QStringLiteral("last_visit"), lastVisit);
    file.members[1].insert(QStringLiteral("special_groups"), groups);
    REQUIRE(HouseholdRepository(db, test::as(QStringLiteral("王芳"))).save(file));
    return file.household.value(QStringLiteral("id")).toString();
}

/// The text of a cell of a list of records.
QString cell(const QTableView* list, int row, int column)
{
    return list->model()->index(row, column).data().toString();
}
} // namespace

TEST_CASE("a group session is entered once for three households and shows in each file", "[gui][casework]")
{
    test::TempDatabase t;
    const QDate today = QDate::currentDate();
    const QString a =
        addHousehold(t.db(), QStringLiteral("A-1"), QStringLiteral("东山村"), QStringLiteral("张伟"),
                     {QStringLiteral("left_behind_child")}, today.addDays(-3));
    const QString b =
        addHousehold(t.db(), QStringLiteral("B-2"), QStringLiteral("东山村"), QStringLiteral("李强"),
                     {QStringLiteral("left_behind_child")}, today.addDays(-3));
    const QString c =
        addHousehold(t.db(), QStringLiteral("C-3"), QStringLiteral("西河村"), QStringLiteral("王军"),
                     {QStringLiteral("left_behind_child")}, today.addDays(-3));
    MainWindow window(t.db());
    window.show();

    // From household A's file: Service logs → Add service, then add B and C from the caseload.
    HouseholdDialog file(t.db(), test::as(window.session().author()), a, &window);
    file.show();
    auto* tabs = child<QTabWidget>(&file, "tabWidget");
    auto* logs = child<ServiceLogTab>(&file, "serviceLogTab");
    tabs->setCurrentWidget(logs);
    ServiceSessionDialog::setPickerHook([&](HouseholdPickerDialog& picker) {
        // Search by the heads' names; ticks survive a new search.
        for (const QString& name : {QStringLiteral("李强"), QStringLiteral("王军")}) {
            picker.searchEdit()->setText(name);
            picker.searchEdit()->returnPressed();
            REQUIRE(picker.list()->count() == 1);
            picker.list()->item(0)->setCheckState(Qt::Checked);
        }
        picker.accept();
    });
    QString firstError;
    const bool ran = onModal<ServiceSessionDialog>(
        [&] { child<QPushButton>(logs, "addServiceButton")->click(); },
        [&](ServiceSessionDialog* d) {
            child<QPushButton>(d, "addHouseholdsButton")->click();
            QTreeWidget* households = d->households();
            REQUIRE(households->topLevelItemCount() == 3);
            // Several households: the method became group work.
            CHECK(child<CodeChoiceBox>(d, "methodComboBox")->code() == QStringLiteral("group"));
            // The child of each household took part.
            for (int i = 0; i < 3; ++i) {
                QTreeWidgetItem* h = households->topLevelItem(i);
                for (int m = 0; m < h->childCount(); ++m) {
                    if (h->child(m)->text(0) == QStringLiteral("张小雨"))
                        h->child(m)->setCheckState(0, Qt::Checked);
                }
            }
            child<CodeChoiceBox>(d, "categoryComboBox")->setCode(QStringLiteral("psychological_counselling"));
            child<QPlainTextEdit>(d, "activityTextEdit")->setPlainText(QStringLiteral("留守儿童情绪小组"));
            // Duration left at 0: refused, nothing saved, the dialog says why.
            save(d);
            firstError = d->errorText();
            CHECK(d->isVisible());
            child<QSpinBox>(d, "durationSpinBox")->setValue(90);
            child<DateField>(d, "followUpDateEdit")->setValue(today.addDays(14));
            save(d);
            CHECK(d->errorText().isEmpty());
            CHECK_FALSE(d->isVisible());
        });
    ServiceSessionDialog::setPickerHook({});
    CHECK(ran);
    CHECK_FALSE(firstError.isEmpty());
    CHECK(test::TempDatabase::count(t.db(), QStringLiteral("service_log")) == 3);
    REQUIRE(logs->table()->model()->rowCount() == 1);
    file.reject();

    // Each household's file shows the session once, with its own child as the member involved.
    QString session;
    for (const QString& id : {a, b, c}) {
        HouseholdDialog d(t.db(), test::as(window.session().author()), id, &window);
        auto* tab = child<ServiceLogTab>(&d, "serviceLogTab");
        REQUIRE(tab->table()->model()->rowCount() == 1);
        CHECK(tab->logs().first().households == 3);
        CHECK(tab->logs().first().method == QStringLiteral("group"));
        CHECK(cell(tab->table(), 0, 4) == QStringLiteral("张小雨"));
        CHECK(cell(tab->table(), 0, 5) == QStringLiteral("留守儿童情绪小组"));
        CHECK(cell(tab->table(), 0, 1).contains(QLatin1Char('3')));
        if (session.isEmpty())
            session = tab->logs().first().sessionId;
        CHECK(tab->logs().first().sessionId == session);
    }

    // Editing the session from C's file shows it once, with the three households.
    HouseholdDialog d(t.db(), test::as(window.session().author()), c, &window);
    d.show();
    auto* tab = child<ServiceLogTab>(&d, "serviceLogTab");
    tab->table()->selectRow(0);
    CHECK(onModal<ServiceSessionDialog>([&] { child<QPushButton>(tab, "editServiceButton")->click(); },
                                        [&](ServiceSessionDialog* s) {
                                            CHECK(s->households()->topLevelItemCount() == 3);
                                            CHECK(child<QSpinBox>(s, "durationSpinBox")->value() == 90);
                                        }));
}

TEST_CASE("a service log with no one ticked as taking part is refused and saves nothing", "[gui][casework]")
{
    test::TempDatabase t;
    const QDate today = QDate::currentDate();
    const QString id =
        addHousehold(t.db(), QStringLiteral("A-1"), QStringLiteral("东山村"), QStringLiteral("张伟"),
                     {QStringLiteral("left_behind_child")}, today.addDays(-3));
    ServiceSession session;
    session.servedOn = today;
    session.households.append({id, {}, {}});
    ServiceSessionDialog dialog(t.db(), test::as(QStringLiteral("王芳")), session);
    child<QSpinBox>(&dialog, "durationSpinBox")->setValue(60);
    child<CodeChoiceBox>(&dialog, "categoryComboBox")->setCode(QStringLiteral("psychological_counselling"));
    child<QPlainTextEdit>(&dialog, "activityTextEdit")->setPlainText(QStringLiteral("入户心理疏导"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("张伟")));
    CHECK(test::TempDatabase::count(t.db(), QStringLiteral("service_log")) == 0);

    QTreeWidgetItem* household = dialog.households()->topLevelItem(0);
    REQUIRE(household->childCount() == 2);
    household->child(1)->setCheckState(0, Qt::Checked);
    dialog.accept();
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(test::TempDatabase::count(t.db(), QStringLiteral("service_log")) == 1);
}

TEST_CASE("an overdue plan action is red and counted, and a visit moves the last visit date",
          "[gui][casework]")
{
    test::TempDatabase t;
    const QDate today = QDate::currentDate();
    const QString id =
        addHousehold(t.db(), QStringLiteral("A-1"), QStringLiteral("东山村"), QStringLiteral("张伟"),
                     {QStringLiteral("left_behind_child")}, today.addDays(-50));
    HouseholdDialog file(t.db(), test::as(QStringLiteral("王芳")), id);
    file.show();
    auto* plan = child<PlanTab>(&file, "planTab");
    CHECK_FALSE(child<QPushButton>(plan, "addActionButton")->isEnabled()); // a goal first

    CHECK(onModal<PlanGoalDialog>(
        [&] { child<QPushButton>(plan, "addGoalButton")->click(); },
        [&](PlanGoalDialog* d) {
            save(d);
            CHECK_FALSE(d->errorText().isEmpty()); // no goal text
            child<QLineEdit>(d, "goalLineEdit")->setText(QStringLiteral("孩子按时上学"));
            save(d);
            CHECK(d->errorText().isEmpty());
        }));
    REQUIRE(plan->tree()->topLevelItemCount() == 1);
    plan->tree()->setCurrentItem(plan->tree()->topLevelItem(0));
    QString dueError;
    CHECK(onModal<PlanActionDialog>(
        [&] { child<QPushButton>(plan, "addActionButton")->click(); },
        [&](PlanActionDialog* d) {
            child<QPlainTextEdit>(d, "actionTextEdit")->setPlainText(QStringLiteral("申请教育救助"));
            child<CodeChoiceBox>(d, "categoryComboBox")->setCode(QStringLiteral("resource_linking"));
            child<QLineEdit>(d, "responsibleLineEdit")->setText(QStringLiteral("王芳"));
            save(d); // no due date
            dueError = d->errorText();
            child<DateField>(d, "dueDateEdit")->setValue(today.addDays(-4));
            save(d);
            CHECK(d->errorText().isEmpty());
        }));
    CHECK_FALSE(dueError.isEmpty());
    CHECK(plan->overdueCount() == 1);
    QTreeWidgetItem* action = plan->tree()->topLevelItem(0)->child(0);
    REQUIRE(action != nullptr);
    CHECK(action->foreground(0).color() == QColor(0xb0, 0x00, 0x20));
    CHECK_FALSE(action->icon(0).isNull());
    auto* tabs = child<QTabWidget>(&file, "tabWidget");
    CHECK(tabs->tabText(tabs->indexOf(plan)).contains(QLatin1Char('1')));

    // Record a visit: the household tab's last visit follows and the file has no unsaved edits.
    auto* visits = child<VisitsTab>(&file, "visitsTab");
    CHECK(onModal<VisitDialog>(
        [&] { child<QPushButton>(visits, "recordVisitButton")->click(); },
        [&](VisitDialog* d) {
            CHECK(child<QRadioButton>(d, "doneRadioButton")->isChecked());
            child<QLineEdit>(d, "othersLineEdit")->setText(QStringLiteral("村主任"));
            save(d); // no notes
            CHECK_FALSE(d->errorText().isEmpty());
            child<QPlainTextEdit>(d, "notesTextEdit")->setPlainText(QStringLiteral("一切正常"));
            save(d);
            CHECK(d->errorText().isEmpty());
        }));
    REQUIRE(visits->table()->model()->rowCount() == 1);
    QSqlQuery q(t.db().sql());
    q.exec(QStringLiteral("SELECT last_visit FROM household WHERE id = '%1'").arg(id));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == today.toString(Qt::ISODate));
    bool shown = false;
    for (QDateEdit* e : file.findChildren<QDateEdit*>())
        shown = shown || (qobject_cast<DateField*>(e) == nullptr && e->date() == today);
    CHECK(shown);
    // Saving the household afterwards keeps the date (it is not reverted to the one loaded).
    child<QDialogButtonBox>(&file, "buttonBox")->button(QDialogButtonBox::Save)->click();
    CHECK(file.errorText().isEmpty());
    q.exec(QStringLiteral("SELECT last_visit FROM household WHERE id = '%1'").arg(id));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == today.toString(Qt::ISODate));
}

TEST_CASE("a follow-up date that passed with no service since is red and counted on the Service logs tab, "
          "the outcome has its own column",
          "[gui][casework]")
{
    test::TempDatabase t;
    const QDate today = QDate::currentDate();
    const QString id =
        addHousehold(t.db(), QStringLiteral("A-1"), QStringLiteral("东山村"), QStringLiteral("张伟"),
                     {QStringLiteral("left_behind_child")}, today.addDays(-50));
    ServiceLogRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    const auto serve = [&](int daysAgo, int followUpDaysAgo, const QString& outcome) {
        ServiceSession s;
        s.servedOn = today.addDays(-daysAgo);
        s.durationMin = 45;
        s.category = QStringLiteral("resource_linking");
        s.caseworker = QStringLiteral("王芳");
        s.activity = QStringLiteral("协助申请医疗救助");
        s.outcome = outcome;
        s.followUpOn = today.addDays(-followUpDaysAgo);
        s.households = {{id, {}, {}}};
        REQUIRE(repo.save(s));
    };
    serve(40, 30, QStringLiteral("材料已交乡镇"));  // followed by the next service: not owed
    serve(20, 6, QStringLiteral("等待医保局审核")); // due six days ago, nothing since: overdue

    HouseholdDialog file(t.db(), test::as(QStringLiteral("王芳")), id);
    file.resize(1366, 768);
    file.show();
    auto* logs = child<ServiceLogTab>(&file, "serviceLogTab");
    auto* tabs = child<QTabWidget>(&file, "tabWidget");
    tabs->setCurrentWidget(logs);
    QTableView* table = logs->table();
    const QAbstractItemModel* model = table->model();
    const auto data = [model](int row, int column, int role) { return model->index(row, column).data(role); };
    REQUIRE(model->rowCount() == 2);
    CHECK(logs->overdueCount() == 1);
    // Newest first: the owed follow-up is red with a warning, the other is not.
    CHECK(model->headerData(6, Qt::Horizontal).toString() == QStringLiteral("Outcome"));
    CHECK(cell(table, 0, 6) == QStringLiteral("等待医保局审核"));
    CHECK(cell(table, 1, 6) == QStringLiteral("材料已交乡镇"));
    CHECK(cell(table, 0, 7) == today.addDays(-6).toString(Qt::ISODate));
    CHECK(data(0, 7, Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb0, 0x00, 0x20));
    CHECK(data(0, 0, Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb0, 0x00, 0x20));
    CHECK_FALSE(data(0, 7, Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(data(0, 7, Qt::ToolTipRole).toString().contains(QStringLiteral("6 day(s) overdue")));
    CHECK(data(1, 7, Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(data(1, 7, Qt::ForegroundRole).value<QBrush>().style() == Qt::NoBrush);
    CHECK(tabs->tabText(tabs->indexOf(logs)) == QStringLiteral("Service logs (1 overdue)"));
    CHECK(tabs->tabBar()->tabTextColor(tabs->indexOf(logs)) == QColor(0xb0, 0x00, 0x20));
    CHECK(child<QLabel>(logs, "serviceSummaryLabel")
              ->text()
              .contains(QStringLiteral("1 follow-up(s) overdue")));
    // At 1366×768 every column is on screen: no horizontal scrolling, the texts have room.
    QApplication::processEvents();
    CHECK_FALSE(table->horizontalScrollBar()->isVisible());
    CHECK(table->columnWidth(5) >= 150);
    CHECK(table->columnWidth(6) >= 150);

    // A service today is the follow-up: nothing owed any more.
    serve(0, -14, QStringLiteral("已审核通过"));
    logs->reload();
    CHECK(logs->overdueCount() == 0);
    CHECK(tabs->tabText(tabs->indexOf(logs)) == QStringLiteral("Service logs"));
    CHECK(data(1, 7, Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_CASE("the due-visits view lists an overdue left-behind child's household first", "[gui][casework]")
{
    test::TempDatabase t;
    const QDate today = QDate::currentDate();
    // A default-rule household visited long ago, an elderly person alone a little overdue, a
    // left-behind child most overdue in another village, and one visited recently.
    addHousehold(t.db(), QStringLiteral("D-4"), QStringLiteral("东山村"), QStringLiteral("赵刚"), {},
                 today.addDays(-95));
    addHousehold(t.db(), QStringLiteral("E-5"), QStringLiteral("东山村"), QStringLiteral("钱梅"),
                 {QStringLiteral("empty_nest")}, today.addDays(-40));
    const QString child_ =
        addHousehold(t.db(), QStringLiteral("L-1"), QStringLiteral("西河村"), QStringLiteral("孙丽"),
                     {QStringLiteral("left_behind_child")}, today.addDays(-75));
    addHousehold(t.db(), QStringLiteral("R-9"), QStringLiteral("西河村"), QStringLiteral("周平"),
                 {QStringLiteral("left_behind_child")}, today.addDays(-2));

    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    // Made when first shown, not at start.
    CHECK(window.findChild<DueVisitsPage*>() == nullptr);
    child<QAction>(&window, "dueVisitsAction")->trigger();
    REQUIRE(window.findChild<DueVisitsPage*>() != nullptr);
    DueVisitsPage* page = window.dueVisitsPage();
    CHECK(page == window.findChild<DueVisitsPage*>());
    REQUIRE(page->isVisible());
    QTreeWidget* tree = page->tree();
    REQUIRE(tree->topLevelItemCount() == 2);
    // Village headers; 西河村 first, holding the most overdue household.
    QTreeWidgetItem* first = tree->topLevelItem(0);
    CHECK(first->text(0).startsWith(QStringLiteral("西河村")));
    CHECK(first->isFirstColumnSpanned());
    REQUIRE(first->childCount() == 1); // R-9 was visited two days ago
    QTreeWidgetItem* top = first->child(0);
    CHECK(top->data(0, Qt::UserRole).toString() == child_);
    CHECK(top->text(0).startsWith(QStringLiteral("L-1")));
    CHECK(top->text(2) == QStringLiteral("30"));
    CHECK(top->foreground(0).color() == QColor(0xb0, 0x00, 0x20));
    CHECK(page->rows().first().daysOverdue == 45);
    QTreeWidgetItem* second = tree->topLevelItem(1);
    CHECK(second->text(0).startsWith(QStringLiteral("东山村")));
    REQUIRE(second->childCount() == 2);
    CHECK(second->child(0)->text(0).startsWith(QStringLiteral("E-5"))); // 10 days before 5
    CHECK(second->child(1)->text(0).startsWith(QStringLiteral("D-4")));

    // Double-click opens the household's file.
    tree->setCurrentItem(top);
    QString opened;
    CHECK(onModal<HouseholdDialog>([&] { emit tree->itemActivated(top, 0); },
                                   [&](HouseholdDialog* d) { opened = d->householdId(); }));
    CHECK(opened == child_);

    // A county's replacement rules with a mistake: the page says what and where, and keeps working
    // with the built-in rules.
    QFile rules(VisitRules::replacementPath(t.path()));
    REQUIRE(rules.open(QIODevice::WriteOnly));
    rules.write("{\n  \"version\": 1,\n  \"rules\": [\n    {\"group\": \"orphan\", \"interval_days\": 30,"
                " \"reason\": {\"zh_CN\": \"a\", \"en\": \"b\"}}\n  ]\n}\n");
    rules.close();
    page->refresh();
    auto* banner = child<ErrorLabel>(page, "rulesErrorLabel");
    CHECK(banner->shownText().contains(QStringLiteral("orphan")));
    CHECK(banner->shownText().contains(QStringLiteral("4")));
    CHECK(page->rows().first().householdId == child_);

    // Back to the caseload.
    child<QAction>(&window, "caseloadAction")->trigger();
    CHECK_FALSE(page->isVisible());
}
