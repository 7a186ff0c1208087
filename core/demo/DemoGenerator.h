// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <functional>
#include <QCoreApplication>

namespace ff {

class Database;

/// Fills a database with a realistic, invented caseload of one county: Chinese names with their
/// real frequency of surnames, townships and villages, assistance statuses, members of every age
/// with valid ID numbers, special groups and risk markers.
///
/// The same seed and size always give the same households, members and ids. Every record is
/// written through the journal writer, so demo data has history and replays like real data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int households = 2000;
        quint32 seed = 20261122;
        /// Households per transaction; larger is faster, smaller shows progress more often.
        int batch = 250;
    };
    /// Called after each batch with (done, total); return false to stop early.
    using Progress = std::function<bool(int, int)>;

    [[nodiscard]] static Status generate(Database& db, const Options& options, const Progress& progress = {});

    /// The caseworker name the demo writes as, stored as the database's user.
    static QString demoCaseworker();
};

} // namespace ff
