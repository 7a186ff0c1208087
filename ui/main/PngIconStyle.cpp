// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/PngIconStyle.h"

#include "ui/main/PngIconEngine.h"

#include <QGuiApplication>
#include <QStyleOption>
#include <QWidget>

#include <algorithm>

namespace ff {

namespace {

const QString kFolder = QStringLiteral(":/qt-project.org/styles/commonstyle/images/");

/// The names (before their size) of the files Qt's common style reads these icons from.
QLatin1StringView namesOf(QStyle::StandardPixmap which)
{
    switch (which) {
    case QStyle::SP_FileDialogListView:
        return QLatin1StringView("viewlist");
    case QStyle::SP_FileDialogContentsView:
        return QLatin1StringView("filecontents");
    case QStyle::SP_FileDialogDetailedView:
        return QLatin1StringView("viewdetailed");
    case QStyle::SP_FileDialogInfoView:
        return QLatin1StringView("fileinfo");
    case QStyle::SP_FileDialogNewFolder:
        return QLatin1StringView("newdirectory");
    case QStyle::SP_DialogOpenButton:
        return QLatin1StringView("standardbutton-open");
    case QStyle::SP_BrowserReload:
        return QLatin1StringView("refresh");
    case QStyle::SP_ToolBarHorizontalExtensionButton:
        return QLatin1StringView("toolbar-ext-h");
    default:
        return {};
    }
}

/// The names under which Qt's common style looks for these icons in a desktop icon theme first.
QList<QLatin1StringView> themeNamesOf(QStyle::StandardPixmap which)
{
    switch (which) {
    case QStyle::SP_FileDialogListView:
    case QStyle::SP_FileDialogDetailedView:
        return {QLatin1StringView("view-list-details"), QLatin1StringView("view-list-icons")};
    case QStyle::SP_FileDialogNewFolder:
        return {QLatin1StringView("folder-new")};
    case QStyle::SP_DialogOpenButton:
        return {QLatin1StringView("folder-open")};
    case QStyle::SP_BrowserReload:
        return {QLatin1StringView("view-refresh")};
    default:
        return {};
    }
}

/// Whether the style may take this icon from the desktop's icon theme (one is set, and it has one
/// of the names the style asks for).
bool themeMayHave(QStyle::StandardPixmap which)
{
    if (!QGuiApplication::desktopSettingsAware() || QIcon::themeName().isEmpty())
        return false;
    const QList<QLatin1StringView> names = themeNamesOf(which);
    return std::any_of(names.cbegin(), names.cend(),
                       [](QLatin1StringView name) { return QIcon::hasThemeIcon(QString(name)); });
}

} // namespace

PngIconStyle::PngIconStyle(QStyle* base) : QProxyStyle(base) {}

QIcon PngIconStyle::iconFromFiles(StandardPixmap which) const
{
    const QLatin1StringView name = namesOf(which);
    // Where the desktop's icon theme has the icon, the style takes the theme's.
    if (name.isEmpty() || themeMayHave(which))
        return {};
    if (const auto it = m_icons.constFind(which); it != m_icons.cend())
        return *it;
    if (m_files.isEmpty())
        m_files = PngIconEngine::resourceNames(kFolder);
    // Smallest first, as the style adds them; each read when a size it is drawn at first needs it.
    QList<PngIconEngine::File> files = PngIconEngine::filesOf(name, kFolder, m_files);
    const QIcon icon = files.isEmpty() ? QIcon() : QIcon(new PngIconEngine(std::move(files)));
    m_icons.insert(which, icon);
    return icon;
}

QIcon PngIconStyle::standardIcon(StandardPixmap which, const QStyleOption* option,
                                 const QWidget* widget) const
{
    const bool rightToLeft = option ? option->direction == Qt::RightToLeft
                                    : (widget ? widget->isRightToLeft() : QGuiApplication::isRightToLeft());
    if (!rightToLeft) {
        if (QIcon icon = iconFromFiles(which); !icon.isNull())
            return icon;
    }
    return QProxyStyle::standardIcon(which, option, widget);
}

} // namespace ff
