// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the screenshots in docs/screenshots: the main window, a household file, its members and its
// history, at 1366x768, in Chinese and English, on a fresh demo caseload.
//   fieldfile-screenshots OUTPUT_FOLDER

#include "demo/DemoGenerator.h"
#include "households/HistoryDialog.h"
#include "households/HouseholdDialog.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdListPage.h"
#include "households/MemberDialog.h"
#include "households/MemberTableModel.h"
#include "main/LanguageMenu.h"
#include "main/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
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

        // Give the household some history to show.
        HouseholdDialog edit(db, window.author(), id, &window);
        edit.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("13905391234"));
        edit.save();
        HistoryDialog history(db, id, edit.windowTitle(), &window);
        history.show();
        save(&history, out.filePath(QStringLiteral("history-%1.png").arg(language)));
    }
    return 0;
}
