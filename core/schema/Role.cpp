// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/Role.h"

#include <QCoreApplication>

namespace ff {

QString roleName(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return QStringLiteral("caseworker");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::County:
        return QStringLiteral("county");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role r : {Role::Caseworker, Role::Supervisor, Role::County}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return QCoreApplication::translate("Roles", "Caseworker");
    case Role::Supervisor:
        return QCoreApplication::translate("Roles", "Station supervisor");
    case Role::County:
        return QCoreApplication::translate("Roles", "County staff");
    }
    return {};
}

} // namespace ff
