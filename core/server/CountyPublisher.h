// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/PublishedDocument.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ff {

class Database;

/// Publishes the county's documents (form versions, the agencies, the visit rules) to every
/// laptop: checks a document as the app would read it, signs it with the county's signing key and
/// stores it (PublishedDocumentStore); laptops fetch what they lack at their next sync
/// (docs/sync-protocol.md §8.10). A form version never changes once published; the lists do.
class CountyPublisher
{
    Q_DECLARE_TR_FUNCTIONS(CountyPublisher)

public:
    explicit CountyPublisher(Database& db);

    enum class Outcome
    {
        Published, ///< stored, new or replacing the list of that name
        Unchanged, ///< the same bytes were published already: nothing done
        Refused    ///< a problem of the document (problems), or a version published already
    };
    /// Publishes `content`, a file called `fileName`, as a document of `kind` (empty: the kind the
    /// name says) under PublishedDocument::nameFor(). Refused with every problem and its line,
    /// storing nothing. `name` receives the name it is published under.
    [[nodiscard]] Outcome publish(QString kind, const QString& fileName, const QByteArray& content,
                                  QList<FormDefinitionError>* problems, QString* name = nullptr);
    /// The documents published, with the manifest the laptops read (content included).
    QList<PublishedDocument> published(Status* status = nullptr) const;

private:
    Database& m_db;
};

} // namespace ff
