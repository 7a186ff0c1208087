// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <functional>
#include <QCoreApplication>
#include <QDate>

namespace ff {

class Database;

/// Fills a database with a realistic, invented caseload of one county: Chinese names with their
/// real frequency of surnames, townships and villages, assistance statuses, members of every age
/// with valid ID numbers, special groups and risk markers — and the casework done with them before
/// `today` (DemoCasework): visits, needs assessments, plans, services, referrals, risk flags and
/// status reviews.
///
/// The same seed, size and today always give the same records and ids. Every record is written
/// through the journal writer (the casework through the real repositories), so demo data has
/// history and replays like real data.
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
        /// The day the demo is seen on: ages, visits and every dated record are relative to it, and
        /// nothing that happened is dated after it. Tests pass a fixed day.
        QDate today = QDate::currentDate();
        /// Whether to write the casework history; without it a household only carries the date of
        /// its last visit.
        bool casework = true;
    };
    /// Called now and then with (done, total) steps of work (total stays the same during a run);
    /// return false to stop early.
    using Progress = std::function<bool(int, int)>;

    [[nodiscard]] static Status generate(Database& db, const Options& options, const Progress& progress = {});

    /// The caseworker name the demo writes as, stored as the database's user.
    static QString demoCaseworker();
};

} // namespace ff
