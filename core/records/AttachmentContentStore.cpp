// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/AttachmentContentStore.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/db/WriteTransaction.h"

#include <QCryptographicHash>

namespace ff {

namespace {
bool isSha256(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

/// Writes one chunk, in the caller's transaction.
bool writeChunk(Database& db, const QString& sha256, qint64 part, const QByteArray& bytes)
{
    Query q(db);
    // Written in the SQL both stores speak (the county's may be PostgreSQL, docs/postgresql.md).
    q.prepare(QStringLiteral("INSERT INTO attachment_chunk(sha256, part, data) VALUES(?, ?, ?)"
                             " ON CONFLICT(sha256, part) DO UPDATE SET data = excluded.data"));
    q.addBindValue(sha256);
    q.addBindValue(part);
    q.addBindValue(bytes);
    return q.exec();
}
} // namespace

AttachmentContentStore::AttachmentContentStore(Database& db) : m_db(db) {}

QString AttachmentContentStore::sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

qint64 AttachmentContentStore::chunkLength(qint64 byteSize, qint64 offset)
{
    return std::max<qint64>(0, std::min(kChunkBytes, byteSize - offset));
}

std::optional<AttachmentContentStore::State> AttachmentContentStore::state(const QString& sha256) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT byte_size, received, sent FROM attachment_content WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return State{sha256, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Status AttachmentContentStore::putWhole(const QByteArray& bytes, QString* sha256Out)
{
    const QString sha256 = sha256Of(bytes);
    if (sha256Out)
        *sha256Out = sha256;
    if (const std::optional<State> held = state(sha256); held && held->isComplete())
        return Status::ok();
    WriteTransaction tx(m_db);
    Query q(m_db);
    bool ok =
        tx.isOpen() &&
        q.prepare(QStringLiteral("INSERT INTO attachment_content(sha256, byte_size, received, sent)"
                                 " VALUES(?, ?, ?, 0) ON CONFLICT(sha256) DO UPDATE SET"
                                 " byte_size = excluded.byte_size, received = excluded.received, sent = 0,"
                                 " thumbnail = NULL"));
    if (ok) {
        q.addBindValue(sha256);
        q.addBindValue(qint64(bytes.size()));
        q.addBindValue(qint64(bytes.size()));
        ok = q.exec();
    }
    for (qint64 offset = 0; ok && offset < bytes.size(); offset += kChunkBytes)
        ok = writeChunk(m_db, sha256, offset / kChunkBytes, bytes.mid(offset, kChunkBytes));
    if (!ok || !tx.commit())
        return Error{tr("The file could not be stored on this laptop."),
                     tx.error().isEmpty() ? q.lastErrorText() : tx.error()};
    return Status::ok();
}

Status AttachmentContentStore::putChunk(const QString& sha256, qint64 byteSize, qint64 offset,
                                        const QByteArray& bytes, qint64* receivedOut)
{
    if (!isSha256(sha256) || byteSize <= 0 || byteSize > kMaxBytes || offset < 0 ||
        offset % kChunkBytes != 0 || offset >= byteSize)
        return Error{tr("This is not a part of an attachment."), QStringLiteral("chunk")};
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return Error{tr("The attachment could not be stored now."), QStringLiteral("busy")};
    std::optional<State> held = state(sha256);
    if (held && held->byteSize != byteSize)
        return Error{tr("This part does not belong to the attachment it names."), QStringLiteral("length")};
    const qint64 received = held ? held->received : 0;
    if (receivedOut)
        *receivedOut = received;
    if (offset < received)
        return Status::ok(); // held already: sent again after a cut
    if (offset > received)
        return Error{tr("A part of the attachment is missing before this one."), QStringLiteral("gap")};
    if (bytes.size() != chunkLength(byteSize, offset))
        return Error{tr("This part of the attachment has the wrong length."), QStringLiteral("length")};
    Query q(m_db);
    bool ok =
        q.prepare(QStringLiteral("INSERT INTO attachment_content(sha256, byte_size, received) VALUES(?, ?, ?)"
                                 " ON CONFLICT(sha256) DO UPDATE SET received = excluded.received"));
    const qint64 now = offset + bytes.size();
    if (ok) {
        q.addBindValue(sha256);
        q.addBindValue(byteSize);
        q.addBindValue(now);
        ok = q.exec() && writeChunk(m_db, sha256, offset / kChunkBytes, bytes);
    }
    if (ok && now == byteSize) {
        // The last part: taken only when the whole is what its name says.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        Query parts(m_db);
        parts.setForwardOnly(true);
        parts.prepare(QStringLiteral("SELECT data FROM attachment_chunk WHERE sha256 = ? ORDER BY part"));
        parts.addBindValue(sha256);
        ok = parts.exec();
        while (ok && parts.next())
            hash.addData(parts.value(0).toByteArray());
        parts.finish();
        if (ok && QString::fromLatin1(hash.result().toHex()) != sha256) {
            Query drop(m_db);
            drop.prepare(QStringLiteral("DELETE FROM attachment_chunk WHERE sha256 = ?"));
            drop.addBindValue(sha256);
            Query reset(m_db);
            reset.prepare(QStringLiteral("UPDATE attachment_content SET received = 0 WHERE sha256 = ?"));
            reset.addBindValue(sha256);
            if (drop.exec() && reset.exec() && tx.commit()) {
                if (receivedOut)
                    *receivedOut = 0;
                return Error{tr("The attachment arrived with other content than it should have; it is "
                                "sent again from the start."),
                             QStringLiteral("mismatch")};
            }
            ok = false;
        }
    }
    if (!ok || !tx.commit())
        return Error{tr("The attachment could not be stored now."),
                     tx.error().isEmpty() ? q.lastErrorText() : tx.error()};
    if (receivedOut)
        *receivedOut = now;
    return Status::ok();
}

QByteArray AttachmentContentStore::chunk(const QString& sha256, qint64 offset) const
{
    const std::optional<State> held = state(sha256);
    if (!held || offset < 0 || offset % kChunkBytes != 0 || offset >= held->received)
        return {};
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM attachment_chunk WHERE sha256 = ? AND part = ?"));
    q.addBindValue(sha256);
    q.addBindValue(offset / kChunkBytes);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

QByteArray AttachmentContentStore::whole(const QString& sha256) const
{
    const std::optional<State> held = state(sha256);
    if (!held || !held->isComplete())
        return {};
    QByteArray bytes;
    bytes.reserve(held->byteSize);
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM attachment_chunk WHERE sha256 = ? ORDER BY part"));
    q.addBindValue(sha256);
    if (!q.exec())
        return {};
    while (q.next())
        bytes.append(q.value(0).toByteArray());
    return bytes.size() == held->byteSize ? bytes : QByteArray();
}

Status AttachmentContentStore::markSent(const QString& sha256, qint64 bytes)
{
    Query q(m_db);
    q.prepare(
        QStringLiteral("UPDATE attachment_content SET sent = max(sent, min(?, byte_size)) WHERE sha256 = ?"));
    q.addBindValue(bytes);
    q.addBindValue(sha256);
    if (!q.exec())
        return Error{tr("The attachment could not be stored now."), q.lastErrorText()};
    return Status::ok();
}

QByteArray AttachmentContentStore::thumbnail(const QString& sha256) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT thumbnail FROM attachment_content WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

Status AttachmentContentStore::setThumbnail(const QString& sha256, const QByteArray& image)
{
    Query q(m_db);
    q.prepare(QStringLiteral("UPDATE attachment_content SET thumbnail = ? WHERE sha256 = ?"));
    q.addBindValue(image);
    q.addBindValue(sha256);
    if (!q.exec())
        return Error{tr("The attachment could not be stored now."), q.lastErrorText()};
    return Status::ok();
}

Status AttachmentContentStore::dropUnreferenced(int* dropped)
{
    const QString unreferenced =
        QStringLiteral("SELECT sha256 FROM attachment_content c WHERE NOT EXISTS"
                       " (SELECT 1 FROM attachment a WHERE a.sha256 = c.sha256 AND a.deleted = 0)");
    WriteTransaction tx(m_db);
    Query chunks(m_db);
    Query contents(m_db);
    const bool ok =
        tx.isOpen() &&
        chunks.exec(QStringLiteral("DELETE FROM attachment_chunk WHERE sha256 IN (%1)").arg(unreferenced)) &&
        contents.exec(
            QStringLiteral("DELETE FROM attachment_content WHERE sha256 IN (%1)").arg(unreferenced));
    const int count = ok ? contents.numRowsAffected() : 0;
    if (!ok || !tx.commit())
        return Error{tr("Attachments no longer needed could not be removed from this laptop."),
                     tx.error().isEmpty() ? contents.lastErrorText() : tx.error()};
    if (dropped)
        *dropped = count;
    return Status::ok();
}

} // namespace ff
