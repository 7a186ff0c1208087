// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schema/Authority.h"

#include "core/journal/Session.h"

#include <QWidget>

class QTableView;

namespace ff {

class Database;
class RecordTableModel;
struct RecordType;

/// The base of a household file's tab that lists one household's records of one kind (a record
/// type of RecordTypes) and records new ones with its own buttons, each saved at once, apart from
/// the household form. It knows the household, the person acting (the session: their role and
/// today) and the database, which it only passes on to repositories; what the person may not do
/// it disables by the authority rule. The household file shows every such tab the same way: its
/// label, what needs attention in red, disabled until a new household is saved.
class RecordTab : public QWidget
{
    Q_OBJECT

public:
    /// A tab of `recordType`'s records, a name RecordTypes knows.
    RecordTab(const QString& recordType, Database& db, const Session& session, QWidget* parent = nullptr);

    const RecordType& recordType() const { return *m_type; }
    const QString& householdId() const { return m_householdId; }
    /// Shows the records of `householdId`; empty is a new household not saved yet, whose tab is
    /// disabled and says so.
    void setHousehold(const QString& householdId);

    /// The tab's name ("Referrals").
    virtual QString title() const = 0;
    /// The tab's label: its title, saying what needs attention when something does ("Plan (2 overdue)").
    virtual QString tabLabel() const { return title(); }
    /// How many records the tab lists, as last loaded.
    int count() const { return m_count; }
    /// How many of them need attention (overdue, open), as last loaded.
    int attentionCount() const { return m_attention; }
    /// Whether text was typed on the tab and not yet recorded with its buttons: it would go with the
    /// window. By default any enabled text box of the tab that is not empty.
    virtual bool hasUnrecordedText() const;

public slots:
    /// Reads the household's records again.
    void reload();

signals:
    /// A record was saved from this tab: the rest of the file may show it too.
    void changed();
    /// The number of records needing attention changed.
    void attentionChanged(int count);

protected:
    /// Shows the household's records; calls setCounts().
    virtual void load() = 0;
    /// What load() found: records listed, and those needing attention.
    void setCounts(int count, int attention);
    /// After a record was saved from the tab: shows it, and tells the file (changed()).
    void recordSaved();

    Database& db() const { return m_db; }
    const Session& session() const { return m_session; }
    /// The authority rule for the person acting, on this tab's records or `type`'s.
    Authority::Verdict mayCreate() const { return mayCreate(*m_type); }
    Authority::Verdict mayRemove() const { return mayRemove(*m_type); }
    Authority::Verdict mayChange(const QString& field) const { return mayChange(*m_type, field); }
    Authority::Verdict mayCreate(const RecordType& type) const;
    Authority::Verdict mayRemove(const RecordType& type) const;
    Authority::Verdict mayChange(const RecordType& type, const QString& field) const;
    /// Enables `control` when it applies now and the authority rule lets the person use it; when
    /// the rule does not, disables it and says why in its tooltip (its own tooltip otherwise).
    static void permit(QWidget* control, bool applies, const Authority::Verdict& verdict);

    /// A list of `model`'s records as every tab shows one: whole rows selected, one at a time,
    /// nothing edited in place, no row numbers, no wrapping.
    QTableView* makeView(RecordTableModel* model, const QString& objectName);
    /// Enter on a list made by makeView() opens its record (activated()) and goes no further: the
    /// household file's default button (Save, which closes the file) does not also get it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const RecordType* m_type;
    Database& m_db;
    Session m_session;
    QString m_householdId;
    int m_count = 0;
    int m_attention = 0;
};

} // namespace ff
