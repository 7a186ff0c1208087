// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/EveryDialog.h"

#include "core/records/AttachmentRepository.h"
#include "tests/gui/SamplePhoto.h"

#include "core/demo/DemoGenerator.h"
#include "core/forms/BuiltInForms.h"
#include "core/indicators/IndicatorRecords.h"
#include "core/indicators/Indicators.h"
#include "core/profile/ProfileDirectory.h"
#include "core/records/AssistancePlanRepository.h"
#include "core/records/CaseNoteRepository.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/RiskFlagRepository.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/StationOverview.h"
#include "core/records/VisitRepository.h"
#include "ui/casework/HouseholdPickerDialog.h"
#include "ui/casework/PlanActionDialog.h"
#include "ui/casework/PlanGoalDialog.h"
#include "ui/casework/ServiceSessionDialog.h"
#include "ui/casework/VisitDialog.h"
#include "ui/forms/AssessmentWindow.h"
#include "ui/households/AssignDialog.h"
#include "ui/households/AttachmentDialog.h"
#include "ui/households/AttachmentViewer.h"
#include "ui/households/CaseNoteDialog.h"
#include "ui/households/ConflictDialog.h"
#include "ui/households/HistoryDialog.h"
#include "ui/households/MergeHouseholdDialog.h"
#include "ui/households/NoteSearchDialog.h"

#include "ui/households/HouseholdDialog.h"
#include "ui/households/MemberDialog.h"
#include "ui/print/ReportPrintDialog.h"
#include "ui/profile/ConnectProfileDialog.h"
#include "ui/profile/LockDialog.h"
#include "ui/profile/NewPasswordDialog.h"
#include "ui/profile/StartDialog.h"
#include "ui/station/ServiceProjectDialog.h"
#include "ui/station/VolunteerDialog.h"
#include "ui/supervision/OverviewListDialog.h"
#include "ui/sync/ConnectDialog.h"
#include "ui/sync/ImportReportDialog.h"
#include <QLineEdit>

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTabWidget>

namespace ff::test {

DialogCaseload::DialogCaseload()
{
    REQUIRE(DemoGenerator::generate(db(), {60, 7, 60, QDate::currentDate()}));
    QSqlQuery q(db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM household ORDER BY member_count DESC, id LIMIT 1")));
    REQUIRE(q.next());
    m_risky = q.value(0).toString();
    const auto file = HouseholdRepository(db()).load(m_risky);
    REQUIRE(file);
    RiskFlagRepository flags(db(), session());
    RiskFlag child;
    child.householdId = m_risky;
    child.type = QStringLiteral("child_protection");
    child.severity = QStringLiteral("high");
    child.description = QStringLiteral("孩子独自在家三天，邻居报告孩子晚上哭闹，监护人外出务工未告知村委会，"
                                       "学校反映孩子近两周没有到校，需尽快核实并联系监护人");
    REQUIRE(flags.raise(child));
    RiskFlag violence;
    violence.householdId = m_risky;
    violence.memberId = file->members.constFirst().value(QStringLiteral("id")).toString();
    violence.type = QStringLiteral("domestic_violence");
    violence.severity = QStringLiteral("medium");
    violence.description = QStringLiteral("邻居听到争吵和摔东西的声音，当事人不愿多谈");
    REQUIRE(flags.raise(violence));
    RiskFlag health;
    health.householdId = m_risky;
    health.memberId = file->members.constLast().value(QStringLiteral("id")).toString();
    health.type = QStringLiteral("health_emergency");
    health.severity = QStringLiteral("high");
    health.description = QStringLiteral("老人摔倒后卧床，独自在家无人照料，需联系乡镇卫生院上门");
    REQUIRE(flags.raise(health));
    // Notes, a long one among them.
    CaseNoteRepository notes(m_db.db(), session());
    for (const QString& text :
         {QStringLiteral("与老人女儿通电话，她每月寄生活费，答应春节回来接老人住几天。"),
          QStringLiteral(
              "陪同户主到镇卫健办办理大病医疗救助，材料已受理，约二十个工作日到账。\n"
              "下周再去问一次进度；如果还没有到账，请村委会帮忙催一下，同时问清楚住院押金能不能先退。")}) {
        CaseNote n;
        n.householdId = m_risky;
        n.writtenOn = QDate::currentDate().addDays(-1);
        n.text = text;
        REQUIRE(notes.add(n));
    }
    // A photo of the house and a scan.
    AttachmentRepository attachments(m_db.db(), session());
    Attachment house;
    house.householdId = m_risky;
    house.category = QStringLiteral("housing");
    house.fileName = QStringLiteral("东墙裂缝.jpg");
    REQUIRE(attachments.add(house, test::samplePhoto(QStringLiteral("housing"))));
    Attachment consent;
    consent.householdId = m_risky;
    consent.category = QStringLiteral("consent");
    consent.fileName = QStringLiteral("知情同意书（2026年11月签字）.pdf");
    REQUIRE(attachments.add(consent, test::sampleScan()));
}

Session DialogCaseload::session() const { return test::as(QStringLiteral("王芳")); }

QList<AppDialog> everyDialog(DialogCaseload& caseload)
{
    Database& db = caseload.db();
    const Session session = caseload.session();
    const QString risky = caseload.riskyHousehold();
    const auto file = *HouseholdRepository(db).load(risky);
    QList<AppDialog> dialogs;
    const auto add = [&dialogs](const char* name, std::function<std::unique_ptr<QDialog>()> make) {
        dialogs.append({QString::fromUtf8(name), std::move(make)});
    };

    // The household file on each of its tabs (each tab asks for its own room).
    for (int tab = 0; tab < 12; ++tab) {
        add(qPrintable(QStringLiteral("household file at risk, tab %1").arg(tab)),
            [&db, session, risky, tab] {
                auto d = std::make_unique<HouseholdDialog>(db, session, risky);
                auto* tabs = d->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
                tabs->setCurrentIndex(std::min(tab, tabs->count() - 1));
                return std::unique_ptr<QDialog>(std::move(d));
            });
    }
    add("new household file",
        [&db, session] { return std::make_unique<HouseholdDialog>(db, session, QString()); });
    add("member dialog, new",
        [] { return std::make_unique<MemberDialog>(QVariantMap(), QDate::currentDate()); });
    add("member dialog, on file",
        [file] { return std::make_unique<MemberDialog>(file.members.constLast(), QDate::currentDate()); });
    add("visit", [&db, session, risky] {
        Visit v;
        v.householdId = risky;
        return std::make_unique<VisitDialog>(db, session, v);
    });
    add("plan goal", [&db, session, risky] {
        return std::make_unique<PlanGoalDialog>(db, session, PlanGoal{{}, risky, {}, {}});
    });
    add("plan action", [&db, session, risky] {
        PlanAction a;
        a.householdId = risky;
        return std::make_unique<PlanActionDialog>(db, session, AssistancePlanRepository(db).load(risky).goals,
                                                  a);
    });
    add("service log", [&db, session, risky] {
        ServiceSession s;
        s.servedOn = QDate::currentDate();
        s.households = {{risky, {}, {}}};
        return std::make_unique<ServiceSessionDialog>(db, session, s);
    });
    add("group session", [&db, session] {
        ServiceSession s;
        s.method = QStringLiteral("group");
        s.servedOn = QDate::currentDate();
        return std::make_unique<ServiceSessionDialog>(db, session, s);
    });
    add("household picker", [&db] { return std::make_unique<HouseholdPickerDialog>(db, QStringList()); });
    add("needs assessment", [&db, session, risky, file] {
        const auto form = BuiltInForms::needsAssessment();
        REQUIRE(form);
        Assessment a;
        a.householdId = risky;
        a.formId = form->id;
        a.formVersion = form->version;
        QList<QPair<QString, QString>> members;
        for (const QVariantMap& m : file.members)
            members.append(
                {m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("name")).toString()});
        return std::make_unique<AssessmentWindow>(db, session, a, *form, FormSubject{}, members);
    });
    add("case note correction", [&db, session, risky] {
        return std::make_unique<CaseNoteDialog>(db, session,
                                                CaseNoteRepository(db).forHousehold(risky).first());
    });
    add("attach files", [&db, session, risky, profiles = caseload.profilesFolder()] {
        static const QString photo = [&profiles] {
            const QString path = profiles + QStringLiteral("/户口簿第二页.jpg");
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(test::samplePhoto(QStringLiteral("hukou")));
            return path;
        }();
        return std::make_unique<AttachmentDialog>(db, session, risky, QStringList{photo});
    });
    add("change attachment", [&db, session, risky] {
        return std::make_unique<AttachmentDialog>(db, session,
                                                  AttachmentRepository(db).forHousehold(risky).constLast());
    });
    add("attachment viewer", [&db, risky] {
        const Attachment photo = AttachmentRepository(db).forHousehold(risky).constLast();
        return std::make_unique<AttachmentViewer>(photo, AttachmentRepository(db).content(photo));
    });
    add("merge a household filed twice", [&db, risky] {
        return std::make_unique<MergeHouseholdDialog>(db, test::supervisor(QStringLiteral("周督导")), risky);
    });
    add("find in case notes", [&db] {
        auto d = std::make_unique<NoteSearchDialog>(db);
        d->searchEdit()->setText(QStringLiteral("老人"));
        return d;
    });
    add("history",
        [&db, risky] { return std::make_unique<HistoryDialog>(db, risky, QStringLiteral("history")); });
    add("conflicts", [&db, session, risky] { return std::make_unique<ConflictDialog>(db, session, risky); });
    add("assign to caseworker", [&db, risky] {
        return std::make_unique<AssignDialog>(db, test::supervisor(QStringLiteral("周督导")),
                                              QStringList{risky});
    });
    add("connect to the county server",
        [] { return std::make_unique<ConnectDialog>(QStringLiteral("https://county.example:8443")); });
    add("import report", [] {
        auto d = std::make_unique<ImportReportDialog>();
        for (int i = 0; i < 30; ++i)
            d->addLine(QStringLiteral("laptop-%1.ffsync").arg(i), 0, QStringLiteral("12 changes applied"));
        d->setDone(QStringLiteral("30 packages imported"));
        return std::unique_ptr<QDialog>(std::move(d));
    });
    add("volunteer", [&db, session] { return std::make_unique<VolunteerDialog>(db, session, Volunteer{}); });
    add("service project",
        [&db, session] { return std::make_unique<ServiceProjectDialog>(db, session, ServiceProject{}); });
    add("station overview list", [] {
        return std::make_unique<OverviewListDialog>(QStringLiteral("Households"), QStringLiteral("note"),
                                                    QStringLiteral("days"), QList<StationOverview::Entry>(),
                                                    0, true);
    });
    add("dashboard list", [&db, session] {
        // What a click on the dashboard's services chart lists: the year's resource-linking services,
        // whose lines are the longest of the lists a figure opens.
        const ReportPeriod year = ReportPeriod::containing(ReportPeriod::Kind::Year, session.today());
        const QList<StationOverview::Entry> entries =
            IndicatorRecords(db, IndicatorScope::county())
                .entries(QStringLiteral("services.sessions"), QStringLiteral("community/resource_linking"),
                         year);
        return std::make_unique<OverviewListDialog>(Indicators::name(QStringLiteral("services.sessions")) +
                                                        QStringLiteral(" — ") + year.label(),
                                                    QString(), QString(), entries, int(entries.size()), true);
    });
    const QString profiles = caseload.profilesFolder();
    add("first start", [profiles] { return std::make_unique<StartDialog>(ProfileDirectory(profiles)); });
    add("connect to your county",
        [profiles] { return std::make_unique<ConnectProfileDialog>(ProfileDirectory(profiles)); });
    add("new password", [] {
        return std::make_unique<NewPasswordDialog>(10, QStringLiteral("Choose the password of this laptop."));
    });
    add("lock screen", [profiles] {
        return std::make_unique<LockDialog>(profiles, QStringLiteral("王芳"), QByteArray(32, 'k'));
    });
    add("print a report", [] {
        return std::make_unique<ReportPrintDialog>(
            QStringLiteral("Monthly station report"),
            QList<IndicatorScope>{IndicatorScope::county(),
                                  IndicatorScope::station(QStringLiteral("城关镇社工站"))},
            ReportPeriod::Kind::Month, QDate(2026, 12, 5));
    });
    return dialogs;
}

} // namespace ff::test
