// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

/// A file kept with a household or one of its members (附件): a photo or scan of an ID card, a
/// hukou page, a proof of income, a signed consent form, the housing. The record says what the
/// file is; its bytes are kept once per content (AttachmentContentStore).
struct Attachment
{
    QString id; ///< empty until added
    QString householdId;
    /// The member it concerns; empty for the household as a whole.
    QString memberId;
    /// A code of CodeList::attachmentCategory().
    QString category;
    QString title;
    /// The file's name when it was added, without its folder.
    QString fileName;
    /// image/jpeg, image/png or application/pdf, read from the content itself.
    QString mediaType;
    qint64 byteSize = 0;
    /// Lower-case hex SHA-256 of the content.
    QString sha256;
    QString addedBy;
    /// "yyyy-MM-dd HH:mm" local time.
    QString addedAt;

    bool isImage() const { return mediaType.startsWith(QLatin1String("image/")); }
};

} // namespace ff
