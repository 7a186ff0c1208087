// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/Attachment.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ff {

class CodeChoiceBox;
class Database;
class ErrorLabel;

/// Adds files to a household as attachments — what kind of document they are, whom of the
/// household they concern, and (one file) a title — or corrects those three of an attachment on
/// file. Files that cannot be attached are named with the reason before anything is added; the
/// others are added when the person confirms.
class AttachmentDialog : public QDialog
{
    Q_OBJECT

public:
    /// Adding `files` (paths) to the household.
    AttachmentDialog(Database& db, const Session& session, const QString& householdId,
                     const QStringList& files, QWidget* parent = nullptr);
    /// Correcting `attachment`.
    AttachmentDialog(Database& db, const Session& session, const Attachment& attachment,
                     QWidget* parent = nullptr);

    CodeChoiceBox* categoryBox() const { return m_category; }
    QComboBox* memberBox() const { return m_member; }
    QLineEdit* titleEdit() const { return m_title; }
    QString errorText() const;
    /// The attachments added (or the one corrected).
    const QList<Attachment>& saved() const { return m_saved; }
    /// The files that were not added, with the reason, one a line.
    const QStringList& refused() const { return m_refused; }

public slots:
    void accept() override;

private:
    void build(const QString& householdId);

    Database& m_db;
    Session m_session;
    QString m_householdId;
    QStringList m_files;
    Attachment m_editing;
    QList<Attachment> m_saved;
    QStringList m_refused;
    ErrorLabel* m_errors = nullptr;
    QLabel* m_filesLabel = nullptr;
    CodeChoiceBox* m_category = nullptr;
    QComboBox* m_member = nullptr;
    QLineEdit* m_title = nullptr;
};

} // namespace ff
