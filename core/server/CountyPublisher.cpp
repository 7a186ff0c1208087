// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/CountyPublisher.h"

#include "core/crypto/Signature.h"
#include "core/records/PublishedDocumentStore.h"
#include "core/server/CountyStore.h"

#include <QDateTime>

namespace ff {

CountyPublisher::CountyPublisher(Database& db) : m_db(db) {}

CountyPublisher::Outcome CountyPublisher::publish(QString kind, const QString& fileName,
                                                  const QByteArray& content,
                                                  QList<FormDefinitionError>* problems,
                                                  QString* publishedName)
{
    const auto refuse = [problems](const QList<FormDefinitionError>& why) {
        if (problems)
            *problems = why;
        return Outcome::Refused;
    };
    if (kind.isEmpty())
        kind = PublishedDocument::kindOfName(fileName);
    if (kind.isEmpty())
        return refuse({{0, tr("The kind of “%1” cannot be told from its name: give --kind form, agencies or "
                              "visit-rules.")
                               .arg(fileName)}});
    const QString name = PublishedDocument::nameFor(kind, fileName, content);
    if (publishedName)
        *publishedName = name;
    if (const QList<FormDefinitionError> found = PublishedDocument::check(kind, name, content);
        !found.isEmpty())
        return refuse(found);
    PublishedDocumentStore store(m_db);
    const QString sha256 = PublishedDocument::sha256Of(content);
    if (const std::optional<PublishedDocument> before = store.find(name)) {
        if (before->sha256 == sha256 && before->kind == kind) {
            if (problems)
                problems->clear();
            return Outcome::Unchanged;
        }
        // A form version is what assessments made with it were checked against: it never changes.
        if (kind == PublishedDocument::kForm || before->kind == PublishedDocument::kForm)
            return refuse({{0, tr("“%1” was published before with other content, and a published form "
                                  "version never changes: give it a new version number.")
                                   .arg(name)}});
    }
    const QByteArray secret = CountyStore(m_db).signingKeys().secretKey;
    if (secret.isEmpty())
        return refuse({{0, tr("The county's key file cannot be read, so nothing can be signed.")}});
    PublishedDocument document;
    document.kind = kind;
    document.name = name;
    document.content = content;
    document.sha256 = sha256;
    document.publishedAt = QDateTime::currentMSecsSinceEpoch();
    document.signature = crypto::Signature::sign(document.signedMessage(), secret);
    if (Status s = store.put(document); !s)
        return refuse({{0, s.error().message + QStringLiteral(" (") + s.error().detail + QLatin1Char(')')}});
    if (problems)
        problems->clear();
    return Outcome::Published;
}

QList<PublishedDocument> CountyPublisher::published(Status* status) const
{
    return PublishedDocumentStore(m_db).all(status);
}

} // namespace ff
