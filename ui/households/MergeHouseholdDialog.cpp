// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/MergeHouseholdDialog.h"

#include "core/records/HouseholdRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

MergeHouseholdDialog::MergeHouseholdDialog(Database& db, const Session& session, const QString& keepId,
                                           QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_keepId(keepId), m_summary(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_merge(new QPushButton(tr("&Merge the chosen one into this household"), this))
{
    setObjectName(QStringLiteral("mergeHouseholdDialog"));
    setWindowTitle(tr("Merge a household filed twice"));
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto* intro = new QLabel(tr("Household that stays: %1\n\nChoose the household that is the same family "
                                "filed again. Its members, notes and casework move into the household that "
                                "stays; the same person (same resident ID number) is kept once; it is then "
                                "removed, and the county and every laptop learn it with the next sync.")
                                 .arg(describe(keepId)),
                             this);
    intro->setWordWrap(true);
    const std::optional<HouseholdFile> file = HouseholdRepository(db).load(keepId);
    if (file)
        m_found = DuplicateFinder(db).candidates(*file, keepId, true);
    QStringList seen;
    for (const DuplicateCandidate& c : std::as_const(m_found)) {
        if (seen.contains(c.householdId))
            continue;
        seen.append(c.householdId);
        auto* item = new QListWidgetItem(c.describe(), m_list);
        item->setData(Qt::UserRole, c.householdId);
    }
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &MergeHouseholdDialog::choose);
    connect(m_merge, &QPushButton::clicked, this, &MergeHouseholdDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeHouseholdDialog::reject);
    m_merge->setEnabled(false);
    if (m_list->count() == 0)
        m_summary->setText(
            tr("No household on this laptop looks like this one: none has a member with the same "
               "resident ID number, the same name and birth date in the same village, or the "
               "same phone."));
    else
        m_list->setCurrentRow(0);
    resize(720, 460);
}

QString MergeHouseholdDialog::summary() const { return m_summary->text(); }

QString MergeHouseholdDialog::describe(const QString& householdId) const
{
    const std::optional<HouseholdFile> file = HouseholdRepository(m_db).load(householdId);
    if (!file)
        return householdId;
    QString head;
    for (const QVariantMap& m : file->members) {
        if (m.value(QStringLiteral("relation")).toString() == QLatin1String("head"))
            head = m.value(QStringLiteral("name")).toString();
    }
    return tr("%1, %2, household no. %3")
        .arg(head, file->household.value(QStringLiteral("village")).toString(),
             file->household.value(QStringLiteral("household_no")).toString());
}

void MergeHouseholdDialog::choose()
{
    QListWidgetItem* item = m_list->currentItem();
    m_merge->setEnabled(false);
    if (!item)
        return;
    if (Status s =
            HouseholdMerge(m_db, m_session).plan(m_keepId, item->data(Qt::UserRole).toString(), &m_plan);
        !s) {
        m_summary->setText(s.error().message);
        return;
    }
    QStringList records;
    for (const auto& [label, count] : std::as_const(m_plan.records))
        records.append(tr("%1: %2").arg(label).arg(count));
    QString text = tr("%n member(s) already in the household that stays (same ID number), kept once.",
                      nullptr, m_plan.membersMatched) +
                   QLatin1Char('\n') + tr("%n member(s) move into it.", nullptr, m_plan.membersMoved);
    text += QLatin1Char('\n') + tr("The household that stays keeps its own details (address, phone, status); "
                                   "the other's are not copied.");
    if (!records.isEmpty())
        text += QLatin1Char('\n') +
                tr("Records that move: %1.")
                    .arg(records.join(QCoreApplication::translate("Codes", ", ", "list separator")));
    m_summary->setText(text);
    m_merge->setEnabled(true);
}

void MergeHouseholdDialog::merge()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_merge->isEnabled())
        return;
    const QString question =
        tr("Merge %1 into %2?\n\n%3\n\nThe merged household is removed; its history stays "
           "in the journal.")
            .arg(describe(m_plan.duplicateId), describe(m_keepId), m_summary->text());
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, windowTitle(), question,
                                                       QMessageBox::Yes | QMessageBox::Cancel,
                                                       QMessageBox::Cancel) == QMessageBox::Yes;
    if (!yes)
        return;
    if (Status s = HouseholdMerge(m_db, m_session).merge(m_plan); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    accept();
}

} // namespace ff
