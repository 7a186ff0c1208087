// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/IdentifiedNeedsBox.h"
#include "core/records/HouseholdNeeds.h"

#include "core/forms/BuiltInForms.h"
#include "core/records/AssistancePlanRepository.h"
#include "core/records/HouseholdRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
/// Rows shown before the list scrolls, so the overview keeps room for the household's fields.
constexpr int kVisibleRows = 3;
} // namespace

IdentifiedNeedsBox::IdentifiedNeedsBox(Database& db, const Session& session, const QString& householdId,
                                       QWidget* parent)
    : QGroupBox(tr("Identified needs"), parent), m_db(db), m_session(session), m_householdId(householdId),
      m_table(new QTableWidget(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("identifiedNeedsBox"));
    m_table->setObjectName(QStringLiteral("needsTableWidget"));
    m_empty->setObjectName(QStringLiteral("noNeedsLabel"));
    setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Service category"), tr("Need"), tr("From"), tr("In the plan")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_empty->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    reload();
}

void IdentifiedNeedsBox::reload()
{
    m_needs =
        m_householdId.isEmpty() ? QList<IdentifiedNeed>() : HouseholdNeeds::forHousehold(m_db, m_householdId);
    QHash<QString, QString> names;
    if (!m_needs.isEmpty()) {
        if (const auto file = HouseholdRepository(m_db).load(m_householdId)) {
            for (const QVariantMap& m : file->members)
                names.insert(m.value(QStringLiteral("id")).toString(),
                             m.value(QStringLiteral("name")).toString());
        }
    }
    const AssistancePlan plan =
        m_needs.isEmpty() ? AssistancePlan() : AssistancePlanRepository(m_db).load(m_householdId);
    const QDate today = m_session.today();
    const QColor warning(0xb0, 0x00, 0x20);
    QHash<QPair<QString, int>, QString> titles;
    m_table->setRowCount(int(m_needs.size()));
    for (int r = 0; r < m_needs.size(); ++r) {
        const IdentifiedNeed& n = m_needs[r];
        const QPair<QString, int> form{n.formId, n.formVersion};
        if (!titles.contains(form)) {
            const auto definition = BuiltInForms::definition(n.formId, n.formVersion);
            titles.insert(form, definition ? FormDefinition::text(definition->title) : n.formId);
        }
        const QString who =
            n.memberId.isEmpty() ? tr("the household") : names.value(n.memberId, tr("a former member"));
        const QString from = tr("for %1 · %2").arg(who, n.assessedOn.toString(Qt::ISODate));
        const QString source = tr("%1 (form version %2), for %3, submitted %4")
                                   .arg(titles.value(form))
                                   .arg(n.formVersion)
                                   .arg(who, n.assessedOn.toString(Qt::ISODate));
        const QString cells[] = {IdentifiedNeeds::categoryLabel(n.category), FormDefinition::text(n.label),
                                 from};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 2 ? source : cells[c]);
            item->setData(Qt::UserRole, c == 0 ? n.category : n.assessmentId);
            m_table->setItem(r, c, item);
        }
        // How the plan answers the need: its actions that are not dropped, overdue ones named.
        int open = 0;
        int overdue = 0;
        QStringList actions;
        for (const PlanAction& a : plan.actionsFor(n.key())) {
            if (a.status == QLatin1String("dropped"))
                continue;
            ++open;
            overdue += a.isOverdue(today) ? 1 : 0;
            actions.append(a.action);
        }
        QString inPlan = open == 0 ? tr("No action yet") : tr("%n action(s)", nullptr, open);
        if (overdue > 0)
            inPlan += tr(", %n overdue", nullptr, overdue);
        auto* item = new QTableWidgetItem(inPlan);
        item->setData(Qt::UserRole, open);
        item->setToolTip(open == 0 ? tr("Add an action for this need on the Plan tab.")
                                   : actions.join(QLatin1Char('\n')));
        if (open == 0 || overdue > 0)
            item->setForeground(warning);
        m_table->setItem(r, 3, item);
    }
    // Compact rows; at most kVisibleRows show before the list scrolls.
    const int rowHeight = m_table->fontMetrics().height() + 6;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int rows = std::clamp(int(m_needs.size()), 1, kVisibleRows);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                            2 * m_table->frameWidth());
    m_table->setVisible(!m_needs.isEmpty());
    m_empty->setVisible(m_needs.isEmpty());
    m_empty->setText(m_householdId.isEmpty()
                         ? tr("Needs are identified by the needs assessments of a saved household.")
                         : tr("None yet: needs are identified when a needs assessment is submitted "
                              "(tab Assessments)."));
    setTitle(m_needs.isEmpty() ? tr("Identified needs") : tr("Identified needs (%1)").arg(m_needs.size()));
}

} // namespace ff
