// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/records/RecordTab.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ff {

class NoticeLabel;
class RecordTableModel;

/// The household file's "Referrals" tab: the household's referrals with overdue follow-ups in red
/// and counted, sending a new referral (with the household's consent), and recording the next step
/// of the selected one. Each action is saved at once, apart from the household form.
class ReferralTab : public RecordTab
{
    Q_OBJECT

public:
    ReferralTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    QString tabLabel() const override;
    NoticeLabel* notice() const { return m_notice; }
    QTableView* table() const { return m_table; }
    /// Referrals whose follow-up is overdue, as last shown.
    int overdueCount() const { return attentionCount(); }

public slots:
    void send();
    void recordStep();
    /// Moves the follow-up date of the selected referral.
    void changeFollowUp();

protected:
    void load() override;

private:
    /// The row of the referral chosen in the list, or -1.
    int selectedRow() const;
    void selectionChanged();

    RecordTableModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
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
