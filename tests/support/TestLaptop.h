// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/TempDatabase.h"

#include "core/sync/SyncClient.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace ff::test {

/// Runs `start` and the event loop until `client` finishes (30 s at most: then a "timeout" error).
Status waitFor(SyncClient& client, const std::function<void()>& start);
/// "ok", or the error's message: what a test compares.
QString message(const Status& s);

/// A laptop profile of its own, syncing with the real county server through the real SyncClient;
/// it can also sign requests by hand, for tests of what the server does with requests a laptop
/// would never send.
struct Laptop
{
    TempDatabase data;
    SyncClient client{data.db()};
    Status enroll(const QUrl& url, const QString& code, const QString& fingerprint = {});
    Status sync();
    /// The names of the heads of the households on this laptop, sorted.
    QStringList heads();
    QString id();
    /// The person the laptop is enrolled for, as the app would act (DeviceSync::session()).
    Session session();
    /// The headers that sign a request of this laptop.
    QList<QPair<QByteArray, QByteArray>> sign(const QByteArray& method, const QByteArray& target,
                                              const QByteArray& body,
                                              qint64 time = QDateTime::currentMSecsSinceEpoch());
};

/// Starts every laptop's sync at once and runs the event loop until all have finished (60 s at
/// most); their outcomes in order, "ok" or the error's message ("timeout" for one still running).
QStringList syncAll(const std::vector<std::unique_ptr<Laptop>>& laptops);

} // namespace ff::test
