// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ff {

class CodeChoiceBox;
class Database;
class NoticeLabel;

/// The household file's "Status review" tab: the household's proposals to enter, change or leave
/// an assistance status, a new proposal, and — for a supervisor or county user only — the
/// decision on the selected one. Each action is saved at once, apart from the household form.
class StatusReviewTab : public QWidget
{
    Q_OBJECT

public:
    StatusReviewTab(Database& db, const Session& session, QWidget* parent = nullptr);

    void setHousehold(const QString& householdId);
    NoticeLabel* notice() const { return m_notice; }

public slots:
    void propose();
    void decide();

signals:
    /// A review was proposed or decided; an approval changed the household's status.
    void changed();

private:
    void reload();

    Database& m_db;
    Session m_session;
    QString m_householdId;
    QStringList m_ids;
    QTableWidget* m_table;
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
};

} // namespace ff
