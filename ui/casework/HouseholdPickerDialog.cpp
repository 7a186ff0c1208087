// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/HouseholdPickerDialog.h"

#include "core/db/Database.h"
#include "core/records/HouseholdListQuery.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ff {

namespace {
constexpr int kShown = 300;
}

HouseholdPickerDialog::HouseholdPickerDialog(Database& db, const QStringList& alreadyChosen, QWidget* parent)
    : QDialog(parent), m_db(db), m_already(alreadyChosen), m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_count(new QLabel(this))
{
    setWindowTitle(tr("Choose households"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_list->setObjectName(QStringLiteral("householdListWidget"));
    m_search->setPlaceholderText(tr("Name, pinyin initials (zw), ID number, household number or village"));
    m_search->setClearButtonEnabled(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add chosen"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, &HouseholdPickerDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &HouseholdPickerDialog::search);
    connect(m_list, &QListWidget::itemChanged, this, &HouseholdPickerDialog::toggled);
    search();
    resize(560, 520);
}

void HouseholdPickerDialog::search()
{
    HouseholdListQuery query(m_db);
    HouseholdFilter filter;
    filter.search = m_search->text().trimmed();
    query.setFilter(filter);
    query.setSort(HouseholdListQuery::Village, Qt::AscendingOrder);
    const int total = query.count();
    const QList<HouseholdRow> rows = query.page(0, kShown);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const HouseholdRow& r : rows) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 · %2 · %3")
                                    .arg(r.village, r.head.isEmpty() ? tr("(no head)") : r.head, r.number),
                                m_list);
        item->setData(Qt::UserRole, r.id);
        if (m_already.contains(r.id)) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(Qt::Checked);
            item->setToolTip(tr("Already in the session"));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_order.contains(r.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_count->setText(
        total > rows.size()
            ? tr("Showing %1 of %2 households; type to narrow the list.").arg(rows.size()).arg(total)
            : tr("%n household(s).", nullptr, int(rows.size())) + QLatin1Char(' ') +
                  tr("%n chosen.", nullptr, int(m_order.size())));
}

void HouseholdPickerDialog::toggled(QListWidgetItem* item)
{
    const QString id = item->data(Qt::UserRole).toString();
    if (item->checkState() == Qt::Checked && !m_order.contains(id))
        m_order.append(id);
    else if (item->checkState() != Qt::Checked)
        m_order.removeAll(id);
}

} // namespace ff
