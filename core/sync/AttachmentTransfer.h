// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyPair.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ff {

class Database;

/// The laptop's side of attachment transfers (docs/sync-protocol.md §8.11), run by a sync after its
/// changes went through: sends the content of the attachments added here that the county does not
/// hold whole yet, then receives the content of the attachments of its scope this laptop lacks, one
/// chunk of 1 MiB per request, smallest files first. What each chunk acknowledged or received is
/// stored at once, so a link cut at any byte costs at most the chunk on its way: the next sync
/// resumes there. An attachment the county cannot take or give now (its record parked, its file
/// still on the laptop that added it) is passed over and tried at the next sync; a link that
/// fails ends the transfer, never the sync, whose changes are in already.
class AttachmentTransfer : public QObject
{
    Q_OBJECT

public:
    /// Makes a request signed by this device (SyncClient::signedRequest).
    using Signer =
        std::function<QNetworkRequest(const QUrl&, const QByteArray& method, const QByteArray& body)>;
    /// `endpoint`: the URL of /api/v1/attachment on the county's server.
    /// `countyBoxKey`: the county's X25519 public key, which every chunk sent is sealed to;
    /// `deviceBox`: this device's X25519 keys, which open every chunk received.
    AttachmentTransfer(Database& db, QNetworkAccessManager* network, Signer sign, const QUrl& endpoint,
                       const QString& deviceId, const QByteArray& countyBoxKey,
                       const crypto::KeyPair& deviceBox, QObject* parent = nullptr);

    /// What a transfer did.
    struct Result
    {
        int sent = 0;     ///< files the county now holds whole, sent by this run
        int received = 0; ///< files this laptop now holds whole, received by this run
        int waiting = 0;  ///< files still to send or receive (a later sync)
        /// Why the transfer stopped before the end (the link failed), for the person; empty when
        /// it went through.
        QString problem;
    };
    const Result& result() const { return m_result; }

    /// Starts; finished() when done.
    void start();

signals:
    void progress(const QString& stage, int done, int total);
    void finished();

private:
    struct Item
    {
        QString record;
        QString sha256;
        qint64 byteSize = 0;
        qint64 offset = 0;
        bool upload = false;
    };
    void next();
    void sendChunk();
    void receiveChunk();
    void chunkSent(QNetworkReply* reply);
    void chunkReceived(QNetworkReply* reply);
    /// The current file is done (or passed over): on to the next.
    void advance(bool done);
    /// The link failed: stop, counting what is left as waiting.
    void stop(QNetworkReply* reply);
    QUrl url(const Item& item) const;
    void report();

    Database& m_db;
    QNetworkAccessManager* m_network;
    Signer m_sign;
    QUrl m_endpoint;
    QString m_device;
    QByteArray m_countyBoxKey;
    crypto::KeyPair m_deviceBox;
    QList<Item> m_items;
    int m_index = 0;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    Result m_result;
};

} // namespace ff
