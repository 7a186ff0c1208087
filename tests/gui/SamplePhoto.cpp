// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/SamplePhoto.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace ff::test {

QByteArray samplePhoto(const QString& kind, int width)
{
    const int height = width * 2 / 3;
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double u = width / 120.0; // one unit
    QFont font = p.font();
    if (kind == QLatin1String("housing")) {
        p.fillRect(image.rect(), QColor(0xb8, 0xd8, 0xf0));
        p.fillRect(QRectF(0, 70 * u, width, height), QColor(0x9a, 0xb8, 0x6a));
        p.setBrush(QColor(0xd8, 0xc8, 0xa8));
        p.setPen(QPen(QColor(0x60, 0x50, 0x40), u / 2));
        p.drawRect(QRectF(30 * u, 40 * u, 60 * u, 34 * u));
        QPainterPath roof;
        roof.moveTo(24 * u, 42 * u);
        roof.lineTo(60 * u, 18 * u);
        roof.lineTo(96 * u, 42 * u);
        roof.closeSubpath();
        p.setBrush(QColor(0x70, 0x70, 0x78));
        p.drawPath(roof);
        p.setBrush(QColor(0x80, 0x50, 0x30));
        p.drawRect(QRectF(54 * u, 54 * u, 12 * u, 20 * u));
        p.setBrush(QColor(0xe8, 0xf0, 0xf8));
        p.drawRect(QRectF(36 * u, 48 * u, 12 * u, 10 * u));
        p.drawRect(QRectF(72 * u, 48 * u, 12 * u, 10 * u));
        p.setPen(QPen(QColor(0x40, 0x30, 0x20), u));
        p.drawLine(QPointF(40 * u, 40 * u), QPointF(44 * u, 46 * u)); // a crack in the wall
        p.drawLine(QPointF(44 * u, 46 * u), QPointF(41 * u, 52 * u));
    } else {
        const bool card = kind == QLatin1String("id_card");
        p.fillRect(image.rect(), QColor(0x6a, 0x5a, 0x4a)); // the table it lies on
        const QRectF paper(8 * u, 6 * u, 104 * u, 68 * u);
        p.setPen(Qt::NoPen);
        p.setBrush(card ? QColor(0xe4, 0xee, 0xf4) : QColor(0xf6, 0xf0, 0xe0));
        p.drawRoundedRect(paper, card ? 4 * u : u, card ? 4 * u : u);
        p.setPen(QColor(0x30, 0x30, 0x30));
        font.setPixelSize(int(5 * u));
        font.setBold(true);
        p.setFont(font);
        p.drawText(QRectF(paper.left(), paper.top() + 3 * u, paper.width(), 8 * u), Qt::AlignCenter,
                   card ? QStringLiteral("居民身份证（样例）") : QStringLiteral("常住人口登记卡（样例）"));
        font.setBold(false);
        font.setPixelSize(int(4 * u));
        p.setFont(font);
        const QStringList lines =
            card ? QStringList{QStringLiteral("姓名  张伟"), QStringLiteral("性别  男    民族  汉"),
                               QStringLiteral("出生  1958 年 3 月 12 日"),
                               QStringLiteral("住址  沂南县岸堤镇东山村"),
                               QStringLiteral("公民身份号码  3713211958********")}
                 : QStringList{QStringLiteral("户主姓名  张伟      与户主关系  户主"),
                               QStringLiteral("姓名  张小明    与户主关系  孙子"),
                               QStringLiteral("出生日期  2014 年 9 月 1 日"),
                               QStringLiteral("籍贯  山东省沂南县"),
                               QStringLiteral("登记日期  2014 年 10 月 8 日")};
        for (int i = 0; i < lines.size(); ++i)
            p.drawText(QPointF(paper.left() + 6 * u, paper.top() + (20 + 10 * i) * u), lines.at(i));
        if (card) {
            p.setBrush(QColor(0xc8, 0xcc, 0xd0));
            p.drawRect(QRectF(paper.right() - 30 * u, paper.top() + 14 * u, 24 * u, 30 * u));
        }
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

QByteArray sampleScan()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                             "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                             "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                             "trailer << /Root 1 0 R >>\n%%EOF\n");
}

} // namespace ff::test
