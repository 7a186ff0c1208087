// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Case notes in the household file (issue 16, item 1): a note typed at the top and added with
// Ctrl+Enter is dated and signed; a correction keeps the earlier text, shown on asking; the filter
// and the search across households find notes by two-character words.
#include "tests/gui/FindChild.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/records/CaseNoteRepository.h"
#include "core/records/HouseholdRepository.h"
#include "ui/households/CaseNoteDialog.h"
#include "ui/households/CaseNotesTab.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/households/NoteSearchDialog.h"
#include "ui/widgets/DateField.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace ff;
using test::child;

namespace {
const qint64 kDec5 = QDateTime(QDate(2026, 12, 5), QTime(9, 30)).toMSecsSinceEpoch();

QString household(Database& db, const Session& session, const QString& head)
{
    HouseholdFile f = test::sampleHousehold(head);
    REQUIRE(HouseholdRepository(db, session).save(f));
    return f.household.value(QStringLiteral("id")).toString();
}

QString cell(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}
} // namespace

TEST_CASE("a note added with Ctrl+Enter is dated and signed, a correction keeps its earlier text, and the "
          "filter finds notes by a two-character word",
          "[gui][notes]")
{
    test::TempDatabase t;
    ManualClock clock(kDec5);
    DateField::setClock(clock);
    const Session wang = test::as(QStringLiteral("王芳"), clock);
    const QString h = household(t.db(), wang, QStringLiteral("张伟"));
    CaseNote older;
    older.householdId = h;
    older.writtenOn = QDate(2026, 11, 20);
    older.text = QStringLiteral("低保复查材料已交。");
    REQUIRE(CaseNoteRepository(t.db(), wang).add(older));

    HouseholdDialog d(t.db(), wang, h);
    d.show();
    auto* tabs = child<QTabWidget>(&d, "tabWidget");
    auto* notes = d.findChild<CaseNotesTab*>();
    REQUIRE(notes);
    // Right after the members, counted in its label.
    CHECK(tabs->indexOf(notes) == 2);
    CHECK(tabs->tabText(2) == QStringLiteral("Notes (1)"));
    tabs->setCurrentWidget(notes);
    CHECK(notes->dateField()->value() == QDate(2026, 12, 5)); // today

    // Nothing typed: refused, with a message, nothing added.
    notes->newNoteEdit()->setFocus();
    QTest::keyClick(notes->newNoteEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(notes->errorText().contains(QStringLiteral("empty")));
    CHECK(notes->notes().size() == 1);

    notes->newNoteEdit()->setPlainText(QStringLiteral("与班主任通电话：孩子成绩中等。"));
    CHECK(notes->hasUnrecordedText());
    QTest::keyClick(notes->newNoteEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(notes->errorText().isEmpty());
    CHECK_FALSE(notes->hasUnrecordedText());
    REQUIRE(notes->notes().size() == 2);
    QTableView* table = notes->table();
    CHECK(cell(table, 0, 0) == QStringLiteral("2026-12-05"));
    CHECK(cell(table, 0, 1) == QStringLiteral("王芳"));
    CHECK(cell(table, 0, 2) == QStringLiteral("与班主任通电话：孩子成绩中等。"));
    CHECK(cell(table, 1, 2) == QStringLiteral("低保复查材料已交。"));
    CHECK(tabs->tabText(2) == QStringLiteral("Notes (2)"));
    // Saved at once, as every tab's records: it is there before the file is saved.
    CHECK(CaseNoteRepository(t.db()).forHousehold(h).size() == 2);

    // Correct the older note through its dialog.
    auto* versions = child<QPushButton>(notes, "noteVersionsButton");
    table->selectRow(1);
    CHECK_FALSE(versions->isEnabled()); // never corrected
    bool corrected = false;
    REQUIRE(child<QPushButton>(notes, "correctNoteButton")->isEnabled());
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<CaseNoteDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // Unchanged: refused, the dialog stays.
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText().contains(QStringLiteral("Nothing was corrected")));
        dialog->textEdit()->setPlainText(QStringLiteral("低保复查材料已交齐。"));
        dialog->accept();
        corrected = !dialog->isVisible();
    });
    child<QPushButton>(notes, "correctNoteButton")->click();
    CHECK(corrected);
    REQUIRE(notes->notes().size() == 2);
    CHECK(cell(table, 1, 2) == QStringLiteral("低保复查材料已交齐。"));
    CHECK(cell(table, 1, 1) == QStringLiteral("王芳\ncorrected by 王芳"));
    table->selectRow(1);
    REQUIRE(versions->isEnabled());
    QString shown;
    QTimer::singleShot(0, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        shown = child<QTextBrowser>(dialog, "noteVersionsText")->toPlainText();
        dialog->close();
    });
    versions->click();
    CHECK(shown.contains(QStringLiteral("低保复查材料已交。")));
    CHECK(shown.contains(QStringLiteral("低保复查材料已交齐。")));
    CHECK(shown.indexOf(QStringLiteral("交齐")) < shown.indexOf(QStringLiteral("已交。"))); // newest first

    // The filter: a two-character word.
    notes->filterEdit()->setText(QStringLiteral("低保"));
    REQUIRE(notes->notes().size() == 1);
    CHECK(cell(table, 0, 2) == QStringLiteral("低保复查材料已交齐。"));
    CHECK_FALSE(notes->hasUnrecordedText()); // a filter is not something written
    notes->filterEdit()->setText(QStringLiteral("低保 电话"));
    CHECK(notes->notes().isEmpty());
    // Enter in the filter goes to the notes, not to the file's Save button (which closes the file).
    notes->filterEdit()->setFocus();
    QTest::keyClick(notes->filterEdit(), Qt::Key_Return);
    CHECK(d.isVisible());
    CHECK(d.result() == 0);
    notes->filterEdit()->clear();
    CHECK(notes->notes().size() == 2);
    // Opened from the search across households: the words in the filter, the note selected.
    notes->showNote(older.id, QStringLiteral("低保"));
    CHECK(notes->filterEdit()->text() == QStringLiteral("低保"));
    REQUIRE(table->currentIndex().isValid());
    CHECK(notes->notes().at(table->currentIndex().row()).id == older.id);
    notes->filterEdit()->clear();
    // Saving the file with a note typed and not added asks first; Cancel keeps both.
    notes->newNoteEdit()->setPlainText(QStringLiteral("还没添加的记录"));
    bool asked = false;
    QTimer::singleShot(0, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    d.save();
    CHECK(asked);
    CHECK(d.isVisible());
    CHECK(notes->newNoteEdit()->toPlainText() == QStringLiteral("还没添加的记录"));
    notes->newNoteEdit()->clear();
    DateField::setClock(Clock::system());
}

TEST_CASE("the search across households finds notes as words are typed, and Enter opens the household",
          "[gui][notes]")
{
    test::TempDatabase t;
    ManualClock clock(kDec5);
    const Session wang = test::as(QStringLiteral("王芳"), clock);
    const QString a = household(t.db(), wang, QStringLiteral("张伟"));
    const QString b = household(t.db(), wang, QStringLiteral("李桂兰"));
    CaseNoteRepository repo(t.db(), wang);
    for (const auto& [h, day, text] : {std::tuple{a, 3, QStringLiteral("孩子由祖母照看，父母在宁波打工。")},
                                       std::tuple{b, 4, QStringLiteral("祖母腿脚不便，已联系村医。")},
                                       std::tuple{b, 1, QStringLiteral("屋顶漏雨。")}}) {
        CaseNote n;
        n.householdId = h;
        n.writtenOn = QDate(2026, 12, day);
        n.text = text;
        REQUIRE(repo.add(n));
    }
    NoteSearchDialog d(t.db());
    d.show();
    CHECK(d.summary().contains(QStringLiteral("Type words")));
    d.searchEdit()->setText(QStringLiteral("祖母"));
    REQUIRE(d.hits().size() == 2);
    CHECK(d.hits().at(0).householdId == b); // newest first
    CHECK(cell(d.table(), 0, 1).startsWith(QStringLiteral("李桂兰")));
    CHECK(cell(d.table(), 1, 1).startsWith(QStringLiteral("张伟")));
    CHECK(d.summary().contains(QStringLiteral("2 note")));
    QStringList opened;
    QObject::connect(&d, &NoteSearchDialog::openRequested,
                     [&](const QString& id, const QString& noteId) { opened << id << noteId; });
    QTest::keyClick(d.searchEdit(), Qt::Key_Down);
    QTest::keyClick(d.table(), Qt::Key_Down);
    QTest::keyClick(d.table(), Qt::Key_Return);
    REQUIRE(opened.size() == 2);
    CHECK(opened.first() == a);
    CHECK(opened.last() == d.hits().at(1).noteId);
    d.searchEdit()->setText(QStringLiteral("祖母 宁波"));
    CHECK(d.hits().size() == 1);
    d.searchEdit()->setText(QStringLiteral("上学"));
    CHECK(d.hits().isEmpty());
    CHECK(d.summary().contains(QStringLiteral("No note")));
}
