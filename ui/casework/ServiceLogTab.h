// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/ServiceLogRepository.h"
#include "ui/records/RecordTab.h"

#include <QHash>

class QLabel;
class QTableView;

namespace ff {

class RecordTableModel;

/// The services given to the household, newest first; a group or community session appears here
/// and in every other household's file that took part. Entries are saved when their dialog is. A
/// follow-up date that passed with no service since stands out in red and is counted.
class ServiceLogTab : public RecordTab
{
    Q_OBJECT

public:
    ServiceLogTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    QString tabLabel() const override;
    QTableView* table() const { return m_table; }
    const QList<ServiceLog>& logs() const { return m_logs; }
    /// Follow-ups whose date passed with no service since (ServiceLogRepository::overdueFollowUps).
    int overdueCount() const { return attentionCount(); }

public slots:
    void addService();
    void editCurrent();
    void removeCurrent();

protected:
    void load() override;

private:
    QList<ServiceLog> m_logs;
    /// The members' names by id, for the members involved.
    QHash<QString, QString> m_names;
    RecordTableModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
};

} // namespace ff
