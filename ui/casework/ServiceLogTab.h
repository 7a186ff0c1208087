// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/ServiceLogRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ff {

class Database;

/// The services given to the household, newest first; a group or community session appears here
/// and in every other household's file that took part. Entries are saved when their dialog is. A
/// follow-up date that passed with no service since stands out in red and is counted.
class ServiceLogTab : public QWidget
{
    Q_OBJECT

public:
    ServiceLogTab(Database& db, const Session& session, const QString& householdId,
                  QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<ServiceLog>& logs() const { return m_logs; }
    /// Follow-ups whose date passed with no service since (ServiceLogRepository::overdueFollowUps).
    int overdueCount() const { return m_overdue; }

signals:
    void overdueChanged(int overdue);

public slots:
    void reload();
    void addService();
    void editCurrent();
    void removeCurrent();

private:
    Database& m_db;
    Session m_session;
    QString m_householdId;
    QList<ServiceLog> m_logs;
    int m_overdue = 0;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace ff
