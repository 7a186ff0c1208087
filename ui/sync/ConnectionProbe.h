// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

namespace ff {

/// Asks the county server whether it is there, for the status bar's online or offline. The asking
/// is NetworkProbe's, in the module the app loads when it first needs the network
/// (OnDemandParts).
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Asks `server` for its county; answered() tells whether that county's server replied.
    virtual void ping(const QUrl& server, const QString& county) = 0;

signals:
    /// `ours`: the server at that address answered, and it is `county`'s.
    void answered(bool ours);
};

} // namespace ff
