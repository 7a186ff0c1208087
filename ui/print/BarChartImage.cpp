// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/BarChartImage.h"

#include "core/indicators/IndicatorReport.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ff {

namespace {
constexpr qreal kScale = 2.0;
const QColor kCurrent(0x2b, 0x5f, 0x9e);
const QColor kPrevious(0xa9, 0xc4, 0xe4);
} // namespace

QImage BarChartImage::draw(const QString& title, const QString& currentName, const QString& previousName,
                           const QList<Bar>& bars, int width)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(11);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const qreal barHeight = 9;
    const qreal rowHeight = 2 * barHeight + 8;
    const qreal titleHeight = 22;
    const qreal legendHeight = 20;
    const int height = int(titleHeight + legendHeight + rowHeight * bars.size() + 8);

    QImage image(QSize(int(width * kScale), int(height * kScale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(kScale, kScale);

    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 0, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);

    // The legend.
    p.setFont(font);
    qreal x = 0;
    for (const auto& [colour, name] :
         {std::pair{kCurrent, currentName}, std::pair{kPrevious, previousName}}) {
        p.fillRect(QRectF(x, titleHeight + 5, 12, 10), colour);
        x += 16;
        p.drawText(QRectF(x, titleHeight, width, legendHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += metrics.horizontalAdvance(name) + 18;
    }

    qreal labelWidth = 0;
    double largest = 0;
    for (const Bar& bar : bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        largest = std::max({largest, bar.current.value_or(0), bar.previous.value_or(0)});
    }
    labelWidth = std::min(labelWidth + 8, width * 0.42);
    const qreal valueWidth = metrics.horizontalAdvance(QStringLiteral("00000.00")) + 6;
    const qreal plot = width - labelWidth - valueWidth;
    qreal y = titleHeight + legendHeight;
    for (const Bar& bar : bars) {
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, labelWidth - 6, 2 * barHeight + 2), Qt::AlignRight | Qt::AlignVCenter,
                   metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 6));
        qreal by = y;
        for (const auto& [colour, value] :
             {std::pair{kCurrent, bar.current}, std::pair{kPrevious, bar.previous}}) {
            const qreal length = largest > 0 ? plot * value.value_or(0) / largest : 0;
            p.fillRect(QRectF(labelWidth, by, std::max<qreal>(length, 0.5), barHeight), colour);
            p.setPen(QColor(0x33, 0x33, 0x33));
            const QString text = value ? IndicatorReport::formatValue(value) : QStringLiteral("—");
            p.drawText(QRectF(labelWidth + length + 4, by - 2, valueWidth, barHeight + 4),
                       Qt::AlignLeft | Qt::AlignVCenter, text);
            by += barHeight + 1;
        }
        y += rowHeight;
    }
    p.setPen(QColor(0x88, 0x88, 0x88));
    p.drawLine(QPointF(labelWidth, titleHeight + legendHeight - 2), QPointF(labelWidth, y - 6));
    p.end();
    return image;
}

} // namespace ff
