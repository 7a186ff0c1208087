// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QObject>

namespace ff {

/// Gives every window the app's icon once the first window has been painted, not before it: on X11
/// setting it makes the platform read every size of it for the window manager, which nothing inside
/// the first window needs. The title bar and the taskbar show it a moment after the window appears.
/// Installed once on the application.
class WindowIconAfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    /// Sets `icon` as the application's window icon after the first paint of any window.
    static void install(const QIcon& icon);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WindowIconAfterFirstPaint(const QIcon& icon, QObject* parent);
    void setIcon();

    QIcon m_icon;
    bool m_painted = false;
};

} // namespace ff
