// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/StatusReviewTab.h"

#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/StatusReviewRepository.h"
#include "ui/records/RecordTableModel.h"
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
#include <QTableView>
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

/// A proposal as a row of the list.
QVariantMap record(const StatusReview& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("from_status"), r.fromStatus},
            {QStringLiteral("proposed_status"), r.proposedStatus},
            {QStringLiteral("reasons"), r.reasons},
            {QStringLiteral("evidence"), r.evidence},
            {QStringLiteral("proposed_by"), r.proposedBy},
            {QStringLiteral("proposed_on"), r.proposedOn},
            {QStringLiteral("decision"), r.decision},
            {QStringLiteral("decided_by"), r.decidedBy},
            {QStringLiteral("decided_on"), r.decidedOn},
            {QStringLiteral("decision_comment"), r.decisionComment}};
}

QString text(const QVariantMap& r, const char* field)
{
    return r.value(QString::fromLatin1(field)).toString();
}

QString date(const QVariantMap& r, const char* field)
{
    return r.value(QString::fromLatin1(field)).toDate().toString(Qt::ISODate);
}
} // namespace

StatusReviewTab::StatusReviewTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("status_review"), db, session, parent),
      m_model(new RecordTableModel(QStringLiteral("status_review"), this)),
      m_table(makeView(m_model, QStringLiteral("statusReviewTable"))), m_notice(new NoticeLabel(this)),
      m_proposed(new CodeChoiceBox(CodeList::assistanceStatus(), tr("(choose)"), this)),
      m_reasons(new QPlainTextEdit(this)), m_evidence(new QPlainTextEdit(this)),
      m_propose(new QPushButton(tr("&Propose"), this)), m_decisionBox(new QGroupBox(tr("Decision"), this)),
      m_decision(new QComboBox(this)), m_comment(new QLineEdit(this)),
      m_decide(new QPushButton(tr("Record &decision"), this)), m_authorityNote(new QLabel(this))
{
    setObjectName(QStringLiteral("statusReviewTab"));
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

    const QString change = QStringLiteral("change");
    m_model->setColumns({QStringLiteral("proposed_on"), change, QStringLiteral("reasons"),
                         QStringLiteral("evidence"), QStringLiteral("decision"),
                         QStringLiteral("decision_comment")});
    m_model->setHeader(change, tr("Change"));
    m_model->setDisplay(QStringLiteral("proposed_on"), [](const QVariantMap& r) {
        return tr("%1 by %2").arg(date(r, "proposed_on"), text(r, "proposed_by"));
    });
    m_model->setDisplay(change, [](const QVariantMap& r) {
        return tr("%1 → %2").arg(statusLabel(text(r, "from_status")),
                                 statusLabel(text(r, "proposed_status")));
    });
    for (const char* field : {"reasons", "evidence"})
        m_model->setDisplay(QString::fromLatin1(field),
                            [field](const QVariantMap& r) { return text(r, field).simplified(); });
    m_model->setDisplay(QStringLiteral("decision"), [](const QVariantMap& r) {
        return text(r, "decision").isEmpty() ? tr("Waiting for a decision")
                                             : tr("%1 by %2 on %3")
                                                   .arg(CodeList::reviewDecision().label(text(r, "decision")),
                                                        text(r, "decided_by"), date(r, "decided_on"));
    });
    // A proposal waiting for a decision stands out; long texts are cut, whole in the tooltip.
    m_model->setStyle([this](const QVariantMap& r, const QString& column, int role) -> QVariant {
        if (role == Qt::ToolTipRole)
            return m_model->displayText(r, column);
        if (role == Qt::BackgroundRole && text(r, "decision").isEmpty())
            return QColor(0xff, 0xf4, 0xe0);
        return {};
    });

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
    // Anyone may propose; only those above the caseworker decide (the authority rule).
    permit(m_propose, true, mayCreate());
    const Authority::Verdict mayDecide = mayChange(QStringLiteral("decision"));
    for (QWidget* w : {static_cast<QWidget*>(m_decision), static_cast<QWidget*>(m_comment),
                       static_cast<QWidget*>(m_decide)})
        permit(w, true, mayDecide);
    m_authorityNote->setVisible(!mayDecide.allowed());
}

QString StatusReviewTab::title() const { return tr("Status review"); }

void StatusReviewTab::load()
{

    const QList<StatusReview> reviews = StatusReviewRepository(db(), session()).forHousehold(householdId());
    QList<QVariantMap> records;
    for (const StatusReview& r : reviews)
        records << record(r);
    m_model->setRecords(records);
    m_table->resizeColumnsToContents();
    const int widest =
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("监护人长期外出，孩子无人照料"));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widest));
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!reviews.isEmpty())
        m_table->selectRow(0);
    // Proposals waiting for a decision stand out in the list; a review has no date to be late for,
    // so nothing marks the tab.
    setCounts(int(reviews.size()), 0);
}

void StatusReviewTab::propose()
{
    StatusReview r;
    r.householdId = householdId();
    r.proposedStatus = m_proposed->code();
    r.reasons = m_reasons->toPlainText();
    r.evidence = m_evidence->toPlainText();
    const Status s = StatusReviewRepository(db(), session()).propose(r);
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_proposed->setCode({});
    m_reasons->clear();
    m_evidence->clear();
    m_notice->showDone(tr("The proposal was saved. It goes to the supervisor with the next sync."));
    recordSaved();
}

void StatusReviewTab::decide()
{
    const QString id = m_model->idAt(m_table->currentIndex().row());
    if (id.isEmpty()) {
        m_notice->showError(tr("Select the proposal to decide."));
        return;
    }
    const QString decision = m_decision->currentData().toString();
    if (decision.isEmpty()) {
        m_notice->showError(tr("Choose whether to approve the proposal or return it."));
        return;
    }
    const Status s = StatusReviewRepository(db(), session()).decide(id, decision, m_comment->text());
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_comment->clear();
    m_decision->setCurrentIndex(0);
    m_notice->showDone(decision == QStringLiteral("approved")
                           ? tr("Approved: the household's assistance status is changed.")
                           : tr("Returned to the caseworker with your comment."));
    recordSaved();
}

} // namespace ff
