// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/SqlDialect.h"

namespace ff {

QString SqlDialect::greatest(const QString& a, const QString& b) const
{
    return (isPostgres() ? QStringLiteral("GREATEST(%1, %2)") : QStringLiteral("max(%1, %2)")).arg(a, b);
}

QString SqlDialect::listTable() const
{
    return isPostgres() ? QStringLiteral("json_array_elements_text(CAST(? AS json))")
                        : QStringLiteral("json_each(?)");
}

} // namespace ff
