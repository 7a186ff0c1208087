// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QList>
#include <QMap>
#include <QPixmap>
#include <QString>
#include <QStringList>

namespace ff {

/// An icon made of PNG files, one picture per file, that reads and decodes a file only when
/// a size it is the best picture for is first drawn or asked for. Which file is best follows Qt's
/// own pixmap icon: the smallest at least as large (by area) as the size asked for, else the
/// largest, by the pictures' sizes read from the files' headers. The decoded files are held by a plain QIcon,
/// added smallest first, which does all the drawing, scaling and the other modes, so the pictures are those
/// of a QIcon holding every file.
class PngIconEngine : public QIconEngine
{
public:
    /// A file of the icon and the size in its name (the picture's width).
    struct File
    {
        int size = 0;
        QString path;
    };

    /// `files` smallest first, each of a different size.
    explicit PngIconEngine(QList<File> files);

    /// The files `<name>-<size>.png` among `names`, the names in `folder` (ending in '/'), smallest
    /// first.
    static QList<File> filesOf(QLatin1StringView name, const QString& folder, const QStringList& names);
    /// The names in a folder of Qt's resources, read from the resource tree. A QDir listing would
    /// make a QFileInfo of each file and ask whether it is hidden (about a millisecond of a start for
    /// the 167 files of Qt's style's icons).
    static QStringList resourceNames(const QString& folder);
    /// An icon of the files `<name>-<size>.png` in a folder of Qt's resources, none read yet; null
    /// when the folder has none.
    static QIcon fromResources(const QString& folder, QLatin1StringView name);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    void addPixmap(const QPixmap& pixmap, QIcon::Mode mode, QIcon::State state) override;
    void addFile(const QString& fileName, const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    bool isNull() override;
    QString key() const override;
    QIconEngine* clone() const override;

    /// The sizes of the files read so far, smallest first (for the tests).
    QList<int> decodedSizes() const { return m_decoded.keys(); }

private:
    /// The file Qt's pixmap icon would draw `size` (device pixels) from.
    const File* bestFileFor(const QSize& size);
    QSize pictureSizeOf(const File& file) const;
    /// Reads the best file for `size` if it is not read yet.
    void readFor(const QSize& size);
    void readAll();
    void read(const File& file);

    QList<File> m_files;
    QList<QSize> m_pictureSizes; // of m_files, read from their headers when first needed
    QMap<int, QPixmap> m_decoded;
    QIcon m_icon;         // the files read so far, smallest first
    bool m_plain = false; // every file read and a picture added: a plain QIcon's
};

} // namespace ff
