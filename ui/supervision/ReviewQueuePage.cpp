// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/ReviewQueuePage.h"

#include "core/model/FieldLabels.h"
#include "core/records/NoteReviewRepository.h"
#include "ui/supervision/ReviewQueueModel.h"
#include "ui/widgets/NoticeLabel.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace ff {

namespace {
const QString kPending = QStringLiteral("pending");
const QString kReturned = QStringLiteral("returned");

QString when(const QDateTime& at) { return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); }
} // namespace

ReviewQueuePage::ReviewQueuePage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_stateLabel(new QLabel(this)),
      m_state(new QComboBox(this)), m_caseworkerLabel(new QLabel(this)), m_caseworker(new QComboBox(this)),
      m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)), m_ageLabel(new QLabel(this)),
      m_age(new QComboBox(this)), m_summary(new QLabel(this)),
      m_model(new ReviewQueueModel(db, session.today(), this)), m_view(new QTableView(this)),
      m_keys(new QLabel(this)), m_noteTitle(new QLabel(this)), m_noteMeta(new QLabel(this)),
      m_changedMark(new QLabel(this)), m_body(new QTextBrowser(this)), m_threadLabel(new QLabel(this)),
      m_thread(new QTextBrowser(this)), m_commentLabel(new QLabel(this)), m_comment(new QPlainTextEdit(this)),
      m_notice(new NoticeLabel(this)), m_approve(new QPushButton(this)), m_return(new QPushButton(this)),
      m_commentButton(new QPushButton(this)), m_open(new QPushButton(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    m_view->setObjectName(QStringLiteral("reviewQueueTableView"));
    m_state->setObjectName(QStringLiteral("reviewStateComboBox"));
    m_caseworker->setObjectName(QStringLiteral("reviewCaseworkerComboBox"));
    m_kind->setObjectName(QStringLiteral("reviewKindComboBox"));
    m_age->setObjectName(QStringLiteral("reviewAgeComboBox"));
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_body->setObjectName(QStringLiteral("noteBodyBrowser"));
    m_thread->setObjectName(QStringLiteral("noteThreadBrowser"));
    m_comment->setObjectName(QStringLiteral("reviewCommentEdit"));
    m_notice->setObjectName(QStringLiteral("reviewNoticeLabel"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_commentButton->setObjectName(QStringLiteral("commentButton"));
    m_open->setObjectName(QStringLiteral("openHouseholdButton"));
    m_noteTitle->setObjectName(QStringLiteral("noteTitleLabel"));
    m_changedMark->setObjectName(QStringLiteral("changedAfterApprovalLabel"));

    QFont bold = m_noteTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_noteTitle->setFont(bold);
    m_noteTitle->setWordWrap(true);
    m_noteMeta->setWordWrap(true);
    m_noteMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changedMark->setWordWrap(true);
    m_changedMark->setStyleSheet(
        QStringLiteral("QLabel { color: #8a4b00; background: #fff4e0; border: 1px solid "
                       "#f0c36d; padding: 3px; font-weight: bold; }"));
    m_keys->setWordWrap(true);
    m_keys->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    m_state->addItem(QString(), kPending);
    m_state->addItem(QString(), kReturned);
    for (int days : {0, 3, 7, 14})
        m_age->addItem(QString(), days);
    m_stateLabel->setBuddy(m_state);
    m_caseworkerLabel->setBuddy(m_caseworker);
    m_kindLabel->setBuddy(m_kind);
    m_ageLabel->setBuddy(m_age);
    m_commentLabel->setBuddy(m_comment);
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().height() * 4 + 12);
    m_body->setOpenLinks(false);
    m_thread->setOpenLinks(false);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab goes on to the comment box
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::Note, QHeaderView::Stretch);
    m_view->installEventFilter(this);

    auto* filters = new QHBoxLayout;
    const std::initializer_list<std::pair<QLabel*, QComboBox*>> boxes = {{m_stateLabel, m_state},
                                                                         {m_caseworkerLabel, m_caseworker},
                                                                         {m_kindLabel, m_kind},
                                                                         {m_ageLabel, m_age}};
    for (auto [label, box] : boxes) {
        filters->addWidget(label);
        filters->addWidget(box);
        filters->addSpacing(8);
    }
    filters->addWidget(m_summary, 1);
    // The count may be long: it wraps rather than widen the window.
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* note = new QWidget(this);
    auto* noteLayout = new QVBoxLayout(note);
    noteLayout->setContentsMargins(6, 0, 0, 0);
    noteLayout->addWidget(m_noteTitle);
    noteLayout->addWidget(m_noteMeta);
    noteLayout->addWidget(m_changedMark);
    noteLayout->addWidget(m_body, 3);
    noteLayout->addWidget(m_threadLabel);
    noteLayout->addWidget(m_thread, 2);
    noteLayout->addWidget(m_commentLabel);
    noteLayout->addWidget(m_comment);
    noteLayout->addWidget(m_notice);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_return);
    buttons->addWidget(m_commentButton);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    noteLayout->addLayout(buttons);

    auto* splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(note);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_keys);

    setTabOrder(m_view, m_comment);
    setTabOrder(m_comment, m_approve);
    setTabOrder(m_approve, m_return);
    setTabOrder(m_return, m_commentButton);
    setTabOrder(m_commentButton, m_open);

    // Work through the queue without the mouse, wherever the focus is on this page.
    const auto shortcut = [this](QKeySequence keys, void (ReviewQueuePage::*slot)()) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &ReviewQueuePage::approveCurrent);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &ReviewQueuePage::approveCurrent);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), &ReviewQueuePage::returnCurrent);

    connect(m_approve, &QPushButton::clicked, this, &ReviewQueuePage::approveCurrent);
    connect(m_return, &QPushButton::clicked, this, &ReviewQueuePage::returnCurrent);
    connect(m_commentButton, &QPushButton::clicked, this, &ReviewQueuePage::commentCurrent);
    connect(m_open, &QPushButton::clicked, this, &ReviewQueuePage::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &ReviewQueuePage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewQueuePage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewQueuePage::showCurrent);
    for (QComboBox* box : {m_state, m_caseworker, m_kind, m_age}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            if (m_filling)
                return;
            if (box == m_state)
                fillFilters(); // who has notes in this state
            applyFilter();
        });
    }
    retranslate();
}

QDate ReviewQueuePage::today() const { return m_today.isValid() ? m_today : m_session.today(); }

void ReviewQueuePage::setToday(QDate today)
{
    m_today = today;
    m_model->setToday(this->today());
    select(0);
}

void ReviewQueuePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewQueuePage::retranslate()
{
    // Wide enough for what the columns hold in this language (measured, not read: the queue is lazy).
    const QFontMetrics fm = m_view->fontMetrics();
    const auto fit = [&](int column, const QStringList& samples) {
        int width =
            fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString& sample : samples)
            width = std::max(width, fm.horizontalAdvance(sample));
        m_view->setColumnWidth(column, width + 24);
    };
    fit(ReviewQueueModel::Waiting, {ReviewQueueModel::tr("%n day(s)", nullptr, 365)});
    fit(ReviewQueueModel::Caseworker, {QStringLiteral("欧阳小明")});
    fit(ReviewQueueModel::Household, {QStringLiteral("37132115014-001192 · 欧阳小明")});
    fit(ReviewQueueModel::Village, {QStringLiteral("李家庄村")});
    m_stateLabel->setText(tr("Sho&w:"));
    m_state->setItemText(0, tr("Awaiting review"));
    m_state->setItemText(1, tr("Returned to caseworker"));
    m_caseworkerLabel->setText(tr("&Caseworker:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_ageLabel->setText(tr("Waitin&g:"));
    m_age->setItemText(0, tr("any time"));
    for (int i = 1; i < m_age->count(); ++i)
        m_age->setItemText(i, tr("%n day(s) or more", nullptr, m_age->itemData(i).toInt()));
    m_threadLabel->setText(tr("Comments"));
    m_commentLabel->setText(tr("Your comm&ent to the caseworker (needed to return the note):"));
    m_comment->setPlaceholderText(tr("What should the caseworker change or add?"));
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("The note is fine as it is (Ctrl+Enter); the comment, if any, goes with it"));
    m_return->setText(tr("&Return to caseworker"));
    m_return->setToolTip(tr("Send the note back with the comment saying what to change (Ctrl+R)"));
    m_commentButton->setText(tr("Add co&mment"));
    m_commentButton->setToolTip(tr("Add the comment to the thread without deciding"));
    m_open->setText(tr("O&pen household"));
    m_open->setToolTip(tr("Open the household's file, to read the note among its records (Enter)"));
    m_keys->setText(
        tr("Keys: ↓/↑ or J/K next/previous note · Ctrl+Enter approve · Ctrl+R return with the comment · "
           "Tab to the comment box · Enter open the household"));
    fillFilters();
    if (isVisible())
        refresh();
}

void ReviewQueuePage::fillFilters() { fillFilters(m_caseworker->currentData().toString()); }

void ReviewQueuePage::fillFilters(const QString& caseworker)
{
    m_filling = true;
    const QString state = m_state->currentData().toString();
    m_caseworker->clear();
    m_caseworker->addItem(tr("Everyone"), QString());
    QStringList names = ReviewQueue(m_db, today()).caseworkers(state.isEmpty() ? kPending : state);
    // The one chosen stays chosen when none of their notes is left: the list then says so.
    if (!caseworker.isEmpty() && !names.contains(caseworker))
        names.append(caseworker);
    for (const QString& name : std::as_const(names))
        m_caseworker->addItem(name, name);
    m_caseworker->setCurrentIndex(std::max(0, m_caseworker->findData(caseworker)));
    const QString kind = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(tr("Every kind"), QString());
    for (const QString& type : ReviewQueue::reviewedTypes())
        m_kind->addItem(FieldLabels::entity(type), type);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_filling = false;
}

void ReviewQueuePage::applyFilter()
{
    ReviewQueue::Filter filter;
    filter.state = m_state->currentData().toString();
    filter.caseworker = m_caseworker->currentData().toString();
    filter.subjectType = m_kind->currentData().toString();
    filter.minAgeDays = m_age->currentData().toInt();
    m_model->setFilter(filter);
    select(0);
}

void ReviewQueuePage::showNotes(const QString& caseworker, const QString& state)
{
    m_filling = true;
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    m_age->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_filling = false;
    fillFilters(caseworker);
    applyFilter();
    m_view->setFocus();
}

void ReviewQueuePage::showEvent(QShowEvent* event)
{
    // Read when looked at: notes arrive with every sync.
    refresh();
    QWidget::showEvent(event);
    if (!m_splitterSized && m_splitter->width() > 200) {
        // The queue three fifths, the note two fifths of the width it has when first shown.
        m_splitterSized = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 3 / 5, width - width * 3 / 5});
    }
    // Ready for the keys at once: the focus on the queue, unless it is in this page already.
    if (!isAncestorOf(QApplication::focusWidget()))
        m_view->setFocus();
}

void ReviewQueuePage::refresh()
{
    const QString current = currentReviewId();
    const int row = std::max(0, m_view->currentIndex().row());
    fillFilters();
    m_model->setToday(today());
    const int again = current.isEmpty() ? -1 : m_model->rowOf(current);
    select(again >= 0 ? again : row);
}

int ReviewQueuePage::pendingCount() const { return ReviewQueue(m_db, today()).count({}); }

QString ReviewQueuePage::currentReviewId() const
{
    const ReviewQueue::Item* it = m_model->item(m_view->currentIndex().row());
    return it ? it->review.id : QString();
}

void ReviewQueuePage::select(int row)
{
    const int count = m_model->rowCount();
    if (count == 0) {
        showCurrent();
    } else {
        const QModelIndex index = m_model->index(std::clamp(row, 0, count - 1), 0);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        showCurrent();
    }
    const int total = m_model->rowCount();
    const bool returned = m_model->filter().state == kReturned;
    if (total == 0) {
        m_summary->setText(returned ? tr("No note is waiting for its caseworker.")
                                    : tr("Nothing is waiting for review."));
    } else {
        const ReviewQueue::Item* oldest = m_model->item(0);
        m_summary->setText((returned ? tr("%n note(s) returned, waiting for the caseworker", nullptr, total)
                                     : tr("%n note(s) awaiting review", nullptr, total)) +
                           (oldest ? QStringLiteral(" · ") + tr("the oldest waiting %n day(s)", nullptr,
                                                                m_model->waitingDays(*oldest))
                                   : QString()));
    }
}

void ReviewQueuePage::showCurrent()
{
    m_notice->hide();
    const ReviewQueue::Item* it = m_model->item(m_view->currentIndex().row());
    const bool decider = NoteReviewRepository(m_db, m_session).mayDecide();
    m_approve->setEnabled(it && decider && it->review.isPending());
    m_return->setEnabled(it && decider && it->review.isPending());
    m_commentButton->setEnabled(it != nullptr);
    m_open->setEnabled(it != nullptr);
    m_comment->setEnabled(it != nullptr);
    if (!decider) {
        m_approve->setToolTip(tr("Only the station supervisor or county staff approve or return notes."));
        m_return->setToolTip(m_approve->toolTip());
    }
    if (!it) {
        m_noteTitle->setText(m_model->filter().state == kReturned
                                 ? tr("No note is waiting for its caseworker.")
                                 : tr("Nothing is waiting for review."));
        m_noteMeta->clear();
        m_changedMark->hide();
        m_body->clear();
        m_thread->clear();
        return;
    }
    const NoteReview& r = it->review;
    m_noteTitle->setText(it->title);
    QStringList household = {it->householdNo};
    if (!it->headName.isEmpty())
        household << it->headName;
    if (!it->village.isEmpty())
        household << it->village;
    m_noteMeta->setText(tr("Household %1").arg(household.join(QStringLiteral(" · "))) + QLatin1Char('\n') +
                        (r.isReturned() && !r.reviewedBy.isEmpty()
                             ? tr("Submitted by %1 on %2").arg(r.submittedBy, when(r.submittedAt)) +
                                   QLatin1Char('\n') +
                                   tr("Returned by %1 on %2, waiting for the caseworker %n day(s)", nullptr,
                                      m_model->waitingDays(*it))
                                       .arg(r.reviewedBy, when(r.reviewedAt))
                             : tr("Submitted by %1 on %2, waiting %n day(s)", nullptr, it->ageDays)
                                   .arg(r.submittedBy, when(r.submittedAt))));
    m_changedMark->setText(tr("Changed by the caseworker after it was approved: read it again."));
    m_changedMark->setVisible(r.reopened);
    m_body->setPlainText(it->body);

    const QList<ReviewComment> thread = NoteReviewRepository(m_db, m_session).thread(r.id);
    if (thread.isEmpty()) {
        m_thread->setHtml(
            QStringLiteral("<p style='color:#777'>%1</p>").arg(tr("No comments yet.").toHtmlEscaped()));
    } else {
        const auto kindOf = [](const QString& kind) {
            if (kind == QLatin1String("return"))
                return tr("returned the note");
            if (kind == QLatin1String("approve"))
                return tr("approved the note");
            if (kind == QLatin1String("answer"))
                return tr("answered");
            return tr("commented");
        };
        QString html;
        for (const ReviewComment& c : thread) {
            const bool supervisor = c.kind == QLatin1String("return") || c.kind == QLatin1String("approve") ||
                                    c.kind == QLatin1String("comment");
            html += QStringLiteral("<p style='margin-bottom:6px'><b>%1</b> <span style='color:%2'>%3</span>"
                                   " <span style='color:#777'>%4</span><br>%5</p>")
                        .arg(c.writtenBy.toHtmlEscaped(),
                             c.kind == QLatin1String("return")
                                 ? QStringLiteral("#b00020")
                                 : (supervisor ? QStringLiteral("#1b5e20") : QStringLiteral("#0d47a1")),
                             kindOf(c.kind).toHtmlEscaped(), when(c.writtenAt).toHtmlEscaped(),
                             c.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
        m_thread->setHtml(html);
    }
}

void ReviewQueuePage::move(int step)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + step : 0;
    select(std::clamp(row, 0, count - 1));
}

void ReviewQueuePage::afterDecision(int row, const QString& done)
{
    m_comment->clear();
    fillFilters();
    m_model->refresh();
    select(row); // the note that followed the decided one is now at its place
    m_notice->showDone(done);
    m_view->setFocus();
    emit changed();
}

void ReviewQueuePage::approveCurrent()
{
    const ReviewQueue::Item* it = m_model->item(m_view->currentIndex().row());
    if (!it || !m_approve->isEnabled())
        return;
    const int row = m_view->currentIndex().row();
    const QString title = it->title, caseworker = it->review.submittedBy;
    const QString reviewId = it->review.id;
    if (!confirmApproval(title, caseworker))
        return;
    if (Status s = NoteReviewRepository(m_db, m_session).approve(reviewId, m_comment->toPlainText()); !s) {
        m_notice->showError(s.error().message);
        return;
    }
    afterDecision(row, tr("Approved: %1 (%2).").arg(title, caseworker));
}

bool ReviewQueuePage::confirmApproval(const QString& title, const QString& caseworker)
{
    // Named, so a slip of Ctrl+Enter on the wrong line is seen; Enter approves, so the keyboard
    // flow stays two keys, and Escape or closing the box approves nothing.
    QMessageBox box(QMessageBox::Question, tr("Approve the note"),
                    tr("Approve “%1” by %2?").arg(title, caseworker), QMessageBox::NoButton, this);
    const QString comment = m_comment->toPlainText().trimmed();
    box.setInformativeText(comment.isEmpty() ? tr("It leaves the queue as approved.")
                                             : tr("Your comment goes with it: %1").arg(comment));
    QPushButton* approve = box.addButton(tr("&Approve"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    approve->setObjectName(QStringLiteral("confirmApproveButton"));
    box.setDefaultButton(approve);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == approve;
}

void ReviewQueuePage::returnCurrent()
{
    const ReviewQueue::Item* it = m_model->item(m_view->currentIndex().row());
    if (!it || !m_return->isEnabled())
        return;
    if (m_comment->toPlainText().trimmed().isEmpty()) {
        m_notice->showError(
            tr("Not returned: write in the comment box what the caseworker should change or add, "
               "then press Ctrl+R again."));
        m_comment->setFocus();
        return;
    }
    const int row = m_view->currentIndex().row();
    const QString title = it->title, caseworker = it->review.submittedBy;
    if (Status s = NoteReviewRepository(m_db, m_session).returnNote(it->review.id, m_comment->toPlainText());
        !s) {
        m_notice->showError(s.error().message);
        return;
    }
    afterDecision(row, tr("Returned to %1 with your comment: %2.").arg(caseworker, title));
}

void ReviewQueuePage::commentCurrent()
{
    const ReviewQueue::Item* it = m_model->item(m_view->currentIndex().row());
    if (!it)
        return;
    if (Status s = NoteReviewRepository(m_db, m_session).comment(it->review.id, m_comment->toPlainText());
        !s) {
        m_notice->showError(s.error().message);
        m_comment->setFocus();
        return;
    }
    m_comment->clear();
    showCurrent();
    m_notice->showDone(tr("Comment added."));
    emit changed();
}

void ReviewQueuePage::openCurrent()
{
    const ReviewQueue::Item* it = m_model->item(m_view->currentIndex().row());
    if (it)
        emit openRequested(it->review.householdId, it->review.subjectType);
}

bool ReviewQueuePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_J:
                move(+1);
                return true;
            case Qt::Key_K:
                move(-1);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                openCurrent();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ff
