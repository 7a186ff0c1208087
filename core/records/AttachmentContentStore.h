// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ff {

class Database;

/// The bytes of attachments (tables attachment_content and attachment_chunk, schema 20), kept once
/// per content under its SHA-256, in chunks of kChunkBytes: on a laptop inside the profile's
/// encrypted database, at the county inside its own. A content arrives whole (a file added on this
/// laptop) or chunk by chunk, in order, from the first (a transfer, which a cut link leaves part
/// way: it resumes at `received`). The last chunk is taken only when the whole content hashes to
/// its SHA-256; otherwise every chunk is dropped and the transfer starts again.
class AttachmentContentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentContentStore)

public:
    explicit AttachmentContentStore(Database& db);

    /// The size of a chunk: every chunk but a content's last holds exactly this many bytes.
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    /// The largest file an attachment may hold (32 MiB).
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

    /// What is held of one content.
    struct State
    {
        QString sha256;
        qint64 byteSize = 0;
        /// The bytes held from the start (whole chunks, or all of it).
        qint64 received = 0;
        /// On a laptop: the bytes the county has said it holds.
        qint64 sent = 0;
        bool isComplete() const { return received == byteSize; }
    };

    /// Lower-case hex SHA-256 of `bytes`.
    static QString sha256Of(const QByteArray& bytes);
    /// The length of the chunk at `offset` of a content of `byteSize` bytes.
    static qint64 chunkLength(qint64 byteSize, qint64 offset);

    std::optional<State> state(const QString& sha256) const;
    /// Keeps `bytes` whole (a file added here), unless held whole already. `sent` starts at 0.
    [[nodiscard]] Status putWhole(const QByteArray& bytes, QString* sha256 = nullptr);
    /// Takes the chunk at `offset` of the content `sha256` of `byteSize` bytes. An offset below
    /// what is held changes nothing (a chunk sent again after a cut); one beyond it is refused
    /// (detail "gap"); a chunk of the wrong length is refused ("length"); a last chunk that makes
    /// a content of other bytes than its SHA-256 drops all of it ("mismatch"). `received`: what is
    /// held afterwards.
    [[nodiscard]] Status putChunk(const QString& sha256, qint64 byteSize, qint64 offset,
                                  const QByteArray& bytes, qint64* received = nullptr);
    /// The chunk at `offset` (a multiple of kChunkBytes below what is held), or an empty array.
    QByteArray chunk(const QString& sha256, qint64 offset) const;
    /// The whole content, when held whole; else an empty array.
    QByteArray whole(const QString& sha256) const;
    /// Records that the county holds `bytes` of the content (never less than recorded before).
    [[nodiscard]] Status markSent(const QString& sha256, qint64 bytes);

    /// The small picture the app keeps for an image (empty until made).
    QByteArray thumbnail(const QString& sha256) const;
    [[nodiscard]] Status setThumbnail(const QString& sha256, const QByteArray& image);

    /// On a laptop: drops the content no live attachment names any more (a file removed, a
    /// household that left this laptop). Returns how many contents were dropped.
    [[nodiscard]] Status dropUnreferenced(int* dropped = nullptr);

private:
    Database& m_db;
};

} // namespace ff
