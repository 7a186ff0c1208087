// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/DueVisitsPage.h"

#include "core/db/Database.h"
#include "core/model/CodeList.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/PageTitle.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr qsizetype kMaxShown = 3000;
const QColor kOverdue(0xb0, 0x00, 0x20);
enum Column
{
    Household,
    Groups,
    Interval,
    LastVisit,
    NextDue,
    Overdue,
    Planned,
    ColumnCount
};
} // namespace

DueVisitsPage::DueVisitsPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_title(new PageTitle(this)),
      m_horizonLabel(new QLabel(this)), m_horizon(new QSpinBox(this)), m_summary(new QLabel(this)),
      m_rulesError(new ErrorLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("dueVisitsPage"));
    m_tree->setObjectName(QStringLiteral("dueVisitsTreeWidget"));
    m_horizon->setObjectName(QStringLiteral("horizonSpinBox"));
    m_summary->setObjectName(QStringLiteral("dueSummaryLabel"));
    m_rulesError->setObjectName(QStringLiteral("rulesErrorLabel"));
    m_horizon->setRange(0, 60);
    m_horizon->setValue(7);
    m_horizonLabel->setBuddy(m_horizon);

    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Groups, QHeaderView::Stretch);
    const QFontMetrics fm = m_tree->fontMetrics();
    m_tree->setColumnWidth(Household,
                           fm.horizontalAdvance(QStringLiteral("371321105-000123 · 欧阳小明明")) + 40);
    const int dateWidth = fm.horizontalAdvance(QStringLiteral("Next visit due")) + 24;
    m_tree->setColumnWidth(Interval, fm.horizontalAdvance(QStringLiteral("Every (days)")) + 24);
    m_tree->setColumnWidth(LastVisit, dateWidth);
    m_tree->setColumnWidth(NextDue, dateWidth);
    m_tree->setColumnWidth(Overdue, fm.horizontalAdvance(QStringLiteral("Never visited")) + 24);
    m_tree->setColumnWidth(Planned, dateWidth);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(24);
    top->addWidget(m_horizonLabel);
    top->addWidget(m_horizon);
    top->addSpacing(24);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rulesError);
    layout->addWidget(m_tree, 1);

    connect(m_horizon, &QSpinBox::valueChanged, this, &DueVisitsPage::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });
    retranslate();
}

void DueVisitsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DueVisitsPage::retranslate()
{
    m_title->setText(tr("Due visits"));
    m_horizonLabel->setText(tr("Include visits due within:"));
    m_horizon->setSuffix(tr(" days"));
    m_tree->setHeaderLabels({tr("Household"), tr("Why visits are required"), tr("Every (days)"),
                             tr("Last visit"), tr("Next visit due"), tr("Overdue"), tr("Planned visit")});
    if (isVisible())
        refresh();
}

void DueVisitsPage::showEvent(QShowEvent* event)
{
    // Computed when looked at, not at start-up: the caseload may have changed meanwhile.
    refresh();
    QWidget::showEvent(event);
}

void DueVisitsPage::setToday(QDate today)
{
    m_today = today;
    if (isVisible())
        refresh();
}

void DueVisitsPage::refresh()
{
    const QDate today = m_today.isValid() ? m_today : m_session.today();
    QList<VisitRulesError> errors;
    QString usedFile;
    const VisitRules rules = VisitRules::forDatabase(m_db.path(), &errors, &usedFile);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const VisitRulesError& e : std::as_const(errors))
            lines << (e.line > 0 ? tr("line %1: %2").arg(e.line).arg(e.message) : e.message);
        m_rulesError->showError(
            tr("The county's visit rules (%1) have errors, so the built-in rules are used:")
                .arg(QDir::toNativeSeparators(VisitRules::replacementPath(m_db.path()))) +
            QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    } else {
        m_rulesError->showError({});
    }

    m_rows = DueVisitQuery(m_db, rules).due(today, m_horizon->value());
    // A caseworker's caseload is a few hundred to a few thousand households. A county database
    // holds far more; the page then shows the first villages in order (a route cannot hold more).
    const qsizetype total = m_rows.size();
    if (m_rows.size() > kMaxShown)
        m_rows.resize(kMaxShown);
    m_tree->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QTreeWidgetItem* village = nullptr;
    int villageCount = 0, villageOverdue = 0, overdue = 0;
    auto closeVillage = [&] {
        if (village)
            village->setText(
                0, tr("%1 — %n household(s)", nullptr, villageCount)
                           .arg(village->data(0, Qt::UserRole + 1).toString()) +
                       (villageOverdue > 0 ? tr(", %n overdue", nullptr, villageOverdue) : QString()));
    };
    QList<QTreeWidgetItem*> headers;
    for (const VisitDue& d : std::as_const(m_rows)) {
        if (!village || village->data(0, Qt::UserRole + 1).toString() != d.village) {
            closeVillage();
            village = new QTreeWidgetItem(m_tree);
            village->setData(0, Qt::UserRole + 1, d.village);
            village->setFlags(Qt::ItemIsEnabled);
            QFont bold = village->font(0);
            bold.setBold(true);
            village->setFont(0, bold);
            village->setBackground(0, palette().color(QPalette::AlternateBase).darker(106));
            headers << village;
            villageCount = villageOverdue = 0;
        }
        ++villageCount;
        auto* item = new QTreeWidgetItem(village);
        item->setData(0, kIdRole, d.householdId);
        item->setText(Household, QStringLiteral("%1 · %2").arg(d.householdNo, d.headName));
        item->setText(Groups,
                      d.ruleGroup.isEmpty() ? tr("Every household (default)") : rules.reason(d.ruleGroup));
        item->setToolTip(Groups, CodeList::specialGroups().labels(d.specialGroups));
        item->setText(Interval, QString::number(d.intervalDays));
        item->setTextAlignment(Interval, Qt::AlignCenter);
        item->setText(LastVisit, d.neverVisited() ? QStringLiteral("—") : d.lastVisit.toString(Qt::ISODate));
        item->setText(NextDue, d.neverVisited() ? tr("now") : d.nextDue.toString(Qt::ISODate));
        if (d.neverVisited())
            item->setText(Overdue, tr("Never visited"));
        else if (d.daysOverdue > 0)
            item->setText(Overdue, tr("%n day(s)", nullptr, d.daysOverdue));
        else
            item->setText(Overdue,
                          d.daysOverdue == 0 ? tr("due today") : tr("in %n day(s)", nullptr, -d.daysOverdue));
        item->setText(Planned, d.plannedOn.toString(Qt::ISODate));
        if (d.isOverdue()) {
            ++villageOverdue;
            ++overdue;
            item->setIcon(Household, warning);
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, kOverdue);
        }
    }
    closeVillage();
    for (QTreeWidgetItem* h : std::as_const(headers)) {
        h->setFirstColumnSpanned(true);
        h->setExpanded(true);
    }
    m_summary->setText(
        m_rows.isEmpty()
            ? tr("No visits are due. Well done.")
            : tr("%n household(s) overdue", nullptr, overdue) + QStringLiteral(" · ") +
                  tr("%n due soon", nullptr, int(m_rows.size()) - overdue) + QStringLiteral(" · ") +
                  tr("%n village(s)", nullptr, int(headers.size())) +
                  (total > m_rows.size()
                       ? QStringLiteral(" · ") + tr("first %1 of %2 shown").arg(m_rows.size()).arg(total)
                       : QString()));
}

} // namespace ff
