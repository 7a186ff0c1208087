// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestLaptop.h"

#include "core/sync/DeviceSync.h"
#include "core/sync/RequestSignature.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

namespace ff::test {

Status waitFor(SyncClient& client, const std::function<void()>& start)
{
    Status result = Error{QStringLiteral("timeout"), {}};
    bool finished = false;
    QEventLoop loop;
    const QMetaObject::Connection done =
        QObject::connect(&client, &SyncClient::finished, &loop, [&](const Status& s) {
            result = s;
            finished = true;
            loop.quit();
        });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    start();
    // A refusal before any request (a bad address, the demo) finishes within start().
    if (!finished)
        loop.exec();
    QObject::disconnect(done);
    return result;
}

QString message(const Status& s) { return s.isOk() ? QStringLiteral("ok") : s.error().message; }

Status Laptop::enroll(const QUrl& url, const QString& code, const QString& fingerprint)
{
    return waitFor(client, [&] { client.enroll(url, code, fingerprint); });
}

Status Laptop::sync()
{
    return waitFor(client, [&] { client.syncNow(); });
}

QStringList Laptop::heads()
{
    QStringList names;
    QSqlQuery q(data.db().sql());
    q.exec(QStringLiteral("SELECT head_name FROM household WHERE deleted = 0 ORDER BY head_name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QString Laptop::id() { return DeviceSync(data.db()).deviceId(); }

Session Laptop::session() { return DeviceSync(data.db()).session(); }

QList<QPair<QByteArray, QByteArray>> Laptop::sign(const QByteArray& method, const QByteArray& target,
                                                  const QByteArray& body, qint64 time)
{
    const DeviceSync device(data.db());
    return RequestSignature::headers(device.deviceId(), device.signingKeys().secretKey, method, target, body,
                                     time);
}

QStringList syncAll(const std::vector<std::unique_ptr<Laptop>>& laptops)
{
    QStringList outcomes(qsizetype(laptops.size()), QStringLiteral("timeout"));
    int running = int(laptops.size());
    QEventLoop loop;
    QList<QMetaObject::Connection> connections;
    for (size_t i = 0; i < laptops.size(); ++i) {
        connections << QObject::connect(&laptops[i]->client, &SyncClient::finished, &loop,
                                        [&, i](const Status& s) {
                                            outcomes[qsizetype(i)] = message(s);
                                            if (--running == 0)
                                                loop.quit();
                                        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    for (const auto& laptop : laptops)
        laptop->client.syncNow();
    if (running > 0)
        loop.exec();
    for (const QMetaObject::Connection& c : std::as_const(connections))
        QObject::disconnect(c);
    return outcomes;
}

} // namespace ff::test
