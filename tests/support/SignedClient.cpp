// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SignedClient.h"

#include "core/sync/DeviceSync.h"
#include "core/sync/RequestSignature.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace ff::test {

QByteArray Answer::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Answer send(const QUrl& url, const QByteArray& method, const QByteArray& body,
            const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/vnd.fieldfile.package"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = method == "GET" ? network.get(request) : network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
             reply->rawHeaderPairs()};
    reply->deleteLater();
    return a;
}

Status SigningLaptop::enroll(const QUrl& url, const QString& code)
{
    Status result = Status::ok();
    bool done = false;
    QObject::connect(&client, &SyncClient::finished, [&](const Status& s) {
        result = s;
        done = true;
    });
    client.enroll(url, code);
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QObject::disconnect(&client, &SyncClient::finished, nullptr, nullptr);
    return result;
}

QString SigningLaptop::id() { return DeviceSync(data.db()).deviceId(); }

QList<QPair<QByteArray, QByteArray>> SigningLaptop::sign(const QByteArray& method, const QByteArray& target,
                                                         const QByteArray& body, qint64 time)
{
    const DeviceSync device(data.db());
    return RequestSignature::headers(device.deviceId(), device.signingKeys().secretKey, method, target, body,
                                     time);
}

} // namespace ff::test
