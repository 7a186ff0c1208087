// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/Attachment.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;
class QCheckBox;

namespace ff {

/// Shows an attached photo, fitted to the window or at its own size, and turned a quarter at a time
/// (scans often arrive on their side); a PDF scan is described, to be saved and read elsewhere.
/// Either can be saved as a copy, a file the person chooses (outside the encrypted profile: the
/// dialog says so).
class AttachmentViewer : public QDialog
{
    Q_OBJECT

public:
    AttachmentViewer(const Attachment& attachment, const QByteArray& content, QWidget* parent = nullptr);

    /// Asks where, and writes `content` there; false when the person cancelled or it failed (said).
    static bool saveCopy(QWidget* parent, const Attachment& attachment, const QByteArray& content);
    /// The picture shown, as turned (null for a PDF).
    const QImage& image() const { return m_image; }

public slots:
    void rotate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showImage();

    Attachment m_attachment;
    QByteArray m_content;
    QImage m_image;
    QScrollArea* m_scroll;
    QLabel* m_picture;
    QCheckBox* m_fit;
};

} // namespace ff
