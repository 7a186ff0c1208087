// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace ff {

/// Whom a form is filled for: the household (empty memberId) or one member, with the facts about
/// that member its rules may use (MemberContext::of).
struct FormSubject
{
    QString memberId;
    QString name;
    QVariantMap context;
};

} // namespace ff
