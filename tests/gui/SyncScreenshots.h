// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

#include <functional>

class QWidget;

namespace ff::shots {

using Save = std::function<void(QWidget* widget, const QString& path)>;

/// The sync screens against the real county server (started for the purpose, on 127.0.0.1):
/// connecting a laptop, a laptop online after its sync with work waiting to be sent, a first sync
/// with its progress, and the county's import report on packages from the field (one imported,
/// one with a conflict and a parked change, one imported before, one that is not a package).
/// In the language already applied; file names end in `-<language>.png`.
bool takeSyncScreenshots(const QDir& out, const QString& language, const Save& save);

} // namespace ff::shots
