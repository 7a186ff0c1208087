// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/TempDatabase.h"

#include "core/sync/SyncClient.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace ff::test {

/// What the server answered a request sent with send().
struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray& name) const;
};

/// One request, with `headers`, waited for.
Answer send(const QUrl& url, const QByteArray& method, const QByteArray& body,
            const QList<QPair<QByteArray, QByteArray>>& headers = {});

/// A laptop profile that enrolls with the real server and signs requests by hand, for tests of
/// what the server does with requests a laptop would never send.
struct SigningLaptop
{
    TempDatabase data;
    SyncClient client{data.db()};
    Status enroll(const QUrl& url, const QString& code);
    QString id();
    /// The headers that sign a request of this laptop.
    QList<QPair<QByteArray, QByteArray>> sign(const QByteArray& method, const QByteArray& target,
                                              const QByteArray& body,
                                              qint64 time = QDateTime::currentMSecsSinceEpoch());
};

} // namespace ff::test
