// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A build step, not part of the app: renders the app's SVG icon into one PNG file per size
// (fieldfile-<size>.png), which the app shows as its window icon and the package installs into the
// desktop's icon theme. The app then reads small PNG files when a size is drawn, instead of loading
// Qt's SVG icon engine and library to render the SVG at each size.
//
//     fieldfile-render-icon SVG OUTPUT_FOLDER SIZE...
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: fieldfile-render-icon SVG OUTPUT_FOLDER SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "fieldfile-render-icon: %s is not a valid SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "fieldfile-render-icon: %s is not a size in pixels\n",
                         qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString path = out.filePath(QStringLiteral("fieldfile-%1.png").arg(size));
        if (!image.convertToFormat(QImage::Format_ARGB32).save(path, "png")) {
            std::fprintf(stderr, "fieldfile-render-icon: could not write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
