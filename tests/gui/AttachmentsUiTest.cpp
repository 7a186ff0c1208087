// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments in the household file (issue 16, item 2): files dropped on the tab or chosen are
// attached with their kind, shown as small pictures, opened in the viewer, corrected and removed;
// a file that cannot be attached is named with its reason; a file still to come says so.
#include "tests/gui/FindChild.h"
#include "tests/gui/SamplePhoto.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Query.h"
#include "core/records/AttachmentRepository.h"
#include "core/records/HouseholdRepository.h"
#include "ui/households/AttachmentDialog.h"
#include "ui/households/AttachmentsTab.h"
#include "ui/households/AttachmentViewer.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/widgets/CodeChoiceBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace ff;
using test::child;

namespace {
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

/// Runs `answer` on the next modal dialog of type T once it is shown.
template <typename T>
void whenShown(std::function<void(T*)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        answer(dialog);
    });
}
} // namespace

TEST_CASE("files dropped on the attachments tab are attached with their kind, shown, corrected and removed",
          "[gui][attachments]")
{
    test::TempDatabase t;
    const Session wang = test::as(QStringLiteral("王芳"));
    HouseholdFile f = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(t.db(), wang).save(f));
    const QString h = f.household.value(QStringLiteral("id")).toString();
    QTemporaryDir dir;
    const QString card =
        writeFile(dir, QStringLiteral("身份证.jpg"), test::samplePhoto(QStringLiteral("id_card")));
    const QString house =
        writeFile(dir, QStringLiteral("住房.jpg"), test::samplePhoto(QStringLiteral("housing")));
    const QString word =
        writeFile(dir, QStringLiteral("收入证明.docx"), QByteArrayLiteral("PK\x03\x04 not a scan"));

    HouseholdDialog d(t.db(), wang, h);
    d.show();
    auto* tabs = child<QTabWidget>(&d, "tabWidget");
    auto* tab = d.findChild<AttachmentsTab*>();
    REQUIRE(tab);
    CHECK(tabs->indexOf(tab) == 3); // after the household, its members and the notes
    CHECK(tabs->tabText(3) == QStringLiteral("Attachments"));
    tabs->setCurrentWidget(tab);

    // Two files dropped from the file manager, one of them not a photo or scan: named at once.
    bool attached = false;
    whenShown<AttachmentDialog>([&](AttachmentDialog* dialog) {
        CHECK(dialog->errorText() ==
              QStringLiteral(
                  "“收入证明.docx” is not a photo (JPEG, PNG) or a scan (PDF): only these can be attached."));
        CHECK_FALSE(dialog->titleEdit()->isEnabled()); // two files: each keeps its name as its title
        dialog->accept();
        CHECK(dialog->errorText() == QStringLiteral("Choose what kind of document this is."));
        dialog->categoryBox()->setCode(QStringLiteral("id_card"));
        dialog->memberBox()->setCurrentIndex(1);
        whenShown<QMessageBox>([](QMessageBox* box) {
            CHECK(box->text().contains(QStringLiteral("收入证明.docx")));
            box->accept();
        });
        dialog->accept();
        attached = !dialog->isVisible();
    });
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(card), QUrl::fromLocalFile(word), QUrl::fromLocalFile(house)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab, &drop);
    CHECK(attached);
    REQUIRE(tab->attachments().size() == 2);
    CHECK(tab->list()->count() == 2);
    CHECK(tabs->tabText(3) == QStringLiteral("Attachments (2)"));
    CHECK_FALSE(tab->list()->item(0)->icon().isNull());
    CHECK(tab->list()->item(0)->text().startsWith(QStringLiteral("ID card\n")));
    const QString member = f.members.constFirst().value(QStringLiteral("id")).toString();
    for (const Attachment& a : tab->attachments())
        CHECK(a.memberId == member);
    CHECK(tab->list()->item(0)->toolTip().contains(QStringLiteral("Added ")));

    // The same file again: refused, naming the attachment that holds it; the dialog stays.
    bool refusedAgain = false;
    whenShown<AttachmentDialog>([&](AttachmentDialog* dialog) {
        dialog->categoryBox()->setCode(QStringLiteral("housing"));
        dialog->accept();
        refusedAgain =
            dialog->isVisible() &&
            dialog->errorText().startsWith(QStringLiteral("This file is attached to this household already"));
        dialog->reject();
    });
    tab->attach({house});
    CHECK(refusedAgain);
    CHECK(tab->attachments().size() == 2);

    // Shown in the viewer, fitted, turned a quarter.
    tab->list()->setCurrentRow(1);
    const QString shownTitle = tab->attachments().at(1).title;
    bool viewed = false;
    whenShown<AttachmentViewer>([&](AttachmentViewer* viewer) {
        REQUIRE_FALSE(viewer->image().isNull());
        const QSize before = viewer->image().size();
        viewer->rotate();
        CHECK(viewer->image().size() == before.transposed());
        CHECK(viewer->windowTitle().endsWith(shownTitle));
        viewed = true;
        viewer->reject();
    });
    child<QPushButton>(tab, "showAttachmentButton")->click();
    CHECK(viewed);

    // Corrected: another kind and title.
    whenShown<AttachmentDialog>([&](AttachmentDialog* dialog) {
        dialog->categoryBox()->setCode(QStringLiteral("housing"));
        dialog->titleEdit()->setText(QStringLiteral("东墙裂缝"));
        dialog->accept();
    });
    child<QPushButton>(tab, "changeAttachmentButton")->click();
    const auto titles = [&] {
        QStringList out;
        for (const Attachment& a : AttachmentRepository(t.db()).forHousehold(h))
            out << a.title;
        return out;
    };
    CHECK(titles().contains(QStringLiteral("东墙裂缝")));

    // Removed, after a question.
    const int before = tab->list()->count();
    whenShown<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    child<QPushButton>(tab, "removeAttachmentButton")->click();
    CHECK(tab->list()->count() == before - 1);
    CHECK(AttachmentRepository(t.db()).forHousehold(h).size() == 1);
}

TEST_CASE("an attachment whose file is still to come says so and cannot be shown", "[gui][attachments]")
{
    test::TempDatabase t;
    const Session wang = test::as(QStringLiteral("王芳"));
    HouseholdFile f = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(t.db(), wang).save(f));
    const QString h = f.household.value(QStringLiteral("id")).toString();
    Attachment a;
    a.householdId = h;
    a.category = QStringLiteral("consent");
    a.fileName = QStringLiteral("知情同意书.pdf");
    REQUIRE(AttachmentRepository(t.db(), wang).add(a, test::sampleScan()));
    // As on a laptop that received the record before its file.
    Query q(t.db());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM attachment_chunk")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM attachment_content")));

    HouseholdDialog d(t.db(), wang, h);
    d.show();
    auto* tab = d.findChild<AttachmentsTab*>();
    REQUIRE(tab);
    REQUIRE(tab->list()->count() == 1);
    tab->list()->setCurrentRow(0);
    CHECK_FALSE(child<QPushButton>(tab, "showAttachmentButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(tab, "saveAttachmentButton")->isEnabled());
    CHECK(tab->list()->item(0)->toolTip().contains(QStringLiteral("still to come from the county")));
}
