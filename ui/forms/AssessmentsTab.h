// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/HouseholdFile.h"

#include <functional>
#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ff {

class AssessmentWindow;
class Database;
struct Assessment;
struct FormSubject;

/// The household file's list of assessments: form, for whom, date, draft or submitted and form
/// version; starts a new one for the household or a member and opens existing ones (drafts to
/// edit, submitted ones to read).
class AssessmentsTab : public QWidget
{
    Q_OBJECT

public:
    AssessmentsTab(Database& db, const Session& session, const QString& householdId,
                   QWidget* parent = nullptr);

    /// Assessment windows are run through this hook when it is set, so tests can fill them in.
    static void setWindowHook(std::function<void(AssessmentWindow&)> hook);
    QTableWidget* table() const { return m_table; }

public slots:
    void reload();
    /// Starts an assessment with the newest form, for whom the "for" box says.
    void newAssessment();
    void openSelected();

signals:
    /// An assessment was saved or submitted (the household's identified needs may have changed).
    void assessmentsChanged();

private:
    void run(const Assessment& assessment);
    /// Whom an assessment is for, with the member's facts on the day `on`.
    FormSubject subjectFor(const QString& memberId, QDate on) const;

    Database& m_db;
    Session m_session;
    QString m_householdId;
    HouseholdFile m_file;
    QTableWidget* m_table;
    QComboBox* m_forWhom;
    QPushButton* m_newButton;
    QPushButton* m_openButton;
    QLabel* m_note;
};

} // namespace ff
