// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A caseworker creates a household through the real dialogs, finds it by search and reads its history.
#include "tests/gui/FindChild.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "core/model/ResidentId.h"
#include "core/records/HouseholdRepository.h"
#include "ui/households/HistoryDialog.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/households/MemberDialog.h"
#include "ui/households/MemberTableModel.h"
#include "ui/main/DemoDataTask.h"
#include "ui/main/MainWindow.h"
#include "ui/widgets/LazyChoiceBox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ff;
using test::child;

namespace {
const QString kFirst17 = QStringLiteral("37132119580704003");

/// Types text as a person would: ASCII as key presses, Chinese as an input method commits it.
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

void selectCode(QComboBox* box, const QString& code)
{
    const int i = box->findData(code);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

/// Runs `body` on the modal dialog that `trigger` opens, once it is showing.
template <typename Dialog>
void onModal(const std::function<void()>& trigger, const std::function<void(Dialog*)>& body)
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
    CHECK(ran);
}
} // namespace

TEST_CASE("create a household through the dialog, find it by search, see its history", "[gui]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {60, 11, 60, QDate(2026, 6, 1)}));
    MainWindow window(t.db());
    window.show();
    HouseholdListPage* page = window.listPage();
    REQUIRE(page->model()->rowCount() == 60);

    const QString idNumber = kFirst17 + ResidentId::checkDigit(kFirst17);
    HouseholdDialog::setMemberDialogHook([&](MemberDialog& d) {
        type(child<QLineEdit>(&d, "nameLineEdit"), QStringLiteral("曾祥"));
        type(child<QLineEdit>(&d, "idNumberLineEdit"), idNumber);
        // Typing a valid number fills in the birth date and sex.
        CHECK(child<QComboBox>(&d, "sexComboBox")->currentData().toString() == QStringLiteral("male"));
        d.accept();
        CHECK(d.errorText().isEmpty());
    });

    QString savedId;
    QString firstError;
    onModal<HouseholdDialog>(
        [&] { child<QAction>(&window, "newHouseholdAction")->trigger(); },
        [&](HouseholdDialog* d) {
            type(child<QLineEdit>(d, "householdNoLineEdit"), QStringLiteral("371321105-009999"));
            type(child<QLineEdit>(d, "countyLineEdit"), QStringLiteral("沂南县"));
            type(child<QLineEdit>(d, "townshipLineEdit"), QStringLiteral("岸堤镇"));
            type(child<QLineEdit>(d, "villageLineEdit"), QStringLiteral("朱家沟村"));
            type(child<QLineEdit>(d, "phoneLineEdit"), QStringLiteral("1381234"));
            selectCode(child<QComboBox>(d, "statusComboBox"), QStringLiteral("tekun"));
            child<QPushButton>(d, "addMemberButton")->click();
            REQUIRE(d->members()->rowCount() == 1);

            // An invalid phone: nothing is saved, the dialog stays open and says why.
            child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Save)->click();
            firstError = d->errorText();
            CHECK(d->isVisible());
            CHECK(d->householdId().isEmpty());

            QLineEdit* phone = child<QLineEdit>(d, "phoneLineEdit");
            phone->clear();
            type(phone, QStringLiteral("13812345678"));
            child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Save)->click();
            CHECK(d->errorText().isEmpty());
            savedId = d->householdId();
        });
    HouseholdDialog::setMemberDialogHook({});
    CHECK(firstError.contains(QStringLiteral("phone")));
    REQUIRE_FALSE(savedId.isEmpty());
    CHECK(page->model()->rowCount() == 61);

    // Search as you type, by pinyin initials with 曾's surname reading (zēng).
    type(page->searchEdit(), QStringLiteral("zx"));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->filter().search == QStringLiteral("zx"), 2000);
    REQUIRE(page->model()->rowCount() >= 1);
    int row = page->model()->rowOf(savedId);
    REQUIRE(row >= 0);
    CHECK(page->model()->index(row, HouseholdListQuery::Head).data().toString() == QStringLiteral("曾祥"));
    CHECK(page->model()->index(row, HouseholdListQuery::Village).data().toString() ==
          QStringLiteral("朱家沟村"));

    // And by the 2-character name itself.
    page->searchEdit()->clear();
    type(page->searchEdit(), QStringLiteral("曾祥"));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->filter().search == QStringLiteral("曾祥"), 2000);
    CHECK(page->model()->rowCount() >= 1);
    row = page->model()->rowOf(savedId);
    REQUIRE(row >= 0);

    // Change the phone, then read the history. The status of a household on file is not the
    // caseworker's to change (a status review decides it): its box is read-only.
    page->view()->selectRow(row);
    page->view()->setCurrentIndex(page->model()->index(row, 0));
    onModal<HouseholdDialog>(
        [&] { child<QAction>(&window, "openHouseholdAction")->trigger(); },
        [&](HouseholdDialog* d) {
            CHECK_FALSE(child<QComboBox>(d, "statusComboBox")->isEnabled());
            CHECK(child<QComboBox>(d, "statusComboBox")->toolTip().contains(QStringLiteral("status review")));
            QLineEdit* phone = child<QLineEdit>(d, "phoneLineEdit");
            phone->clear();
            type(phone, QStringLiteral("13912345678"));
            child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Save)->click();
            CHECK(d->errorText().isEmpty());
        });

    row = page->model()->rowOf(savedId);
    REQUIRE(row >= 0);
    page->view()->setCurrentIndex(page->model()->index(row, 0));
    QStringList lines;
    onModal<HistoryDialog>([&] { child<QAction>(&window, "historyAction")->trigger(); },
                           [&](HistoryDialog* d) {
                               QTableWidget* table = d->table();
                               for (int r = 0; r < table->rowCount(); ++r) {
                                   QStringList cells;
                                   for (int c = 1; c < table->columnCount(); ++c)
                                       cells << table->item(r, c)->text();
                                   lines << cells.join(QLatin1Char('|'));
                               }
                           });
    REQUIRE_FALSE(lines.isEmpty());
    const QString author = window.session().author();
    CHECK(lines.first().startsWith(author + QStringLiteral("|Household")));
    CHECK(lines.contains(author + QStringLiteral("|Household · changed|Phone|13812345678|13912345678")));
    // The member's ID number shows masked in the history; in full only in the member dialog.
    bool memberCreated = false;
    for (const QString& l : lines) {
        memberCreated = memberCreated || (l.contains(QStringLiteral("Member 曾祥 · created")) &&
                                          l.contains(ResidentId::masked(idNumber)));
        CHECK_FALSE(l.contains(idNumber));
    }
    CHECK(memberCreated);
}

TEST_CASE("the household list stays lazy on a large caseload", "[gui]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {3000, 2, 1000, QDate(2026, 6, 1)}));
    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    HouseholdListModel* model = window.listPage()->model();
    CHECK(model->rowCount() == 3000);
    // Showing the first screen reads one page, not the 30 pages of the whole caseload.
    CHECK(model->pagesFetched() <= 2);
    window.listPage()->view()->scrollToBottom();
    QApplication::processEvents();
    CHECK(model->pagesFetched() <= 4);
}

TEST_CASE("a search through members names the member in the rows painted and in those scrolled to", "[gui]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {1000, 3, 1000, QDate(2026, 6, 1), false}));
    // The first character of a member who is not the head: it finds households through members
    // other than their heads, more than a window and more than a page shows.
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT substr(name, 1, 1), count(*) FROM member WHERE relation <> 'head'"
                                  " GROUP BY 1 ORDER BY 2 DESC LIMIT 1")));
    REQUIRE(q.next());
    const QString text = q.value(0).toString();
    q.finish();
    MainWindow window(t.db());
    window.resize(1366, 768);
    window.showDueVisits(false); // the caseload list
    window.show();
    HouseholdListPage* page = window.listPage();
    page->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    page->searchEdit()->insert(text);                    // typed through an input method
    QTest::keyClick(page->searchEdit(), Qt::Key_Return); // searched at once
    QApplication::processEvents();
    HouseholdListModel* model = page->model();
    REQUIRE(model->filter().search == text);
    REQUIRE(model->rowCount() > HouseholdListModel::kPageSize);
    // What the list shows in the head's column, row by row as painted and scrolled to, is what a
    // page whose members are named at once gives.
    HouseholdListQuery query(t.db());
    query.setFilter(model->filter());
    query.setSort(model->sortColumn(), model->sortOrder());
    const QList<HouseholdRow> atOnce = query.page(0, model->rowCount());
    REQUIRE(atOnce.size() == model->rowCount());
    int members = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (r % 30 == 0) {
            page->view()->scrollTo(model->index(r, HouseholdListQuery::Head),
                                   QAbstractItemView::PositionAtTop);
            QApplication::processEvents();
        }
        const QString shown = model->index(r, HouseholdListQuery::Head).data().toString();
        INFO("row " << r);
        CHECK(shown == HouseholdListModel::displayText(atOnce.at(r), HouseholdListQuery::Head));
        if (!atOnce.at(r).matchedMember.isEmpty()) {
            CHECK(shown.contains(atOnce.at(r).matchedMember));
            ++members;
        }
    }
    CHECK(members > 0);
}

TEST_CASE("clicking the Village header sorts the villages in pinyin order, not by code point", "[gui]")
{
    test::TempDatabase t;
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    // By code point 东 (U+4E1C) < 北 (U+5317) < 岸 (U+5CB8) < 常 (U+5E38); in pinyin an < bei <
    // chang < dong. Numbered in neither order.
    const QStringList filed = {QStringLiteral("东坡村"), QStringLiteral("常庄村"), QStringLiteral("北山村"),
                               QStringLiteral("岸堤村")};
    for (qsizetype i = 0; i < filed.size(); ++i) {
        HouseholdFile f = test::sampleHousehold(QStringLiteral("张伟"));
        f.household.insert(QStringLiteral("village"), filed.at(i));
        f.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-00000%1").arg(i + 1));
        REQUIRE(repo.save(f));
    }
    MainWindow window(t.db());
    window.resize(1366, 698);
    window.showDueVisits(false); // the caseload list
    window.show();
    QTableView* view = window.listPage()->view();
    QHeaderView* header = view->horizontalHeader();
    const auto click = [&](int column) {
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    const auto villages = [&] {
        QStringList shown;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            shown << view->model()->index(r, HouseholdListQuery::Village).data().toString();
        return shown;
    };
    header->setSortIndicator(HouseholdListQuery::Number, Qt::AscendingOrder);
    REQUIRE(villages() == filed);

    click(HouseholdListQuery::Village);
    CHECK(header->sortIndicatorSection() == HouseholdListQuery::Village);
    CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
    CHECK(villages() == QStringList{QStringLiteral("岸堤村"), QStringLiteral("北山村"),
                                    QStringLiteral("常庄村"), QStringLiteral("东坡村")});
    click(HouseholdListQuery::Village);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(villages() == QStringList{QStringLiteral("东坡村"), QStringLiteral("常庄村"),
                                    QStringLiteral("北山村"), QStringLiteral("岸堤村")});
}

TEST_CASE("window geometry and column layout are remembered", "[gui]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {10, 1, 10, QDate(2026, 6, 1)}));
    QByteArray state;
    {
        MainWindow window(t.db());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.repaint();
        // Resized by its user, after the desktop placed it.
        window.resize(1100, 700);
        QHeaderView* header = window.listPage()->view()->horizontalHeader();
        header->moveSection(HouseholdListQuery::LastVisit, 0);
        header->resizeSection(HouseholdListQuery::Village, 211);
        state = header->saveState();
        window.close();
    }
    MainWindow again(t.db());
    again.show();
    QHeaderView* header = again.listPage()->view()->horizontalHeader();
    CHECK(header->visualIndex(HouseholdListQuery::LastVisit) == 0);
    CHECK(header->sectionSize(HouseholdListQuery::Village) == 211);
    CHECK(again.size() == QSize(1100, 700));
}

TEST_CASE("the village filter reads its villages when first opened, and again once the households changed",
          "[gui]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {10, 1, 10, QDate(2026, 6, 1)}));
    MainWindow window(t.db());
    window.show();
    window.showDueVisits(false); // the caseload, made when first shown
    auto* box = child<LazyChoiceBox>(&window, "villageComboBox");
    // Not read at start: only "all villages".
    CHECK(box->count() == 1);
    CHECK(box->isStale());
    box->showPopup();
    box->hidePopup();
    CHECK(!box->isStale());
    QStringList villages;
    for (int i = 1; i < box->count(); ++i)
        villages << box->itemData(i).toString();
    CHECK(villages == window.listPage()->model()->villages());
    REQUIRE(villages.size() > 1);
    // A key on the closed box chooses the next village, as before.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    CHECK(box->currentData().toString() == villages.first());

    // A household in a new village: read again when next needed, the chosen village kept.
    HouseholdFile file = test::sampleHousehold(QStringLiteral("钱进"));
    file.household.insert(QStringLiteral("village"), QStringLiteral("新立村"));
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    window.listPage()->refresh();
    CHECK(box->isStale());
    box->showPopup();
    box->hidePopup();
    CHECK(box->findData(QStringLiteral("新立村")) > 0);
    CHECK(box->currentData().toString() == villages.first());
}

TEST_CASE("the search box shows its clear button once text is typed", "[gui]")
{
    test::TempDatabase t;
    MainWindow window(t.db());
    window.show();
    window.showDueVisits(false); // the caseload, made when first shown
    auto* search = child<QLineEdit>(&window, "searchLineEdit");
    CHECK(!search->isClearButtonEnabled());
    type(search, QStringLiteral("zw"));
    CHECK(search->isClearButtonEnabled());
    search->clear();
    CHECK(search->isClearButtonEnabled());
}

TEST_CASE("closing the window writes no settings file when the geometry and columns are as they were",
          "[gui]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {10, 1, 10, QDate(2026, 6, 1)}));
    const QString key = QStringLiteral("mainWindow/geometry");
    QSettings().remove(key);
    QSettings().sync();
    // A line the settings would not keep, were the file written again (QSettings drops comments).
    QFile file(QSettings().fileName());
    const auto mark = [&file] {
        REQUIRE(file.open(QIODevice::Append | QIODevice::Text));
        file.write("; written by the test\n");
        file.close();
    };
    const auto marked = [&file] {
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const bool kept = file.readAll().contains("; written by the test");
        file.close();
        return kept;
    };
    const auto painted = [](MainWindow& window) {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.repaint(); // its first paint, as the desktop placed it
    };
    mark();
    // The first start: the window as the desktop placed it, neither moved nor resized. Nothing to
    // remember, as the next start places it the same way: no write.
    {
        MainWindow first(t.db());
        painted(first);
        first.close();
    }
    CHECK(marked());
    CHECK_FALSE(QSettings().contains(key));
    // Resized after it was placed: written, and the next start restores it.
    {
        MainWindow resized(t.db());
        painted(resized);
        resized.resize(1000, 650);
        resized.close();
    }
    CHECK_FALSE(marked());
    CHECK(QSettings().contains(key));
    // Twice more: the offscreen platform puts a restored window once more by its frame, which the
    // next close saves; then a close with nothing changed writes nothing.
    {
        MainWindow restored(t.db());
        painted(restored);
        CHECK(restored.size() == QSize(1000, 650));
        restored.close();
    }
    mark();
    {
        MainWindow again(t.db());
        painted(again);
        again.close();
    }
    CHECK(marked());
    // A change is written.
    {
        MainWindow moved(t.db());
        painted(moved);
        moved.resize(900, 600);
        moved.close();
    }
    CHECK_FALSE(marked());
}

TEST_CASE("the language menu switches between Chinese and English at once", "[gui]")
{
    test::TempDatabase t;
    MainWindow window(t.db());
    window.show();
    auto* menu = child<QMenu>(&window, "languageMenu");
    auto choose = [&](const QString& code) {
        for (QAction* a : menu->actions()) {
            if (a->data().toString() == code)
                a->trigger();
        }
        QApplication::processEvents();
    };
    choose(QStringLiteral("zh_CN"));
    const QString chinese = window.windowTitle();
    CHECK(chinese.contains(QStringLiteral("一户一档")));
    CHECK(window.listPage()
              ->model()
              ->headerData(HouseholdListQuery::Head, Qt::Horizontal, Qt::DisplayRole)
              .toString() == QStringLiteral("户主"));
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("zh_CN"));
    choose(QStringLiteral("en"));
    CHECK(window.windowTitle() == QStringLiteral("Fieldfile — household files"));
    CHECK(window.listPage()
              ->model()
              ->headerData(HouseholdListQuery::Head, Qt::Horizontal, Qt::DisplayRole)
              .toString() == QStringLiteral("Head of household"));
}

TEST_CASE("demo data is generated off the GUI thread with progress", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first-run.db"));
    Database db;
    REQUIRE(db.open(path));
    // The GUI thread keeps handling events while the households are written: a timer keeps firing.
    int ticks = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] { ++ticks; });
    poll.start(1);
    const Status s = DemoDataTask::run(path, 600, nullptr);
    poll.stop();
    REQUIRE(s.isOk());
    CHECK(test::TempDatabase::count(db, QStringLiteral("household")) == 600);
    CHECK(ticks > 5);
}

TEST_CASE("closing a household file with unsaved edits asks first, a bad member is not accepted", "[gui]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {5, 9, 5, QDate(2026, 6, 1)}));
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM household LIMIT 1")));
    REQUIRE(q.next());
    HouseholdDialog dialog(t.db(), test::as(QStringLiteral("test")), q.value(0).toString());
    dialog.show();

    // Unchanged: closes at once.
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());

    dialog.show();
    child<QLineEdit>(&dialog, "villageLineEdit")->setText(QStringLiteral("新村"));
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box != nullptr);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    dialog.reject();
    CHECK(dialog.isVisible()); // the edit is kept
    CHECK(child<QLineEdit>(&dialog, "villageLineEdit")->text() == QStringLiteral("新村"));
    answer(QMessageBox::Discard);
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());

    // A member with a wrong check digit is refused with the expected digit named.
    MemberDialog member({}, QDate::currentDate(), nullptr);
    child<QLineEdit>(&member, "nameLineEdit")->setText(QStringLiteral("李四"));
    type(child<QLineEdit>(&member, "idNumberLineEdit"), QStringLiteral("110105194912310021"));
    member.accept();
    CHECK(member.result() != QDialog::Accepted);
    CHECK(member.errorText().contains(QStringLiteral("X")));
}

TEST_CASE("the household file's header counts the members as they are added and removed, before saving",
          "[gui]")
{
    test::TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    HouseholdDialog dialog(t.db(), test::as(QStringLiteral("王芳")),
                           file.household.value(QStringLiteral("id")).toString());
    dialog.show();
    auto* header = dialog.findChild<QLabel*>(QStringLiteral("householdHeader"));
    REQUIRE(header);
    CHECK(header->text().contains(QStringLiteral("2 member(s)")));
    QVariantMap grandson = file.members[1];
    grandson.remove(QStringLiteral("id"));
    grandson.insert(QStringLiteral("name"), QStringLiteral("张小山"));
    dialog.members()->append(grandson);
    CHECK(header->text().contains(QStringLiteral("3 member(s)")));
    dialog.members()->remove(2);
    dialog.members()->remove(1);
    CHECK(header->text().contains(QStringLiteral("1 member(s)")));
}
