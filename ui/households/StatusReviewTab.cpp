// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/StatusReviewTab.h"

#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/StatusReviewRepository.h"
#include "ui/widgets/CodeChoiceBox.h"
#include "ui/widgets/NoticeLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ff {

namespace {
QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("status_review"), QString::fromLatin1(field));
}

QString statusLabel(const QString& code)
{
    return code.isEmpty() ? StatusReviewTab::tr("(none recorded)") : CodeList::assistanceStatus().label(code);
}
} // namespace

StatusReviewTab::StatusReviewTab(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_table(new QTableWidget(this)),
      m_notice(new NoticeLabel(this)),
      m_proposed(new CodeChoiceBox(CodeList::assistanceStatus(), tr("(choose)"), this)),
      m_reasons(new QPlainTextEdit(this)), m_evidence(new QPlainTextEdit(this)),
      m_propose(new QPushButton(tr("&Propose"), this)), m_decisionBox(new QGroupBox(tr("Decision"), this)),
      m_decision(new QComboBox(this)), m_comment(new QLineEdit(this)),
      m_decide(new QPushButton(tr("Record &decision"), this)), m_authorityNote(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("statusReviewTable"));
    m_notice->setObjectName(QStringLiteral("reviewNoticeLabel"));
    m_proposed->setObjectName(QStringLiteral("proposedStatusComboBox"));
    m_reasons->setObjectName(QStringLiteral("reviewReasonsEdit"));
    m_evidence->setObjectName(QStringLiteral("reviewEvidenceEdit"));
    m_propose->setObjectName(QStringLiteral("proposeButton"));
    m_decision->setObjectName(QStringLiteral("decisionComboBox"));
    m_comment->setObjectName(QStringLiteral("decisionCommentLineEdit"));
    m_decide->setObjectName(QStringLiteral("decideButton"));

    // No decision is preselected: approving must be a choice, never a default.
    m_decision->addItem(tr("(choose)"), QString());
    m_decision->addItem(CodeList::reviewDecision().label(QStringLiteral("approved")),
                        QStringLiteral("approved"));
    m_decision->addItem(CodeList::reviewDecision().label(QStringLiteral("returned")),
                        QStringLiteral("returned"));
    m_reasons->setPlaceholderText(tr("Why the household should enter, change or leave this status"));
    m_evidence->setPlaceholderText(tr("Documents seen, income and property checks, visits"));
    for (QPlainTextEdit* e : {m_reasons, m_evidence})
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 2 + 12);
    m_authorityNote->setWordWrap(true);
    m_authorityNote->setText(
        tr("Only a station supervisor or county staff can approve or return a proposal."));
    m_authorityNote->setStyleSheet(QStringLiteral("QLabel { color: #606060; }"));

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({FieldLabels::field({}, QStringLiteral("proposed_on")), tr("Change"),
                                        FieldLabels::field({}, QStringLiteral("reasons")),
                                        FieldLabels::field({}, QStringLiteral("evidence")),
                                        FieldLabels::field({}, QStringLiteral("decision")),
                                        FieldLabels::field({}, QStringLiteral("decision_comment"))});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);

    auto* proposeBox = new QGroupBox(tr("Propose a status change"), this);
    auto* proposeForm = new QFormLayout(proposeBox);
    proposeForm->addRow(label("proposed_status"), m_proposed);
    proposeForm->addRow(label("reasons"), m_reasons);
    proposeForm->addRow(label("evidence"), m_evidence);
    proposeForm->addRow(QString(), m_propose);

    auto* decisionForm = new QFormLayout(m_decisionBox);
    decisionForm->addRow(label("decision"), m_decision);
    decisionForm->addRow(label("decision_comment"), m_comment);
    decisionForm->addRow(QString(), m_decide);
    decisionForm->addRow(m_authorityNote);

    auto* forms = new QHBoxLayout;
    forms->addWidget(proposeBox, 3);
    forms->addWidget(m_decisionBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notice);
    layout->addLayout(forms);

    connect(m_propose, &QPushButton::clicked, this, &StatusReviewTab::propose);
    connect(m_decide, &QPushButton::clicked, this, &StatusReviewTab::decide);
}

void StatusReviewTab::setHousehold(const QString& householdId)
{
    m_householdId = householdId;
    setEnabled(!householdId.isEmpty());
    reload();
}

void StatusReviewTab::reload()
{
    StatusReviewRepository repo(m_db, m_session);
    const bool mayDecide = repo.mayDecide();
    m_decision->setEnabled(mayDecide);
    m_comment->setEnabled(mayDecide);
    m_decide->setEnabled(mayDecide);
    m_authorityNote->setVisible(!mayDecide);

    const QList<StatusReview> reviews = repo.forHousehold(m_householdId);
    m_table->setRowCount(int(reviews.size()));
    m_ids.clear();
    for (int row = 0; row < reviews.size(); ++row) {
        const StatusReview& r = reviews.at(row);
        m_ids << r.id;
        const QString decision = r.isDecided() ? tr("%1 by %2 on %3")
                                                     .arg(CodeList::reviewDecision().label(r.decision),
                                                          r.decidedBy, r.decidedOn.toString(Qt::ISODate))
                                               : tr("Waiting for a decision");
        const QStringList cells = {
            tr("%1 by %2").arg(r.proposedOn.toString(Qt::ISODate), r.proposedBy),
            tr("%1 → %2").arg(statusLabel(r.fromStatus), statusLabel(r.proposedStatus)),
            r.reasons.simplified(),
            r.evidence.simplified(),
            decision,
            r.decisionComment};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (!r.isDecided())
                item->setBackground(QColor(0xff, 0xf4, 0xe0));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    const int widest =
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("监护人长期外出，孩子无人照料"));
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widest));
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!reviews.isEmpty())
        m_table->selectRow(0);
}

void StatusReviewTab::propose()
{
    StatusReview r;
    r.householdId = m_householdId;
    r.proposedStatus = m_proposed->code();
    r.reasons = m_reasons->toPlainText();
    r.evidence = m_evidence->toPlainText();
    const Status s = StatusReviewRepository(m_db, m_session).propose(r);
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_proposed->setCode({});
    m_reasons->clear();
    m_evidence->clear();
    m_notice->showDone(tr("The proposal was saved. It goes to the supervisor with the next sync."));
    reload();
    emit changed();
}

void StatusReviewTab::decide()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size()) {
        m_notice->showError(tr("Select the proposal to decide."));
        return;
    }
    const QString decision = m_decision->currentData().toString();
    if (decision.isEmpty()) {
        m_notice->showError(tr("Choose whether to approve the proposal or return it."));
        return;
    }
    const Status s =
        StatusReviewRepository(m_db, m_session).decide(m_ids.at(row), decision, m_comment->text());
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_comment->clear();
    m_decision->setCurrentIndex(0);
    m_notice->showDone(decision == QStringLiteral("approved")
                           ? tr("Approved: the household's assistance status is changed.")
                           : tr("Returned to the caseworker with your comment."));
    reload();
    emit changed();
}

} // namespace ff
