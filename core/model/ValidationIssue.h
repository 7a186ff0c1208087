// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

/// One reason a record cannot be saved, tied to the field the user must correct.
struct ValidationIssue
{
    /// -1 for the household itself, otherwise the index of the member in the list given.
    int member = -1;
    QString field;
    QString message;
};

} // namespace ff
