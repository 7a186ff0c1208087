// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ff {

class Database;
class NoticeLabel;

/// The household file's "Referrals" tab: the household's referrals with overdue follow-ups in red
/// and counted, sending a new referral (with the household's consent), and recording the next step
/// of the selected one. Each action is saved at once, apart from the household form.
class ReferralTab : public QWidget
{
    Q_OBJECT

public:
    ReferralTab(Database& db, const Session& session, QWidget* parent = nullptr);

    void setHousehold(const QString& householdId);
    NoticeLabel* notice() const { return m_notice; }
    /// Referrals whose follow-up is overdue, as last shown.
    int overdueCount() const { return m_overdue; }

public slots:
    void send();
    void recordStep();
    /// Moves the follow-up date of the selected referral.
    void changeFollowUp();

signals:
    void changed();

private:
    void reload();

    Database& m_db;
    Session m_session;
    QString m_householdId;
    QStringList m_ids;
    int m_overdue = 0;
    QLabel* m_summary;
    QTableWidget* m_table;
    NoticeLabel* m_notice;
    QComboBox* m_agency;
    QLineEdit* m_reason;
    QCheckBox* m_consent;
    QCheckBox* m_mandatory;
    QDateEdit* m_consentOn;
    QDateEdit* m_followUp;
    QLineEdit* m_sentNote;
    QPushButton* m_send;
    QComboBox* m_step;
    QDateEdit* m_stepOn;
    QLineEdit* m_stepNote;
    QPushButton* m_record;
    QDateEdit* m_nextFollowUp;
    QPushButton* m_changeFollowUp;
};

} // namespace ff
