// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/Attachment.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ff {

class Database;

/// Adds, lists, corrects and removes a household's attachments through the journal, the bytes
/// kept once per content (AttachmentContentStore). A file is taken when it is a JPEG or PNG photo
/// or a PDF scan (read from its bytes, not its name), not empty and at most
/// AttachmentContentStore::kMaxBytes; the same content attached twice to one household is refused,
/// naming the attachment that holds it already. What the file is never changes (the authority
/// rule `attachment_is_final`): its category, title and member may be corrected.
class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    explicit AttachmentRepository(Database& db, const Session& session = Session::none());

    /// The household's attachments, newest first.
    QList<Attachment> forHousehold(const QString& householdId) const;
    std::optional<Attachment> load(const QString& id) const;

    /// What the bytes are: "image/jpeg", "image/png", "application/pdf", or empty when none of these.
    static QString mediaTypeOf(const QByteArray& bytes);
    /// Why `bytes` cannot be attached (empty when they can): empty, too large, not a photo or scan.
    static QString refusalOf(const QByteArray& bytes, const QString& fileName);
    /// The same from a file's size and its first bytes (16 are enough), before it is read whole.
    static QString refusalOf(qint64 size, const QByteArray& head, const QString& fileName);
    /// The size for a person: "840 KB", "12.5 MB".
    static QString sizeText(qint64 bytes);

    /// Adds `bytes` as an attachment of `attachment.householdId` (its member, category and title as
    /// given; an empty title becomes the file name without its suffix), by the session's person,
    /// now. `attachment` is filled with what was saved. One transaction: the content and the record.
    [[nodiscard]] Status add(Attachment& attachment, const QByteArray& bytes);
    /// Changes the category, title and member of an attachment on file.
    [[nodiscard]] Status correct(const Attachment& attachment);
    /// Removes an attachment (its content leaves this laptop once nothing names it).
    [[nodiscard]] Status remove(const Attachment& attachment);

    /// The file's bytes, when this laptop holds them whole; empty when they are still to come from
    /// the county.
    QByteArray content(const Attachment& attachment) const;
    /// Whether this laptop holds the file's bytes whole.
    bool hasContent(const Attachment& attachment) const;

private:
    Database& m_db;
    Session m_session;
};

} // namespace ff
