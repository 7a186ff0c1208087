// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/NetworkProbe.h"

#include "core/sync/DeviceSync.h"
#include "core/sync/ServerTrust.h"
#include "core/sync/SyncClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ff {

NetworkProbe::NetworkProbe(Database& db, QObject* parent)
    : ConnectionProbe(parent), m_db(db), m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(5000);
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply* reply, const QList<QSslError>& errors) {
                ServerTrust::acceptPinned(reply, errors, DeviceSync(m_db).serverCertificate());
            });
}

void NetworkProbe::ping(const QUrl& server, const QString& county)
{
    const QUrl url = SyncClient::endpoint(server, QStringLiteral("/api/v1/ping"));
    QNetworkReply* reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, county] {
        reply->deleteLater();
        // Online means this county's server answers (not just anything at that address).
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        emit answered(reply->error() == QNetworkReply::NoError &&
                      answer.value(QStringLiteral("county")).toString() == county);
    });
}

} // namespace ff

// Compiled here, not with the library's other meta-objects: the app links this class only with
// the module that uses it (ui/main/OnDemandParts.h).
#include "moc_NetworkProbe.cpp"
