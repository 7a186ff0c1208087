// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/PngIconEngine.h"

#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QPaintDevice>
#include <QPainter>
#include <QResource>

#include <algorithm>

namespace ff {

PngIconEngine::PngIconEngine(QList<File> files) : m_files(std::move(files)) {}

namespace {

/// Told the format, a reader does not load every image-format plugin to ask each about the file.
void tellPng(QImageReader& reader) { reader.setAutoDetectImageFormat(false); }

/// The size in a file's name `<name>-<size>.png`, or 0 when the file is not one of `name`'s.
int sizeIn(const QString& file, QLatin1StringView name)
{
    if (!file.startsWith(name) || file.size() <= name.size() + 5 ||
        file.at(name.size()) != QLatin1Char('-') || !file.endsWith(QLatin1StringView(".png")))
        return 0;
    bool ok = false;
    const int size = QStringView(file).mid(name.size() + 1, file.size() - name.size() - 5).toInt(&ok);
    return ok ? size : 0;
}

} // namespace

QList<PngIconEngine::File> PngIconEngine::filesOf(QLatin1StringView name, const QString& folder,
                                                  const QStringList& names)
{
    QList<File> files;
    for (const QString& file : names) {
        if (const int size = sizeIn(file, name); size > 0)
            files.append({size, folder + file});
    }
    std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.size < b.size; });
    return files;
}

QStringList PngIconEngine::resourceNames(const QString& folder)
{
    // children() is protected: a resource that lists its own.
    struct Folder : QResource
    {
        using QResource::QResource;
        QStringList names() const { return children(); }
    };
    return Folder(folder).names();
}

QIcon PngIconEngine::fromResources(const QString& folder, QLatin1StringView name)
{
    QList<File> files = filesOf(name, folder, resourceNames(folder));
    return files.isEmpty() ? QIcon() : QIcon(new PngIconEngine(std::move(files)));
}

const PngIconEngine::File* PngIconEngine::bestFileFor(const QSize& size)
{
    if (m_pictureSizes.size() != m_files.size()) {
        // The pictures' sizes from the files' headers, without decoding them: a file's picture
        // need not be square (the toolbar's extension button's are not).
        m_pictureSizes.clear();
        for (const File& file : std::as_const(m_files)) {
            QImageReader reader(file.path, QByteArrayLiteral("png"));
            tellPng(reader);
            m_pictureSizes.append(reader.size());
        }
    }
    // Qt's pixmap icon keeps, of any two pictures, the smaller when both cover the area asked for
    // and the larger otherwise: the smallest that covers it, or the largest of all.
    const auto area = [](const QSize& s) { return qint64(s.width()) * s.height(); };
    const qint64 wanted = area(size);
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const qint64 a = area(m_pictureSizes.at(i));
        if (best < 0) {
            best = i;
            continue;
        }
        const qint64 b = area(m_pictureSizes.at(best));
        if (std::min(a, b) >= wanted ? a < b : a > b)
            best = i;
    }
    return best < 0 ? nullptr : &m_files.at(best);
}

QSize PngIconEngine::pictureSizeOf(const File& file) const
{
    return m_pictureSizes.value(&file - m_files.constData());
}

void PngIconEngine::read(const File& file)
{
    if (m_decoded.contains(file.size))
        return;
    QImageReader reader(file.path, QByteArrayLiteral("png"));
    tellPng(reader);
    QImage image;
    if (!reader.read(&image))
        return;
    m_decoded.insert(file.size, QPixmap::fromImage(std::move(image)));
    // Rebuilt smallest first, as a QIcon given every file lists them.
    m_icon = QIcon();
    for (const QPixmap& pixmap : std::as_const(m_decoded))
        m_icon.addPixmap(pixmap);
}

void PngIconEngine::readFor(const QSize& size)
{
    if (m_plain)
        return;
    if (const File* file = bestFileFor(size))
        read(*file);
}

void PngIconEngine::readAll()
{
    if (m_plain)
        return;
    for (const File& file : std::as_const(m_files))
        read(file);
}

void PngIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    // Qt's pixmap icon draws a picture of the rectangle's size in the painter's device pixels.
    const QPaintDevice* device = painter->device();
    const qreal ratio = device ? device->devicePixelRatio() : qApp->devicePixelRatio();
    // (Not the plain icon's paint: it would fit the rectangle, already fitted, once more.)
    painter->drawPixmap(rect, scaledPixmap(rect.size() * ratio, mode, state, ratio));
}

QSize PngIconEngine::actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    if (m_plain)
        return m_icon.actualSize(size, mode, state);
    // The best picture's size, made to fit: no file needs to be read for it.
    const File* file = bestFileFor(size);
    if (!file)
        return {};
    QSize actual = pictureSizeOf(*file);
    if (actual.width() > size.width() || actual.height() > size.height())
        actual.scale(size, Qt::KeepAspectRatio);
    return actual;
}

QPixmap PngIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    readFor(size);
    // At a ratio of 1 a QIcon asks its engine for exactly this size.
    return m_icon.pixmap(size, 1.0, mode, state);
}

void PngIconEngine::addPixmap(const QPixmap& pixmap, QIcon::Mode mode, QIcon::State state)
{
    readAll();
    m_plain = true; // from now on a plain icon
    m_icon.addPixmap(pixmap, mode, state);
}

void PngIconEngine::addFile(const QString& fileName, const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    readAll();
    m_plain = true;
    m_icon.addFile(fileName, size, mode, state);
}

QList<QSize> PngIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    readAll();
    return m_icon.availableSizes(mode, state);
}

bool PngIconEngine::isNull() { return m_plain ? m_icon.isNull() : m_files.isEmpty(); }

QString PngIconEngine::key() const { return QStringLiteral("PngIconEngine"); }

QIconEngine* PngIconEngine::clone() const { return new PngIconEngine(*this); }

} // namespace ff
