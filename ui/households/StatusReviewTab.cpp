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
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
            {QStringLiteral("recommendation"), r.recommendation},
            {QStringLiteral("recommended_by"), r.recommendedBy},
            {QStringLiteral("recommended_on"), r.recommendedOn},
            {QStringLiteral("recommendation_comment"), r.recommendationComment},
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

/// A text a person wrote, for rich text: escaped, its line breaks kept.
QString multiline(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

StatusReviewTab::StatusReviewTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("status_review"), db, session, parent),
      m_model(new RecordTableModel(QStringLiteral("status_review"), this)),
      m_table(makeView(m_model, QStringLiteral("statusReviewTable"))), m_notice(new NoticeLabel(this)),
      m_proposed(new CodeChoiceBox(CodeList::assistanceStatus(), tr("(choose)"), this)),
      m_reasons(new QPlainTextEdit(this)), m_evidence(new QPlainTextEdit(this)),
      m_propose(new QPushButton(tr("&Propose"), this)), m_decisionBox(new QGroupBox(this)),
      m_decision(new QComboBox(this)), m_comment(new QLineEdit(this)),
      m_decide(new QPushButton(tr("Record &decision"), this)), m_authorityNote(new QLabel(this)),
      m_chain(new QLabel(this)), m_commentLabel(new QLabel(this))
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

    m_chain->setObjectName(QStringLiteral("reviewChainLabel"));
    m_chain->setWordWrap(true);
    m_chain->setTextFormat(Qt::RichText);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setPlaceholderText(tr("Why the household should enter, change or leave this status"));
    m_evidence->setPlaceholderText(tr("Documents seen, income and property checks, visits"));
    for (QPlainTextEdit* e : {m_reasons, m_evidence})
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 2 + 12);
    m_authorityNote->setObjectName(QStringLiteral("reviewAuthorityNote"));
    m_authorityNote->setWordWrap(true);
    m_authorityNote->setStyleSheet(QStringLiteral("QLabel { color: #606060; }"));

    const QString change = QStringLiteral("change");
    m_model->setColumns({QStringLiteral("proposed_on"), change, QStringLiteral("reasons"),
                         QStringLiteral("evidence"), QStringLiteral("recommendation"),
                         QStringLiteral("decision")});
    m_model->setHeader(QStringLiteral("recommendation"), tr("Station supervisor"));
    m_model->setHeader(QStringLiteral("decision"), tr("County"));
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
    m_model->setDisplay(QStringLiteral("recommendation"), [](const QVariantMap& r) {
        return text(r, "recommendation").isEmpty()
                   ? (text(r, "decision").isEmpty() ? tr("Waiting") : QString())
                   : tr("%1 by %2 on %3")
                         .arg(CodeList::reviewRecommendation().label(text(r, "recommendation")),
                              text(r, "recommended_by"), date(r, "recommended_on"));
    });
    m_model->setDisplay(QStringLiteral("decision"), [](const QVariantMap& r) {
        if (!text(r, "decision").isEmpty())
            return tr("%1 by %2 on %3")
                .arg(CodeList::reviewDecision().label(text(r, "decision")), text(r, "decided_by"),
                     date(r, "decided_on"));
        return text(r, "recommendation") == QStringLiteral("recommended") ? tr("Waiting") : QString();
    });
    // A proposal still on its way stands out; long texts are cut, whole in the tooltip (rich text,
    // so it wraps instead of running off the screen) and in the chain below the list.
    m_model->setStyle([this](const QVariantMap& r, const QString& column, int role) -> QVariant {
        if (role == Qt::ToolTipRole) {
            const QString whole = column == QStringLiteral("reasons") || column == QStringLiteral("evidence")
                                      ? r.value(column).toString().trimmed()
                                      : m_model->displayText(r, column);
            return whole.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(multiline(whole));
        }
        if (role == Qt::BackgroundRole && text(r, "decision").isEmpty() &&
            text(r, "recommendation") != QStringLiteral("returned"))
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
    decisionForm->addRow(m_commentLabel, m_decision);
    decisionForm->addRow(tr("Opinion:"), m_comment);
    decisionForm->addRow(QString(), m_decide);
    decisionForm->addRow(m_authorityNote);

    auto* forms = new QHBoxLayout;
    forms->addWidget(proposeBox, 3);
    forms->addWidget(m_decisionBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chain);
    layout->addWidget(m_notice);
    layout->addLayout(forms);

    connect(m_propose, &QPushButton::clicked, this, &StatusReviewTab::propose);
    connect(m_decide, &QPushButton::clicked, this, &StatusReviewTab::decide);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StatusReviewTab::showStep);
    // Anyone may propose; the station supervisor and the county take their steps (the authority rule).
    permit(m_propose, true, mayCreate());
    showStep();
}

void StatusReviewTab::showStep()
{
    const int row = m_table->currentIndex().row();
    const QVariantMap r = row >= 0 ? m_model->record(row) : QVariantMap();
    const bool recommended = text(r, "recommendation") == QStringLiteral("recommended");
    const bool closed =
        !text(r, "decision").isEmpty() || text(r, "recommendation") == QStringLiteral("returned");
    // The step this proposal waits for: the station's, then the county's.
    m_countyStep = recommended && !closed;
    const QString field = m_countyStep ? QStringLiteral("decision") : QStringLiteral("recommendation");
    m_decisionBox->setTitle(m_countyStep ? tr("County decision") : tr("Station supervisor's step"));
    m_commentLabel->setText(m_countyStep ? label("decision") : label("recommendation"));
    m_decision->clear();
    // Nothing is preselected: approving must be a choice, never a default.
    m_decision->addItem(tr("(choose)"), QString());
    const CodeList& choices = m_countyStep ? CodeList::reviewDecision() : CodeList::reviewRecommendation();
    for (const QString& code : choices.codes())
        m_decision->addItem(choices.label(code), code);
    const Authority::Verdict may = mayChange(field);
    for (QWidget* w : {static_cast<QWidget*>(m_decision), static_cast<QWidget*>(m_comment),
                       static_cast<QWidget*>(m_decide)})
        permit(w, !r.isEmpty() && !closed, may);
    m_authorityNote->setText(may.allowed() ? QString() : Authority::forPerson(may.refusal));
    m_authorityNote->setVisible(!may.allowed());

    // The chain of the selected proposal: who, when and their opinion at each step.
    if (r.isEmpty()) {
        m_chain->clear();
        return;
    }
    const auto step = [](const QString& what, const QString& who, const QString& when,
                         const QString& opinion) {
        QString line =
            QStringLiteral("<b>%1</b> — %2, %3").arg(what.toHtmlEscaped(), who.toHtmlEscaped(), when);
        if (!opinion.trimmed().isEmpty())
            line += QStringLiteral(": ") + multiline(opinion.trimmed());
        return line;
    };
    QStringList lines;
    lines << step(tr("Proposed %1")
                      .arg(tr("%1 → %2").arg(statusLabel(text(r, "from_status")),
                                             statusLabel(text(r, "proposed_status")))),
                  text(r, "proposed_by"), date(r, "proposed_on"), text(r, "reasons"));
    // The evidence whole, as the reasons are: the list cuts both.
    if (!text(r, "evidence").trimmed().isEmpty())
        lines << QStringLiteral("<b>%1</b>: %2")
                     .arg(FieldLabels::field(QStringLiteral("status_review"), QStringLiteral("evidence"))
                              .toHtmlEscaped(),
                          multiline(text(r, "evidence").trimmed()));
    if (!text(r, "recommendation").isEmpty())
        lines << step(CodeList::reviewRecommendation().label(text(r, "recommendation")),
                      text(r, "recommended_by"), date(r, "recommended_on"),
                      text(r, "recommendation_comment"));
    else if (!closed)
        lines << tr("<b>Waiting for the station supervisor</b>");
    if (!text(r, "decision").isEmpty())
        lines << step(tr("County: %1").arg(CodeList::reviewDecision().label(text(r, "decision"))),
                      text(r, "decided_by"), date(r, "decided_on"), text(r, "decision_comment"));
    else if (recommended)
        lines << tr("<b>Waiting for the county's decision</b> — the status changes only when the county "
                    "confirms it.");
    m_chain->setText(lines.join(QStringLiteral("<br>")));
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
    showStep();
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
    m_notice->showDone(
        tr("The proposal was saved. It goes to the station supervisor with the next sync, then "
           "to the county."));
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
        m_notice->showError(m_countyStep
                                ? tr("Choose whether to confirm the proposal or refuse it.")
                                : tr("Choose whether to recommend the proposal to the county or return it."));
        return;
    }
    // Confirming changes the household's assistance status: asked once, naming the change; Enter
    // confirms, Escape or closing changes nothing.
    if (m_countyStep && decision == QStringLiteral("approved")) {
        const QVariantMap r = m_model->record(m_table->currentIndex().row());
        const QString change =
            tr("%1 → %2").arg(statusLabel(text(r, "from_status")), statusLabel(text(r, "proposed_status")));
        QMessageBox box(QMessageBox::Question, tr("Confirm the status change"),
                        tr("Confirm the change of assistance status %1 proposed by %2?")
                            .arg(change, text(r, "proposed_by")),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("The household's assistance status changes as soon as you confirm."));
        QPushButton* confirm = box.addButton(tr("&Confirm"), QMessageBox::AcceptRole);
        QPushButton* cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(confirm);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() != confirm)
            return;
    }
    StatusReviewRepository repo(db(), session());
    const Status s = m_countyStep ? repo.decide(id, decision, m_comment->text())
                                  : repo.recommend(id, decision, m_comment->text());
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_comment->clear();
    if (m_countyStep)
        m_notice->showDone(decision == QStringLiteral("approved")
                               ? tr("Confirmed: the household's assistance status is changed.")
                               : tr("Refused, with your comment: the status stays as it is."));
    else
        m_notice->showDone(decision == QStringLiteral("recommended")
                               ? tr("Recommended to the county: it goes there with the next sync.")
                               : tr("Returned to the caseworker with your comment."));
    recordSaved();
}

} // namespace ff
