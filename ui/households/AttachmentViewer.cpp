// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/AttachmentViewer.h"

#include "core/model/CodeList.h"
#include "core/records/AttachmentRepository.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTransform>
#include <QVBoxLayout>

namespace ff {

AttachmentViewer::AttachmentViewer(const Attachment& attachment, const QByteArray& content, QWidget* parent)
    : QDialog(parent), m_attachment(attachment), m_content(content), m_scroll(new QScrollArea(this)),
      m_picture(new QLabel(this)), m_fit(new QCheckBox(tr("&Fit to window"), this))
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setWindowTitle(
        tr("%1 — %2").arg(CodeList::attachmentCategory().label(attachment.category), attachment.title));
    m_picture->setObjectName(QStringLiteral("attachmentPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_picture);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_fit->setChecked(true);
    m_scroll->viewport()->installEventFilter(this);

    auto* info = new QLabel(tr("%1 · %2 · added %3 by %4")
                                .arg(attachment.fileName, AttachmentRepository::sizeText(attachment.byteSize),
                                     attachment.addedAt, attachment.addedBy),
                            this);
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* rotate = new QPushButton(tr("&Turn ⟳"), this);
    rotate->setObjectName(QStringLiteral("rotateButton"));
    rotate->setToolTip(tr("Turns the picture a quarter to the right (for viewing; the file stays as it is)"));
    auto* save = new QPushButton(tr("&Save a copy…"), this);
    save->setObjectName(QStringLiteral("saveCopyButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] { saveCopy(this, m_attachment, m_content); });
    connect(rotate, &QPushButton::clicked, this, &AttachmentViewer::rotate);
    connect(m_fit, &QCheckBox::toggled, this, &AttachmentViewer::showImage);

    auto* tools = new QHBoxLayout;
    tools->addWidget(info, 1);
    tools->addWidget(rotate);
    tools->addWidget(m_fit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);
    // Reading order: the tools above the picture, the picture (arrow keys scroll it), the buttons.
    setTabOrder(rotate, m_fit);
    setTabOrder(m_fit, m_scroll);
    setTabOrder(m_scroll, save);
    setTabOrder(save, buttons->button(QDialogButtonBox::Close));

    if (attachment.isImage()) {
        QBuffer buffer(&m_content);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true); // a phone's photo as it was held
        m_image = reader.read();
    }
    if (m_image.isNull()) {
        m_fit->hide();
        rotate->hide();
        m_picture->setWordWrap(true);
        m_picture->setText(
            attachment.isImage()
                ? tr("This photo cannot be shown: its file is damaged. Save a copy to try another "
                     "program.")
                : tr("This is a PDF scan (%1). Fieldfile shows photos only: save a copy and open it "
                     "with a PDF reader.")
                      .arg(AttachmentRepository::sizeText(attachment.byteSize)));
        m_scroll->setWidgetResizable(true);
    }
    resize(900, 600);
    showImage();
}

void AttachmentViewer::rotate()
{
    m_image = m_image.transformed(QTransform().rotate(90));
    showImage();
}

bool AttachmentViewer::eventFilter(QObject* watched, QEvent* event)
{
    // Fitted to the room the picture has, whenever that changes (the window shown or resized).
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit->isChecked())
        showImage();
    return QDialog::eventFilter(watched, event);
}

void AttachmentViewer::showImage()
{
    if (m_image.isNull())
        return;
    QPixmap pixmap = QPixmap::fromImage(m_image);
    if (m_fit->isChecked()) {
        const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
        if (pixmap.width() > room.width() || pixmap.height() > room.height())
            pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    m_picture->setPixmap(pixmap);
    m_picture->resize(pixmap.size());
}

bool AttachmentViewer::saveCopy(QWidget* parent, const Attachment& attachment, const QByteArray& content)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save a copy of the attachment"), folder + QLatin1Char('/') + attachment.fileName,
        attachment.isImage() ? tr("Pictures (*.jpg *.jpeg *.png)") : tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        QMessageBox::warning(parent, tr("Save a copy"),
                             tr("The copy could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    QMessageBox::information(
        parent, tr("Save a copy"),
        tr("The copy is saved as %1. It is not encrypted there: delete it when it is no longer needed.")
            .arg(path));
    return true;
}

} // namespace ff
