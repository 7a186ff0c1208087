// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ff {

/// Installs the projections of the records (the household summary and search keys, the case notes'
/// word index) for every applier of the program (core/journal/Projection.h), and the SQL functions
/// the migrations' data fixes of derived columns call (core/db/SqlFunctions.h). Each program calls
/// it once at start, before it opens a database: the app, the county server, the test and
/// benchmark programs.
class RecordProjections
{
public:
    static void install();
};

} // namespace ff
