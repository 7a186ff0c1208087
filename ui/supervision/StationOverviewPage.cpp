// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/StationOverviewPage.h"

#include "core/db/Database.h"
#include "ui/supervision/OverviewListDialog.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/PageTitle.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
const QColor kUrgent(0xb0, 0x00, 0x20);
const QColor kZero(0x90, 0x90, 0x90);
using M = StationOverview::Measure;
} // namespace

StationOverviewPage::StationOverviewPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_title(new PageTitle(this)),
      m_summary(new QLabel(this)), m_rulesError(new ErrorLabel(this)), m_table(new QTableWidget(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("stationOverviewPage"));
    m_table->setObjectName(QStringLiteral("stationOverviewTable"));
    m_summary->setObjectName(QStringLiteral("overviewSummaryLabel"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));

    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Caseworker, QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(24);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rulesError);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);

    connect(m_table, &QTableWidget::cellClicked, this, &StationOverviewPage::openCell);
    retranslate();
}

QDate StationOverviewPage::today() const { return m_today.isValid() ? m_today : m_session.today(); }

void StationOverviewPage::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void StationOverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StationOverviewPage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void StationOverviewPage::retranslate()
{
    m_title->setText(tr("Station overview"));
    m_table->setHorizontalHeaderLabels({tr("Caseworker"), tr("Households"), tr("Visits\noverdue"),
                                        tr("Open risk\nflags"), tr("Child protection\nnot reported"),
                                        tr("Referral follow-ups\noverdue"), tr("Plan actions\noverdue"),
                                        tr("Status reviews\nwaiting"), tr("Notes awaiting\nreview"),
                                        tr("Notes\nreturned")});
    const bool county = m_session.role() == Role::County;
    const struct
    {
        int column;
        QString tip;
    } tips[] = {
        {VisitsOverdue, tr("Households whose visit is overdue by the visit rules, or never visited")},
        {OpenRisks, tr("Open risk flags of every kind")},
        {ChildProtection, tr("Open child-protection concerns whose mandatory report is not recorded yet, and "
                             "how long the oldest has been waiting")},
        {ReferralsOverdue, tr("Referrals sent or accepted whose follow-up date has passed")},
        {ActionsOverdue, tr("Plan actions past their due date, neither done nor dropped")},
        {StatusReviews, county
                            ? tr("Status reviews the station recommended, waiting for the county's decision")
                            : tr("Status reviews proposed by the caseworker, waiting for the station's "
                                 "recommendation")},
        {NotesPending, tr("Notes this caseworker submitted that wait for review: opens the review queue")},
        {NotesReturned, tr("Notes returned to this caseworker, waiting for an answer or a change")},
    };
    for (const auto& t : tips)
        m_table->horizontalHeaderItem(t.column)->setToolTip(t.tip);
    m_hint->setText(
        tr("Click a number (or select it and press Enter) to see what it counts; the notes open in "
           "the review queue. Red: child-protection concerns not yet reported."));
    if (isVisible())
        refresh();
}

StationOverview StationOverviewPage::overview() const
{
    return StationOverview(m_db, VisitRules::forDatabase(m_db.path()), today(), m_session.role());
}

void StationOverviewPage::refresh()
{
    QList<VisitRulesError> errors;
    const VisitRules rules = VisitRules::forDatabase(m_db.path(), &errors);
    m_rulesError->showError(
        errors.isEmpty()
            ? QString()
            : tr("The county's visit rules (%1) have errors, so overdue visits are counted by the "
                 "built-in rules.")
                  .arg(QDir::toNativeSeparators(VisitRules::replacementPath(m_db.path()))));
    m_rows = StationOverview(m_db, rules, today(), m_session.role()).rows();
    const StationOverviewRow total = StationOverview::total(m_rows);
    const int current = m_table->currentRow(), currentColumn = m_table->currentColumn();
    m_table->setRowCount(int(m_rows.size()) + 1);
    const auto number = [&](int row, int column, int value, const QString& text = {}) {
        auto* item = new QTableWidgetItem(text.isEmpty() ? QString::number(value) : text);
        item->setTextAlignment(Qt::AlignCenter);
        if (value == 0) {
            item->setForeground(kZero);
        } else {
            QFont f = item->font();
            f.setUnderline(true); // a link: it opens what it counts
            item->setFont(f);
            item->setForeground(palette().color(QPalette::Link));
        }
        m_table->setItem(row, column, item);
        return item;
    };
    int caseworkers = 0;
    for (int r = 0; r <= m_rows.size(); ++r) {
        const bool isTotal = r == m_rows.size();
        const StationOverviewRow& row = isTotal ? total : m_rows.at(r);
        auto* name = new QTableWidgetItem(isTotal                    ? tr("Station total")
                                          : row.caseworker.isEmpty() ? tr("(no caseworker)")
                                                                     : row.caseworker);
        if (isTotal) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
        } else if (!row.caseworker.isEmpty()) {
            ++caseworkers;
        }
        m_table->setItem(r, Caseworker, name);
        number(r, Households, row.households);
        number(r, VisitsOverdue, row.visitsOverdue);
        QTableWidgetItem* risks = number(r, OpenRisks, row.openRisks);
        if (row.oldestRiskDays >= 0)
            risks->setToolTip(tr("The oldest was raised %n day(s) ago", nullptr, row.oldestRiskDays));
        QTableWidgetItem* child =
            number(r, ChildProtection, row.childProtectionUnreported,
                   row.childProtectionUnreported > 0
                       ? QStringLiteral("⚠ %1 · %2")
                             .arg(row.childProtectionUnreported)
                             .arg(tr("%n day(s)", nullptr, std::max(0, row.oldestUnreportedDays)))
                       : QString());
        if (row.childProtectionUnreported > 0) {
            child->setToolTip(tr("%n not reported; the oldest was raised %1 day(s) ago", nullptr,
                                 row.childProtectionUnreported)
                                  .arg(std::max(0, row.oldestUnreportedDays)));
            QFont f = child->font();
            f.setBold(true);
            child->setFont(f);
            child->setForeground(kUrgent);
            child->setBackground(QColor(0xfd, 0xec, 0xea));
        }
        number(r, ReferralsOverdue, row.referralsOverdue);
        number(r, ActionsOverdue, row.actionsOverdue);
        number(r, StatusReviews, row.statusReviewsWaiting);
        number(r, NotesPending, row.notesPending);
        number(r, NotesReturned, row.notesReturned);
        if (isTotal) {
            for (int c = 0; c < ColumnCount; ++c) {
                QTableWidgetItem* item = m_table->item(r, c);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, currentColumn);
    m_summary->setText(tr("As of %1").arg(today().toString(Qt::ISODate)) + QStringLiteral(" · ") +
                       tr("%n caseworker(s)", nullptr, caseworkers) + QStringLiteral(" · ") +
                       tr("%n household(s)", nullptr, total.households));
}

void StationOverviewPage::openCell(int row, int column)
{
    if (row < 0 || row > m_rows.size() || column <= Caseworker || column >= ColumnCount)
        return;
    const bool isTotal = row == m_rows.size();
    if (column == NotesPending || column == NotesReturned) {
        // Notes belong to who submitted them; the households with no caseworker have none.
        const QString caseworker = isTotal ? QString() : m_rows.at(row).caseworker;
        if (!isTotal && caseworker.isEmpty())
            return;
        emit notesRequested(caseworker,
                            column == NotesPending ? QStringLiteral("pending") : QStringLiteral("returned"));
        return;
    }
    const std::unique_ptr<OverviewListDialog> dialog = listDialog(row, column);
    if (!dialog)
        return;
    connect(dialog.get(), &OverviewListDialog::openRequested, this, &StationOverviewPage::openRequested);
    dialog->exec();
    refresh(); // the files opened from the list may have changed what it counts
}

std::unique_ptr<OverviewListDialog> StationOverviewPage::listDialog(int row, int column)
{
    if (row < 0 || row > m_rows.size())
        return nullptr;
    const bool isTotal = row == m_rows.size();
    const std::optional<QString> caseworker =
        isTotal ? std::nullopt : std::optional<QString>(m_rows.at(row).caseworker);
    M measure = M::Households;
    QString what, days, note;
    switch (column) {
    case Households:
        measure = M::Households;
        what = tr("Caseload");
        break;
    case VisitsOverdue:
        measure = M::VisitsOverdue;
        what = tr("Visits overdue");
        days = tr("Days overdue");
        break;
    case OpenRisks:
    case ChildProtection:
        measure = M::OpenRisks;
        what = tr("Open risk flags");
        note = tr("Child-protection concerns whose mandatory report is not recorded come first, in red; then "
                  "the oldest.");
        days = tr("Days open");
        break;
    case ReferralsOverdue:
        measure = M::ReferralsOverdue;
        what = tr("Referral follow-ups overdue");
        days = tr("Days overdue");
        break;
    case ActionsOverdue:
        measure = M::ActionsOverdue;
        what = tr("Plan actions overdue");
        days = tr("Days overdue");
        break;
    case StatusReviews:
        measure = M::StatusReviewsWaiting;
        what = tr("Status reviews waiting");
        days = tr("Days waiting");
        break;
    default:
        return nullptr;
    }
    const QString who = isTotal                 ? tr("the whole station")
                        : caseworker->isEmpty() ? tr("no caseworker")
                                                : *caseworker;
    const StationOverview source = overview();
    if (note.isEmpty() && !days.isEmpty())
        note = tr("The longest waiting first.");
    return std::make_unique<OverviewListDialog>(QStringLiteral("%1 — %2").arg(what, who), note, days,
                                                source.entries(measure, caseworker),
                                                source.count(measure, caseworker), isTotal, this);
}

bool StationOverviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCell(m_table->currentRow(), m_table->currentColumn());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ff
