// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/HouseholdFile.h"

#include <functional>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ff {

class Database;
class HouseholdForm;
class MemberDialog;
class MembersPage;
class MemberTableModel;
class RecordTab;
class RiskBanner;

/// The household file: the household's fields and its members, saved together through the journal
/// when the user presses Save, and only if everything is valid; then a tab for each kind of record
/// the household has (RecordTab), each saved as its entries are.
class HouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    /// Makes the tab of one kind of record.
    using TabFactory = std::function<RecordTab*(Database& db, const Session& session, QWidget* parent)>;

    /// Opens the file of `householdId`, or a new household when it is empty.
    HouseholdDialog(Database& db, const Session& session, const QString& householdId,
                    QWidget* parent = nullptr);

    /// The tabs of the household's records, in the order the file shows them after the household's
    /// own pages: a new kind of record is one line there.
    static QList<TabFactory> registerTabs();

    QString householdId() const { return m_file.household.value(QStringLiteral("id")).toString(); }
    /// What the last failed save said (for tests).
    QString errorText() const;
    /// The households this one may already be, as the last Save showed them (empty: none).
    QStringList duplicateWarnings() const { return m_duplicatesShown; }
    MemberTableModel* members() const;
    /// Whether a record was saved from a tab while the file was open (each is saved at once,
    /// whether or not the household form is saved).
    bool recordsChanged() const { return m_recordsChanged; }

    /// Shows the tab of `recordType`'s records (a plan goal's: the plan); false when the file has
    /// none (the household's own records: the first tab stays).
    bool showRecordsOf(const QString& recordType);
    /// The tab on show (for tests).
    QWidget* currentTab() const;

    /// Member dialogs are opened through this hook, so tests can fill them in.
    static void setMemberDialogHook(std::function<void(MemberDialog&)> hook);

public slots:
    void save();
    /// Closes without saving, after asking when something was changed.
    void reject() override;
    void showHistory();
    /// Opens the side-by-side conflict view for this file, then shows what it settled.
    void resolveConflicts();

private:
    /// Shows the households already on file that this one (or the members added) may be, and
    /// says whether it did: Save then stops once, and files it when pressed again.
    bool warnOfDuplicates(const HouseholdFile& file);
    void load();
    /// Shows the household's records on every tab (none yet for a new household: disabled).
    void showRecords();
    /// A record was saved from `source`: the other tabs, the banner, the needs and the household's
    /// own values that records change follow.
    void recordSaved(RecordTab* source);
    /// The tab's label, marked the same way on every tab when something needs attention.
    void showLabel(RecordTab* tab);
    void updateHeader();
    /// The tabs with text typed and not yet recorded by their own buttons.
    QStringList unrecordedText() const;
    HouseholdFile collect() const;
    void setUpConflictBar();

    Database& m_db;
    Session m_session;
    HouseholdFile m_file;
    /// What the form held when it was opened or last saved, to notice unsaved edits.
    HouseholdFile m_loaded;

    /// Whose file this is, at a glance on every tab: head, place, status, size.
    QLabel* m_header;
    QLabel* m_errors;
    /// Duplicate candidates shown by the last Save: a second Save with the same ones files anyway.
    QStringList m_duplicatesShown;
    /// Names the fields in conflict, with a button to the conflict view; hidden when there are none.
    QWidget* m_conflictBar;
    QLabel* m_conflictText;
    QTabWidget* m_tabs;
    HouseholdForm* m_form;
    MembersPage* m_members;
    QList<RecordTab*> m_recordTabs;
    QPushButton* m_historyButton;
    QDialogButtonBox* m_buttons;
    RiskBanner* m_riskBanner;
    bool m_recordsChanged = false;
};

} // namespace ff
