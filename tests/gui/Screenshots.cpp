// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the screenshots in docs/screenshots: the main window, a household file, its members and its
// history, at 1366x768, in Chinese and English, on a fresh demo caseload.
//   fieldfile-screenshots OUTPUT_FOLDER

#include "core/records/RecordProjections.h"
#include "tests/gui/DashboardScreenshots.h"
#include "tests/gui/SamplePhoto.h"
#include "tests/gui/SyncScreenshots.h"
#include "tests/gui/TaskListWait.h"

#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "core/forms/BuiltInForms.h"
#include "core/forms/MemberContext.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/JournalWriter.h"
#include "core/profile/ProfileDirectory.h"
#include "core/profile/ProfileOpener.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/AssistancePlanRepository.h"
#include "core/records/AttachmentRepository.h"
#include "core/records/CaseNoteRepository.h"
#include "core/records/HouseholdNeeds.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/ReferralRepository.h"
#include "core/records/ReviewArrivals.h"
#include "core/records/ReviewQueue.h"
#include "core/records/RiskFlagRepository.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/records/TaskList.h"
#include "core/records/VisitRepository.h"
#include "core/schema/RecordTypes.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"
#include "ui/casework/DueVisitsPage.h"
#include "ui/casework/ServiceSessionDialog.h"
#include "ui/casework/TaskListPage.h"
#include "ui/forms/AssessmentsTab.h"
#include "ui/forms/AssessmentWindow.h"
#include "ui/forms/FormRenderer.h"
#include "ui/households/AssignDialog.h"
#include "ui/households/AttachmentViewer.h"
#include "ui/households/ConflictDialog.h"
#include "ui/households/HistoryDialog.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/households/MemberDialog.h"
#include "ui/households/MemberTableModel.h"
#include "ui/households/MergeHouseholdDialog.h"
#include "ui/households/NoteSearchDialog.h"
#include "ui/main/ChineseFont.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PngIconStyle.h"
#include "ui/print/HouseholdFileDocument.h"
#include "ui/print/IndicatorReportDocument.h"
#include "ui/profile/LockController.h"
#include "ui/profile/StartDialog.h"
#include "ui/station/StationPage.h"
#include "ui/supervision/OverviewListDialog.h"
#include "ui/supervision/ReviewQueueModel.h"
#include "ui/supervision/ReviewQueuePage.h"
#include "ui/supervision/StationOverviewPage.h"
#include "ui/supervision/WorkbenchPage.h"
#include "ui/widgets/CodeChoiceBox.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlError>
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

/// The first page of a printed document as the screenshots show it: written as PDF and rendered
/// at 60 dots per inch by poppler's pdftoppm (poppler-utils).
bool savePage(const std::optional<PrintedDocument>& document, const QString& path)
{
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("page.pdf"));
    if (!document || !document->savePdf(pdf)) {
        QTextStream(stderr) << "not printed: " << path << '\n';
        return false;
    }
    QString stem = path;
    stem.chop(4); // pdftoppm adds ".png"
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                    QStringLiteral("-singlefile"), pdf, stem});
    if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitStatus() != QProcess::NormalExit ||
        pdftoppm.exitCode() != 0) {
        QTextStream(stderr) << "pdftoppm could not render " << path << ": "
                            << QString::fromLocal8Bit(pdftoppm.readAllStandardError()) << '\n';
        return false;
    }
    QTextStream(stdout) << path << '\n';
    return true;
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
    AssessmentRepository repo(db, Session::of(QStringLiteral("王芳")));
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
    (void)repo.submit(household, *form, {});
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
        (void)repo.submit(child, *form, context);
        break;
    }
}

/// Casework of one household for the plan, service-log and visit screenshots: a plan with an
/// overdue action, services (one a group session with two neighbours), visits planned and done.
bool addCasework(Database& db, const QString& id)
{
    const QDate today = QDate::currentDate();
    const QString author = QStringLiteral("王芳");
    const auto file = HouseholdRepository(db).load(id);
    if (!file)
        return false;
    QString child, grandparent;
    for (const QVariantMap& m : file->members) {
        const QString groups = m.value(QStringLiteral("special_groups")).toString();
        if (child.isEmpty() && groups.contains(QStringLiteral("left_behind_child")))
            child = m.value(QStringLiteral("id")).toString();
        else if (grandparent.isEmpty())
            grandparent = m.value(QStringLiteral("id")).toString();
    }
    AssistancePlanRepository plan(db, Session::of(author));
    PlanGoal school{{}, id, QStringLiteral("孩子按时上学，监护人落实到位"), today.addDays(60)};
    PlanGoal income{{}, id, QStringLiteral("家庭收入稳定在低保标准以上"), today.addDays(120)};
    if (!plan.saveGoal(school) || !plan.saveGoal(income))
        return false;
    struct A
    {
        const PlanGoal* goal;
        const char* text;
        const char* category;
        const char* who;
        int due;
        const char* status;
    };
    const A actions[] = {
        {&school, "申请教育救助和营养餐补助", "resource_linking", "王芳", -12, "in_progress"},
        {&school, "与学校班主任建立每月联系", "social_integration", "王芳", -30, "done"},
        {&school, "为孩子安排心理辅导（每两周一次）", "psychological_counselling", "县心理咨询中心", 14,
         "planned"},
        {&income, "推荐户主参加县里的养殖技术培训", "capacity_building", "镇农技站", -3, "planned"},
        {&income, "讲解临时救助和医疗救助政策", "policy_advocacy", "王芳", -40, "done"},
        {&income, "联系扶贫车间安排就近务工", "capacity_building", "村委会 李主任", 30, "dropped"},
    };
    // The actions answer the needs the household's assessments identified, one need each where the
    // category has one.
    assessHousehold(db, id);
    QList<IdentifiedNeed> needs = HouseholdNeeds::forHousehold(db, id);
    for (const A& a : actions) {
        PlanAction action;
        action.householdId = id;
        action.goalId = a.goal->id;
        action.action = QString::fromUtf8(a.text);
        action.category = QString::fromLatin1(a.category);
        for (qsizetype n = 0; n < needs.size(); ++n) {
            if (needs[n].category == action.category) {
                action.needKey = needs.takeAt(n).key();
                break;
            }
        }
        action.responsible = QString::fromUtf8(a.who);
        action.dueOn = today.addDays(a.due);
        action.status = QString::fromLatin1(a.status);
        if (!plan.saveAction(action))
            return false;
    }
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT id FROM household WHERE village = ? AND id <> ? ORDER BY household_no LIMIT 2"));
    q.addBindValue(file->household.value(QStringLiteral("village")));
    q.addBindValue(id);
    QList<ServiceSession::Participant> neighbours;
    if (q.exec()) {
        while (q.next())
            neighbours.append({q.value(0).toString(), {}, {}});
    }
    ServiceLogRepository logs(db, Session::of(author));
    ServiceSession group;
    group.servedOn = today.addDays(-6);
    group.durationMin = 90;
    group.method = QStringLiteral("group");
    group.category = QStringLiteral("psychological_counselling");
    group.caseworker = author;
    group.activity = QStringLiteral("留守儿童“说出心里话”小组第二次活动");
    group.outcome = QStringLiteral("孩子们愿意表达想念父母的心情");
    group.followUpOn = today.addDays(-2); // owed: shows red on the Service logs tab
    group.households = {{id, {}, child.isEmpty() ? QStringList() : QStringList{child}}};
    group.households += neighbours;
    ServiceSession casework;
    casework.servedOn = today.addDays(-20);
    casework.durationMin = 45;
    casework.method = QStringLiteral("casework");
    casework.category = QStringLiteral("resource_linking");
    casework.caseworker = author;
    casework.activity = QStringLiteral("协助祖父母准备教育救助申请材料");
    casework.outcome = QStringLiteral("材料已交镇民政办");
    casework.followUpOn = today.addDays(10);
    casework.households = {{id, {}, grandparent.isEmpty() ? QStringList() : QStringList{grandparent}}};
    if (!logs.save(group) || !logs.save(casework))
        return false;
    VisitRepository visits(db, Session::of(author));
    Visit done;
    done.householdId = id;
    done.status = QStringLiteral("done");
    done.visitedOn = today.addDays(-41);
    done.metMemberIds = {child, grandparent};
    done.metMemberIds.removeAll(QString());
    done.notes = QStringLiteral("祖父母照看，孩子按时上学；祖父腿脚不便");
    Visit planned;
    planned.householdId = id;
    planned.plannedOn = today.addDays(2);
    planned.purpose = QStringLiteral("监护随访，了解上学情况");
    if (!visits.save(done) || !visits.save(planned))
        return false;
    // Case notes between the visits, one of them corrected the next day.
    CaseNoteRepository notes(db, Session::of(author));
    const QList<QPair<int, QString>> written = {
        {-40, QStringLiteral("与孩子班主任通电话：孩子成绩中等，上课注意力不集中，老师愿意多关注。")},
        {-25, QStringLiteral("孩子母亲从宁波打来电话，询问孩子近况，约定每周日晚视频一次。")},
        {-6, QStringLiteral("协助祖父母准备教育救助申请材料：户口本、低保证、在校证明已齐，\n"
                            "还缺村委会出具的家庭情况说明，下周一去村委会开。")}};
    for (const auto& [days, text] : written) {
        CaseNote n;
        n.householdId = id;
        n.writtenOn = today.addDays(days);
        n.text = text;
        if (!notes.add(n))
            return false;
        if (days == -25 &&
            !CaseNoteRepository(db, Session::of(QStringLiteral("李站长"), Role::Supervisor))
                 .correct(n,
                          QStringLiteral("孩子母亲从宁波打来电话，询问孩子近况，约定每周日晚七点视频一次。"),
                          n.writtenOn))
            return false;
    }
    // Photos of its documents and house, and the signed consent form.
    AttachmentRepository attachments(db, Session::of(author));
    const struct
    {
        const char* kind;
        const char* category;
        const char* title;
        bool member;
    } photos[] = {{"id_card", "id_card", "张伟身份证正面", false},
                  {"hukou", "hukou", "户口簿孙子页", true},
                  {"housing", "housing", "东墙裂缝（2026年11月）", false}};
    for (const auto& p : photos) {
        Attachment a;
        a.householdId = id;
        a.category = QString::fromLatin1(p.category);
        a.title = QString::fromUtf8(p.title);
        a.fileName = a.title + QStringLiteral(".jpg");
        if (p.member)
            a.memberId = child;
        if (!attachments.add(a, test::samplePhoto(QString::fromLatin1(p.kind))))
            return false;
    }
    Attachment consent;
    consent.householdId = id;
    consent.category = QStringLiteral("consent");
    consent.title = QStringLiteral("服务知情同意书（已签字）");
    consent.fileName = QStringLiteral("知情同意书.pdf");
    return bool(attachments.add(consent, test::sampleScan()));
}

/// What the station supervisor and the county sent back to the caseworker, on the household at the
/// top of the task list: a note returned with a comment, and a status review confirmed. Returns
/// the returned note's id.
QString addDecisions(Database& db)
{
    const QDate today = QDate::currentDate();
    const Session caseworker = Session::of(QStringLiteral("王芳"));
    const Session supervisor = Session::of(QStringLiteral("李强"), Role::Supervisor);
    const Session county = Session::of(QStringLiteral("赵敏"), Role::County);
    for (const Task& task : TaskList(db, VisitRules::forDatabase(db.path())).tasks(today, 7)) {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT status FROM household WHERE id = '%1'").arg(task.householdId));
        const QString proposed = q.next() && q.value(0).toString() == QStringLiteral("tekun")
                                     ? QStringLiteral("dibao")
                                     : QStringLiteral("tekun");
        StatusReview review{{},
                            task.householdId,
                            {},
                            proposed,
                            QStringLiteral("户主去年因病失去劳动能力，子女均未成年"),
                            QStringLiteral("病历、村委会证明、入户核查记录")};
        if (!StatusReviewRepository(db, caseworker).propose(review))
            continue; // one is waiting for a decision already
        ServiceSession visit;
        visit.servedOn = today.addDays(-3);
        visit.durationMin = 60;
        visit.method = QStringLiteral("casework");
        visit.category = QStringLiteral("psychological_counselling");
        visit.caseworker = caseworker.author();
        visit.activity = QStringLiteral("入户与户主谈心，了解病后情绪和家庭开支");
        visit.outcome = QStringLiteral("情绪有所好转");
        visit.households = {{task.householdId, {}, {}}};
        ServiceLogRepository logs(db, caseworker);
        if (!logs.save(visit))
            return {};
        const QString note = visit.households.first().recordId;
        if (!NoteReviewRepository(db, supervisor)
                 .returnNote(note,
                             QStringLiteral("请写明户主目前的就医和用药情况、每月医疗开支大约多少，以及下一步"
                                            "是否需要链接医疗救助资源。")) ||
            !StatusReviewRepository(db, supervisor)
                 .recommend(review.id, QStringLiteral("recommended"), QStringLiteral("情况属实，建议纳入")) ||
            !StatusReviewRepository(db, county)
                 .decide(review.id, QStringLiteral("approved"), QStringLiteral("同意，自下月起享受")))
            return {};
        return note;
    }
    return {};
}

/// The station supervisor's laptop for the workbench screenshots: `db` (a copy of the demo, whose
/// caseworkers' notes all wait for review) enrolled as 李强, who has kept up with the queue: the
/// notes of more than two weeks ago approved; a thread on the oldest visit note left, one note
/// returned, and a child-protection concern raised a few days ago and not yet reported. Returns
/// the id of the note with the thread.
QString prepareSupervisor(Database& db)
{
    const auto key = QByteArray(32, 'k');
    if (!DeviceSync(db).setCounty(QStringLiteral("371321"), key, key,
                                  QStringLiteral("https://county.example"), QStringLiteral("李强"),
                                  QStringLiteral("supervisor"), {},
                                  QJsonObject{{QStringLiteral("displayName"), QStringLiteral("李强")},
                                              {QStringLiteral("station"), QStringLiteral("岸堤镇社工站")}}))
        return {};
    const Session supervisor = DeviceSync(db).session();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<JournalWriter::Edit> approvals;
    QSqlQuery old(db.sql());
    old.prepare(
        QStringLiteral("SELECT id, household_id FROM note_review WHERE state = 'pending' AND deleted = 0"
                       " AND submitted_at < ?"));
    old.addBindValue(QDateTime::currentDateTimeUtc().addDays(-14).toString(Qt::ISODate));
    old.exec();
    while (old.next())
        approvals.append({RecordTypes::noteReview(),
                          old.value(0).toString(),
                          old.value(1).toString(),
                          Change::Op::Update,
                          {{QStringLiteral("state"), QStringLiteral("approved")},
                           {QStringLiteral("reviewed_by"), supervisor.author()},
                           {QStringLiteral("reviewed_at"), at}}});
    old.finish();
    if (!JournalWriter(db, supervisor).commit(approvals))
        return {};

    ReviewQueue::Filter visits;
    visits.subjectType = QStringLiteral("visit");
    const QList<ReviewQueue::Item> oldest = ReviewQueue(db, QDate::currentDate()).page(visits, 0, 2);
    if (oldest.size() < 2)
        return {};
    const QString note = oldest.first().review.id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ManualClock twoDaysAgo(now - 2 * 86'400'000LL), yesterday(now - 86'400'000LL);
    if (!NoteReviewRepository(db, DeviceSync(db).session(twoDaysAgo))
             .comment(note, QStringLiteral("这次走访见到孩子本人了吗？请写明孩子的上学和身体情况。")) ||
        !NoteReviewRepository(db, Session::of(oldest.first().review.submittedBy, Role::Caseworker, yesterday))
             .comment(note, QStringLiteral("见到了，孩子放学在家。按时上学，身体正常，奶奶腿脚不便。")) ||
        !NoteReviewRepository(db, DeviceSync(db).session(yesterday))
             .returnNote(oldest.at(1).review.id, QStringLiteral("请补充见到的家庭成员和下一步安排。")))
        return {};

    // A child-protection concern the caseworker flagged four days ago, not yet reported.
    QSqlQuery child(db.sql());
    child.exec(
        QStringLiteral("SELECT id, caseworker FROM household WHERE special_groups LIKE '%left_behind_child%'"
                       " AND deleted = 0 ORDER BY household_no DESC LIMIT 1"));
    if (child.next()) {
        const QString householdId = child.value(0).toString(), caseworker = child.value(1).toString();
        child.finish();
        const ManualClock fourDaysAgo(QDateTime::currentMSecsSinceEpoch() - 4 * 86'400'000LL);
        RiskFlag flag{{},
                      householdId,
                      QStringLiteral("child_protection"),
                      QStringLiteral("high"),
                      QStringLiteral("孩子身上有多处淤青，祖母称是摔伤，孩子回避回答")};
        if (!RiskFlagRepository(db, Session::of(caseworker, Role::Caseworker, fourDaysAgo)).raise(flag))
            return {};
    }
    return note;
}
} // namespace

int main(int argc, char** argv)
{
    ff::RecordProjections::install();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setStyle(new PngIconStyle(QApplication::style())); // the app's style (app/main.cpp)
    ChineseFont::install();                                          // and its fonts
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
                              " AND flag_status = 'open' AND deleted = 0"
                              " ORDER BY household_id LIMIT 1"));
    const QString riskyId = risky.next() ? risky.value(0).toString() : QString();
    {
        const QDate today = QDate::currentDate();
        ReferralRepository referrals(db, Session::of(QStringLiteral("王芳")));
        Referral school{{},
                        riskyId,
                        QStringLiteral("minors_protection"),
                        QStringLiteral("监护人长期外出，孩子无人照料，申请临时监护照料"),
                        true,
                        today.addDays(-21)};
        school.sentOn = today.addDays(-20);
        school.sentNote = QStringLiteral("电话联系县未成年人救助保护机构王主任");
        school.followUpOn = today.addDays(-6);
        (void)referrals.send(school);
        Referral health{{},
                        riskyId,
                        QStringLiteral("township_health_centre"),
                        QStringLiteral("孩子营养不良，需要体检"),
                        true,
                        today.addDays(-10)};
        health.sentOn = today.addDays(-9);
        health.followUpOn = today.addDays(12);
        if (referrals.send(health))
            (void)referrals.advance(health.id, ReferralRepository::Step::Accept, today.addDays(-7),
                                    QStringLiteral("卫生院已安排下周体检"));
        QSqlQuery status(db.sql());
        status.exec(QStringLiteral("SELECT status FROM household WHERE id = '%1'").arg(riskyId));
        const bool tekun = status.next() && status.value(0).toString() == QStringLiteral("tekun");
        StatusReview review{{},
                            riskyId,
                            {},
                            tekun ? QStringLiteral("dibao") : QStringLiteral("tekun"),
                            QStringLiteral("祖父失能，父母外出务工多年无音讯，孩子无人抚养"),
                            QStringLiteral("村委会证明；入户核查记录；残疾证")};
        (void)StatusReviewRepository(db, Session::of(QStringLiteral("王芳"))).propose(review);
    }
    // The household the file screenshots show: grandchildren left behind, the kind of file a
    // caseworker opens most.
    QSqlQuery pick(db.sql());
    pick.exec(QStringLiteral("SELECT id FROM household WHERE member_count >= 4 AND special_groups LIKE "
                             "'%left_behind_child%' ORDER BY household_no LIMIT 1"));
    const QString caseworkId = pick.next() ? pick.value(0).toString() : QString();
    if (caseworkId.isEmpty() || !addCasework(db, caseworkId))
        return 1;
    const QString returnedNote = addDecisions(db);
    if (returnedNote.isEmpty())
        return 1;

    // The station supervisor's laptop: a copy of the demo, enrolled as the supervisor.
    const QString supervisorPath = dir.filePath(QStringLiteral("supervisor.db"));
    Database supervisorDb;
    risky.finish(); // VACUUM INTO waits for no statement
    pick.finish();
    QSqlQuery copy(db.sql());
    if (!copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(supervisorPath))) {
        QTextStream(stderr) << "the supervisor's copy of the demo could not be made: "
                            << copy.lastError().text() << '\n';
        return 1;
    }
    if (const Status opened = supervisorDb.open(supervisorPath); !opened) {
        QTextStream(stderr) << "the supervisor's copy of the demo does not open: " << opened.error().detail
                            << '\n';
        return 1;
    }
    const QString threadNote = prepareSupervisor(supervisorDb);
    if (threadNote.isEmpty()) {
        QTextStream(stderr) << "the supervisor's review thread could not be written\n";
        return 1;
    }

    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        LanguageMenu::apply(language);
        // The supervisor's home page: the review queue with a note and its thread, the station
        // overview, and the list behind one of its numbers.
        {
            MainWindow bench(supervisorDb);
            bench.resize(1366, 768);
            bench.show();
            ReviewQueuePage* queue = bench.workbenchPage()->queue();
            QApplication::processEvents();
            const int row = queue->model()->rowOf(threadNote);
            queue->view()->setCurrentIndex(queue->model()->index(std::max(0, row), 0));
            save(&bench, out.filePath(QStringLiteral("workbench-queue-%1.png").arg(language)));
            queue->stateBox()->setCurrentIndex(1);
            save(&bench, out.filePath(QStringLiteral("workbench-returned-%1.png").arg(language)));
            queue->stateBox()->setCurrentIndex(0);
            bench.workbenchPage()->showOverview();
            save(&bench, out.filePath(QStringLiteral("workbench-overview-%1.png").arg(language)));
            StationOverviewPage* overview = bench.workbenchPage()->overview();
            // The open risks of a caseworker with a child-protection concern not yet reported.
            int risky = 0;
            for (int r = 0; r < overview->rows().size(); ++r)
                risky = overview->rows().at(r).childProtectionUnreported > 0 ? r : risky;
            if (const auto list = overview->listDialog(risky, StationOverviewPage::OpenRisks)) {
                list->show();
                save(list.get(),
                     out.filePath(QStringLiteral("workbench-overview-list-%1.png").arg(language)));
            }
            // The station's volunteers and its purchased-service project, with their hours.
            bench.stationAction()->trigger();
            save(&bench, out.filePath(QStringLiteral("station-volunteers-%1.png").arg(language)));
            bench.stationPage()->tabs()->setCurrentIndex(1);
            save(&bench, out.filePath(QStringLiteral("station-projects-%1.png").arg(language)));
            // Assigning two households of the caseload to another caseworker.
            bench.showDueVisits(false);
            HouseholdListPage* households = bench.listPage();
            households->view()->setCurrentIndex(households->model()->index(0, 0));
            households->view()->selectionModel()->select(
                households->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            AssignDialog assign(supervisorDb, bench.session(), households->selectedHouseholdIds(), &bench);
            assign.show();
            QApplication::processEvents();
            save(&assign, out.filePath(QStringLiteral("assign-%1.png").arg(language)));
            assign.hide();
            bench.hide();
        }
        // The dashboard of the supervisor's station, the list behind a figure, and the county's.
        if (!shots::takeDashboardScreenshots(supervisorDb, db, out, language, save)) {
            QTextStream(stderr) << "the dashboard screenshots could not be taken\n";
            return 1;
        }
        MainWindow window(db);
        window.resize(1366, 768);
        window.show();
        HouseholdListPage* page = window.listPage();
        // A caseworker's home page: the day's tasks by village, a returned note beside the list, and
        // what the last sync brought.
        {
            TaskListPage* tasks = window.taskListPage();
            if (!test::waitForTasks(tasks)) {
                QTextStream(stderr) << "My tasks could not be gathered\n";
                return 1;
            }
            ReviewArrivals arrived;
            arrived.notesReturned = 1;
            arrived.reviewsConfirmed = 1;
            tasks->addArrivals(arrived);
            tasks->selectRecord(returnedNote);
            save(&window, out.filePath(QStringLiteral("my-tasks-%1.png").arg(language)));
            tasks->markArrivalsRead();
        }
        window.showDueVisits(false);
        save(&window, out.filePath(QStringLiteral("main-window-%1.png").arg(language)));

        // The day's route: households due for a visit, by village (the demo is dated up to today).
        window.showDueVisits(true);
        save(&window, out.filePath(QStringLiteral("due-visits-%1.png").arg(language)));
        window.showDueVisits(false);

        page->searchEdit()->setText(QStringLiteral("zw"));
        QApplication::processEvents();
        page->searchEdit()->returnPressed();
        save(&window, out.filePath(QStringLiteral("search-pinyin-%1.png").arg(language)));

        // A household with grandchildren left behind: the kind of file a caseworker opens most.
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT id FROM household WHERE member_count >= 4 AND special_groups LIKE "
                              "'%left_behind_child%' ORDER BY household_no LIMIT 1"));
        const QString id = q.next() ? q.value(0).toString() : page->model()->householdId(0);
        HouseholdDialog dialog(db, window.session(), id, &window);
        dialog.show();
        save(&dialog, out.filePath(QStringLiteral("household-file-%1.png").arg(language)));
        dialog.findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(1);
        save(&dialog, out.filePath(QStringLiteral("household-members-%1.png").arg(language)));
        // The printed household file of the household with casework, and its station's monthly
        // report for last month (File → Print household file…, Reports → Monthly station report…).
        {
            const QDateTime now = QDateTime::currentDateTime();
            if (!savePage(HouseholdFileDocument::build(db, caseworkId, now),
                          out.filePath(QStringLiteral("print-household-file-%1.png").arg(language))))
                return 1;
            const std::optional<HouseholdFile> file = HouseholdRepository(db).load(caseworkId);
            const QString station =
                file ? file->household.value(QStringLiteral("station")).toString() : QString();
            const ReportPeriod lastMonth =
                ReportPeriod::containing(ReportPeriod::Kind::Month, ReportPeriod::countyDay(now)).previous();
            if (!savePage(
                    IndicatorReportDocument::build(db, IndicatorScope::station(station), lastMonth, now),
                    out.filePath(QStringLiteral("print-monthly-report-%1.png").arg(language))))
                return 1;
        }
        {
            HouseholdDialog casework(db, window.session(), caseworkId, &window);
            casework.show();
            auto* tabs = casework.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
            const char* const pages[][2] = {{"caseNotesTab", "notes"},
                                            {"attachmentsTab", "attachments"},
                                            {"planTab", "plan"},
                                            {"serviceLogTab", "service-logs"},
                                            {"visitsTab", "visits"}};
            for (const auto& page : pages) {
                tabs->setCurrentWidget(casework.findChild<QWidget*>(QString::fromLatin1(page[0])));
                save(&casework,
                     out.filePath(
                         QStringLiteral("household-%1-%2.png").arg(QString::fromLatin1(page[1]), language)));
            }
            {
                // A photo of the house, in the viewer.
                const QList<Attachment> held = AttachmentRepository(db).forHousehold(caseworkId);
                for (const Attachment& a : held) {
                    if (a.category != QLatin1String("housing"))
                        continue;
                    AttachmentViewer viewer(a, AttachmentRepository(db).content(a), &casework);
                    viewer.show();
                    save(&viewer, out.filePath(QStringLiteral("attachment-viewer-%1.png").arg(language)));
                }
            }
            // The group session, entered once for three households.
            for (const ServiceLog& log : ServiceLogRepository(db).forHousehold(caseworkId)) {
                if (log.households < 2)
                    continue;
                ServiceSessionDialog session(db, window.session(),
                                             *ServiceLogRepository(db).loadSession(log.sessionId), &casework);
                session.show();
                save(&session, out.filePath(QStringLiteral("service-session-%1.png").arg(language)));
                break;
            }
            casework.hide();
        }
        {
            // The notes of every household, found by a two-character word.
            NoteSearchDialog notes(db, &window);
            notes.searchEdit()->setText(QStringLiteral("电话"));
            notes.show();
            save(&notes, out.filePath(QStringLiteral("notes-search-%1.png").arg(language)));
            notes.hide();
        }

        MemberDialog member(dialog.members()->members().constLast(), QDate::currentDate(), &dialog);
        member.show();
        save(&member, out.filePath(QStringLiteral("member-%1.png").arg(language)));
        member.hide();

        // What a caseworker sees after a typing mistake: nothing is saved, and the dialog says why.
        dialog.findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(0);
        dialog.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("1390539"));
        dialog.save();
        save(&dialog, out.filePath(QStringLiteral("validation-%1.png").arg(language)));
        dialog.hide();

        // A household file as the demo wrote it (nothing added here): every tab, its casework.
        {
            QSqlQuery busiest(db.sql());
            busiest.exec(
                QStringLiteral(
                    "SELECT household_id FROM plan_action a WHERE status IN ('planned', 'in_progress') AND"
                    " due_on < date('now') AND EXISTS (SELECT 1 FROM service_log s WHERE s.household_id ="
                    " a.household_id AND s.method <> 'casework') AND household_id NOT IN ('%1', '%2')"
                    " ORDER BY household_id LIMIT 1")
                    .arg(caseworkId, riskyId));
            if (busiest.next()) {
                HouseholdDialog demo(db, window.session(), busiest.value(0).toString(), &window);
                demo.show();
                auto* tabs = demo.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    save(&demo, out.filePath(QStringLiteral("demo-file-tab%1-%2.png").arg(i).arg(language)));
                }
                demo.hide();
            }
        }

        // The file of a household at risk: the banner, its referrals, its flags, its status review.
        if (!riskyId.isEmpty()) {
            HouseholdDialog riskFile(db, window.session(), riskyId, &window);
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
        HouseholdDialog edit(db, window.session(), id, &window);
        edit.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("13905391234"));
        edit.save();
        HistoryDialog history(db, id, edit.windowTitle(), &window);
        history.show();
        save(&history, out.filePath(QStringLiteral("history-%1.png").arg(language)));
        history.hide();

        // Filing that household again by mistake: a member's ID number and the phone are on file.
        {
            QSqlQuery member(db.sql());
            member.exec(QStringLiteral("SELECT name, id_number FROM member WHERE household_id = '%1'"
                                       " AND coalesce(id_number, '') <> '' LIMIT 1")
                            .arg(id));
            member.next();
            const QString name = member.value(0).toString();
            const QString idNumber = member.value(1).toString();
            HouseholdDialog::setMemberDialogHook([&](MemberDialog& d) {
                for (const auto& [field, text] :
                     {std::pair{"nameLineEdit", name}, std::pair{"idNumberLineEdit", idNumber}}) {
                    auto* edit = d.findChild<QLineEdit*>(QString::fromLatin1(field));
                    edit->setText(text);
                    emit edit->textEdited(text); // as typed: the ID number fills in the birth date and sex
                }
                d.accept();
                if (!d.errorText().isEmpty())
                    qWarning("the member was not taken: %s", qUtf8Printable(d.errorText()));
            });
            HouseholdDialog again(db, window.session(), {}, &window);
            again.findChild<QLineEdit*>(QStringLiteral("villageLineEdit"))->setText(QStringLiteral("西河村"));
            again.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))
                ->setText(QStringLiteral("13905391234"));
            again.findChild<QPushButton*>(QStringLiteral("addMemberButton"))->click();
            HouseholdDialog::setMemberDialogHook({});
            again.show();
            again.save();
            save(&again, out.filePath(QStringLiteral("household-duplicate-%1.png").arg(language)));
        }

        // Filed twice all the same, on another laptop: the station supervisor merges it into the
        // household on file (the dialog, then the merge, so later pictures show one household).
        if (std::optional<HouseholdFile> twice = HouseholdRepository(db).load(id)) {
            twice->household.remove(QStringLiteral("id"));
            twice->household.insert(QStringLiteral("household_no"),
                                    twice->household.value(QStringLiteral("household_no")).toString() +
                                        QStringLiteral("-2"));
            for (QVariantMap& m : twice->members)
                m.remove(QStringLiteral("id"));
            if (HouseholdRepository(db, Session::of(QStringLiteral("李娜"))).save(*twice)) {
                CaseNote n;
                n.householdId = twice->household.value(QStringLiteral("id")).toString();
                n.writtenOn = QDate::currentDate().addDays(-2);
                n.text = QStringLiteral("入户登记，户主说之前没有人来登记过。");
                (void)CaseNoteRepository(db, Session::of(QStringLiteral("李娜"))).add(n);
                MergeHouseholdDialog merge(db, Session::of(QStringLiteral("周督导"), Role::Supervisor), id,
                                           &window);
                merge.show();
                save(&merge, out.filePath(QStringLiteral("household-merge-%1.png").arg(language)));
                merge.setConfirm([](const QString&) { return true; });
                merge.merge();
            }
        }

        // Two people changed the phone number offline (the edit above and another laptop's change,
        // imported): the conflict view.
        Change other;
        other.id = {QStringLiteral("laptop-lina-%1").arg(language), 1};
        other.hlc = HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch() + 60'000, 0);
        other.author = QStringLiteral("李娜");
        other.entity = QStringLiteral("household");
        other.recordId = id;
        other.householdId = id;
        other.op = Change::Op::Update;
        other.fields = {{QStringLiteral("phone"), QStringLiteral("15853907788")}};
        QSqlQuery heads(db.sql());
        heads.exec(
            QStringLiteral(
                "SELECT device, device_seq FROM journal WHERE record_id = '%1' AND entity = 'household'"
                " ORDER BY seq LIMIT 1")
                .arg(id));
        heads.next();
        other.bases = {{QStringLiteral("phone"), {{heads.value(0).toString(), heads.value(1).toLongLong()}}}};
        (void)ChangeImporter::apply(db, {other});
        // Find the household by its head's name, as a caseworker would.
        QSqlQuery head(db.sql());
        head.exec(QStringLiteral("SELECT head_name FROM household WHERE id = '%1'").arg(id));
        head.next();
        page->searchEdit()->setText(head.value(0).toString());
        page->searchEdit()->returnPressed();
        page->view()->selectRow(std::max(0, page->model()->rowOf(id)));
        save(&window, out.filePath(QStringLiteral("sync-status-%1.png").arg(language)));
        HouseholdDialog conflicted(db, window.session(), id, &window);
        conflicted.show();
        save(&conflicted, out.filePath(QStringLiteral("household-conflict-%1.png").arg(language)));
        conflicted.hide();
        ConflictDialog conflicts(db, window.session(), id, &window);
        conflicts.show();
        save(&conflicts, out.filePath(QStringLiteral("conflict-%1.png").arg(language)));
        conflicts.hide();

        // Needs assessment: a new one for the household, submitted too early — what is missing is
        // said next to each question.
        HouseholdDialog assessed(db, window.session(), id, &window);
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

        // The daily-living scale of an elderly member of the household, its total added up live.
        if (const auto file = HouseholdRepository(db).load(id); file) {
            const auto definition = BuiltInForms::needsAssessment();
            QList<QPair<QString, QString>> members;
            for (const QVariantMap& m : file->members)
                members.append(
                    {m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("name")).toString()});
            for (const QVariantMap& m : file->members) {
                const QVariantMap context = MemberContext::of(m, QDate::currentDate());
                if (context.value(QStringLiteral("member_age")).toInt() < 60)
                    continue;
                Assessment elderly;
                elderly.householdId = id;
                elderly.memberId = m.value(QStringLiteral("id")).toString();
                elderly.formId = definition->id;
                elderly.formVersion = definition->version;
                const QVariantMap answers = {{QStringLiteral("lives_alone"), false},
                                             {QStringLiteral("adl_feeding"), QStringLiteral("independent")},
                                             {QStringLiteral("adl_bathing"), QStringLiteral("dependent")},
                                             {QStringLiteral("adl_grooming"), QStringLiteral("independent")},
                                             {QStringLiteral("adl_dressing"), QStringLiteral("some_help")},
                                             {QStringLiteral("adl_bowels"), QStringLiteral("continent")},
                                             {QStringLiteral("adl_bladder"), QStringLiteral("occasional")},
                                             {QStringLiteral("adl_toilet"), QStringLiteral("some_help")},
                                             {QStringLiteral("adl_transfer"), QStringLiteral("little_help")},
                                             {QStringLiteral("adl_walking"), QStringLiteral("little_help")},
                                             {QStringLiteral("adl_stairs"), QStringLiteral("dependent")}};
                AssessmentWindow w(db, window.session(), elderly, *definition,
                                   {elderly.memberId, m.value(QStringLiteral("name")).toString(), context},
                                   members, &window);
                w.form()->setAnswers(elderly.memberId, answers);
                w.show();
                QApplication::processEvents();
                w.form()->ensureWidgetVisible(w.form()->editor(QStringLiteral("adl_total"), elderly.memberId),
                                              20, 200);
                save(&w, out.filePath(QStringLiteral("assessment-elderly-%1.png").arg(language)));
                break;
            }
        }

        // The household file after its needs assessments: the needs they identified on the overview.
        assessHousehold(db, id);
        HouseholdDialog withNeeds(db, window.session(), id, &window);
        withNeeds.show();
        save(&withNeeds, out.filePath(QStringLiteral("household-needs-%1.png").arg(language)));
        withNeeds.findChild<QTabWidget*>(QStringLiteral("tabWidget"))
            ->setCurrentWidget(withNeeds.findChild<AssessmentsTab*>(QStringLiteral("assessmentsTab")));
        save(&withNeeds, out.filePath(QStringLiteral("household-assessments-%1.png").arg(language)));
        // The child's submitted assessment, read only.
        auto* list = withNeeds.findChild<AssessmentsTab*>(QStringLiteral("assessmentsTab"))->table();
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, 1).data().toString() != AssessmentsTab::tr("The household"))
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

        // The start window on a new laptop, the sign-in of a shared laptop, and the lock screen.
        {
            QTemporaryDir profileDir;
            const ProfileDirectory profiles(profileDir.filePath(QStringLiteral("profiles")));
            StartDialog first(profiles);
            first.show();
            save(&first, out.filePath(QStringLiteral("first-start-%1.png").arg(language)));
            first.hide();
            const struct
            {
                const char16_t* name;
                const char* role;
                const char16_t* station;
            } people[] = {{u"王芳", "caseworker", u"岸堤镇社工站"}, {u"李强", "supervisor", u"岸堤镇社工站"}};
            QString folder;
            for (const auto& person : people) {
                Database personDb;
                crypto::SecretBytes key;
                if (!profiles.createFolder(&folder) ||
                    !ProfileOpener::create(folder, QStringLiteral("correct horse"), &key, personDb,
                                           crypto::PasswordKey::testCost()) ||
                    !ProfileOpener::completeEnrollment(
                        folder, key,
                        {QString::fromUtf16(person.name), QString::fromUtf16(person.name),
                         QString::fromLatin1(person.role), QString::fromUtf16(person.station),
                         QStringLiteral("371321")},
                        {}, {}))
                    return 1;
            }
            StartDialog signIn(profiles);
            signIn.show();
            signIn.passwordEdit()->setText(QStringLiteral("password"));
            save(&signIn, out.filePath(QStringLiteral("sign-in-%1.png").arg(language)));
            signIn.hide();
            LockController lock(folder, QStringLiteral("李强"), 10, QByteArray());
            HouseholdDialog file(db, window.session(), caseworkId, &window);
            file.show();
            lock.lockNow();
            QApplication::processEvents();
            save(&window, out.filePath(QStringLiteral("locked-window-%1.png").arg(language)));
            if (!lock.dialog())
                return 1;
            save(lock.dialog(), out.filePath(QStringLiteral("lock-screen-%1.png").arg(language)));
            lock.dialog()->accept();
            file.hide();
        }

        // Connecting, syncing and the county's import, against the real county server.
        if (!shots::takeSyncScreenshots(out, language, save)) {
            QTextStream(stderr) << "the sync screenshots could not be taken\n";
            return 1;
        }
    }
    return 0;
}
