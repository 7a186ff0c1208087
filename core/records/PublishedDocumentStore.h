// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/PublishedDocument.h"
#include "core/util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace ff {

class Database;

/// The county's published documents kept in a database (table published_document, schema 18):
/// at the county those `fieldfile-server publish` stored, on a laptop those it received through
/// sync with a valid county signature. Kept with the data, never as loose files, so a laptop's
/// copy is encrypted with its profile.
class PublishedDocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(PublishedDocumentStore)

public:
    explicit PublishedDocumentStore(Database& db);

    /// Every document, by name; `status` says when they could not be read.
    QList<PublishedDocument> all(Status* status = nullptr) const;
    std::optional<PublishedDocument> find(const QString& name) const;
    /// Stores a document (checked and signed or verified before), replacing one of the same name,
    /// in one transaction.
    [[nodiscard]] Status put(const PublishedDocument& document);
    /// Makes the stored documents what this process uses (PublishedDocument::install).
    [[nodiscard]] Status install() const;

private:
    Database& m_db;
};

} // namespace ff
