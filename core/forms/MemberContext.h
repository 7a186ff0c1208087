// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QVariantMap>

namespace ff {

/// The facts about one member that the rules of per-member sections may use
/// (FormDefinition::contextNames()): member_age in whole years on a given day, member_sex (the sex
/// code) and member_groups (the special-group codes). A fact the member record lacks is left out,
/// so a rule about it is simply false.
class MemberContext
{
public:
    /// `member` is a member record as HouseholdFile holds it (birth_date, sex, special_groups).
    static QVariantMap of(const QVariantMap& member, QDate on);
};

} // namespace ff
