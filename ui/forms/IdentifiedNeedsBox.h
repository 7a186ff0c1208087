// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"

#include "core/forms/IdentifiedNeeds.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace ff {

class Database;

/// The household overview's "Identified needs" box: each need the submitted assessments identify,
/// with its service category, for whom and from which assessment.
class IdentifiedNeedsBox : public QGroupBox
{
    Q_OBJECT

public:
    IdentifiedNeedsBox(Database& db, const Session& session, const QString& householdId,
                       QWidget* parent = nullptr);

    const QList<IdentifiedNeed>& needs() const { return m_needs; }
    QTableWidget* table() const { return m_table; }

public slots:
    void reload();

private:
    Database& m_db;
    Session m_session;
    QString m_householdId;
    QList<IdentifiedNeed> m_needs;
    QTableWidget* m_table;
    QLabel* m_empty;
};

} // namespace ff
