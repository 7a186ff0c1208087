// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/AnnounceCertificateCommand.h"

#include "core/db/Database.h"
#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/sync/ServerTrust.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QTextStream>

namespace ff {

namespace {
const QString kNext = QStringLiteral("next_certificate");
}

QString AnnounceCertificateCommand::name() const { return QStringLiteral("announce-certificate"); }

QString AnnounceCertificateCommand::description() const
{
    return ServerCli::tr("Announce to the laptops the certificate the server will use next (or --clear).");
}

QString AnnounceCertificateCommand::usage() const
{
    return QStringLiteral("announce-certificate NEW-CERT.pem | --clear");
}

ServerCommand::Arguments AnnounceCertificateCommand::arguments() const { return {0, 1}; }

QList<QCommandLineOption> AnnounceCertificateCommand::options() const
{
    return {
        {QStringLiteral("clear"), ServerCli::tr("For announce-certificate: announce no next certificate.")}};
}

int AnnounceCertificateCommand::run(ServerCommandContext& context) const
{
    Database& db = context.database();
    if (context.isSet(QStringLiteral("clear"))) {
        if (!db.setMeta(kNext, {}))
            return context.fail(db.lastErrorText());
        context.out() << ServerCli::tr("No next certificate is announced.") << '\n';
        return kSuccess;
    }
    if (context.arguments().isEmpty()) {
        const QString pem = db.meta(kNext);
        const QSslCertificate next(pem.toLatin1(), QSsl::Pem);
        context.out() << (next.isNull() ? ServerCli::tr("No next certificate is announced.")
                                        : ServerCli::tr("Announced: %1, valid until %2.")
                                              .arg(ServerTrust::fingerprint(next),
                                                   next.expiryDate().toString(QStringLiteral("yyyy-MM-dd"))))
                      << '\n';
        return kSuccess;
    }
    const QString path = context.arguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(ServerCli::tr("%1 cannot be read.").arg(path));
    const QSslCertificate certificate(&file, QSsl::Pem);
    if (certificate.isNull())
        return context.fail(ServerCli::tr("%1 is not a PEM certificate.").arg(path));
    if (certificate.expiryDate() <= QDateTime::currentDateTimeUtc())
        return context.fail(ServerCli::tr("%1 has expired already (%2).")
                                .arg(path, certificate.expiryDate().toString(QStringLiteral("yyyy-MM-dd"))));
    if (!db.setMeta(kNext, QString::fromLatin1(certificate.toPem())))
        return context.fail(db.lastErrorText());
    context.out() << ServerCli::tr(
                         "Announced %1 (valid until %2). Every laptop that syncs from now on accepts it; "
                         "once all have synced (fieldfile-server devices), serve with it.")
                         .arg(ServerTrust::fingerprint(certificate),
                              certificate.expiryDate().toString(QStringLiteral("yyyy-MM-dd")))
                  << '\n';
    return kSuccess;
}

} // namespace ff
