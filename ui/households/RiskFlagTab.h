// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ff {

class CodeChoiceBox;
class Database;
class DateField;
class NoticeLabel;

/// The household file's "Risk flags" tab: the household's flags, raising a new one, recording the
/// report of the selected one (the mandatory report of a child-protection concern) and closing it
/// with a note. Each action is saved at once, apart from the household form.
class RiskFlagTab : public QWidget
{
    Q_OBJECT

public:
    RiskFlagTab(Database& db, const Session& session, QWidget* parent = nullptr);

    void setHousehold(const QString& householdId);
    NoticeLabel* notice() const { return m_notice; }

public slots:
    void raiseFlag();
    void recordReport();
    void closeSelected();

signals:
    /// A flag was raised, reported or closed.
    void changed();

private:
    void reload();
    void selectionChanged();

    Database& m_db;
    Session m_session;
    QString m_householdId;
    QStringList m_ids;
    QList<bool> m_open;
    QTableWidget* m_table;
    NoticeLabel* m_notice;
    CodeChoiceBox* m_type;
    CodeChoiceBox* m_severity;
    QComboBox* m_member;
    QPlainTextEdit* m_description;
    QPushButton* m_raise;
    QLineEdit* m_reportedTo;
    DateField* m_reportedOn;
    QPushButton* m_report;
    QPlainTextEdit* m_closingNote;
    QPushButton* m_close;
};

} // namespace ff
