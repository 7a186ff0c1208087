// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/HouseholdFile.h"
#include "ui/records/RecordTab.h"

#include <functional>
#include <QDate>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ff {

class AssessmentWindow;
class RecordTableModel;
struct Assessment;
struct FormSubject;

/// The household file's list of assessments: form, for whom, date, draft or submitted and form
/// version; starts a new one for the household or a member and opens existing ones (drafts to
/// edit, submitted ones to read).
/// An assessment saved or submitted is a change of the file (its identified needs may change).
class AssessmentsTab : public RecordTab
{
    Q_OBJECT

public:
    AssessmentsTab(Database& db, const Session& session, QWidget* parent = nullptr);

    /// Assessment windows are run through this hook when it is set, so tests can fill them in.
    static void setWindowHook(std::function<void(AssessmentWindow&)> hook);
    QString title() const override;
    QTableView* table() const { return m_table; }

public slots:
    /// Starts an assessment with the newest form, for whom the "for" box says.
    void newAssessment();
    void openSelected();

protected:
    void load() override;

private:
    void run(const Assessment& assessment);
    /// Whom an assessment is for, with the member's facts on the day `on`.
    FormSubject subjectFor(const QString& memberId, QDate on) const;
    /// The totals of an assessment as the list shows them ("60/100 Moderately dependent"), each
    /// computed from its answers as the form adds them; empty when the form has none or an item
    /// is still unanswered.
    QString scoreText(const Assessment& assessment) const;

    HouseholdFile m_file;
    RecordTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_forWhom;
    QPushButton* m_newButton;
    QPushButton* m_openButton;
    QLabel* m_note;
};

} // namespace ff
