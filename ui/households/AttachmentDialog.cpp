// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/AttachmentDialog.h"

#include "core/model/CodeList.h"
#include "core/records/AttachmentRepository.h"
#include "core/records/HouseholdRepository.h"
#include "ui/widgets/CodeChoiceBox.h"
#include "ui/widgets/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

AttachmentDialog::AttachmentDialog(Database& db, const Session& session, const QString& householdId,
                                   const QStringList& files, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_householdId(householdId)
{
    setWindowTitle(tr("Attach files"));
    // What cannot be attached is said before anything is added.
    for (const QString& path : files) {
        QFile file(path);
        const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
        if (const QString refusal = AttachmentRepository::refusalOf(QFileInfo(path).size(), head, path);
            !refusal.isEmpty())
            m_refused << refusal;
        else
            m_files << path;
    }
    build(householdId);
    QStringList lines;
    for (const QString& path : std::as_const(m_files))
        lines << tr("%1 (%2)").arg(QFileInfo(path).fileName(),
                                   AttachmentRepository::sizeText(QFileInfo(path).size()));
    m_filesLabel->setText(lines.join(QLatin1Char('\n')));
    if (m_files.size() == 1) {
        m_title->setText(QFileInfo(m_files.first()).completeBaseName());
    } else {
        m_title->setEnabled(false);
        m_title->setPlaceholderText(tr("Each file keeps its own name as its title"));
    }
    if (!m_refused.isEmpty())
        m_errors->showError(m_refused.join(QLatin1Char('\n')));
    if (m_files.isEmpty())
        findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->setEnabled(false);
}

AttachmentDialog::AttachmentDialog(Database& db, const Session& session, const Attachment& attachment,
                                   QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_householdId(attachment.householdId),
      m_editing(attachment)
{
    setWindowTitle(tr("Change attachment"));
    build(attachment.householdId);
    m_filesLabel->setText(tr("%1 (%2), added %3 by %4")
                              .arg(attachment.fileName, AttachmentRepository::sizeText(attachment.byteSize),
                                   attachment.addedAt, attachment.addedBy));
    m_category->setCode(attachment.category);
    m_member->setCurrentIndex(std::max(0, m_member->findData(attachment.memberId)));
    m_title->setText(attachment.title);
}

void AttachmentDialog::build(const QString& householdId)
{
    setObjectName(QStringLiteral("attachmentDialog"));
    m_errors = new ErrorLabel(this);
    m_filesLabel = new QLabel(this);
    m_filesLabel->setObjectName(QStringLiteral("attachmentFiles"));
    m_filesLabel->setWordWrap(true);
    m_filesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_category = new CodeChoiceBox(CodeList::attachmentCategory(), tr("(choose)"), this);
    m_category->setObjectName(QStringLiteral("attachmentCategory"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("attachmentMember"));
    m_member->addItem(tr("The household as a whole"), QString());
    for (const auto& [id, name] : HouseholdRepository(m_db).memberNames(householdId))
        m_member->addItem(name, id);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("attachmentTitle"));
    m_title->setMaxLength(200);

    auto* form = new QFormLayout;
    form->addRow(m_editing.id.isEmpty() ? tr("Files:") : tr("File:"), m_filesLabel);
    form->addRow(tr("&Kind of document:"), m_category);
    form->addRow(tr("&Concerns:"), m_member);
    form->addRow(tr("&Title:"), m_title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_editing.id.isEmpty() ? tr("&Attach") : tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AttachmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttachmentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setTabOrder(m_category, m_member);
    setTabOrder(m_member, m_title);
    m_category->setFocus();
    resize(560, sizeHint().height());
}

QString AttachmentDialog::errorText() const { return m_errors->shownText(); }

void AttachmentDialog::accept()
{
    if (m_category->code().isEmpty()) {
        m_errors->showError(tr("Choose what kind of document this is."));
        m_category->setFocus();
        return;
    }
    AttachmentRepository repo(m_db, m_session);
    if (!m_editing.id.isEmpty()) {
        Attachment a = m_editing;
        a.category = m_category->code();
        a.memberId = m_member->currentData().toString();
        a.title = m_title->text();
        if (Status s = repo.correct(a); !s) {
            m_errors->showError(s.error().message);
            return;
        }
        m_saved = {a};
        QDialog::accept();
        return;
    }
    QStringList problems;
    for (const QString& path : std::as_const(m_files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
            continue;
        }
        Attachment a;
        a.householdId = m_householdId;
        a.category = m_category->code();
        a.memberId = m_member->currentData().toString();
        a.fileName = path;
        a.title = m_files.size() == 1 ? m_title->text() : QString();
        if (Status s = repo.add(a, file.readAll()); !s)
            problems << s.error().message;
        else
            m_saved << a;
    }
    m_refused << problems;
    if (!problems.isEmpty() && m_saved.isEmpty()) {
        m_errors->showError(problems.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace ff
