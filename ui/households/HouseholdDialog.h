// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"
#include "core/records/HouseholdFile.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace ff {

class CodeChecklist;
class CodeChoiceBox;
class Database;
class MemberTableModel;
class ReferralTab;
class RiskBanner;
class RiskFlagTab;
class StatusReviewTab;

/// The household file: the household's fields and its members, saved together through the journal
/// when the user presses Save, and only if everything is valid.
class HouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens the file of `householdId`, or a new household when it is empty.
    HouseholdDialog(Database& db, const Session& session, const QString& householdId,
                    QWidget* parent = nullptr);

    QString householdId() const { return m_file.household.value(QStringLiteral("id")).toString(); }
    /// What the last failed save said (for tests).
    QString errorText() const;
    MemberTableModel* members() const { return m_members; }
    /// Whether a referral, risk flag or status review was saved while the file was open (each is
    /// saved at once, whether or not the household form is saved).
    bool recordsChanged() const { return m_recordsChanged; }

    /// Member dialogs are opened through this hook, so tests can fill them in.
    static void setMemberDialogHook(std::function<void(class MemberDialog&)> hook);

public slots:
    void save();
    /// Closes without saving, after asking when something was changed.
    void reject() override;
    void addMember();
    void editMember();
    void removeMember();
    void showHistory();
    /// Opens the side-by-side conflict view for this file, then shows what it settled.
    void resolveConflicts();

private:
    /// The tabs with text typed and not yet recorded by their own buttons.
    QStringList unrecordedText() const;
    void load();
    /// Plan, service logs and visits: their own widgets, saved as each entry is (not by Save).
    void addServiceTabs();
    HouseholdFile collect() const;
    void markInvalid(const QList<ValidationIssue>& issues);
    /// Referrals, risk flags and status reviews, likewise saved as each action is.
    void addCaseworkTabs();
    void updateCaseworkTabs();
    bool runMemberDialog(class MemberDialog& dialog);

    Database& m_db;
    Session m_session;
    HouseholdFile m_file;
    /// What the form held when it was opened or last saved, to notice unsaved edits.
    HouseholdFile m_loaded;

    /// Whose file this is, at a glance on every tab: head, place, status, size.
    QLabel* m_header;
    QLabel* m_errors;
    /// Names the fields in conflict, with a button to the conflict view; hidden when there are none.
    QWidget* m_conflictBar;
    QLabel* m_conflictText;
    QTabWidget* m_tabs;
    QLineEdit* m_number;
    CodeChoiceBox* m_status;
    QLineEdit* m_county;
    QLineEdit* m_township;
    QLineEdit* m_village;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    CodeChoiceBox* m_housing;
    QSpinBox* m_income;
    QCheckBox* m_relocated;
    QLineEdit* m_caseworker;
    QLineEdit* m_station;
    QDateEdit* m_lastVisit;
    CodeChecklist* m_causes;
    CodeChecklist* m_sources;
    QPlainTextEdit* m_notes;
    MemberTableModel* m_members;
    QTableView* m_memberView;
    QPushButton* m_historyButton;
    QDialogButtonBox* m_buttons;
    RiskBanner* m_riskBanner;
    ReferralTab* m_referralTab;
    RiskFlagTab* m_riskTab;
    StatusReviewTab* m_reviewTab;
    bool m_recordsChanged = false;
};

} // namespace ff
