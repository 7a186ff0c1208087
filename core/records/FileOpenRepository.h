// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ff {

class Database;

/// Who opened a household's file, and when: one `file_open` record per opening, journaled like
/// every record, so it reaches the county with the next sync and the county can answer "who
/// looked at this file". Never changed or removed (the authority rule).
class FileOpenRepository
{
    Q_DECLARE_TR_FUNCTIONS(FileOpenRepository)

public:
    struct Opening
    {
        QString by;
        QDateTime at;
    };

    FileOpenRepository(Database& db, const Session& session);

    /// Records that the session's person opened the household's file now.
    [[nodiscard]] Status record(const QString& householdId);
    /// Every opening of the household's file, newest first.
    QList<Opening> openings(const QString& householdId) const;

private:
    Database& m_db;
    Session m_session;
};

} // namespace ff
