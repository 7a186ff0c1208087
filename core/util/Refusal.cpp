// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Refusal.h"

namespace ff {

Error Refusal::nothingSaved(const QStringList& problems, const QString& detail)
{
    return of(tr("Nothing was saved. Please correct:"), problems, detail);
}

Error Refusal::of(const QString& heading, const QStringList& problems, const QString& detail)
{
    return Error{heading + QLatin1Char('\n') + problems.join(QLatin1Char('\n')), detail};
}

} // namespace ff
