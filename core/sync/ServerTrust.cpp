// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ServerTrust.h"

#include <QCryptographicHash>

#include <QNetworkReply>
#include <QSslConfiguration>

namespace ff {

namespace {
QString hexOnly(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            out += c.toUpper();
    }
    return out;
}
} // namespace

QString ServerTrust::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            out += QLatin1Char(':');
        out += QString::fromLatin1(hex.mid(i, 2));
    }
    return out;
}

bool ServerTrust::matches(const QString& typed, const QSslCertificate& certificate)
{
    const QString wanted = hexOnly(typed);
    return !certificate.isNull() && wanted.size() == 64 && wanted == hexOnly(fingerprint(certificate));
}

bool ServerTrust::acceptPinned(QNetworkReply* reply, const QList<QSslError>& errors,
                               const QSslCertificate& pinned)
{
    if (pinned.isNull() || reply->sslConfiguration().peerCertificate() != pinned)
        return false;
    reply->ignoreSslErrors(errors);
    return true;
}

QByteArray ServerTrust::announcementMessage(const QSslCertificate& certificate)
{
    return QByteArrayLiteral("fieldfile-next-certificate-v1\n") +
           certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString ServerTrust::untrustedMessage()
{
    return tr("This laptop does not trust the county server's certificate. If the county uses a certificate "
              "of its own, ask its IT staff for the certificate fingerprint (fieldfile-server shows it when "
              "it starts) and enter it when you connect.");
}

} // namespace ff
