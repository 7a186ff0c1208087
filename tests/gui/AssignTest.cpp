// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Assign to caseworker: a station supervisor gives several selected households to one of the
// station's caseworkers; a caseworker sees the action disabled with the reason.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/journal/JournalReader.h"
#include "core/records/HouseholdRepository.h"
#include "core/sync/DeviceSync.h"
#include "ui/households/AssignDialog.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/main/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

using namespace ff;

namespace {
void enroll(Database& db, const QString& user, const char* role, const QJsonArray& caseworkers = {})
{
    const auto key = QByteArray(32, 'k');
    QJsonObject profile{{QStringLiteral("displayName"), user},
                        {QStringLiteral("station"), QStringLiteral("岸堤镇社工站")}};
    if (!caseworkers.isEmpty())
        profile.insert(QStringLiteral("caseworkers"), caseworkers);
    REQUIRE(DeviceSync(db).setCounty(QStringLiteral("371321"), key, key, QStringLiteral("https://county"),
                                     user, QString::fromLatin1(role), {}, profile));
}

QString addHousehold(Database& db, const QString& number)
{
    HouseholdFile file = test::sampleHousehold();
    file.household.insert(QStringLiteral("household_no"), number);
    file.household.insert(QStringLiteral("caseworker"), QStringLiteral("王芳"));
    REQUIRE(HouseholdRepository(db, test::as(QStringLiteral("王芳"))).save(file));
    return file.household.value(QStringLiteral("id")).toString();
}
} // namespace

TEST_CASE("a station supervisor assigns several households at once from the list", "[gui][assignment]")
{
    test::TempDatabase t;
    const QString a = addHousehold(t.db(), QStringLiteral("37132116015-000001"));
    const QString b = addHousehold(t.db(), QStringLiteral("37132116015-000002"));
    addHousehold(t.db(), QStringLiteral("37132116015-000003"));
    const QJsonArray caseworkers{QJsonObject{{QStringLiteral("name"), QStringLiteral("张丽")},
                                             {QStringLiteral("station"), QStringLiteral("岸堤镇社工站")}},
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("王芳")},
                                             {QStringLiteral("station"), QStringLiteral("岸堤镇社工站")}}};
    enroll(t.db(), QStringLiteral("周督导"), "supervisor", caseworkers);
    MainWindow window(t.db());
    window.showDueVisits(false);
    auto* action = window.findChild<QAction*>(QStringLiteral("assignAction"));
    REQUIRE(action);
    HouseholdListPage* list = window.listPage();
    CHECK_FALSE(action->isEnabled()); // nothing selected yet

    // The first two rows (sorted by village, then number).
    QTableView* view = list->view();
    view->setCurrentIndex(list->model()->index(0, 0));
    view->selectionModel()->select(list->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(list->selectedHouseholdIds().size() == 2);
    REQUIRE(action->isEnabled());
    const QStringList chosen = list->selectedHouseholdIds();

    const qsizetype journalBefore = JournalReader(t.db()).since(0).size();
    QStringList offered;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<AssignDialog*>(QApplication::activeModalWidget());
        REQUIRE(d);
        for (int i = 0; i < d->caseworkers()->count(); ++i)
            offered << d->caseworkers()->itemData(i).toString();
        d->caseworkers()->setCurrentIndex(d->caseworkers()->findData(QStringLiteral("张丽")));
        d->accept();
    });
    action->trigger();
    CHECK(offered == QStringList{QStringLiteral("张丽"), QStringLiteral("王芳")});
    // One change per household, in one commit, and the list shows the new caseworker.
    CHECK(JournalReader(t.db()).since(0).size() == journalBefore + 2);
    for (const QString& id : chosen)
        CHECK(HouseholdRepository(t.db()).value(id, QStringLiteral("caseworker")).toString() ==
              QStringLiteral("张丽"));
    CHECK(QSet<QString>(chosen.cbegin(), chosen.cend()) == QSet<QString>{a, b});
}

TEST_CASE("a caseworker's assign action is disabled with the reason, and the household file shows the "
          "assignment read-only",
          "[gui][assignment]")
{
    test::TempDatabase t;
    addHousehold(t.db(), QStringLiteral("37132116015-000001"));
    enroll(t.db(), QStringLiteral("王芳"), "caseworker");
    MainWindow window(t.db());
    window.showDueVisits(false);
    window.listPage()->view()->setCurrentIndex(window.listPage()->model()->index(0, 0));
    auto* action = window.findChild<QAction*>(QStringLiteral("assignAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
    CHECK(action->toolTip().contains(QStringLiteral("station supervisor assigns households")));
}
