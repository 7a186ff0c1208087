// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/sync/ConnectionProbe.h"

class QNetworkAccessManager;

namespace ff {

class Database;

/// ConnectionProbe over HTTP(S): GET /api/v1/ping with a 5-second timeout, the county server's
/// pinned certificate accepted (ServerTrust).
class NetworkProbe : public ConnectionProbe
{
    Q_OBJECT

public:
    NetworkProbe(Database& db, QObject* parent = nullptr);

    void ping(const QUrl& server, const QString& county) override;

private:
    Database& m_db;
    QNetworkAccessManager* m_network;
};

} // namespace ff
