// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/AssignDialog.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/records/HouseholdRepository.h"
#include "core/sync/DeviceSync.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

namespace {
/// The caseworkers the households on this laptop name, for a laptop the county has listed none for.
QStringList namedCaseworkers(Database& db)
{
    QStringList names;
    Query q(db);
    if (q.exec(
            QStringLiteral("SELECT DISTINCT caseworker FROM household WHERE deleted = 0 AND caseworker <> ''"
                           " ORDER BY caseworker"))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}
} // namespace

AssignDialog::AssignDialog(Database& db, const Session& session, const QStringList& householdIds,
                           QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_householdIds(householdIds),
      m_caseworkers(new QComboBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Assign to caseworker"));
    const HouseholdRepository repo(db);
    QStringList names;
    for (const QString& id : householdIds) {
        const QString number = repo.value(id, QStringLiteral("household_no")).toString();
        if (names.size() < 3)
            names.append(number);
    }
    const int n = int(householdIds.size());
    auto* what =
        new QLabel(n == 1 ? tr("Household %1").arg(names.value(0))
                          : tr("%n household(s): %1", nullptr, n)
                                .arg(names.join(tr(", ")) + (n > names.size() ? tr(" …") : QString())),
                   this);
    what->setWordWrap(true);

    const QList<DeviceSync::Assignee> assignees = DeviceSync(db).assignees();
    const bool county = m_session.role() == Role::County;
    for (const DeviceSync::Assignee& a : assignees)
        m_caseworkers->addItem(county && !a.station.isEmpty() ? tr("%1 (%2)").arg(a.name, a.station) : a.name,
                               a.name);
    if (assignees.isEmpty()) {
        for (const QString& name : namedCaseworkers(db))
            m_caseworkers->addItem(name, name);
    }
    auto* note = new QLabel(tr("The households move to that caseworker's laptop after this laptop and the "
                               "county have synced; the county checks that the caseworker is one of the "
                               "station's."),
                            this);
    note->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Caseworker:"), this);
    label->setBuddy(m_caseworkers);
    form->addRow(label, m_caseworkers);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_caseworkers->count() > 0);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void AssignDialog::accept()
{
    const QString caseworker = m_caseworkers->currentData().toString();
    if (Status s = HouseholdRepository(m_db, m_session).assign(m_householdIds, caseworker, &m_changed); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ff
