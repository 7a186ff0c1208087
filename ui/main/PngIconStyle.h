// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>
#include <QStringList>

namespace ff {

/// The app's style, with the standard icons that Qt draws from PNG files of its own (the toolbar's
/// icons and its extension button, among others) read with the image reader told that they are
/// PNG. Asked for a file without its format, Qt's reader first loads every image-format plugin
/// (SVG with Qt Svg, JPEG with libjpeg, GIF, ICO) to ask each whether it reads the file, before its
/// built-in PNG reader: a few milliseconds of the app's start that no PNG icon needs. The same files
/// at the same sizes, so the same pictures. Everything else is the base style's: the other icons,
/// right-to-left ones, and those the desktop's icon theme has (the style takes the theme's first). Each icon
/// is made once, and each of its files read when a size first drawn needs it (PngIconEngine).
class PngIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    /// Wraps `base` (which it takes over); install with QApplication::setStyle.
    explicit PngIconStyle(QStyle* base);

    QIcon standardIcon(StandardPixmap which, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

    /// The icon read from Qt's own files with the format told, or a null icon where this style
    /// leaves the icon to the base style.
    QIcon iconFromFiles(StandardPixmap which) const;

private:
    mutable QHash<int, QIcon> m_icons;
    mutable QStringList m_files;
};

} // namespace ff
