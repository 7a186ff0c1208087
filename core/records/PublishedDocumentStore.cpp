// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/PublishedDocumentStore.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/db/WriteTransaction.h"

namespace ff {

namespace {
const QString kColumns = QStringLiteral("name, kind, sha256, signature, published_at, content");

PublishedDocument fromRow(const Query& q)
{
    PublishedDocument d;
    d.name = q.value(0).toString();
    d.kind = q.value(1).toString();
    d.sha256 = q.value(2).toString();
    d.signature = q.value(3).toByteArray();
    d.publishedAt = q.value(4).toLongLong();
    d.content = q.value(5).toByteArray();
    return d;
}
} // namespace

PublishedDocumentStore::PublishedDocumentStore(Database& db) : m_db(db) {}

QList<PublishedDocument> PublishedDocumentStore::all(Status* status) const
{
    QList<PublishedDocument> out;
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM published_document ORDER BY kind, name").arg(kColumns))) {
        if (status)
            *status = Error{tr("The documents the county published could not be read."), q.lastErrorText()};
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    if (status)
        *status = Status::ok();
    return out;
}

std::optional<PublishedDocument> PublishedDocumentStore::find(const QString& name) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM published_document WHERE name = ?").arg(kColumns));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

Status PublishedDocumentStore::put(const PublishedDocument& document)
{
    WriteTransaction tx(m_db);
    Query q(m_db);
    const bool ok =
        tx.isOpen() &&
        // A list published again replaces the one before: in the SQL both of the county's stores
        // speak (docs/postgresql.md), with INSERT OR REPLACE's effect on this one-key table.
        q.prepare(QStringLiteral("INSERT INTO published_document(%1) VALUES(?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT(name) DO UPDATE SET kind = excluded.kind,"
                                 " sha256 = excluded.sha256, signature = excluded.signature,"
                                 " published_at = excluded.published_at, content = excluded.content")
                      .arg(kColumns));
    if (ok) {
        q.addBindValue(document.name);
        q.addBindValue(document.kind);
        q.addBindValue(document.sha256);
        q.addBindValue(document.signature);
        q.addBindValue(document.publishedAt);
        q.addBindValue(document.content);
    }
    if (!ok || !q.exec() || !tx.commit())
        return Error{tr("The document “%1” could not be stored.").arg(document.name),
                     tx.error().isEmpty() ? q.lastErrorText() : tx.error()};
    return Status::ok();
}

Status PublishedDocumentStore::install() const
{
    Status status = Status::ok();
    const QList<PublishedDocument> documents = all(&status);
    if (status)
        PublishedDocument::install(documents);
    return status;
}

} // namespace ff
