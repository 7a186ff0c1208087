// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/OverviewListDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ff {

namespace {
constexpr int kIdRole = Qt::UserRole;
const QColor kUrgent(0xb0, 0x00, 0x20);
} // namespace

OverviewListDialog::OverviewListDialog(const QString& heading, const QString& note, const QString& daysHeader,
                                       const QList<StationOverview::Entry>& entries, int total,
                                       bool showCaseworker, QWidget* parent)
    : QDialog(parent), m_heading(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("overviewListDialog"));
    m_tree->setObjectName(QStringLiteral("overviewListTreeWidget"));
    setWindowTitle(heading);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_heading->setText(heading + QStringLiteral(" · ") +
                       (total > entries.size() ? tr("the first %1 of %2").arg(entries.size()).arg(total)
                                               : tr("%n in all", nullptr, total)));
    auto* hint =
        new QLabel((note.isEmpty() ? QString() : note + QLatin1Char(' ')) +
                       tr("Double-click a line, or select it and press Enter, to open the household's file."),
                   this);
    hint->setWordWrap(true);

    enum Column
    {
        Household,
        Head,
        Village,
        Caseworker,
        What,
        Days,
        ColumnCount
    };
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Household no."), tr("Head of household"), tr("Village"), tr("Caseworker"),
                             tr("What"), daysHeader});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setWordWrap(false);
    m_tree->setColumnHidden(Caseworker, !showCaseworker);
    m_tree->setColumnHidden(Days, daysHeader.isEmpty());
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    // Measured in bold: the urgent lines are bold, and the household number has an icon before it.
    QFont boldFont = m_tree->font();
    boldFont.setBold(true);
    const QFontMetrics fm(boldFont);
    const auto fit = [&](int column, const QString& sample) {
        m_tree->setColumnWidth(column, std::max(fm.horizontalAdvance(m_tree->headerItem()->text(column)),
                                                fm.horizontalAdvance(sample)) +
                                           (column == Household ? 48 : 24));
    };
    fit(Household, QStringLiteral("37132115014-001192"));
    fit(Head, QStringLiteral("欧阳小明"));
    fit(Village, QStringLiteral("李家庄村"));
    fit(Caseworker, QStringLiteral("欧阳小明"));
    fit(Days, QStringLiteral("0000"));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const StationOverview::Entry& e : entries) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(0, kIdRole, e.householdId);
        item->setText(Household, e.householdNo);
        item->setText(Head, e.headName);
        item->setText(Village, e.village);
        item->setText(Caseworker, e.caseworker.isEmpty() ? tr("(none)") : e.caseworker);
        item->setText(What, e.what);
        item->setToolTip(What, e.what);
        if (e.days >= 0)
            item->setText(Days, QString::number(e.days));
        item->setTextAlignment(Days, Qt::AlignRight | Qt::AlignVCenter);
        if (e.urgent) {
            item->setIcon(Household, warning);
            QFont f = item->font(What);
            f.setBold(true);
            for (int c = 0; c < ColumnCount; ++c) {
                item->setForeground(c, kUrgent);
                item->setFont(c, f);
            }
        }
    }
    // The first line is current (Enter opens it) but not highlighted, so its red stays readable.
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto* open = buttons->addButton(tr("&Open household"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openHouseholdButton"));
    open->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto openCurrent = [this] {
        if (QTreeWidgetItem* item = m_tree->currentItem()) {
            const QString id = item->data(0, kIdRole).toString();
            if (!id.isEmpty())
                emit openRequested(id);
        }
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, openCurrent);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(showCaseworker ? 1000 : 900, 480);
}

} // namespace ff
