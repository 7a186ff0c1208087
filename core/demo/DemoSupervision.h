// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDate>

namespace ff {

class Database;

/// The station supervisor's part of the demo: 李强 has reviewed the caseworkers' notes of more than
/// a week ago (most approved a few days after they were written, one in twenty returned with a
/// comment) and recommended half of the status proposals older than a week to the county. So a
/// supervisor trying the demo meets a queue of the last week's notes, a few returned ones and
/// proposals at each step of the chain, not fifteen thousand notes waiting.
class DemoSupervision
{
public:
    [[nodiscard]] static Status review(Database& db, QDate today, quint32 seed);
    /// The supervisor's name.
    static QString supervisor();
};

} // namespace ff
