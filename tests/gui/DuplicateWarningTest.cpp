// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate warnings, offline (issue 16, item 4): filing a household that may be on file already
// shows the candidates before saving; Save again files it.
#include "tests/gui/FindChild.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Query.h"
#include "core/model/ResidentId.h"
#include "core/records/HouseholdRepository.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/households/MemberDialog.h"
#include "ui/households/MemberTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace ff;
using test::child;

namespace {
void setText(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->setText(text);
    emit edit->textEdited(text);
}

int households(Database& db)
{
    Query q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

void clickSave(HouseholdDialog& d)
{
    child<QDialogButtonBox>(&d, "buttonBox")->button(QDialogButtonBox::Save)->click();
}
} // namespace

TEST_CASE("filing a household whose member's ID number and phone are on file already shows the candidates "
          "first, and Save again files it",
          "[gui][duplicates]")
{
    test::TempDatabase t;
    HouseholdFile onFile = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(onFile));
    const QString childId = onFile.members.at(1).value(QStringLiteral("id_number")).toString();

    HouseholdDialog::setMemberDialogHook([&](MemberDialog& d) {
        setText(&d, "nameLineEdit", QStringLiteral("张小雨"));
        setText(&d, "idNumberLineEdit", childId);
        d.accept();
    });
    HouseholdDialog d(t.db(), test::as(QStringLiteral("王芳")), {});
    d.show();
    setText(&d, "householdNoLineEdit", QStringLiteral("371321105-000777"));
    setText(&d, "countyLineEdit", QStringLiteral("沂南县"));
    setText(&d, "townshipLineEdit", QStringLiteral("岸堤镇"));
    setText(&d, "villageLineEdit", QStringLiteral("西河村"));
    setText(&d, "phoneLineEdit", QStringLiteral("138 1234 5678"));
    auto* status = child<QComboBox>(&d, "statusComboBox");
    status->setCurrentIndex(status->findData(QStringLiteral("dibao")));
    child<QPushButton>(&d, "addMemberButton")->click();
    HouseholdDialog::setMemberDialogHook({});
    REQUIRE(d.members()->rowCount() == 1);

    // The first Save shows who may be the same and saves nothing.
    clickSave(d);
    CHECK(d.isVisible());
    CHECK(d.householdId().isEmpty());
    CHECK(households(t.db()) == 1);
    REQUIRE(d.duplicateWarnings().size() == 2);
    CHECK(d.duplicateWarnings().at(0) ==
          QStringLiteral("371321105-000001 张伟 (东山村): 张小雨 has the same resident ID number as 张小雨"));
    CHECK(d.duplicateWarnings().at(1) ==
          QStringLiteral("371321105-000001 张伟 (东山村): the same phone number"));
    CHECK(d.errorText().contains(QStringLiteral("This may be a household already on file")));
    CHECK(d.errorText().contains(QStringLiteral("press Save again")));

    // Seen, and a different household after all: Save again files it.
    clickSave(d);
    CHECK(d.errorText().isEmpty());
    REQUIRE_FALSE(d.householdId().isEmpty());
    CHECK(households(t.db()) == 2);

    // Opened again later, nothing new in it: saves without a word about the household it resembles.
    const QString second = d.householdId();
    HouseholdDialog again(t.db(), test::as(QStringLiteral("王芳")), second);
    again.show();
    setText(&again, "addressLineEdit", QStringLiteral("西河村3组"));
    clickSave(again);
    CHECK(again.errorText().isEmpty());
    CHECK(again.duplicateWarnings().isEmpty());
    CHECK(again.result() == QDialog::Accepted);
}

TEST_CASE("many look-alikes are listed four at a time, and the file still fits a 1366x768 screen",
          "[gui][duplicates][fit]")
{
    test::TempDatabase t;
    for (int i = 1; i <= 6; ++i) {
        HouseholdFile f = test::sampleHousehold(QStringList{QStringLiteral("张伟"), QStringLiteral("李强"),
                                                            QStringLiteral("王勇"), QStringLiteral("刘军"),
                                                            QStringLiteral("陈杰"), QStringLiteral("杨涛")}
                                                    .at(i - 1));
        f.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-00010%1").arg(i));
        f.members.removeLast();
        const QString first17 =
            QStringLiteral("37132119600315") + QStringLiteral("%1").arg(i * 2 + 1, 3, 10, QLatin1Char('0'));
        f.members[0].insert(QStringLiteral("id_number"), first17 + ResidentId::checkDigit(first17));
        const Status saved = HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(f);
        INFO(saved.error().message.toStdString());
        REQUIRE(saved);
    }
    HouseholdDialog::setMemberDialogHook([&](MemberDialog& d) {
        setText(&d, "nameLineEdit", QStringLiteral("赵兰"));
        d.accept();
    });
    HouseholdDialog d(t.db(), test::as(QStringLiteral("王芳")), {});
    d.show();
    setText(&d, "householdNoLineEdit", QStringLiteral("371321105-000777"));
    setText(&d, "villageLineEdit", QStringLiteral("西河村"));
    setText(&d, "phoneLineEdit", QStringLiteral("13812345678"));
    auto* status = child<QComboBox>(&d, "statusComboBox");
    status->setCurrentIndex(status->findData(QStringLiteral("dibao")));
    child<QPushButton>(&d, "addMemberButton")->click();
    HouseholdDialog::setMemberDialogHook({});
    clickSave(d);
    REQUIRE(d.duplicateWarnings().size() == 6);
    CHECK(d.errorText().count(QStringLiteral("• ")) == 5);
    CHECK(d.errorText().contains(QStringLiteral("… and 2 more")));
    QApplication::processEvents();
    INFO("the file is " << d.height() << " px high, at least " << d.minimumSizeHint().height());
    CHECK(d.minimumSizeHint().height() <= 768 - 40 - 30);
}
