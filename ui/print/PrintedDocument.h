// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QString>

class QPrinter;
class QTextDocument;

namespace ff {

/// A document to print on A4: its body as HTML (tables, headings and the images it names), laid
/// out in pages, each with the document's title at its head and the generation date and "第 1 页
/// 共 3 页" at its foot. The reports and the household file are built as one of these, so the
/// printer and a PDF file get the same pages.
class PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintedDocument)

public:
    PrintedDocument(QString title, QString bodyHtml, QDateTime generated);

    /// An image the body names as `<img src="NAME">`.
    void addImage(const QString& name, const QImage& image);

    const QString& title() const { return m_title; }
    const QString& bodyHtml() const { return m_body; }
    const QDateTime& generated() const { return m_generated; }

    /// Paints every page on `printer`, which it sets to A4 portrait; returns the number of pages,
    /// 0 when the printer could not be started.
    int print(QPrinter& printer) const;
    /// Writes the pages as a PDF file at `path`.
    [[nodiscard]] Status savePdf(const QString& path) const;

    /// The document's style sheet: tables with borders that fit the page width, headings, the
    /// signature lines.
    static QString styleSheet();
    /// `text` made safe inside HTML; an empty text reads as a dash.
    static QString cell(const QString& text);

private:
    QString m_title;
    QString m_body;
    QDateTime m_generated;
    QHash<QString, QImage> m_images;
};

} // namespace ff
