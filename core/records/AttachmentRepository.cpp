// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/AttachmentRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/JournalWriter.h"
#include "core/model/CodeList.h"
#include "core/records/AttachmentContentStore.h"
#include "core/records/RecordStore.h"
#include "core/schema/RecordTypes.h"

#include <QFileInfo>
#include <QLocale>

namespace ff {

namespace {
const RecordType& recordType() { return *RecordTypes::find(QStringLiteral("attachment")); }

Attachment fromRecord(const Record& record)
{
    Attachment a;
    a.id = record.id;
    a.householdId = record.householdId;
    a.memberId = record.text(QStringLiteral("member_id"));
    a.category = record.text(QStringLiteral("category"));
    a.title = record.text(QStringLiteral("title"));
    a.fileName = record.text(QStringLiteral("file_name"));
    a.mediaType = record.text(QStringLiteral("media_type"));
    a.byteSize = record.value(QStringLiteral("byte_size")).toLongLong();
    a.sha256 = record.text(QStringLiteral("sha256"));
    a.addedBy = record.text(QStringLiteral("added_by"));
    a.addedAt = record.text(QStringLiteral("added_at"));
    return a;
}

/// The longest title, in characters.
constexpr int kMaxTitle = 200;
} // namespace

AttachmentRepository::AttachmentRepository(Database& db, const Session& session)
    : m_db(db), m_session(session)
{}

QList<Attachment> AttachmentRepository::forHousehold(const QString& householdId) const
{
    return RecordStore(m_db, m_session)
        .forHouseholdAs(recordType(), householdId, QStringLiteral("added_at DESC, rowid DESC"), fromRecord);
}

std::optional<Attachment> AttachmentRepository::load(const QString& id) const
{
    return RecordStore(m_db, m_session).loadAs(recordType(), id, fromRecord);
}

QString AttachmentRepository::mediaTypeOf(const QByteArray& bytes)
{
    if (bytes.startsWith(QByteArray::fromHex("ffd8ff")))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArray::fromHex("89504e470d0a1a0a")))
        return QStringLiteral("image/png");
    if (bytes.startsWith(QByteArrayLiteral("%PDF-")))
        return QStringLiteral("application/pdf");
    return {};
}

QString AttachmentRepository::sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(std::max<qint64>(1, (bytes + 1023) / 1024)));
    return tr("%1 MB").arg(locale.toString(double(bytes) / (1024 * 1024), 'f', 1));
}

QString AttachmentRepository::refusalOf(const QByteArray& bytes, const QString& fileName)
{
    return refusalOf(bytes.size(), bytes.left(16), fileName);
}

QString AttachmentRepository::refusalOf(qint64 size, const QByteArray& head, const QString& fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    if (size <= 0)
        return tr("“%1” is empty: there is nothing to attach.").arg(name);
    if (size > AttachmentContentStore::kMaxBytes)
        return tr("“%1” is %2; an attachment may be at most %3. Take the photo again at a lower "
                  "resolution, or scan fewer pages into each file.")
            .arg(name, sizeText(size), sizeText(AttachmentContentStore::kMaxBytes));
    if (mediaTypeOf(head).isEmpty())
        return tr("“%1” is not a photo (JPEG, PNG) or a scan (PDF): only these can be attached.").arg(name);
    return {};
}

Status AttachmentRepository::add(Attachment& attachment, const QByteArray& bytes)
{
    if (const QString refusal = refusalOf(bytes, attachment.fileName); !refusal.isEmpty())
        return Error{refusal, QStringLiteral("refused")};
    if (attachment.householdId.isEmpty())
        return Error{tr("No household is chosen."), QStringLiteral("refused")};
    if (!CodeList::attachmentCategory().contains(attachment.category))
        return Error{tr("Choose what kind of document this is."), QStringLiteral("refused")};
    Attachment a = attachment;
    a.fileName = QFileInfo(a.fileName).fileName();
    a.title = a.title.trimmed();
    if (a.title.isEmpty())
        a.title = QFileInfo(a.fileName).completeBaseName();
    if (a.title.size() > kMaxTitle)
        return Error{
            tr("The title is %1 characters long; at most %2 fit.").arg(a.title.size()).arg(kMaxTitle),
            QStringLiteral("refused")};
    a.mediaType = mediaTypeOf(bytes);
    a.byteSize = bytes.size();
    a.sha256 = AttachmentContentStore::sha256Of(bytes);
    for (const Attachment& held : forHousehold(a.householdId)) {
        if (held.sha256 == a.sha256)
            return Error{tr("This file is attached to this household already, as “%1” (added %2 by %3).")
                             .arg(held.title, held.addedAt, held.addedBy),
                         QStringLiteral("duplicate")};
    }
    a.id = JournalWriter::newId();
    a.addedBy = m_session.author();
    a.addedAt = m_session.now().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QVariantMap fields{{QStringLiteral("category"), a.category},  {QStringLiteral("title"), a.title},
                       {QStringLiteral("file_name"), a.fileName}, {QStringLiteral("media_type"), a.mediaType},
                       {QStringLiteral("byte_size"), a.byteSize}, {QStringLiteral("sha256"), a.sha256},
                       {QStringLiteral("added_by"), a.addedBy},   {QStringLiteral("added_at"), a.addedAt}};
    if (!a.memberId.isEmpty())
        fields.insert(QStringLiteral("member_id"), a.memberId);
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return Error{tr("The attachment could not be saved."), tx.error()};
    if (Status s = AttachmentContentStore(m_db).putWhole(bytes); !s)
        return s;
    if (Status s =
            JournalWriter(m_db, m_session)
                .commit({{QStringLiteral("attachment"), a.id, a.householdId, Change::Op::Create, fields}});
        !s)
        return s;
    if (!tx.commit())
        return Error{tr("The attachment could not be saved."), tx.error()};
    attachment = a;
    return Status::ok();
}

Status AttachmentRepository::correct(const Attachment& attachment)
{
    const std::optional<Attachment> stored = attachment.id.isEmpty() ? std::nullopt : load(attachment.id);
    if (!stored)
        return Error{tr("This attachment is no longer on this laptop."), attachment.id};
    if (!CodeList::attachmentCategory().contains(attachment.category))
        return Error{tr("Choose what kind of document this is."), QStringLiteral("refused")};
    const QString title = attachment.title.trimmed();
    if (title.isEmpty())
        return Error{tr("Give the attachment a title."), QStringLiteral("refused")};
    if (title.size() > kMaxTitle)
        return Error{tr("The title is %1 characters long; at most %2 fit.").arg(title.size()).arg(kMaxTitle),
                     QStringLiteral("refused")};
    QVariantMap fields;
    if (title != stored->title)
        fields.insert(QStringLiteral("title"), title);
    if (attachment.category != stored->category)
        fields.insert(QStringLiteral("category"), attachment.category);
    if (attachment.memberId != stored->memberId)
        fields.insert(QStringLiteral("member_id"),
                      attachment.memberId.isEmpty() ? QVariant() : QVariant(attachment.memberId));
    if (fields.isEmpty())
        return Status::ok();
    return JournalWriter(m_db, m_session)
        .commit(
            {{QStringLiteral("attachment"), stored->id, stored->householdId, Change::Op::Update, fields}});
}

Status AttachmentRepository::remove(const Attachment& attachment)
{
    const std::optional<Attachment> stored = attachment.id.isEmpty() ? std::nullopt : load(attachment.id);
    if (!stored)
        return Error{tr("This attachment is no longer on this laptop."), attachment.id};
    if (Status s = JournalWriter(m_db, m_session)
                       .commit({{QStringLiteral("attachment"),
                                 stored->id,
                                 stored->householdId,
                                 Change::Op::Delete,
                                 {}}});
        !s)
        return s;
    // Its bytes leave this laptop when nothing else names them.
    return AttachmentContentStore(m_db).dropUnreferenced();
}

QByteArray AttachmentRepository::content(const Attachment& attachment) const
{
    return AttachmentContentStore(m_db).whole(attachment.sha256);
}

bool AttachmentRepository::hasContent(const Attachment& attachment) const
{
    const std::optional<AttachmentContentStore::State> held =
        AttachmentContentStore(m_db).state(attachment.sha256);
    return held && held->isComplete() && held->byteSize == attachment.byteSize;
}

} // namespace ff
