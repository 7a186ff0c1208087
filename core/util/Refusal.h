// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace ff {

/// A write refused before anything was written: what to correct, one line each, under one
/// heading, the same everywhere ("Nothing was saved. Please correct:").
class Refusal
{
    Q_DECLARE_TR_FUNCTIONS(Refusal)

public:
    /// Nothing was saved; the person corrects `problems`.
    static Error nothingSaved(const QStringList& problems, const QString& detail = {});
    /// The same under another heading (e.g. "The risk flag was not raised. Please correct:").
    static Error of(const QString& heading, const QStringList& problems, const QString& detail = {});
};

} // namespace ff
