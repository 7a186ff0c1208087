// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the screenshots in docs/screenshots: the main window, a household file, its members and its
// history, at 1366x768, in Chinese and English, on a fresh demo caseload.
//   fieldfile-screenshots OUTPUT_FOLDER

#include "demo/DemoGenerator.h"
#include "forms/AssessmentsTab.h"
#include "forms/AssessmentWindow.h"
#include "forms/BuiltInForms.h"
#include "forms/FormRenderer.h"
#include "forms/MemberContext.h"
#include "households/ConflictDialog.h"
#include "households/HistoryDialog.h"
#include "households/HouseholdDialog.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdListPage.h"
#include "households/MemberDialog.h"
#include "households/MemberTableModel.h"
#include "journal/HybridLogicalClock.h"
#include "main/LanguageMenu.h"
#include "main/MainWindow.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/StatusReviewRepository.h"
#include "sync/ChangeImporter.h"
#include "widgets/CodeChoiceBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace ff;

namespace {
void save(QWidget* w, const QString& path)
{
    QApplication::processEvents();
    w->grab().save(path);
    QTextStream(stdout) << path << '\n';
}

/// Answers a choice, yes/no or scale question of an open form the way a click would.
void choose(FormRenderer* form, const char* question, const QString& text, const QString& member = {})
{
    if (QWidget* editor = form->editor(QString::fromLatin1(question), member)) {
        for (QAbstractButton* b : editor->findChildren<QAbstractButton*>()) {
            if (b->text() == text)
                b->click();
        }
    }
}

/// Submitted assessments for the household and its left-behind child, so the file has needs to show.
void assessHousehold(Database& db, const QString& householdId)
{
    const auto form = BuiltInForms::needsAssessment();
    const auto file = HouseholdRepository(db).load(householdId);
    if (!form || !file || !AssessmentRepository(db).forHousehold(householdId).isEmpty())
        return;
    AssessmentRepository repo(db);
    Assessment household;
    household.householdId = householdId;
    household.formId = form->id;
    household.formVersion = form->version;
    household.answers = {{QStringLiteral("main_difficulties"),
                          QStringList{QStringLiteral("medical"), QStringLiteral("schooling")}},
                         {QStringLiteral("income_stable"), false},
                         {QStringLiteral("family_relations"), 4},
                         {QStringLiteral("has_support"), true},
                         {QStringLiteral("mood"), 2},
                         {QStringLiteral("counselling_wanted"), true},
                         {QStringLiteral("policy_knowledge"), 2}};
    (void)repo.submit(household, *form, {}, QStringLiteral("王芳"));
    for (const QVariantMap& m : file->members) {
        const QVariantMap context = MemberContext::of(m, QDate::currentDate());
        if (context.value(QStringLiteral("member_age"), 99).toInt() >= 18)
            continue;
        Assessment child;
        child.householdId = householdId;
        child.memberId = m.value(QStringLiteral("id")).toString();
        child.formId = form->id;
        child.formVersion = form->version;
        child.answers = {{QStringLiteral("guardian"), QStringLiteral("grandparent")},
                         {QStringLiteral("guardian_age"), 68},
                         {QStringLiteral("parent_contact"), QStringLiteral("rarely")},
                         {QStringLiteral("schooling"), QStringLiteral("regular")},
                         {QStringLiteral("safety_concern"), false}};
        (void)repo.submit(child, *form, context, QStringLiteral("王芳"));
        break;
    }
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FieldfileScreenshots"));
    if (argc < 2) {
        QTextStream(stderr) << "usage: fieldfile-screenshots OUTPUT_FOLDER\n";
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("demo.db"))) ||
        !DemoGenerator::generate(db, {2000, 20261122, 500}))
        return 1;

    // A household with an open child-protection flag, referrals (one follow-up overdue) and a proposal.
    QSqlQuery risky(db.sql());
    risky.exec(QStringLiteral("SELECT household_id FROM risk_flag WHERE risk_type = 'child_protection'"
                              " ORDER BY household_id LIMIT 1"));
    const QString riskyId = risky.next() ? risky.value(0).toString() : QString();
    {
        const QDate today = QDate::currentDate();
        ReferralRepository referrals(db);
        Referral school{{},
                        riskyId,
                        QStringLiteral("minors_protection"),
                        QStringLiteral("监护人长期外出，孩子无人照料，申请临时监护照料"),
                        true,
                        today.addDays(-21)};
        school.sentOn = today.addDays(-20);
        school.sentNote = QStringLiteral("电话联系县未成年人救助保护机构王主任");
        school.followUpOn = today.addDays(-6);
        (void)referrals.send(school, QStringLiteral("王芳"));
        Referral health{{},
                        riskyId,
                        QStringLiteral("township_health_centre"),
                        QStringLiteral("孩子营养不良，需要体检"),
                        true,
                        today.addDays(-10)};
        health.sentOn = today.addDays(-9);
        health.followUpOn = today.addDays(12);
        if (referrals.send(health, QStringLiteral("王芳")))
            (void)referrals.advance(health.id, ReferralRepository::Step::Accept, today.addDays(-7),
                                    QStringLiteral("卫生院已安排下周体检"), QStringLiteral("王芳"));
        QSqlQuery status(db.sql());
        status.exec(QStringLiteral("SELECT status FROM household WHERE id = '%1'").arg(riskyId));
        const bool tekun = status.next() && status.value(0).toString() == QStringLiteral("tekun");
        StatusReview review{{},
                            riskyId,
                            {},
                            tekun ? QStringLiteral("dibao") : QStringLiteral("tekun"),
                            QStringLiteral("祖父失能，父母外出务工多年无音讯，孩子无人抚养"),
                            QStringLiteral("村委会证明；入户核查记录；残疾证")};
        (void)StatusReviewRepository(db).propose(review, QStringLiteral("王芳"));
    }

    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        LanguageMenu::apply(language);
        MainWindow window(db);
        window.resize(1366, 768);
        window.show();
        HouseholdListPage* page = window.listPage();
        save(&window, out.filePath(QStringLiteral("main-window-%1.png").arg(language)));

        page->searchEdit()->setText(QStringLiteral("zw"));
        QApplication::processEvents();
        page->searchEdit()->returnPressed();
        save(&window, out.filePath(QStringLiteral("search-pinyin-%1.png").arg(language)));

        // A household with grandchildren left behind: the kind of file a caseworker opens most.
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT id FROM household WHERE member_count >= 4 AND special_groups LIKE "
                              "'%left_behind_child%' ORDER BY household_no LIMIT 1"));
        const QString id = q.next() ? q.value(0).toString() : page->model()->householdId(0);
        HouseholdDialog dialog(db, window.author(), id, &window);
        dialog.show();
        save(&dialog, out.filePath(QStringLiteral("household-file-%1.png").arg(language)));
        dialog.findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(1);
        save(&dialog, out.filePath(QStringLiteral("household-members-%1.png").arg(language)));

        MemberDialog member(dialog.members()->members().constLast(), &dialog);
        member.show();
        save(&member, out.filePath(QStringLiteral("member-%1.png").arg(language)));
        member.hide();

        // What a caseworker sees after a typing mistake: nothing is saved, and the dialog says why.
        dialog.findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(0);
        dialog.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("1390539"));
        dialog.save();
        save(&dialog, out.filePath(QStringLiteral("validation-%1.png").arg(language)));
        dialog.hide();

        // The file of a household at risk: the banner, its referrals, its flags, its status review.
        if (!riskyId.isEmpty()) {
            HouseholdDialog riskFile(db, window.author(), riskyId, &window);
            riskFile.show();
            auto* tabs = riskFile.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
            const auto page = [&](const char* className) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->widget(i)->inherits(className))
                        return i;
                }
                return 0;
            };
            tabs->setCurrentIndex(page("ff::ReferralTab"));
            save(&riskFile, out.filePath(QStringLiteral("household-referrals-%1.png").arg(language)));
            tabs->setCurrentIndex(page("ff::RiskFlagTab"));
            save(&riskFile, out.filePath(QStringLiteral("household-risk-flags-%1.png").arg(language)));
            tabs->setCurrentIndex(page("ff::StatusReviewTab"));
            save(&riskFile, out.filePath(QStringLiteral("household-status-review-%1.png").arg(language)));
            riskFile.hide();
        }

        // Give the household some history to show.
        HouseholdDialog edit(db, window.author(), id, &window);
        edit.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("13905391234"));
        edit.save();
        HistoryDialog history(db, id, edit.windowTitle(), &window);
        history.show();
        save(&history, out.filePath(QStringLiteral("history-%1.png").arg(language)));

        // Two people changed the status offline: the conflict view (another laptop's change imported).
        Change other;
        other.id = {QStringLiteral("laptop-lina-%1").arg(language), 1};
        other.hlc = HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch() + 60'000, 0);
        other.author = QStringLiteral("李娜");
        other.entity = QStringLiteral("household");
        other.recordId = id;
        other.householdId = id;
        other.op = Change::Op::Update;
        other.fields = {{QStringLiteral("status"), QStringLiteral("tekun")}};
        QSqlQuery heads(db.sql());
        heads.exec(
            QStringLiteral(
                "SELECT device, device_seq FROM journal WHERE record_id = '%1' AND entity = 'household'"
                " ORDER BY seq LIMIT 1")
                .arg(id));
        heads.next();
        other.bases = {
            {QStringLiteral("status"), {{heads.value(0).toString(), heads.value(1).toLongLong()}}}};
        HouseholdDialog mine(db, window.author(), id, &window);
        mine.findChild<CodeChoiceBox*>(QStringLiteral("statusComboBox"))
            ->setCode(QStringLiteral("low_income"));
        mine.save();
        (void)ChangeImporter::apply(db, {other});
        // Find the household by its head's name, as a caseworker would.
        QSqlQuery head(db.sql());
        head.exec(QStringLiteral("SELECT head_name FROM household WHERE id = '%1'").arg(id));
        head.next();
        page->searchEdit()->setText(head.value(0).toString());
        page->searchEdit()->returnPressed();
        page->view()->selectRow(std::max(0, page->model()->rowOf(id)));
        save(&window, out.filePath(QStringLiteral("sync-status-%1.png").arg(language)));
        HouseholdDialog conflicted(db, window.author(), id, &window);
        conflicted.show();
        save(&conflicted, out.filePath(QStringLiteral("household-conflict-%1.png").arg(language)));
        conflicted.hide();
        ConflictDialog conflicts(db, window.author(), id, &window);
        conflicts.show();
        save(&conflicts, out.filePath(QStringLiteral("conflict-%1.png").arg(language)));
        conflicts.hide();

        // Needs assessment: a new one for the household, submitted too early — what is missing is
        // said next to each question.
        HouseholdDialog assessed(db, window.author(), id, &window);
        assessed.show();
        auto* tabs = assessed.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        auto* assessments = assessed.findChild<AssessmentsTab*>(QStringLiteral("assessmentsTab"));
        tabs->setCurrentWidget(assessments);
        AssessmentsTab::setWindowHook([&](AssessmentWindow& w) {
            w.show();
            FormRenderer* form = w.form();
            const auto definition = BuiltInForms::needsAssessment();
            auto choice = [&](const char* question, int i) {
                return FormDefinition::text(
                    definition->question(QString::fromLatin1(question))->choices[i].label);
            };
            choose(form, "main_difficulties", choice("main_difficulties", 1));
            choose(form, "main_difficulties", choice("main_difficulties", 2));
            choose(form, "income_stable", FormRenderer::tr("No"));
            choose(form, "training_interest", FormRenderer::tr("Yes")); // shows who would take training
            if (auto* urgent = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("urgent_need"))))
                urgent->setText(language == QStringLiteral("zh_CN")
                                    ? QStringLiteral("孙女下学期学费")
                                    : QStringLiteral("School fees for next term"));
            save(&w, out.filePath(QStringLiteral("assessment-form-%1.png").arg(language)));
            w.submit();
            save(&w, out.filePath(QStringLiteral("assessment-errors-%1.png").arg(language)));
            w.hide();
        });
        assessments->newAssessment();
        AssessmentsTab::setWindowHook({});
        assessed.hide();

        // The household file after its needs assessments: the needs they identified on the overview.
        assessHousehold(db, id);
        HouseholdDialog withNeeds(db, window.author(), id, &window);
        withNeeds.show();
        save(&withNeeds, out.filePath(QStringLiteral("household-needs-%1.png").arg(language)));
        withNeeds.findChild<QTabWidget*>(QStringLiteral("tabWidget"))
            ->setCurrentWidget(withNeeds.findChild<AssessmentsTab*>(QStringLiteral("assessmentsTab")));
        save(&withNeeds, out.filePath(QStringLiteral("household-assessments-%1.png").arg(language)));
        // The child's submitted assessment, read only.
        auto* list = withNeeds.findChild<AssessmentsTab*>(QStringLiteral("assessmentsTab"))->table();
        for (int r = 0; r < list->rowCount(); ++r) {
            if (list->item(r, 1)->text() != AssessmentsTab::tr("The household"))
                list->selectRow(r);
        }
        AssessmentsTab::setWindowHook([&](AssessmentWindow& w) {
            w.show();
            save(&w, out.filePath(QStringLiteral("assessment-child-%1.png").arg(language)));
            w.hide();
        });
        withNeeds.findChild<AssessmentsTab*>(QStringLiteral("assessmentsTab"))->openSelected();
        AssessmentsTab::setWindowHook({});
        withNeeds.hide();
    }
    return 0;
}
