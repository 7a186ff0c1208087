// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace ff {

/// Gives every window the app's icon once the first window has been painted, not before it: the
/// icon is an SVG file, and reading it loads Qt's SVG icon engine and its library, which nothing
/// inside the first window needs. The title bar and the taskbar show it a moment after the window
/// appears. Installed once on the application.
class WindowIconAfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    /// Sets `iconPath` as the application's window icon after the first paint of any window.
    static void install(const QString& iconPath);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WindowIconAfterFirstPaint(const QString& iconPath, QObject* parent);
    void setIcon();

    QString m_path;
    bool m_painted = false;
};

} // namespace ff
