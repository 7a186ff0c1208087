// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A caseworker's first screen, My tasks, is drawn in the font's regular face alone: nothing on it is
// bold (or medium) before the tasks arrive, so the start opens no heavier face before the window is
// painted (for Chinese, Noto Sans CJK Bold, a 20 MB collection of its own: about 10 ms of the
// start, tests/bench/README.md). The faces a process opens are its own to the end, so each language runs
// in a process of its own (hidden cases, registered by tests/gui/CMakeLists.txt).
#include "tests/gui/FontFilesOpened.h"
#include "tests/gui/TaskListWait.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "ui/casework/TaskListPage.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/MainWindow.h"

#include <QScopeGuard>
#include <QTest>
#include <QTreeWidget>

using namespace ff;

namespace {

/// Notes the font files opened once the watched window's first paint is done: from an event posted
/// at its paint with a high priority, so that it runs before what the paint put off (My tasks'
/// gathering, whose tasks come in bold), however slow the machine.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool painted = false;
    QStringList filesOpened;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_posted) {
            m_posted = true;
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
        }
        return QObject::eventFilter(watched, event);
    }

    bool event(QEvent* event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        filesOpened = test::fontFilesOpened();
        painted = true;
        return true;
    }

private:
    bool m_posted = false;
};

/// The files among `files` with a face heavier than the regular weight (fontconfig's 80): bold,
/// demibold, medium.
QStringList heavierThanRegular(const QStringList& files)
{
    QStringList heavier;
    for (const QString& file : files) {
        const int weight = test::heaviestWeightIn(file);
        if (weight < 0 || weight > 80)
            heavier << QStringLiteral("%1 (%2)").arg(file).arg(weight);
    }
    return heavier;
}

void checkFirstScreen(const QString& language)
{
    // The faces a process has opened stay open: this check needs a process of its own.
    INFO("a heavier face was open before the test: run each case in a process of its own, as ctest does");
    REQUIRE(heavierThanRegular(test::fontFilesOpened()).isEmpty());
    const QString chineseRegular = test::fontFileFor(QStringLiteral("sans-serif:lang=zh-cn"));
    REQUIRE_FALSE(chineseRegular.isEmpty());

    test::TempDatabase t;
    // A household of the caseworker's never visited: a first visit is due, under its village.
    test::savedHousehold(t.db(), test::as(QStringLiteral("王芳")), QStringLiteral("刘洋"));

    LanguageMenu::apply(language);
    const auto restore = qScopeGuard([] { LanguageMenu::apply(QString()); });
    MainWindow window(t.db());
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.resize(1366, 768);
    window.show();
    TaskListPage* page = window.taskListPage();
    REQUIRE(page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(firstPaint.painted, 10000);

    // Painted: the title, the list's header and the placeholder, in the regular face alone.
    const QStringList atFirstPaint = firstPaint.filesOpened;
    INFO("opened by the first paint: " << atFirstPaint.join(QStringLiteral(", ")).toStdString());
    CHECK(heavierThanRegular(atFirstPaint).isEmpty());
    if (language == QStringLiteral("zh_CN"))
        CHECK(atFirstPaint.contains(chineseRegular));

    // The tasks arrive under their village's row, in bold: the bold face is opened now (which
    // shows that this test sees the faces opened).
    REQUIRE(test::waitForTasks(page));
    REQUIRE(page->tree()->topLevelItemCount() >= 1);
    REQUIRE(page->tree()->topLevelItem(0)->font(0).bold());
    (void)window.grab();
    INFO("opened once the tasks are shown: "
         << test::fontFilesOpened().join(QStringLiteral(", ")).toStdString());
    CHECK_FALSE(heavierThanRegular(test::fontFilesOpened()).isEmpty());
}

} // namespace

TEST_CASE("a caseworker's first screen in Chinese opens no bold face before it is painted",
          "[.][first-screen-fonts][zh]")
{
    checkFirstScreen(QStringLiteral("zh_CN"));
}

TEST_CASE("a caseworker's first screen in English opens no bold face before it is painted",
          "[.][first-screen-fonts][en]")
{
    checkFirstScreen(QStringLiteral("en"));
}
