// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/PrintedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace ff {

namespace {
/// The layout's unit: the document is laid out at 96 dots per inch and scaled to the printer's
/// resolution, so the layout does not depend on the printer.
constexpr qreal kLayoutDpi = 96.0;
constexpr qreal kMarginMm = 16.0;
/// Height of the running head and foot, in layout units.
constexpr qreal kHeadHeight = 28.0;
constexpr qreal kFootHeight = 28.0;

/// The documents' font in layout units (pixels at kLayoutDpi): DejaVu Sans for Latin letters and
/// digits, Noto Sans CJK SC for Chinese. (Qt's PDF writer names the digits of Noto Sans CJK by no
/// character at all, so that a PDF set in it alone loses its numbers when searched or copied.)
QFont documentFont(qreal pixelSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qRound(pixelSize));
    return font;
}
} // namespace

PrintedDocument::PrintedDocument(QString title, QString bodyHtml, QDateTime generated)
    : m_title(std::move(title)), m_body(std::move(bodyHtml)), m_generated(std::move(generated))
{}

void PrintedDocument::addImage(const QString& name, const QImage& image) { m_images.insert(name, image); }

QString PrintedDocument::styleSheet()
{
    return QStringLiteral(
        "body { font-size: 9.5pt; }"
        "h1 { font-size: 16pt; font-weight: bold; margin-bottom: 4px; }"
        "h2 { font-size: 12pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }"
        "p.meta { color: #444444; margin-top: 0px; }"
        "table.grid { border-collapse: collapse; border-color: #888888; }"
        "table.grid th { background-color: #e8e8e8; font-weight: bold; text-align: left; }"
        "td.num, th.num { text-align: right; }"
        "th.small { font-size: 7pt; }"
        "table.members { border-collapse: collapse; border-color: #888888; }"
        "table.members th { background-color: #e8e8e8; font-weight: bold; text-align: left; font-size: 8pt; }"
        "table.members td { font-size: 8pt; }"
        "td.group { font-weight: bold; }"
        "p.none { color: #666666; }"
        "table.sign td { padding-top: 26px; }");
}

QString PrintedDocument::cell(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("—");
    return trimmed.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

int PrintedDocument::print(QPrinter& printer) const
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                      QPageLayout::Millimeter));
    printer.setDocName(m_title);
    printer.setCreator(QStringLiteral("Fieldfile"));

    // The printable area in layout units; the body gets what the head and foot leave.
    const QRectF paper = printer.pageLayout().paintRect(QPageLayout::Inch);
    const qreal width = paper.width() * kLayoutDpi;
    const qreal height = paper.height() * kLayoutDpi;
    const qreal bodyHeight = height - kHeadHeight - kFootHeight;

    QTextDocument doc;
    doc.setDefaultFont(documentFont(12));
    doc.setDefaultStyleSheet(styleSheet());
    doc.setDocumentMargin(0);
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc.setHtml(QStringLiteral("<html><body>") + m_body + QStringLiteral("</body></html>"));
    doc.setPageSize(QSizeF(width, bodyHeight));
    const int pages = std::max(1, doc.pageCount());

    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    const qreal scale = printer.resolution() / kLayoutDpi;
    const QString date = QLocale().toString(m_generated.date(), QLocale::LongFormat);
    const QFont small = documentFont(10);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            printer.newPage();
        painter.save();
        painter.scale(scale, scale);

        // The running head: the title, and a rule under it.
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF head(0, 0, width, kHeadHeight - 8);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignBottom, m_title);
        painter.drawLine(QPointF(0, kHeadHeight - 4), QPointF(width, kHeadHeight - 4));

        // The body's page.
        painter.save();
        painter.translate(0, kHeadHeight - page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        // The foot: when it was made, and which page of how many.
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF foot(0, height - kFootHeight + 8, width, kFootHeight - 8);
        painter.drawLine(QPointF(0, height - kFootHeight + 4), QPointF(width, height - kFootHeight + 4));
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop, tr("Generated on %1").arg(date));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    return pages;
}

Status PrintedDocument::savePdf(const QString& path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    if (print(printer) == 0 || !QFileInfo::exists(path))
        return Error{tr("The PDF file %1 could not be written.").arg(QFileInfo(path).fileName()), path};
    return Status::ok();
}

} // namespace ff
