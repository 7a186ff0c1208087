// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/Projection.h"

namespace ff {

namespace {
struct Installed
{
    QList<Projections::Kind> kinds;
    bool done = false;
};

Installed& installedKinds()
{
    static Installed installed;
    return installed;
}
} // namespace

void Projections::install(const QList<Kind>& kinds)
{
    Installed& i = installedKinds();
    i.kinds = kinds;
    i.done = true;
}

bool Projections::isInstalled() { return installedKinds().done; }

const QList<Projections::Kind>& Projections::installed() { return installedKinds().kinds; }

} // namespace ff
