// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/TempDatabase.h"

#include <functional>
#include <memory>
#include <QDialog>
#include <QList>
#include <QString>
#include <QTemporaryDir>

namespace ff::test {

/// A demo caseload with its fullest household made fuller still: the most members, three open risk
/// flags (one a child-protection concern not yet reported).
class DialogCaseload
{
public:
    DialogCaseload();
    Database& db() { return m_db.db(); }
    Session session() const;
    /// The household with the most members, at risk.
    QString riskyHousehold() const { return m_risky; }
    QString profilesFolder() const { return m_profiles.path(); }

private:
    TempDatabase m_db;
    QTemporaryDir m_profiles;
    QString m_risky;
};

/// One dialog of the app, made (and shown) the way the app opens it.
struct AppDialog
{
    QString name;
    std::function<std::unique_ptr<QDialog>()> make;
};

/// Every dialog under ui/, on `caseload`: the household file (new, on file, at risk, on each of its
/// tabs), the member, visit, plan, service, assessment, history, conflict, assign, sync, profile,
/// station and overview dialogs.
QList<AppDialog> everyDialog(DialogCaseload& caseload);

} // namespace ff::test
