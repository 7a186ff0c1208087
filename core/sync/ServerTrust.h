// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QNetworkReply;

namespace ff {

/// Which HTTPS certificate a laptop accepts from its county server.
///
/// A certificate from an authority the system trusts is accepted as any browser would. Many
/// counties run the server with a certificate of their own instead (fieldfile-server prints its
/// SHA-256 fingerprint when it starts): the caseworker types that fingerprint once, when
/// connecting; the certificate that matches it is pinned on the laptop, and from then on exactly
/// that certificate — and no other that is not trusted by the system — is accepted.
class ServerTrust
{
    Q_DECLARE_TR_FUNCTIONS(ServerTrust)

public:
    /// "AB:CD:…", the SHA-256 of the certificate, as fieldfile-server prints it.
    static QString fingerprint(const QSslCertificate& certificate);
    /// Whether a typed fingerprint names this certificate: case, spaces and colons do not matter.
    static bool matches(const QString& typed, const QSslCertificate& certificate);
    /// Lets the reply go on despite `errors` when the server's certificate is the pinned one.
    static bool acceptPinned(QNetworkReply* reply, const QList<QSslError>& errors,
                             const QSslCertificate& pinned);
    /// What the county signs to announce the certificate it will serve with next: the UTF-8 of
    /// `fieldfile-next-certificate-v1`, a line end, and the lower-case hex SHA-256 of its DER.
    static QByteArray announcementMessage(const QSslCertificate& certificate);
    /// What to tell the person when the certificate was not accepted.
    static QString untrustedMessage();
};

} // namespace ff
