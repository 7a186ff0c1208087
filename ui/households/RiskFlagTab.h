// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/records/RecordTab.h"

#include <QHash>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ff {

class CodeChoiceBox;
class DateField;
class NoticeLabel;
class RecordTableModel;

/// The household file's "Risk flags" tab: the household's flags, raising a new one, recording the
/// report of the selected one (the mandatory report of a child-protection concern) and closing it
/// with a note. Each action is saved at once, apart from the household form.
class RiskFlagTab : public RecordTab
{
    Q_OBJECT

public:
    RiskFlagTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    /// Marked while the household has an open risk (the banner's).
    QString tabLabel() const override;
    NoticeLabel* notice() const { return m_notice; }
    QTableView* table() const { return m_table; }

public slots:
    void raiseFlag();
    void recordReport();
    void closeSelected();

protected:
    void load() override;

private:
    /// The row of the flag chosen in the list, or -1.
    int selectedRow() const;
    void selectionChanged();

    RecordTableModel* m_model;
    /// The members' names by id, for whom a flag is about.
    QHash<QString, QString> m_names;
    /// The flag whose report and closing the right-hand form shows.
    QString m_shownFlag;
    QTableView* m_table;
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
