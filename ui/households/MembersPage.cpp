// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/MembersPage.h"

#include "ui/households/MemberDialog.h"
#include "ui/households/MemberTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ff {

namespace {
std::function<void(MemberDialog&)> s_memberDialogHook;
} // namespace

void MembersPage::setMemberDialogHook(std::function<void(MemberDialog&)> hook)
{
    s_memberDialogHook = std::move(hook);
}

MembersPage::MembersPage(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_members(new MemberTableModel(this)), m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("memberTableView"));
    m_view->setModel(m_members);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    // Arrows go from member to member, Tab on to the buttons.
    m_view->setTabKeyNavigation(false);
    const QFontMetrics fm = m_view->fontMetrics();
    const QString samples[] = {QStringLiteral("欧阳小明明"), QStringLiteral("Granddaughter"),
                               QStringLiteral("Female"), QStringLiteral("2026-05-31"),
                               QStringLiteral("37132119381119887X")};
    for (int c = 0; c < 5; ++c) {
        const int header =
            fm.horizontalAdvance(m_members->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        m_view->setColumnWidth(c, std::max(fm.horizontalAdvance(samples[c]), header + 20) + 16);
    }
    auto* addButton = new QPushButton(tr("&Add member…"), this);
    auto* editButton = new QPushButton(tr("&Edit member…"), this);
    auto* removeButton = new QPushButton(tr("&Remove member"), this);
    addButton->setObjectName(QStringLiteral("addMemberButton"));
    editButton->setObjectName(QStringLiteral("editMemberButton"));
    removeButton->setObjectName(QStringLiteral("removeMemberButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(editButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(addButton, &QPushButton::clicked, this, &MembersPage::addMember);
    connect(editButton, &QPushButton::clicked, this, &MembersPage::editMember);
    connect(removeButton, &QPushButton::clicked, this, &MembersPage::removeMember);
    connect(m_view, &QTableView::activated, this, &MembersPage::editMember);
    const auto count = [this] { emit countChanged(m_members->rowCount()); };
    connect(m_members, &QAbstractItemModel::rowsInserted, this, count);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, count);
    connect(m_members, &QAbstractItemModel::modelReset, this, count);
}

QList<QVariantMap> MembersPage::members() const { return m_members->members(); }

void MembersPage::setMembers(const QList<QVariantMap>& members) { m_members->setMembers(members); }

void MembersPage::markInvalid(const QList<ValidationIssue>& issues)
{
    bool invalid = false;
    for (const ValidationIssue& issue : issues)
        invalid = invalid || issue.member >= 0 || issue.field == QStringLiteral("members");
    m_view->setStyleSheet(invalid ? QStringLiteral("border: 2px solid #b00020;") : QString());
}

bool MembersPage::run(MemberDialog& dialog)
{
    if (s_memberDialogHook) {
        s_memberDialogHook(dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void MembersPage::addMember()
{
    QVariantMap fresh;
    if (m_members->rowCount() == 0)
        fresh.insert(QStringLiteral("relation"), QStringLiteral("head"));
    MemberDialog dialog(fresh, m_session.today(), this);
    if (run(dialog)) {
        m_members->append(dialog.member());
        m_view->selectRow(m_members->rowCount() - 1);
    }
}

void MembersPage::editMember()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    MemberDialog dialog(m_members->members().at(row), m_session.today(), this);
    if (run(dialog))
        m_members->replace(row, dialog.member());
}

void MembersPage::removeMember()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const QString name = m_members->members().at(row).value(QStringLiteral("name")).toString();
    const auto answer = QMessageBox::question(this, tr("Remove member"),
                                              tr("Remove %1 from this household? The removal is kept in the "
                                                 "history and takes effect when you save.")
                                                  .arg(name));
    if (answer == QMessageBox::Yes)
        m_members->remove(row);
}

} // namespace ff
