// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AttachmentTransfer.h"

#include "core/crypto/SealedBox.h"
#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/records/AttachmentContentStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace ff {

namespace {
int megabytes(qint64 bytes) { return int((bytes + 1024 * 1024 - 1) / (1024 * 1024)); }

int statusOf(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}
} // namespace

AttachmentTransfer::AttachmentTransfer(Database& db, QNetworkAccessManager* network, Signer sign,
                                       const QUrl& endpoint, const QString& deviceId,
                                       const QByteArray& countyBoxKey, const crypto::KeyPair& deviceBox,
                                       QObject* parent)
    : QObject(parent), m_db(db), m_network(network), m_sign(std::move(sign)), m_endpoint(endpoint),
      m_device(deviceId), m_countyBoxKey(countyBoxKey), m_deviceBox(deviceBox)
{}

void AttachmentTransfer::start()
{
    m_items.clear();
    m_index = 0;
    m_result = {};
    // Contents no live attachment names (removed, or of a household that left) leave first.
    AttachmentContentStore store(m_db);
    (void)store.dropUnreferenced();
    // To send: contents held whole here that the county has not acknowledged whole, each through
    // one of its live records (the county reaches the content by a record of the sender's scope).
    Query up(m_db);
    up.setForwardOnly(true);
    up.exec(QStringLiteral(
        "SELECT (SELECT a.id FROM attachment a WHERE a.sha256 = c.sha256 AND a.deleted = 0 ORDER BY a.rowid"
        " LIMIT 1), c.sha256, c.byte_size, c.sent FROM attachment_content c"
        " WHERE c.received = c.byte_size AND c.sent < c.byte_size ORDER BY c.byte_size"));
    while (up.next()) {
        if (up.value(0).isNull())
            continue;
        const qint64 sent = up.value(3).toLongLong();
        m_items.append({up.value(0).toString(), up.value(1).toString(), up.value(2).toLongLong(),
                        sent - sent % AttachmentContentStore::kChunkBytes, true});
    }
    // To receive: the live attachments whose content is not here whole, once per content.
    Query down(m_db);
    down.setForwardOnly(true);
    down.exec(
        QStringLiteral("SELECT min(a.id), a.sha256, a.byte_size, coalesce(c.received, 0) FROM attachment a"
                       " LEFT JOIN attachment_content c ON c.sha256 = a.sha256"
                       " WHERE a.deleted = 0 AND (c.sha256 IS NULL OR c.received < c.byte_size)"
                       " GROUP BY a.sha256 ORDER BY a.byte_size"));
    while (down.next()) {
        const qint64 size = down.value(2).toLongLong();
        if (size <= 0 || size > AttachmentContentStore::kMaxBytes)
            continue;
        m_items.append(
            {down.value(0).toString(), down.value(1).toString(), size, down.value(3).toLongLong(), false});
    }
    m_totalBytes = 0;
    m_doneBytes = 0;
    for (const Item& item : std::as_const(m_items))
        m_totalBytes += item.byteSize - item.offset;
    next();
}

QUrl AttachmentTransfer::url(const Item& item) const
{
    QUrl url = m_endpoint;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("device"), m_device);
    query.addQueryItem(QStringLiteral("record"), item.record);
    query.addQueryItem(QStringLiteral("offset"), QString::number(item.offset));
    url.setQuery(query);
    return url;
}

void AttachmentTransfer::report()
{
    const Item& item = m_items.at(m_index);
    emit progress(
        item.upload
            ? tr("Sending attachments… %1 of %2 MB").arg(megabytes(m_doneBytes)).arg(megabytes(m_totalBytes))
            : tr("Receiving attachments… %1 of %2 MB")
                  .arg(megabytes(m_doneBytes))
                  .arg(megabytes(m_totalBytes)),
        megabytes(m_doneBytes), megabytes(m_totalBytes));
}

void AttachmentTransfer::next()
{
    if (m_index >= m_items.size()) {
        emit finished();
        return;
    }
    report();
    if (m_items.at(m_index).upload)
        sendChunk();
    else
        receiveChunk();
}

void AttachmentTransfer::advance(bool done)
{
    const Item& item = m_items.at(m_index);
    if (done)
        ++(item.upload ? m_result.sent : m_result.received);
    else
        ++m_result.waiting;
    ++m_index;
    next();
}

void AttachmentTransfer::stop(QNetworkReply* reply)
{
    m_result.problem = reply->errorString();
    m_result.waiting += int(m_items.size() - m_index);
    m_index = int(m_items.size());
    emit finished();
}

void AttachmentTransfer::sendChunk()
{
    const Item& item = m_items.at(m_index);
    const QByteArray chunk = AttachmentContentStore(m_db).chunk(item.sha256, item.offset);
    if (chunk.isEmpty()) {
        advance(false);
        return;
    }
    // Sealed to the county, as a package is: a proxy or a plain-HTTP link in between reads nothing.
    const QByteArray bytes = crypto::SealedBox::seal(chunk, m_countyBoxKey);
    QNetworkRequest request = m_sign(url(item), QByteArrayLiteral("POST"), bytes);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    QNetworkReply* reply = m_network->post(request, bytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { chunkSent(reply); });
}

void AttachmentTransfer::chunkSent(QNetworkReply* reply)
{
    reply->deleteLater();
    Item& item = m_items[m_index];
    const int status = statusOf(reply);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const qint64 received = qint64(answer.value(QStringLiteral("received")).toDouble(-1));
    if (status == 200 || status == 409) {
        // The county says what it holds from the start: go on from there (409: it holds less than
        // this laptop thought, e.g. a county restored from a backup).
        if (received < 0 || received > item.byteSize) {
            advance(false);
            return;
        }
        if (status == 200)
            (void)AttachmentContentStore(m_db).markSent(item.sha256, received);
        m_doneBytes += std::max<qint64>(0, received - item.offset);
        item.offset = received;
        if (received == item.byteSize) {
            advance(true);
            return;
        }
        report();
        sendChunk();
        return;
    }
    // No answer, or the county is busy: the link; anything else concerns this file only.
    if (status == 0 || status == 502 || status == 503 || status == 504) {
        stop(reply);
        return;
    }
    advance(false);
}

void AttachmentTransfer::receiveChunk()
{
    const Item& item = m_items.at(m_index);
    QNetworkReply* reply = m_network->get(m_sign(url(item), QByteArrayLiteral("GET"), {}));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { chunkReceived(reply); });
}

void AttachmentTransfer::chunkReceived(QNetworkReply* reply)
{
    reply->deleteLater();
    Item& item = m_items[m_index];
    const int status = statusOf(reply);
    if (status != 200) {
        if (status == 0 || status == 502 || status == 503 || status == 504)
            stop(reply);
        else
            advance(false); // not at the county whole yet, or no longer this laptop's
        return;
    }
    if (reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Size")).toLongLong() != item.byteSize) {
        advance(false);
        return;
    }
    QByteArray bytes;
    if (!crypto::SealedBox::open(reply->readAll(), m_deviceBox.publicKey, m_deviceBox.secretKey, &bytes)) {
        advance(false);
        return;
    }
    AttachmentContentStore store(m_db);
    qint64 received = 0;
    const Status s = store.putChunk(item.sha256, item.byteSize, item.offset, bytes, &received);
    if (!s) {
        advance(false);
        return;
    }
    m_doneBytes += received - item.offset;
    item.offset = received;
    if (received == item.byteSize) {
        // The county holds it: nothing of it to send back.
        (void)store.markSent(item.sha256, item.byteSize);
        advance(true);
        return;
    }
    report();
    receiveChunk();
}

} // namespace ff

// Compiled here, not with the library's other meta-objects: the app links this class only with
// the module that uses it (ui/main/OnDemandParts.h).
#include "moc_AttachmentTransfer.cpp"
