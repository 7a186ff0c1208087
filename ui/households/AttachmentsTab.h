// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/Attachment.h"
#include "ui/records/RecordTab.h"

#include <QHash>
#include <QIcon>

class QLabel;
class QListWidget;
class QPushButton;

namespace ff {

/// The household's attachments (附件): photos and scans of its documents, as small pictures with
/// their kind and title, newest first. Files are added with a button or dropped on the tab from
/// the file manager; a double click (or Enter) shows one. A file still to come from the county
/// says so. Its kind, title and member can be corrected; a file attached by mistake is removed.
class AttachmentsTab : public RecordTab
{
    Q_OBJECT

public:
    AttachmentsTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    QString tabLabel() const override;

    QListWidget* list() const { return m_list; }
    const QList<Attachment>& attachments() const { return m_attachments; }
    /// The small picture kept for an attachment: made from the photo the first time and stored
    /// with it; a page for a PDF; an hourglass for a file still to come.
    static QIcon iconFor(Database& db, const Attachment& attachment);

public slots:
    /// Asks for files, then what they are (AttachmentDialog).
    void addFiles();
    /// Adds `paths` (a drop, or the file dialog's choice).
    void attach(const QStringList& paths);
    void viewCurrent();
    void saveCurrent();
    void changeCurrent();
    void removeCurrent();

protected:
    void load() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    const Attachment* current() const;

    QList<Attachment> m_attachments;
    int m_waiting = 0;
    QLabel* m_hint;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_view;
    QPushButton* m_save;
    QPushButton* m_change;
    QPushButton* m_remove;
};

} // namespace ff
