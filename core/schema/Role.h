// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <initializer_list>
#include <optional>

namespace ff {

/// Who a user is to Fieldfile, as the county says at enrollment: the three people of
/// docs/DOMAIN.md. The only place their names are spelled (roleName()); everything else holds a
/// Role.
enum class Role
{
    Caseworker,
    Supervisor,
    County,
};

/// A set of roles (who may do something).
class Roles
{
public:
    constexpr Roles() = default;
    constexpr Roles(std::initializer_list<Role> roles)
    {
        for (Role r : roles)
            m_bits |= bit(r);
    }
    constexpr bool testFlag(Role role) const { return (m_bits & bit(role)) != 0; }
    friend constexpr bool operator==(Roles, Roles) = default;

private:
    static constexpr unsigned bit(Role role) { return 1u << unsigned(role); }
    unsigned m_bits = 0;
};

/// Every role.
inline constexpr Roles allRoles() { return {Role::Caseworker, Role::Supervisor, Role::County}; }
/// Those who decide above the caseworker: the station supervisor and county staff.
inline constexpr Roles deciders() { return {Role::Supervisor, Role::County}; }

/// The role's name as stored and sent: caseworker, supervisor, county.
QString roleName(Role role);
/// The role a stored or typed name stands for; nullopt for anything else.
std::optional<Role> roleFromName(const QString& name);
/// The role as a person reads it, in the current language.
QString roleLabel(Role role);

} // namespace ff
