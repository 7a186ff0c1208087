// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The station page (volunteers, service projects) and the service-log dialog's project and
// volunteers, driven offscreen: a supervisor keeps the roster, a caseworker reads it and links
// volunteers to a service, whose hours the roster and the project then show.
#include "tests/gui/FindChild.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/records/HouseholdRepository.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/ServiceProjectRepository.h"
#include "core/records/VolunteerRepository.h"
#include "core/sync/DeviceSync.h"
#include "ui/casework/ServiceSessionDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/station/ServiceProjectDialog.h"
#include "ui/station/ServiceProjectsPage.h"
#include "ui/station/StationPage.h"
#include "ui/station/VolunteerDialog.h"
#include "ui/station/VolunteerRosterPage.h"
#include "ui/widgets/DateField.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>

using namespace ff;
using test::child;

namespace {
const QString kStation = QStringLiteral("岸堤镇社工站");

void enroll(Database& db, const QString& user, const char* role)
{
    const auto key = QByteArray(32, 'k');
    REQUIRE(DeviceSync(db).setCounty(QStringLiteral("371321"), key, key, QStringLiteral("https://county"),
                                     user, QString::fromLatin1(role), {},
                                     QJsonObject{{QStringLiteral("station"), kStation}}));
}

} // namespace

TEST_CASE("a supervisor keeps the station's roster and projects, a caseworker links them to a service",
          "[gui][station]")
{
    test::TempDatabase t;
    enroll(t.db(), QStringLiteral("周督导"), "supervisor");
    const Session chief = DeviceSync(t.db()).session();
    REQUIRE(chief.actor().station == kStation);

    // The station page is in the View menu; the supervisor adds and edits.
    {
        MainWindow window(t.db());
        window.stationAction()->trigger();
        CHECK(window.stationAction()->isChecked());
        CHECK(window.stationPage()->isVisibleTo(&window));
        CHECK(window.stationPage()->volunteers()->addButton()->isVisibleTo(window.stationPage()));
    }

    VolunteerDialog volunteer(t.db(), chief, {});
    child<QLineEdit>(&volunteer, "nameLineEdit")->setText(QStringLiteral("李敏"));
    child<QLineEdit>(&volunteer, "skillsLineEdit")->setText(QStringLiteral("理发、陪护"));
    child<QPlainTextEdit>(&volunteer, "trainingsTextEdit")
        ->setPlainText(QStringLiteral("志愿者岗前培训\n急救培训"));
    volunteer.accept();
    REQUIRE(volunteer.result() == QDialog::Accepted);
    CHECK(volunteer.volunteer().station == kStation);

    ServiceProjectDialog project(t.db(), chief, {});
    project.accept(); // nothing filled: refused, with the reasons shown
    CHECK(project.result() != QDialog::Accepted);
    CHECK(project.errorText().contains(QStringLiteral("purchaser")));
    child<QLineEdit>(&project, "nameLineEdit")->setText(QStringLiteral("三区计划社工服务项目"));
    child<QLineEdit>(&project, "purchaserLineEdit")->setText(QStringLiteral("沂南县民政局"));
    child<QLineEdit>(&project, "providerLineEdit")->setText(QStringLiteral("阳光社工服务中心"));
    const QDate today = QDate::currentDate();
    child<DateField>(&project, "startsDateEdit")
        ->setValue(QDate(today.year(), today.month(), 1).addMonths(-1));
    child<DateField>(&project, "endsDateEdit")
        ->setValue(QDate(today.year(), today.month(), 1).addMonths(3).addDays(-1));
    child<QDoubleSpinBox>(&project, "hoursSpinBox")->setValue(80);
    child<QSpinBox>(&project, "householdsSpinBox")->setValue(20);
    project.accept();
    REQUIRE(project.result() == QDialog::Accepted);

    // A caseworker's laptop of the station: the page reads, the dialog links.
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    ServiceSession session;
    session.servedOn = today;
    session.households.append({file.household.value(QStringLiteral("id")).toString(),
                               {},
                               {file.members[0].value(QStringLiteral("id")).toString()}});
    const Session wang(Actor{QStringLiteral("王芳"), QStringLiteral("王芳"), Role::Caseworker, kStation});
    ServiceSessionDialog dialog(t.db(), wang, session);
    auto* projects = dialog.projects();
    REQUIRE(projects->count() == 2);
    projects->setCurrentIndex(1);
    REQUIRE(dialog.volunteers()->count() == 1);
    dialog.volunteers()->item(0)->setCheckState(Qt::Checked);
    child<QSpinBox>(&dialog, "durationSpinBox")->setValue(90);
    child<QComboBox>(&dialog, "categoryComboBox")->setCurrentIndex(1);
    child<QPlainTextEdit>(&dialog, "activityTextEdit")->setPlainText(QStringLiteral("志愿者上门理发"));
    dialog.accept();
    INFO(dialog.errorText().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.session().projectId == project.project().id);
    CHECK(dialog.session().volunteerIds == QStringList{volunteer.volunteer().id});

    StationPage page(t.db(), wang);
    CHECK_FALSE(page.volunteers()->addButton()->isVisibleTo(&page));
    CHECK_FALSE(page.projects()->addButton()->isVisibleTo(&page));
    QTableWidget* roster = page.volunteers()->table();
    REQUIRE(roster->rowCount() == 1);
    CHECK(roster->item(0, VolunteerRosterPage::Name)->text() == QStringLiteral("李敏"));
    CHECK(roster->item(0, VolunteerRosterPage::Hours)->text() == QLocale().toString(1.5, 'f', 1));
    CHECK(page.volunteers()->services()->rowCount() == 1);
    QTableWidget* table = page.projects()->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, ServiceProjectsPage::Households)->text() == QStringLiteral("1 / 20"));
    CHECK(page.projects()->months()->rowCount() == 4);
}
