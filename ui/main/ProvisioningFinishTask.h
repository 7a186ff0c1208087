// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QObject>

class QWidget;

namespace ff {

class Database;

/// Finishes a provisioning at the app's start (a laptop whose first sync ended, or was cut, before
/// the household list's data were computed): DeviceSync::finishProvisioning on a worker thread with
/// its own connection, while a progress dialog shows how far it is; the GUI stays responsive. For a
/// county staff laptop of 200,000 households this is the summaries and search keys of every one.
class ProvisioningFinishTask : public QObject
{
    Q_OBJECT

public:
    /// Runs to the end, keeping the event loop turning, and returns what the pass said; at once
    /// (ok) when `db` has no provisioning to finish. `db` is usable again when it returns.
    static Status run(Database& db, QWidget* parent);
};

} // namespace ff
