// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyPair.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ff {

class Database;

/// The county's side of attachment transfers (docs/sync-protocol.md §8.11): takes the chunks a
/// laptop sends of an attachment's content, and hands out the chunks of a content the county holds
/// whole. A device reaches an attachment through its record: one the county has (it came in a
/// push or a package before), not removed, of a household in the device's scope (§9.2). The
/// content is kept once, by its SHA-256, whichever households name it (AttachmentContentStore).
class CountyAttachments
{
    Q_DECLARE_TR_FUNCTIONS(CountyAttachments)

public:
    explicit CountyAttachments(Database& db);

    /// What the county answers: an HTTP status with a refusal, or what it holds.
    struct Answer
    {
        int status = 200;
        QString error;
        /// The content's size, and the bytes the county holds of it from the start.
        qint64 byteSize = 0;
        qint64 received = 0;
        /// A chunk asked for.
        QByteArray bytes;
    };

    /// Takes the chunk sealed in `body` (to the county's box key, `countyBox`) at `offset` of the content of
    /// attachment `recordId`, sent by `device`.
    Answer receive(const QString& device, const QString& recordId, qint64 offset, const QByteArray& body,
                   const crypto::KeyPair& countyBox);
    /// The chunk at `offset` of the content of attachment `recordId`, for `device`, sealed to the
    /// device's box key.
    Answer send(const QString& device, const QString& recordId, qint64 offset);

private:
    /// The attachment's content as its record says it, when the device may reach it (else the
    /// refusal, in `answer`).
    bool reach(const QString& device, const QString& recordId, Answer* answer, QString* sha256,
               QByteArray* deviceBoxKey = nullptr);

    Database& m_db;
};

} // namespace ff
