// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/VisitRepository.h"
#include "ui/records/RecordTab.h"

#include <QHash>

class QLabel;
class QTableView;

namespace ff {

class RecordTableModel;

/// Planned and done visits of the household, and when the next one is due by the visit rules. A
/// visit saved moves the household's last visit (the household form shows it).
class VisitsTab : public RecordTab
{
    Q_OBJECT

public:
    VisitsTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    QTableView* table() const { return m_table; }
    QString dueText() const;

public slots:
    void planVisit();
    void recordVisit();
    void editCurrent();
    void removeCurrent();

protected:
    void load() override;

private:
    void edit(const Visit& visit);
    /// The rule, in words, and how this household stands.
    QString due() const;

    QList<Visit> m_visits;
    /// The members' names by id, for whom a visit met.
    QHash<QString, QString> m_names;
    RecordTableModel* m_model;
    QLabel* m_due;
    QTableView* m_table;
};

} // namespace ff
