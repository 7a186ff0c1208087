// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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

} // namespace ff::test
