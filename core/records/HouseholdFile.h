// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVariantMap>

namespace ff {

/// A household and its current members, as the household dialog edits them. Each map holds the
/// record's fields by name and its "id" (empty for a record not saved yet).
struct HouseholdFile
{
    QVariantMap household;
    QList<QVariantMap> members;
};

} // namespace ff
