// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncClient.h"

#include "sync/DeviceSync.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace ff {

namespace {
/// The server address the person typed, with an API path appended to whatever path it has.
QUrl endpoint(const QUrl& server, const QString& path)
{
    QUrl url = server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}
} // namespace

SyncClient::SyncClient(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_device(std::make_unique<DeviceSync>(db)),
      m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(60'000);
}

SyncClient::~SyncClient() = default;

QString SyncClient::networkError(QNetworkReply* reply) const
{
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (body.contains(QStringLiteral("error")))
        return body.value(QStringLiteral("error")).toString();
    return tr("Cannot reach the county server (%1). Your work is kept on this laptop and will be sent at the "
              "next "
              "sync.")
        .arg(reply->errorString());
}

void SyncClient::finish(const Status& status)
{
    m_busy = false;
    emit finished(status);
}

void SyncClient::enroll(const QUrl& server, const QString& code)
{
    if (m_busy)
        return;
    m_busy = true;
    if (!server.isValid() ||
        (server.scheme() != QStringLiteral("http") && server.scheme() != QStringLiteral("https"))) {
        finish(Error{tr("The server address should look like https://county.example:8443."), {}});
        return;
    }
    if (Status s = m_device->ensureKeys(); !s) {
        finish(s);
        return;
    }
    emit progress(tr("Connecting to the county…"), 0, 0);
    const QJsonObject body{
        {QStringLiteral("code"), code.trimmed()},
        {QStringLiteral("device"), m_device->deviceId()},
        {QStringLiteral("signingKey"), QString::fromLatin1(m_device->signingKeys().publicKey.toBase64())},
        {QStringLiteral("boxKey"), QString::fromLatin1(m_device->boxKeys().publicKey.toBase64())}};
    QNetworkRequest request(endpoint(server, QStringLiteral("/api/v1/enroll")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(Error{networkError(reply), reply->errorString()});
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        finish(m_device->setCounty(
            answer.value(QStringLiteral("county")).toString(),
            QByteArray::fromBase64(answer.value(QStringLiteral("countySigningKey")).toString().toLatin1()),
            QByteArray::fromBase64(answer.value(QStringLiteral("countyBoxKey")).toString().toLatin1()),
            server.toString(), answer.value(QStringLiteral("user")).toString()));
    });
}

void SyncClient::syncNow()
{
    if (m_busy)
        return;
    m_busy = true;
    m_pulled = 0;
    if (!m_device->hasCounty()) {
        finish(Error{
            tr("This laptop is not connected to a county yet. Connect it once with an enrollment code."),
            {}});
        return;
    }
    push();
}

void SyncClient::push()
{
    QByteArray package;
    int count = 0;
    const Status exported = m_device->exportPackage(&package, &count);
    if (!exported) {
        if (exported.error().detail == QStringLiteral("empty")) {
            pull();
            return;
        }
        finish(exported);
        return;
    }
    emit progress(tr("Sending %n change(s)…", nullptr, count), 0, count);
    QNetworkRequest request(endpoint(QUrl(m_device->serverUrl()), QStringLiteral("/api/v1/push")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/vnd.fieldfile.package"));
    QNetworkReply* reply = m_network->post(request, package);
    connect(reply, &QNetworkReply::uploadProgress, this, [this, count](qint64 sent, qint64 total) {
        if (total > 0)
            emit progress(tr("Sending %n change(s)…", nullptr, count), int(sent * count / total), count);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(Error{networkError(reply), reply->errorString()});
            return;
        }
        if (Status s = m_device->importReceipt(reply->readAll()); !s) {
            finish(s);
            return;
        }
        pull();
    });
}

void SyncClient::pull()
{
    emit progress(tr("Receiving changes… %n so far", nullptr, m_pulled), m_pulled, 0);
    QUrl url = endpoint(QUrl(m_device->serverUrl()), QStringLiteral("/api/v1/pull"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("device"), m_device->deviceId());
    query.addQueryItem(QStringLiteral("after"), QString::number(m_device->pullCursor()));
    url.setQuery(query);
    QNetworkReply* reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(Error{networkError(reply), reply->errorString()});
            return;
        }
        bool ok = false;
        const qint64 cursor = reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Cursor")).toLongLong(&ok);
        const bool more = reply->rawHeader(QByteArrayLiteral("X-Fieldfile-More")) == QByteArrayLiteral("1");
        if (!ok) {
            finish(
                Error{tr("The county server answered something unexpected."), QStringLiteral("no cursor")});
            return;
        }
        const QByteArray package = reply->readAll();
        if (!package.isEmpty()) {
            int applied = 0;
            if (Status s = m_device->applyFromCounty(package, &applied); !s) {
                finish(s);
                return;
            }
            m_pulled += applied;
        }
        // Only now, with the page applied, does the cursor move: a cut connection resumes here.
        if (Status s = m_device->setPullCursor(cursor); !s) {
            finish(s);
            return;
        }
        if (more)
            pull();
        else
            finish(Status::ok());
    });
}

} // namespace ff
