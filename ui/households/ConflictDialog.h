// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/ConflictReader.h"
#include "core/journal/Session.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QListWidget;
class QWidget;

namespace ff {

class Database;

/// Shows each field of a household that two people changed without seeing each other's edit,
/// side by side with who, on which device and when, and lets the person keep one value or write
/// a new one. The choice is a resolution change in the journal and syncs like any edit.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(Database& db, const Session& session, const QString& householdId,
                   QWidget* parent = nullptr);
    int remaining() const { return int(m_conflicts.size()); }

public slots:
    /// Resolves the shown conflict with side `index`'s value.
    void keep(int index);
    void useNewValue(const QVariant& value);

private:
    void reload();
    void showConflict(int row);
    void resolve(const QVariant& value);

    Database& m_db;
    Session m_session;
    QString m_householdId;
    QList<FieldConflict> m_conflicts;
    QListWidget* m_list;
    QWidget* m_sides;
    QGridLayout* m_grid;
    QLabel* m_empty;
};

} // namespace ff
