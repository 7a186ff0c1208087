// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/FormDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ff {

/// A document the county publishes to every laptop through sync (docs/sync-protocol.md §8.10): a
/// form version (`<id>.v<N>.json`), the list of agencies (`agencies.json`) or the visit rules
/// (`visit-rules.json`). Says what a document must be to be published or taken — the same checks
/// at the county (`fieldfile-server publish`) and on the laptop — and what the county signs.
///
/// What is in force on this machine is installed with install(): published forms become
/// versions of BuiltInForms, published visit rules replace the built-in ones and a published
/// list of agencies replaces and extends the built-in list.
struct PublishedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PublishedDocument)

public:
    static inline const QString kForm = QStringLiteral("form");
    static inline const QString kAgencies = QStringLiteral("agencies");
    static inline const QString kVisitRules = QStringLiteral("visit-rules");

    QString kind; ///< kForm, kAgencies or kVisitRules
    QString name; ///< the file name it is known by, e.g. "needs-assessment.v4.json"
    QByteArray content;
    QString sha256;         ///< lower-case hex SHA-256 of content
    QByteArray signature;   ///< the county's Ed25519 signature of signedMessage(), 64 bytes
    qint64 publishedAt = 0; ///< ms since the epoch, at the county

    static QStringList kinds();
    /// The kind a file's name says: `<id>.v<N>.json` a form, `agencies.json`, `visit-rules.json`;
    /// empty when it says none.
    static QString kindOfName(const QString& fileName);
    static QString sha256Of(const QByteArray& content);
    /// The name a file is published under when its kind is given: `agencies.json` and
    /// `visit-rules.json` whatever the file is called, a form `<id>.v<version>.json` from its own id
    /// and version when its file name is not of that form (and it reads); otherwise the file's name.
    static QString nameFor(const QString& kind, const QString& fileName, const QByteArray& content);
    /// What the county signs: "fieldfile-published-v1", kind, name and the SHA-256 in hex, joined
    /// by '\n' (no line end at the end). So a signed document cannot be given another kind or name.
    static QByteArray signedMessage(const QString& kind, const QString& name, const QString& sha256);
    QByteArray signedMessage() const { return signedMessage(kind, name, sha256); }

    /// Every problem of a document, each with its line (0: the document as a whole): its name must
    /// fit its kind and its content must read as that kind does in the app (FormDefinition,
    /// AgencyList, VisitRules); a form must be the version its name says, and not one built in.
    static QList<FormDefinitionError> check(const QString& kind, const QString& name,
                                            const QByteArray& content);

    /// Makes `documents` (checked and verified before) what this process uses: replaces whatever
    /// was installed before. An empty list goes back to the built-in forms and lists.
    static void install(const QList<PublishedDocument>& documents);
};

} // namespace ff
