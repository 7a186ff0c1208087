// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The start benchmark's baseline (fieldfile-start-bench, README.md): what any Qt Widgets program
// pays to show a window. A program of its own, linked with Qt Widgets alone: started from the
// benchmark's own program it would load what that one links (Qt Sql, SQLite, libsodium, libpq),
// and pay for their loading as the app does.
//
// With --chinese-text it shows two lines of Chinese in the window, a bold title and a line of
// text: the start's reference for what showing any Chinese costs (its two faces of the Chinese
// font, their glyphs), which the empty window does not pay.

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QVBoxLayout>

#include <cstring>

namespace {

/// Quits the application once the watched window's first paint has been delivered: a queued quit
/// runs after the paint of the whole window (the children are painted in the same flush).
class QuitAfterPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 680); // the main window's first size
    if (argc > 1 && std::strcmp(argv[1], "--chinese-text") == 0) {
        auto* text = new QWidget(&window);
        auto* layout = new QVBoxLayout(text);
        auto* title = new QLabel(QStringLiteral("我的待办"), text);
        QFont bold = title->font();
        bold.setPointSizeF(bold.pointSizeF() * 1.25);
        bold.setBold(true);
        title->setFont(bold);
        layout->addWidget(title);
        layout->addWidget(new QLabel(QStringLiteral("正在收集您的待办…"), text));
        layout->addStretch();
        window.setCentralWidget(text);
    }
    QuitAfterPaint quitter;
    window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
