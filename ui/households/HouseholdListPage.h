// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ff {

class Database;

class HouseholdListModel;
class LazyChoiceBox;

/// The caseload: a search box, filters and the lazy household list.
class HouseholdListPage : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdListPage(Database& db, QWidget* parent = nullptr);

    /// The list, read from the database first if it has not been yet (see isRead()).
    HouseholdListModel* model() const;
    QTableView* view() const;
    /// Whether the list has been read: it is when the page is first shown, or when it is asked
    /// for (model(), view(), a search); not at a start that opens on another page.
    bool isRead() const;
    QLineEdit* searchEdit() const { return m_search; }
    /// The household of the current row, or empty.
    QString currentHouseholdId() const;
    /// The households of the selected rows (the current one when none is selected).
    QStringList selectedHouseholdIds() const;

    /// Re-reads the list (after an edit) and selects the given household if it is shown.
    void refresh(const QString& select = {});
    /// Runs a search still waiting for the typing to pause, now (before Fieldfile locks).
    void applyPendingSearch();
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void openRequested(const QString& householdId);
    void selectionChanged();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    /// Enter or Down in the search box goes on to the results.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    /// Moves the keyboard from the search box into the results, on the first hit unless a row is
    /// already current; stays in the search box when nothing matches.
    void enterResults();
    void fillFilterChoices();
    /// The village filter's choices: a query over every household, run when they are first needed.
    void fillVillages();
    void retranslate();
    void updateCount();
    /// Sets the list's view up and reads the list, if not done yet.
    void ensureRead() const;
    /// The table's model, columns and their widths (text measured), made when the list is first
    /// shown or asked for: a start that opens on another page does without them.
    void setUpView();

    HouseholdListModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    LazyChoiceBox* m_village;
    QComboBox* m_status;
    QComboBox* m_group;
    QComboBox* m_risk;
    QLabel* m_searchLabel;
    QLabel* m_count;
    QTimer* m_debounce;
    bool m_viewSetUp = false;
    QByteArray m_headerState; ///< the columns restored before the view was set up
};

} // namespace ff
