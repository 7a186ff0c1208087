// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/VisitRepository.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace ff {

class Database;

/// Planned and done visits of the household, and when the next one is due by the visit rules.
class VisitsTab : public QWidget
{
    Q_OBJECT

public:
    VisitsTab(Database& db, const Session& session, const QString& householdId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString dueText() const;

public slots:
    void reload();
    void planVisit();
    void recordVisit();
    void editCurrent();
    void removeCurrent();

signals:
    /// A visit changed the household's last visit date (already saved).
    void lastVisitChanged(QDate date);

private:
    void edit(const Visit& visit);
    QDate storedLastVisit() const;

    Database& m_db;
    Session m_session;
    QString m_householdId;
    QList<Visit> m_visits;
    QLabel* m_due;
    QTableWidget* m_table;
};

} // namespace ff
