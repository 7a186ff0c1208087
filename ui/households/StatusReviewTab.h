// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/records/RecordTab.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ff {

class CodeChoiceBox;
class NoticeLabel;
class RecordTableModel;

/// The household file's "Status review" tab: the household's proposals to enter, change or leave
/// an assistance status with the decision chain of each (proposed, recommended or returned by the
/// station supervisor, confirmed or refused by the county), a new proposal, and the next step on
/// the selected one for whoever takes it. Each action is saved at once, apart from the household
/// form.
class StatusReviewTab : public RecordTab
{
    Q_OBJECT

public:
    StatusReviewTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    NoticeLabel* notice() const { return m_notice; }
    QTableView* table() const { return m_table; }

public slots:
    void propose();
    void decide();

private slots:
    /// Shows the selected proposal's chain and the step it waits for, open to whoever takes it.
    void showStep();

protected:
    void load() override;

private:
    RecordTableModel* m_model;
    QTableView* m_table;
    NoticeLabel* m_notice;
    CodeChoiceBox* m_proposed;
    QPlainTextEdit* m_reasons;
    QPlainTextEdit* m_evidence;
    QPushButton* m_propose;
    QGroupBox* m_decisionBox;
    QComboBox* m_decision;
    QLineEdit* m_comment;
    QPushButton* m_decide;
    QLabel* m_authorityNote;
    /// The selected proposal's chain: proposed, the station's step, the county's.
    QLabel* m_chain;
    QLabel* m_commentLabel;
    /// Whether the selected proposal waits for the county (else for the station supervisor).
    bool m_countyStep = false;
};

} // namespace ff
