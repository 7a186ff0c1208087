// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/CountyAttachments.h"

#include "core/crypto/SealedBox.h"
#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/ChangeApplier.h"
#include "core/records/AttachmentContentStore.h"
#include "core/server/HouseholdScope.h"

namespace ff {

CountyAttachments::CountyAttachments(Database& db) : m_db(db) {}

bool CountyAttachments::reach(const QString& device, const QString& recordId, Answer* answer, QString* sha256,
                              QByteArray* deviceBoxKey)
{
    const auto refuse = [answer](int status, const QString& message) {
        answer->status = status;
        answer->error = message;
        return false;
    };
    const QString unknown = tr("The county holds no such attachment for this device.");
    Query who(m_db);
    who.prepare(
        QStringLiteral("SELECT u.name, u.role, u.station, d.box_key FROM server_device d"
                       " JOIN server_user u ON u.name = d.user WHERE d.id = ? AND d.revoked_at IS NULL"));
    who.addBindValue(device);
    if (!who.exec())
        return refuse(500, tr("The county database could not be read."));
    if (!who.next())
        return refuse(403, tr("This device is not enrolled with the county."));
    const HouseholdScope scope =
        HouseholdScope::of(roleFromName(who.value(1).toString()).value_or(Role::Caseworker),
                           who.value(0).toString(), who.value(2).toString());
    if (deviceBoxKey)
        *deviceBoxKey = who.value(3).toByteArray();
    who.finish();

    ChangeApplier values(m_db);
    const std::optional<QByteArray> household =
        values.householdOf(QStringLiteral("attachment"), recordId.toUtf8());
    if (!household)
        return refuse(404, unknown);
    const RecordHeads heads = values.heads(QStringLiteral("attachment"), recordId);
    if (values.shownValue(heads, QStringLiteral("_deleted")).toBool())
        return refuse(404, unknown);
    if (!scope.isEverything()) {
        Query in(m_db);
        in.prepare(QStringLiteral("SELECT 1 WHERE ? IN (%1)").arg(scope.sql));
        in.addBindValue(QString::fromUtf8(*household));
        for (const QVariant& v : scope.binds)
            in.addBindValue(v);
        if (!in.exec())
            return refuse(500, tr("The county database could not be read."));
        if (!in.next())
            return refuse(404, unknown);
    }
    *sha256 = values.shownValue(heads, QStringLiteral("sha256")).toString();
    answer->byteSize = values.shownValue(heads, QStringLiteral("byte_size")).toLongLong();
    if (sha256->size() != 64 || answer->byteSize <= 0 || answer->byteSize > AttachmentContentStore::kMaxBytes)
        return refuse(404, unknown);
    return true;
}

CountyAttachments::Answer CountyAttachments::receive(const QString& device, const QString& recordId,
                                                     qint64 offset, const QByteArray& body,
                                                     const crypto::KeyPair& countyBox)
{
    Answer answer;
    QString sha256;
    if (!reach(device, recordId, &answer, &sha256))
        return answer;
    QByteArray chunk;
    if (!crypto::SealedBox::open(body, countyBox.publicKey, countyBox.secretKey, &chunk)) {
        answer.status = 400;
        answer.error = tr("This part of the attachment is not sealed to the county's key.");
        return answer;
    }
    AttachmentContentStore store(m_db);
    const Status s = store.putChunk(sha256, answer.byteSize, offset, chunk, &answer.received);
    if (!s) {
        const QString why = s.error().detail;
        answer.status = why == QLatin1String("gap")                                       ? 409
                        : why == QLatin1String("busy")                                    ? 503
                        : why == QLatin1String("mismatch")                                ? 422
                        : why == QLatin1String("length") || why == QLatin1String("chunk") ? 400
                                                                                          : 503;
        answer.error = s.error().message;
    }
    return answer;
}

CountyAttachments::Answer CountyAttachments::send(const QString& device, const QString& recordId,
                                                  qint64 offset)
{
    Answer answer;
    QString sha256;
    QByteArray deviceBoxKey;
    if (!reach(device, recordId, &answer, &sha256, &deviceBoxKey))
        return answer;
    const std::optional<AttachmentContentStore::State> held = AttachmentContentStore(m_db).state(sha256);
    answer.received = held ? held->received : 0;
    if (!held || !held->isComplete() || held->byteSize != answer.byteSize) {
        answer.status = 404;
        answer.error =
            tr("The county does not hold this attachment's file whole yet: the laptop that added it "
               "has still to send it.");
        return answer;
    }
    if (offset < 0 || offset % AttachmentContentStore::kChunkBytes != 0 || offset >= answer.byteSize) {
        answer.status = 400;
        answer.error = tr("An attachment is read in parts of 1 MiB: offset must be a multiple of 1,048,576 "
                          "below its size.");
        return answer;
    }
    const QByteArray chunk = AttachmentContentStore(m_db).chunk(sha256, offset);
    if (chunk.isEmpty()) {
        answer.status = 500;
        answer.error = tr("The county database could not be read.");
        return answer;
    }
    // Sealed to the device, as a pull page is.
    answer.bytes = crypto::SealedBox::seal(chunk, deviceBoxKey);
    return answer;
}

} // namespace ff
