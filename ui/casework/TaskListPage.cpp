// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/TaskListPage.h"

#include "ui/casework/TaskListSnapshot.h"

#include "core/db/Database.h"
#include "core/model/AgencyList.h"
#include "core/model/CodeList.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/ReviewQueue.h"
#include "core/records/StatusReviewRepository.h"
#include "core/sync/DeviceSync.h"
#include "ui/sync/SyncController.h"
#include "ui/widgets/BackgroundPool.h"
#include "ui/widgets/NoticeLabel.h"
#include "ui/widgets/PageTitle.h"
#include "ui/widgets/PlainHeaderView.h"

#include <QEvent>
#include <QFontInfo>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QtConcurrent>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace ff {

namespace {
constexpr int kIndexRole = Qt::UserRole;       ///< index into m_tasks; -1 on a village header
constexpr int kVillageRole = Qt::UserRole + 1; ///< a header's village
/// How long the first show waits for the page's first paint before gathering the tasks anyway.
constexpr int kPutOffAtMostMs = 500;
const QColor kLate(0xb0, 0x00, 0x20);
enum Column
{
    Household,
    WhatToDo,
    Date,
    Late,
    ColumnCount
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dayText(QDate day) { return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("—"); }

/// The household column's width: an ID, its separator and a name of four Chinese characters. A
/// Chinese character is one em wide in any Chinese font, so the name is counted in ems rather than
/// measured: measuring it read the Chinese font when the page was made, which an English start's
/// first screen does not show.
int householdColumnWidth(const QFont& font)
{
    return QFontMetrics(font).horizontalAdvance(QStringLiteral("371321105-000123 · ")) +
           4 * QFontInfo(font).pixelSize() + 40;
}
} // namespace

TaskListPage::TaskListPage(Database& db, std::function<Session()> session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)), m_title(new PageTitle(this)),
      m_horizonLabel(new QLabel(this)), m_horizon(new QSpinBox(this)), m_summary(new QLabel(this)),
      m_arrivalsBar(new QWidget(this)), m_arrivals(new NoticeLabel(m_arrivalsBar)),
      m_readButton(new QPushButton(m_arrivalsBar)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_tree(new QTreeWidget(m_splitter)), m_detailTitle(new QLabel(this)), m_detail(new QTextBrowser(this)),
      m_answerLabel(new QLabel(this)), m_answer(new QPlainTextEdit(this)),
      m_resubmitButton(new QPushButton(this)), m_result(new NoticeLabel(this)),
      m_openButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("taskListPage"));
    m_tree->setObjectName(QStringLiteral("tasksTreeWidget"));
    m_horizon->setObjectName(QStringLiteral("taskHorizonSpinBox"));
    m_summary->setObjectName(QStringLiteral("taskSummaryLabel"));
    m_arrivals->setObjectName(QStringLiteral("arrivalsNoticeLabel"));
    m_readButton->setObjectName(QStringLiteral("markReadButton"));
    m_detailTitle->setObjectName(QStringLiteral("taskTitleLabel"));
    m_detail->setObjectName(QStringLiteral("taskDetailBrowser"));
    m_answer->setObjectName(QStringLiteral("answerTextEdit"));
    m_resubmitButton->setObjectName(QStringLiteral("resubmitButton"));
    m_result->setObjectName(QStringLiteral("taskResultLabel"));
    m_openButton->setObjectName(QStringLiteral("openFileButton"));

    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);
    // Shown once it has something to say: an empty bold line took room, and its measure made the
    // start open the font's bold face before the first paint.
    m_detailTitle->hide();
    m_horizon->setRange(0, 60);
    m_horizon->setValue(7);
    m_horizonLabel->setBuddy(m_horizon);
    m_answerLabel->setBuddy(m_answer);
    m_answerLabel->setWordWrap(true);
    m_answer->setTabChangesFocus(true);
    m_answer->setMaximumHeight(m_answer->fontMetrics().lineSpacing() * 5);
    m_detail->setOpenLinks(false);

    // Measured in the font it is drawn in: the first screen opens no bold face (PlainHeaderView.h).
    PlainHeaderView::install(m_tree);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WhatToDo, QHeaderView::Stretch);
    const QFontMetrics fm = m_tree->fontMetrics();
    m_tree->setColumnWidth(Household, householdColumnWidth(m_tree->font()));
    m_tree->setColumnWidth(Date, fm.horizontalAdvance(QStringLiteral("2026-12-31")) + 24);
    m_tree->setColumnWidth(Late, fm.horizontalAdvance(QStringLiteral("waiting 30 days")) + 24);

    auto* arrivalsLayout = new QHBoxLayout(m_arrivalsBar);
    arrivalsLayout->setContentsMargins(0, 0, 0, 0);
    arrivalsLayout->addWidget(m_arrivals, 1);
    arrivalsLayout->addWidget(m_readButton);
    m_arrivalsBar->hide();

    auto* detail = new QWidget(m_splitter);
    detail->setObjectName(QStringLiteral("taskDetailPane"));
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_answerLabel);
    detailLayout->addWidget(m_answer);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resubmitButton);
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_result);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(24);
    top->addWidget(m_horizonLabel);
    top->addWidget(m_horizon);
    top->addSpacing(24);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_arrivalsBar);
    layout->addWidget(m_splitter, 1);

    connect(m_horizon, &QSpinBox::valueChanged, this, &TaskListPage::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const Task* t = taskOf(item))
            emit openRequested(t->householdId, t->recordType);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_result->hide();
        showDetail(item);
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const Task* t = taskOf(m_tree->currentItem()))
            emit openRequested(t->householdId, t->recordType);
    });
    connect(m_resubmitButton, &QPushButton::clicked, this, &TaskListPage::resubmitSelected);
    connect(m_readButton, &QPushButton::clicked, this, &TaskListPage::markArrivalsRead);
    retranslate();
    showDetail(nullptr);
}

void TaskListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskListPage::retranslate()
{
    m_title->setText(tr("My tasks"));
    m_horizonLabel->setText(tr("Include tasks due within:"));
    m_horizon->setSuffix(tr(" days"));
    m_tree->setHeaderLabels({tr("Household"), tr("What to do"), tr("Date"), tr("How late")});
    m_readButton->setText(tr("Mark as &read"));
    m_readButton->setToolTip(tr("Hide this notice; the tasks stay on the list until they are done"));
    m_answerLabel->setText(tr("Your answer to the supervisor:"));
    m_answer->setPlaceholderText(tr("What you changed or added, or why the note is right as it is"));
    m_resubmitButton->setText(tr("Answer and send &back for review"));
    m_resubmitButton->setToolTip(
        tr("Sends the note back to the station supervisor with your answer. To change the note itself, "
           "open the household file and edit it: saving it sends it back too."));
    m_openButton->setText(tr("&Open household file"));
    m_openButton->setToolTip(
        tr("Opens the household's file on the tab of this task (Enter or double-click)"));
    if (!m_unread.isEmpty())
        addArrivals({});
    // The tasks' words again, from the tasks gathered (they are the same in every language).
    if (m_loaded) {
        const Task* t = taskOf(m_tree->currentItem());
        fill(t ? t->recordId : QString(), t ? t->householdId : QString());
    } else if (isBusy()) {
        showLoading();
    }
}

void TaskListPage::showEvent(QShowEvent* event)
{
    // Computed when looked at, not at start-up: the caseload may have changed meanwhile.
    if (m_painted || m_locked) {
        refresh();
    } else if (!m_putOff) {
        // Shown for the first time, a caseworker's home page at the app's start: the worker
        // starts once the page is painted. Its start (a thread, a connection) and its reading
        // then no longer compete with the window's first paint on the GUI thread and the other
        // core, and the window is on screen sooner; the list says meanwhile that the tasks are
        // being gathered. Should no paint come (a window shown minimized), they are gathered
        // anyway a moment later.
        m_putOff = true;
        if (!m_loaded)
            showLoading();
        QTimer::singleShot(kPutOffAtMostMs, this, &TaskListPage::gatherPutOff);
    }
    QWidget::showEvent(event);
}

bool TaskListPage::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: the worker starts once the whole window is painted and on screen.
        if (m_putOff)
            QMetaObject::invokeMethod(this, &TaskListPage::gatherPutOff, Qt::QueuedConnection);
    }
    return QWidget::event(event);
}

void TaskListPage::gatherPutOff()
{
    if (!std::exchange(m_putOff, false))
        return;
    // Hidden meanwhile (the window closed right after it appeared, another page chosen): nobody
    // would see them; they are gathered when the page is shown again.
    if (isVisible())
        refresh();
    else
        emit workEnded();
}

void TaskListPage::setToday(QDate today)
{
    m_today = today;
    if (isVisible())
        refresh();
}

QDate TaskListPage::today() const { return m_today.isValid() ? m_today : session().today(); }

const Task* TaskListPage::taskOf(QTreeWidgetItem* item) const
{
    if (!item)
        return nullptr;
    const int i = item->data(0, kIndexRole).toInt();
    return i >= 0 && i < m_tasks.size() ? &m_tasks[i] : nullptr;
}

QString TaskListPage::whatToDo(const Task& t, bool withComment) const
{
    const auto statusChange = [&t] {
        return tr("%1 → %2").arg(t.fromStatus.isEmpty() ? tr("none recorded")
                                                        : CodeList::assistanceStatus().label(t.fromStatus),
                                 CodeList::assistanceStatus().label(t.subject));
    };
    const auto said = [&t, withComment](const QString& line) {
        return t.comment.isEmpty() || !withComment
                   ? line
                   : tr("%1 — %2: “%3”").arg(line, t.by, t.comment.simplified());
    };
    switch (t.kind) {
    case Task::Kind::Visit: {
        const QString why = t.subject.isEmpty() ? tr("every household (default)") : m_rules.reason(t.subject);
        QString line = t.neverVisited ? tr("First visit: %1").arg(why) : tr("Visit: %1").arg(why);
        if (t.plannedOn.isValid())
            line += QStringLiteral(" · ") + tr("planned for %1").arg(dayText(t.plannedOn));
        return line;
    }
    case Task::Kind::Referral:
        return tr("Follow up the referral to %1").arg(AgencyList::current().label(t.subject));
    case Task::Kind::PlanAction:
        return tr("Plan action: %1").arg(t.subject.simplified());
    case Task::Kind::FollowUp:
        return tr("Follow up the service: %1").arg(t.subject.simplified());
    case Task::Kind::ReturnedNote:
        return said(tr("Returned: %1").arg(t.subject));
    case Task::Kind::StatusDecision:
        switch (t.decision) {
        case Task::Decision::Confirmed:
            return said(tr("Status review confirmed (%1): tell the household").arg(statusChange()));
        case Task::Decision::Refused:
            return said(
                tr("Status review refused by the county (%1): tell the household").arg(statusChange()));
        case Task::Decision::ReturnedByStation:
        case Task::Decision::None:
            break;
        }
        return said(tr("Status review returned by the station (%1): complete it and propose again")
                        .arg(statusChange()));
    }
    return {};
}

QString TaskListPage::lateness(const Task& t) const
{
    if (t.kind == Task::Kind::ReturnedNote || t.kind == Task::Kind::StatusDecision)
        return t.daysLate > 0 ? tr("waiting %n day(s)", nullptr, t.daysLate) : tr("today");
    if (t.neverVisited)
        return tr("Never visited");
    if (t.daysLate > 0)
        return tr("%n day(s) late", nullptr, t.daysLate);
    return t.daysLate == 0 ? tr("due today") : tr("in %n day(s)", nullptr, -t.daysLate);
}

bool TaskListPage::isBusy() const { return !m_workers.isEmpty() || m_putOff; }

void TaskListPage::refresh()
{
    m_putOff = false;
    if (m_locked) {
        m_owed = true; // gathered when unlocked: the file cannot be read meanwhile
        return;
    }
    // What a running worker gathers is out of date once a newer refresh is asked for (an edit, a
    // sync, another horizon): it is cancelled, and dropped should it end after all.
    cancel();
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<TaskListSnapshot>(this);
    m_workers.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        m_workers.removeOne(watcher);
        watcher->deleteLater();
        const QFuture<TaskListSnapshot> future = watcher->future();
        if (generation == m_generation && !future.isCanceled() && future.resultCount() > 0)
            showSnapshot(future.result());
        emit workEnded();
    });
    watcher->setFuture(QtConcurrent::run(BackgroundPool::instance(), &TaskListSnapshot::gather, m_db.path(),
                                         today(), m_horizon->value()));
    if (!m_loaded)
        showLoading();
    else
        m_summary->setText(tr("Updating the list…"));
}

void TaskListPage::cancel()
{
    for (QFutureWatcher<TaskListSnapshot>* w : std::as_const(m_workers))
        w->cancel();
}

void TaskListPage::setLocked(bool locked)
{
    m_locked = locked;
    if (locked) {
        // Before the keys go: the workers stop at their next step and close their connections.
        // A gathering put off until the first paint is owed until the unlock.
        if (isBusy()) {
            m_putOff = false;
            cancel();
            m_owed = true;
        }
        return;
    }
    if (std::exchange(m_owed, false) || isVisible())
        refresh();
}

void TaskListPage::waitForWorkers()
{
    cancel();
    for (QFutureWatcher<TaskListSnapshot>* w : std::as_const(m_workers))
        w->waitForFinished();
}

TaskListPage::~TaskListPage()
{
    // The workers read through connections of their own: they stop and close them first.
    waitForWorkers();
}

void TaskListPage::showLoading()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    auto* item = new QTreeWidgetItem(m_tree);
    item->setData(0, kIndexRole, -1);
    item->setFlags(Qt::ItemIsEnabled);
    item->setText(0, tr("Gathering your tasks…"));
    // In the placeholder's colour, not in italics: Chinese type has none (the slanted characters a
    // font engine makes up are hard to read), and the start reads no italic face for it.
    item->setForeground(0, palette().color(QPalette::PlaceholderText));
    item->setFirstColumnSpanned(true);
    m_summary->setText(tr("Gathering your tasks…"));
    showDetail(nullptr);
}

void TaskListPage::showSnapshot(const TaskListSnapshot& snapshot)
{
    if (!snapshot.error.isEmpty()) {
        m_loaded = false;
        const QSignalBlocker blocker(m_tree);
        m_tasks.clear();
        m_tree->clear();
        m_summary->setText(tr("The tasks could not be gathered: %1").arg(snapshot.error));
        showDetail(nullptr);
        emit tasksShown();
        return;
    }
    m_rules = snapshot.rules;
    const QString current =
        taskOf(m_tree->currentItem()) ? taskOf(m_tree->currentItem())->recordId : QString();
    const QString currentHousehold =
        taskOf(m_tree->currentItem()) ? taskOf(m_tree->currentItem())->householdId : QString();
    m_tasks = snapshot.tasks;
    m_total = snapshot.total;
    m_loaded = true;
    fill(current, currentHousehold);
    emit tasksShown();
}

void TaskListPage::fill(const QString& current, const QString& currentHousehold)
{
    // A caseload is a few hundred to a few thousand households; a county's database far more: the
    // first villages in order then (TaskListSnapshot::kMaxShown).
    const qsizetype total = m_total;

    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    // Each icon read once per refresh: the style reads and decodes its picture files on every call,
    // which for a few thousand tasks took two thirds of the app's start.
    QHash<QStyle::StandardPixmap, QIcon> icons;
    const auto standardIcon = [this, &icons](QStyle::StandardPixmap which) {
        auto it = icons.find(which);
        if (it == icons.end())
            it = icons.insert(which, style()->standardIcon(which));
        return *it;
    };
    QTreeWidgetItem* village = nullptr;
    QTreeWidgetItem* select = nullptr;
    QList<QTreeWidgetItem*> headers;
    int villageCount = 0, villageLate = 0, late = 0;
    const auto closeVillage = [&] {
        if (village)
            village->setText(
                0,
                tr("%1 — %n task(s)", nullptr, villageCount).arg(village->data(0, kVillageRole).toString()) +
                    (villageLate > 0 ? tr(", %n late", nullptr, villageLate) : QString()));
    };
    QString previousHousehold;
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        const Task& t = m_tasks[i];
        if (!village || village->data(0, kVillageRole).toString() != t.village) {
            closeVillage();
            village = new QTreeWidgetItem(m_tree);
            village->setData(0, kIndexRole, -1);
            village->setData(0, kVillageRole, t.village);
            village->setFlags(Qt::ItemIsEnabled);
            QFont bold = village->font(0);
            bold.setBold(true);
            village->setFont(0, bold);
            village->setBackground(0, palette().color(QPalette::AlternateBase).darker(106));
            headers << village;
            villageCount = villageLate = 0;
            previousHousehold.clear();
        }
        ++villageCount;
        auto* item = new QTreeWidgetItem(village);
        item->setData(0, kIndexRole, int(i));
        // A household's tasks follow each other: its name on the first of them.
        const QString household = QStringLiteral("%1 · %2").arg(t.householdNo, t.headName);
        if (t.householdId != previousHousehold)
            item->setText(Household, household);
        item->setToolTip(Household, household);
        previousHousehold = t.householdId;
        const QString what = whatToDo(t);
        item->setText(WhatToDo, what);
        item->setToolTip(WhatToDo, QStringLiteral("<p>%1</p>").arg(escaped(what)));
        item->setText(Date, t.neverVisited ? tr("now") : dayText(t.date));
        item->setText(Late, lateness(t));
        QIcon icon;
        switch (t.kind) {
        case Task::Kind::ReturnedNote:
            icon = standardIcon(QStyle::SP_ArrowBack);
            break;
        case Task::Kind::StatusDecision:
            icon = standardIcon(t.decision == Task::Decision::Confirmed ? QStyle::SP_DialogApplyButton
                                : t.decision == Task::Decision::Refused ? QStyle::SP_DialogCancelButton
                                                                        : QStyle::SP_ArrowBack);
            break;
        default:
            if (t.isLate())
                icon = standardIcon(QStyle::SP_MessageBoxWarning);
        }
        item->setIcon(WhatToDo, icon);
        const bool dueLate = t.isLate() && t.kind != Task::Kind::StatusDecision;
        if (dueLate) {
            ++villageLate;
            ++late;
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, kLate);
        }
        if (!current.isEmpty() && t.recordId == current && t.householdId == currentHousehold)
            select = item;
    }
    closeVillage();
    for (QTreeWidgetItem* h : std::as_const(headers)) {
        h->setFirstColumnSpanned(true);
        h->setExpanded(true);
    }
    m_summary->setText(
        m_tasks.isEmpty()
            ? tr("Nothing to do today. Well done.")
            : tr("%n task(s)", nullptr, int(m_tasks.size())) + QStringLiteral(" · ") +
                  tr("%n late", nullptr, late) + QStringLiteral(" · ") +
                  tr("%n village(s)", nullptr, int(headers.size())) +
                  (total > m_tasks.size()
                       ? QStringLiteral(" · ") + tr("first %1 of %2 shown").arg(m_tasks.size()).arg(total)
                       : QString()));
    if (select)
        m_tree->setCurrentItem(select);
    showDetail(m_tree->currentItem());
}

bool TaskListPage::selectRecord(const QString& recordId)
{
    for (int v = 0; v < m_tree->topLevelItemCount(); ++v) {
        QTreeWidgetItem* village = m_tree->topLevelItem(v);
        for (int i = 0; i < village->childCount(); ++i) {
            const Task* t = taskOf(village->child(i));
            if (t && t->recordId == recordId) {
                m_tree->setCurrentItem(village->child(i));
                m_tree->scrollToItem(village->child(i));
                return true;
            }
        }
    }
    return false;
}

QString TaskListPage::detailHtml(const Task& t) const
{
    // What was said follows in full, below.
    QString html = QStringLiteral("<p>%1</p>").arg(escaped(whatToDo(t, false)));
    const auto row = [](const QString& label, const QString& value) {
        return value.isEmpty()
                   ? QString()
                   : QStringLiteral("<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>")
                         .arg(label.toHtmlEscaped(), escaped(value));
    };
    QString table;
    table += row(tr("Village"), t.village);
    switch (t.kind) {
    case Task::Kind::ReturnedNote: {
        table += row(tr("Returned on"), dayText(t.date));
        html += QStringLiteral("<table>%1</table>").arg(table);
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("The note").toHtmlEscaped(),
                         escaped(ReviewQueue::bodyOf(m_db, t.recordType, t.recordId)));
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Comments").toHtmlEscaped());
        for (const ReviewComment& c : NoteReviewRepository(m_db).thread(t.recordId)) {
            html +=
                QStringLiteral("<p><b>%1</b> · %2 · %3<br>%4</p>")
                    .arg(c.writtenBy.toHtmlEscaped(),
                         QLocale().toString(c.writtenAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                         CodeList::reviewCommentKind().label(c.kind).toHtmlEscaped(), escaped(c.text));
        }
        return html;
    }
    case Task::Kind::StatusDecision: {
        const std::optional<StatusReview> r = StatusReviewRepository(m_db).load(t.recordId);
        if (r) {
            table += row(tr("Proposed on"), dayText(r->proposedOn));
            table += row(tr("Reasons"), r->reasons);
            table += row(tr("Evidence"), r->evidence);
            if (!r->recommendation.isEmpty()) {
                table += row(tr("Station"), CodeList::reviewRecommendation().label(r->recommendation) +
                                                QStringLiteral(" · ") + r->recommendedBy +
                                                QStringLiteral(" · ") + dayText(r->recommendedOn));
                table += row(tr("Station supervisor's opinion"), r->recommendationComment);
            }
            if (r->isDecided()) {
                table +=
                    row(tr("County"), CodeList::reviewDecision().label(r->decision) + QStringLiteral(" · ") +
                                          r->decidedBy + QStringLiteral(" · ") + dayText(r->decidedOn));
                table += row(tr("County's comment"), r->decisionComment);
            }
        }
        break;
    }
    default:
        table += row(tr("Due"), t.neverVisited ? tr("now") : dayText(t.date));
        table += row(tr("How late"), lateness(t));
        if (t.kind == Task::Kind::Visit && t.intervalDays > 0)
            table += row(tr("Visits required"), tr("every %n day(s)", nullptr, t.intervalDays));
        break;
    }
    return html + QStringLiteral("<table>%1</table>").arg(table);
}

void TaskListPage::showDetail(QTreeWidgetItem* item)
{
    const Task* t = taskOf(item);
    const bool returned = t && t->kind == Task::Kind::ReturnedNote;
    m_answerLabel->setVisible(returned);
    m_answer->setVisible(returned);
    m_resubmitButton->setVisible(returned);
    m_openButton->setEnabled(t != nullptr);
    if (!t)
        m_detailTitle->setText(m_tasks.isEmpty() ? QString() : tr("Choose a task to see it in full."));
    else
        m_detailTitle->setText(QStringLiteral("%1 · %2").arg(t->householdNo, t->headName));
    m_detailTitle->setVisible(!m_detailTitle->text().isEmpty()); // hidden while it has nothing to say
    if (!t)
        m_detail->clear();
    else
        m_detail->setHtml(detailHtml(*t));
}

void TaskListPage::resubmitSelected()
{
    const Task* t = taskOf(m_tree->currentItem());
    if (!t || t->kind != Task::Kind::ReturnedNote)
        return;
    const QString recordId = t->recordId;
    const Status s = NoteReviewRepository(m_db, session()).resubmit(recordId, m_answer->toPlainText());
    if (!s) {
        m_result->showError(s.error().message);
        return;
    }
    m_answer->clear();
    refresh();
    m_result->showDone(tr("Sent back to the station supervisor for review, with your answer."));
}

void TaskListPage::addArrivals(const ReviewArrivals& arrivals)
{
    m_unread += arrivals;
    if (m_unread.isEmpty())
        return;
    m_arrivals->showDone(arrivalsText());
    m_arrivalsBar->show();
    emit arrivalsChanged(m_unread.text());
}

QString TaskListPage::arrivalsText() const
{
    return m_unread.isEmpty() ? QString() : tr("New since the last sync: %1.").arg(m_unread.text());
}

void TaskListPage::markArrivalsRead()
{
    m_unread = {};
    m_arrivals->hide();
    m_arrivalsBar->hide();
    emit arrivalsChanged({});
}

void TaskListPage::followSync(SyncController* sync)
{
    connect(sync, &SyncController::syncStarting, this, [this] {
        // The first sync of a laptop brings the whole caseload: that is not news.
        m_beforeSync.reset();
        if (DeviceSync(m_db).lastSync().isValid())
            m_beforeSync = ReviewSnapshot::take(m_db);
    });
    connect(sync, &SyncController::finished, this, [this](const Status& s, const QString& what) {
        if (what != QLatin1String("sync") || !m_beforeSync)
            return;
        // A sync that failed half-way may have brought some already: they are news too.
        Q_UNUSED(s);
        const ReviewSnapshot before = *m_beforeSync;
        m_beforeSync.reset();
        addArrivals(ReviewArrivals::between(before, ReviewSnapshot::take(m_db)));
        if (isVisible())
            refresh();
    });
}

QToolButton* TaskListPage::makeStatusButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("arrivalsButton"));
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    button->hide();
    connect(this, &TaskListPage::arrivalsChanged, button, [button](const QString& text) {
        button->setText(text);
        button->setToolTip(tr("Show my tasks"));
        button->setVisible(!text.isEmpty());
    });
    connect(button, &QToolButton::clicked, this, &TaskListPage::showRequested);
    return button;
}

} // namespace ff
