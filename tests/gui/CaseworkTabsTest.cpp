// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A caseworker raises a risk flag in a household file: the banner and the list's risk column show
// it at once; closing it without a note is refused with a message the caseworker can see.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "core/forms/BuiltInForms.h"
#include "core/model/CodeList.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HistoryReader.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/ReferralRepository.h"
#include "core/records/RiskFlagRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/schema/Authority.h"
#include "core/sync/DeviceSync.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/households/HouseholdForm.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/households/ReferralTab.h"
#include "ui/households/RiskFlagTab.h"
#include "ui/households/StatusReviewTab.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/MainWindow.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/NoticeLabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace ff;

namespace {
template <typename T>
T* named(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

void choose(QComboBox* box, const QString& code)
{
    const int i = box->findData(code);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

/// The text of a cell of a list of records.
QString cell(const QTableView* list, int row, int column)
{
    return list->model()->index(row, column).data().toString();
}
} // namespace

TEST_CASE("raising a risk flag shows the banner and the list's risk column, closing needs a note",
          "[gui][risk]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {40, 3, 40, QDate(2026, 6, 1)}));
    MainWindow window(t.db());
    window.show();
    HouseholdListPage* page = window.listPage();
    HouseholdListModel* model = page->model();

    // A household with no open risk.
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, HouseholdListQuery::Risk).data().toString().isEmpty())
            row = r;
    }
    REQUIRE(row >= 0);
    const QString id = model->index(row, 0).data(HouseholdListModel::HouseholdIdRole).toString();
    page->view()->setCurrentIndex(model->index(row, 0));

    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<HouseholdDialog*>(QApplication::activeModalWidget());
        REQUIRE(d != nullptr);
        QLabel* banner = named<QLabel>(d, "riskBanner");
        CHECK_FALSE(banner->isVisible());
        auto* tabs = named<QTabWidget>(d, "tabWidget");
        auto* riskTab = d->findChild<RiskFlagTab*>();
        REQUIRE(riskTab);
        CHECK(d->findChild<ReferralTab*>());
        REQUIRE(d->findChild<StatusReviewTab*>());
        // This laptop never enrolled: a caseworker's, who takes no step on a status review (the
        // station's comes first).
        QPushButton* decide = named<QPushButton>(d->findChild<StatusReviewTab*>(), "decideButton");
        CHECK_FALSE(decide->isEnabled());
        // …and says why, from the authority rule.
        CHECK(decide->toolTip() == Authority::forPerson(QStringLiteral("recommendation_not_authorised")));
        CHECK(decide->toolTip().contains(QStringLiteral("station supervisor")));
        // What a caseworker may do says nothing of the kind.
        CHECK(named<QPushButton>(riskTab, "raiseFlagButton")->isEnabled());
        CHECK_FALSE(
            named<QPushButton>(riskTab, "raiseFlagButton")->toolTip().contains(QStringLiteral("role")));
        tabs->setCurrentWidget(riskTab);

        // Without a description nothing is raised, and the tab says why.
        choose(named<QComboBox>(riskTab, "riskTypeComboBox"), QStringLiteral("child_protection"));
        choose(named<QComboBox>(riskTab, "riskSeverityComboBox"), QStringLiteral("high"));
        named<QPushButton>(riskTab, "raiseFlagButton")->click();
        CHECK(riskTab->notice()->isVisible());
        CHECK(riskTab->notice()->shownText().contains(QStringLiteral("Describe the risk")));
        CHECK_FALSE(banner->isVisible());

        named<QPlainTextEdit>(riskTab, "riskDescriptionEdit")
            ->setPlainText(QStringLiteral("孩子独自在家三天，邻居报告"));
        named<QPushButton>(riskTab, "raiseFlagButton")->click();
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("Child protection")));
        CHECK(banner->text().contains(QStringLiteral("孩子独自在家三天")));
        CHECK(banner->text().contains(QStringLiteral("Mandatory report not yet recorded")));
        CHECK(riskTab->notice()->shownText().contains(QStringLiteral("reported to the authorities")));
        auto* table = named<QTableView>(riskTab, "riskFlagTable");
        CHECK(table->model()->rowCount() == 1);
        CHECK(cell(table, 0, 2) == QStringLiteral("The household"));
        CHECK(cell(table, 0, 5) == QStringLiteral("Not yet reported"));

        // Closing without a note: refused, visibly; the flag and the banner stay.
        named<QPushButton>(riskTab, "closeFlagButton")->click();
        CHECK(riskTab->notice()->isVisible());
        CHECK(riskTab->notice()->shownText().contains(QStringLiteral("closed only with a note")));
        CHECK(banner->isVisible());
        CHECK(RiskFlagRepository(t.db()).openForHousehold(id).size() == 1);
        CHECK(d->recordsChanged());
        ran = true;
        d->reject(); // nothing in the household form changed: closes without asking
    });
    named<QAction>(&window, "openHouseholdAction")->trigger();
    REQUIRE(ran);

    // The list shows the open flag without the household form having been saved.
    row = model->rowOf(id);
    REQUIRE(row >= 0);
    const QString risk = model->index(row, HouseholdListQuery::Risk).data().toString();
    CHECK(risk.contains(QStringLiteral("⚠")));
    CHECK(risk.contains(QStringLiteral("Child protection")));

    // Closed with a note in the file, the risk leaves the banner and the list.
    ran = false;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<HouseholdDialog*>(QApplication::activeModalWidget());
        REQUIRE(d != nullptr);
        CHECK(named<QLabel>(d, "riskBanner")->isVisible());
        auto* riskTab = d->findChild<RiskFlagTab*>();
        named<QPlainTextEdit>(riskTab, "closingNoteEdit")
            ->setPlainText(QStringLiteral("已联系孩子父亲回家照料"));
        // Not before the mandatory report is recorded: to whom, and when.
        named<QPushButton>(riskTab, "closeFlagButton")->click();
        CHECK(riskTab->notice()->shownText().contains(QStringLiteral("mandatory report")));
        CHECK(named<QLabel>(d, "riskBanner")->isVisible());
        named<QLineEdit>(riskTab, "reportedToLineEdit")->setText(QStringLiteral("镇派出所"));
        named<QPushButton>(riskTab, "recordReportButton")->click();
        CHECK(riskTab->notice()->shownText().contains(QStringLiteral("both")));
        named<DateField>(riskTab, "reportedOnDateEdit")->setValue(QDate::currentDate());
        named<QPushButton>(riskTab, "recordReportButton")->click();
        CHECK(riskTab->notice()->shownText().contains(QStringLiteral("report was recorded")));
        auto* table = named<QTableView>(riskTab, "riskFlagTable");
        CHECK(cell(table, 0, 5).startsWith(QStringLiteral("镇派出所")));
        CHECK_FALSE(named<QLabel>(d, "riskBanner")->text().contains(QStringLiteral("Mandatory report")));
        named<QPushButton>(riskTab, "closeFlagButton")->click();
        CHECK(riskTab->notice()->shownText().contains(QStringLiteral("closed")));
        CHECK_FALSE(named<QLabel>(d, "riskBanner")->isVisible());
        ran = true;
        d->reject();
    });
    page->view()->setCurrentIndex(model->index(row, 0));
    named<QAction>(&window, "openHouseholdAction")->trigger();
    REQUIRE(ran);
    row = model->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(model->index(row, HouseholdListQuery::Risk).data().toString().isEmpty());
}

TEST_CASE("the history names referrals, risk flags and reviews in Chinese", "[gui][history]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    const QString id = file.household.value(QStringLiteral("id")).toString();
    RiskFlag flag{{}, id, QStringLiteral("child_protection"), QStringLiteral("high"), QStringLiteral("说明")};
    REQUIRE(RiskFlagRepository(t.db(), test::as(QStringLiteral("王芳"))).raise(flag));
    Referral referral{
        {}, id, QStringLiteral("womens_federation"), QStringLiteral("原因"), true, QDate::currentDate()};
    REQUIRE(ReferralRepository(t.db(), test::as(QStringLiteral("王芳"))).send(referral));

    LanguageMenu::apply(QStringLiteral("zh_CN"));
    QStringList lines;
    for (const HistoryEntry& e : HistoryReader(t.db()).forHousehold(id))
        lines << e.record + QLatin1Char('|') + e.field + QLatin1Char('|') + e.to;
    LanguageMenu::apply(QStringLiteral("en"));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    const QString referralTitle =
        QStringLiteral("转介 妇女联合会 · %1").arg(QDate::currentDate().toString(Qt::ISODate));
    CHECK(lines.contains(QStringLiteral("风险标记 儿童保护／强制报告|风险类型|儿童保护／强制报告")));
    CHECK(lines.contains(QStringLiteral("风险标记 儿童保护／强制报告|风险等级|高")));
    CHECK(lines.contains(referralTitle + QStringLiteral("|转介机构|妇女联合会")));
    CHECK(lines.contains(referralTitle + QStringLiteral("|服务对象同意转介|是")));
    CHECK(lines.contains(referralTitle + QStringLiteral("|转介进度|已转出")));
}

TEST_CASE("a referral is sent from the file only with consent, and its steps follow the lifecycle",
          "[gui][referral]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    HouseholdDialog dialog(t.db(), test::as(QStringLiteral("王芳")),
                           file.household.value(QStringLiteral("id")).toString());
    dialog.show();
    auto* tab = dialog.findChild<ReferralTab*>();
    REQUIRE(tab);
    named<QTabWidget>(&dialog, "tabWidget")->setCurrentWidget(tab);

    choose(named<QComboBox>(tab, "agencyComboBox"), QStringLiteral("disabled_federation"));
    named<QLineEdit>(tab, "referralReasonLineEdit")->setText(QStringLiteral("申请残疾人辅具"));
    named<QPushButton>(tab, "sendReferralButton")->click();
    CHECK(tab->notice()->shownText().contains(QStringLiteral("without the household's consent")));
    CHECK(named<QTableView>(tab, "referralTable")->model()->rowCount() == 0);

    named<QCheckBox>(tab, "consentCheckBox")->setChecked(true);
    named<QPushButton>(tab, "sendReferralButton")->click();
    INFO(tab->notice()->shownText().toStdString());
    QTableView* table = named<QTableView>(tab, "referralTable");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cell(table, 0, 0) == QStringLiteral("Disabled persons' federation"));
    CHECK(cell(table, 0, 2) == QStringLiteral("Sent"));
    CHECK(dialog.recordsChanged());

    QComboBox* step = named<QComboBox>(tab, "referralStepComboBox");
    step->setCurrentIndex(2); // completed, before the agency accepted
    named<QPushButton>(tab, "recordStepButton")->click();
    CHECK(tab->notice()->shownText().contains(QStringLiteral("Only a referral the agency accepted")));
    CHECK(cell(table, 0, 2) == QStringLiteral("Sent"));
    step->setCurrentIndex(0);
    named<QLineEdit>(tab, "referralStepNoteLineEdit")->setText(QStringLiteral("残联已受理"));
    named<QPushButton>(tab, "recordStepButton")->click();
    CHECK(cell(table, 0, 2) == QStringLiteral("Accepted"));
    CHECK(cell(table, 0, 5) == QStringLiteral("残联已受理"));

    // A mandatory report goes without consent, only once a child-protection flag is raised; it
    // then records the flag's report, and the risk tab shows it.
    auto* mandatory = named<QCheckBox>(tab, "mandatoryReportCheckBox");
    mandatory->setChecked(true);
    CHECK_FALSE(named<QCheckBox>(tab, "consentCheckBox")->isEnabled());
    choose(named<QComboBox>(tab, "agencyComboBox"), QStringLiteral("police_station"));
    named<QLineEdit>(tab, "referralReasonLineEdit")->setText(QStringLiteral("孩子疑似遭受殴打"));
    named<QPushButton>(tab, "sendReferralButton")->click();
    CHECK(tab->notice()->shownText().contains(QStringLiteral("child-protection risk flag first")));
    CHECK(table->model()->rowCount() == 1);
    RiskFlag flag{{},
                  file.household.value(QStringLiteral("id")).toString(),
                  QStringLiteral("child_protection"),
                  QStringLiteral("high"),
                  QStringLiteral("孩子身上有伤")};
    REQUIRE(RiskFlagRepository(t.db(), test::as(QStringLiteral("王芳"))).raise(flag));
    named<QPushButton>(tab, "sendReferralButton")->click();
    CHECK(tab->notice()->shownText().contains(QStringLiteral("mandatory report")));
    CHECK(table->model()->rowCount() == 2);
    CHECK_FALSE(mandatory->isChecked());
    CHECK(RiskFlagRepository(t.db()).load(flag.id)->isReported());
    auto* riskTable = named<QTableView>(dialog.findChild<RiskFlagTab*>(), "riskFlagTable");
    REQUIRE(riskTable->model()->rowCount() == 1);
    CHECK(cell(riskTable, 0, 5).startsWith(QStringLiteral("Police station")));
}

TEST_CASE("the repositories' refusals of a caseworker's status change, an edited submission and another "
          "household's member read in Chinese",
          "[gui][translation]")
{
    test::TempDatabase t;
    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    HouseholdFile other = test::sampleHousehold(QStringLiteral("李强"));
    other.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-000002"));
    REQUIRE(households.save(file));
    REQUIRE(households.save(other));
    const auto form = BuiltInForms::definition(QStringLiteral("needs-assessment"), 2);
    REQUIRE(form);
    AssessmentRepository assessments(t.db(), test::as(QStringLiteral("王芳")));
    Assessment a;
    a.householdId = file.household.value(QStringLiteral("id")).toString();
    a.formId = form->id;
    a.formVersion = form->version;
    a.answers = {{QStringLiteral("main_difficulties"), QStringList{QStringLiteral("employment")}},
                 {QStringLiteral("income_stable"), true},
                 {QStringLiteral("family_relations"), 4},
                 {QStringLiteral("has_support"), true},
                 {QStringLiteral("mood"), 4},
                 {QStringLiteral("training_interest"), true},
                 {QStringLiteral("training_member"), other.members[0].value(QStringLiteral("id"))}};

    LanguageMenu::apply(QStringLiteral("zh_CN"));
    HouseholdFile changed = file;
    changed.household.insert(QStringLiteral("status"), QStringLiteral("tekun"));
    const QString status = households.save(changed).error().message;
    const QString member = assessments.submit(a, *form, {}).error().message;
    a.answers.insert(QStringLiteral("training_member"), file.members[0].value(QStringLiteral("id")));
    REQUIRE(assessments.submit(a, *form, {}));
    const QString submitted = assessments.saveDraft(a).error().message;
    LanguageMenu::apply(QStringLiteral("en"));

    CHECK(status.contains(QStringLiteral("只能通过动态调整变更")));
    CHECK(member.contains(QStringLiteral("请选择本户的家庭成员")));
    CHECK(submitted.contains(QStringLiteral("不能再修改")));
}

TEST_CASE("closing a file with text typed on a tab and not recorded asks first", "[gui][risk]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    HouseholdDialog dialog(t.db(), test::as(QStringLiteral("王芳")),
                           file.household.value(QStringLiteral("id")).toString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // Nothing typed: closes at once.
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());

    dialog.show();
    named<QPlainTextEdit>(&dialog, "riskDescriptionEdit")->setPlainText(QStringLiteral("孩子身上有伤"));
    QString asked;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    dialog.reject();
    CHECK(asked.contains(QStringLiteral("Risk flags")));
    CHECK(dialog.isVisible()); // the text is still there to record
    CHECK(named<QPlainTextEdit>(&dialog, "riskDescriptionEdit")->toPlainText() ==
          QStringLiteral("孩子身上有伤"));
}

TEST_CASE("a widget of namespace ff reads its messages in Chinese, as lupdate names its context",
          "[gui][i18n]")
{
    // ReferralTab asks under "ff::ReferralTab", RecordTab under "ff::RecordTab"; the catalogue
    // has them under "ReferralTab" and "RecordTab".
    test::TempDatabase t;
    LanguageMenu::apply(QStringLiteral("zh_CN"));
    ReferralTab tab(t.db(), test::as(QStringLiteral("王芳")));
    tab.setHousehold({});
    const QString title = tab.title();
    const QString unsaved = tab.toolTip();
    LanguageMenu::apply(QStringLiteral("en"));
    CHECK(title == QStringLiteral("转介"));
    CHECK(unsaved == QStringLiteral("请先保存新建的户档案。"));
}

TEST_CASE("the status box is closed to every role on a file, and only a supervisor confirms a filed status",
          "[gui][review]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    file.household.insert(QStringLiteral("status"), QStringLiteral("dibao"));
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    const QString id = file.household.value(QStringLiteral("id")).toString();
    {
        MainWindow window(t.db());
        HouseholdListModel* model = window.listPage()->model();
        REQUIRE(model->rowCount() == 1);
        CHECK(model->index(0, HouseholdListQuery::Status)
                  .data()
                  .toString()
                  .contains(QStringLiteral("unconfirmed")));
    }
    for (const Role role : {Role::Caseworker, Role::Supervisor, Role::County}) {
        const Session who = Session::of(QStringLiteral("某人"), role);
        HouseholdDialog d(t.db(), who, id);
        auto* status = named<QComboBox>(&d, "statusComboBox");
        CHECK_FALSE(status->isEnabled());
        CHECK(status->toolTip() == Authority::forPerson(QStringLiteral("status_not_authorised")));
        auto* form = d.findChild<HouseholdForm*>();
        REQUIRE(form);
        CHECK(form->showsUnconfirmed());
        QPushButton* confirm = form->confirmStatusButton();
        CHECK(confirm->isEnabled() == (role != Role::Caseworker));
        if (role == Role::Caseworker)
            CHECK(confirm->toolTip() == Authority::forPerson(QStringLiteral("confirmation_not_authorised")));
    }
    // The supervisor confirms: the mark goes, in the file and in the list.
    const auto key = QByteArray(32, 'k');
    REQUIRE(DeviceSync(t.db()).setCounty(QStringLiteral("371321"), key, key, QStringLiteral("https://county"),
                                         QStringLiteral("李督导"), QStringLiteral("supervisor")));
    HouseholdDialog d(t.db(), DeviceSync(t.db()).session(), id);
    auto* form = d.findChild<HouseholdForm*>();
    QTest::mouseClick(form->confirmStatusButton(), Qt::LeftButton);
    CHECK_FALSE(form->showsUnconfirmed());
    CHECK(HouseholdRepository(t.db()).isStatusConfirmed(id));
    MainWindow window(t.db());
    CHECK_FALSE(window.listPage()
                    ->model()
                    ->index(0, HouseholdListQuery::Status)
                    .data()
                    .toString()
                    .contains(QStringLiteral("unconfirmed")));
}

TEST_CASE("long reasons and evidence of a status review are shown whole, wrapping, where the list cuts them",
          "[gui][casework]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    const QString householdId = file.household.value(QStringLiteral("id")).toString();
    StatusReview r;
    r.householdId = householdId;
    r.proposedStatus = QStringLiteral("tekun");
    r.reasons =
        QStringLiteral("老人张伟今年六十六岁，患有严重的类风湿性关节炎，已无劳动能力；唯一的儿子在外地务工，"
                       "三年来没有寄钱回家，也联系不上，孙女张小雨由老人独自抚养。\n家中无其他收入来源。");
    r.evidence = QStringLiteral("残疾证复印件、县医院诊断证明、村委会出具的无赡养能力证明、邻居证言两份，"
                                "以及最近一年的银行流水（无任何转入）。");
    REQUIRE(StatusReviewRepository(t.db(), test::as(QStringLiteral("王芳"))).propose(r));

    HouseholdDialog d(t.db(), test::as(QStringLiteral("王芳")), householdId);
    d.show();
    auto* tab = d.findChild<StatusReviewTab*>();
    REQUIRE(tab);
    named<QTabWidget>(&d, "tabWidget")->setCurrentWidget(tab);
    QTableView* table = tab->table();
    REQUIRE(table->model()->rowCount() == 1);
    auto* model = table->model();
    int reasons = -1;
    int evidence = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString head = model->headerData(c, Qt::Horizontal).toString();
        if (head.contains(QStringLiteral("Reason")))
            reasons = c;
        if (head.contains(QStringLiteral("Evidence")))
            evidence = c;
    }
    REQUIRE(reasons >= 0);
    REQUIRE(evidence >= 0);
    // The column is narrower than the text: its tooltip holds it whole, as rich text, which wraps.
    const QString reasonsTip = model->index(0, reasons).data(Qt::ToolTipRole).toString();
    CHECK(Qt::mightBeRichText(reasonsTip));
    CHECK(reasonsTip.contains(QStringLiteral("孙女张小雨由老人独自抚养。<br>家中无其他收入来源。")));
    const QString evidenceTip = model->index(0, evidence).data(Qt::ToolTipRole).toString();
    CHECK(Qt::mightBeRichText(evidenceTip));
    CHECK(evidenceTip.contains(QStringLiteral("以及最近一年的银行流水（无任何转入）。")));
    // The detail under the list wraps and holds both whole.
    table->selectRow(0);
    auto* chain = named<QLabel>(tab, "reviewChainLabel");
    CHECK(chain->wordWrap());
    CHECK(chain->text().contains(QStringLiteral("家中无其他收入来源。")));
    CHECK(chain->text().contains(QStringLiteral("以及最近一年的银行流水（无任何转入）。")));
}

TEST_CASE("the county confirming a status change is asked first, naming the change", "[gui][casework]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    const QString householdId = file.household.value(QStringLiteral("id")).toString();
    StatusReview r;
    r.householdId = householdId;
    r.proposedStatus = QStringLiteral("tekun");
    r.reasons = QStringLiteral("老人无劳动能力，无赡养人");
    r.evidence = QStringLiteral("残疾证、村委会证明");
    REQUIRE(StatusReviewRepository(t.db(), test::as(QStringLiteral("王芳"))).propose(r));
    REQUIRE(StatusReviewRepository(t.db(), test::supervisor(QStringLiteral("李强")))
                .recommend(r.id, QStringLiteral("recommended"), {}));
    const Session county = Session::of(QStringLiteral("赵敏"), Role::County);

    HouseholdDialog d(t.db(), county, householdId);
    d.show();
    auto* tab = d.findChild<StatusReviewTab*>();
    REQUIRE(tab);
    named<QTabWidget>(&d, "tabWidget")->setCurrentWidget(tab);
    tab->table()->selectRow(0);
    auto* decision = named<QComboBox>(tab, "decisionComboBox");
    decision->setCurrentIndex(decision->findData(QStringLiteral("approved")));
    QPushButton* decide = named<QPushButton>(tab, "decideButton");
    REQUIRE(decide->isEnabled());
    const auto answer = [&](Qt::Key key) {
        QString asked;
        QTimer::singleShot(0, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                QTest::keyClick(box, key);
            }
        });
        decide->click();
        return asked;
    };
    // Escape: nothing decided.
    const QString asked = answer(Qt::Key_Escape);
    CHECK(asked.contains(QStringLiteral("王芳")));
    CHECK(asked.contains(CodeList::assistanceStatus().label(QStringLiteral("tekun"))));
    CHECK(StatusReviewRepository(t.db()).load(r.id)->decision.isEmpty());
    // Enter confirms.
    decision->setCurrentIndex(decision->findData(QStringLiteral("approved")));
    CHECK_FALSE(answer(Qt::Key_Return).isEmpty());
    CHECK(StatusReviewRepository(t.db()).load(r.id)->decision == QStringLiteral("approved"));
}
