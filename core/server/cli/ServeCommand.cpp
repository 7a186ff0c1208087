// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/ServeCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyService.h"
#include "core/server/CountyStore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

namespace ff {

QString ServeCommand::name() const { return QStringLiteral("serve"); }

QString ServeCommand::description() const
{
    return ServerCli::tr("Serve the laptops' sync over HTTP or HTTPS until stopped.");
}

QString ServeCommand::usage() const
{
    return QStringLiteral("serve --listen ADDRESS:PORT [--tls-cert FILE --tls-key FILE]");
}

QList<QCommandLineOption> ServeCommand::options() const
{
    return {
        {QStringLiteral("listen"),
         ServerCli::tr("For serve: the address and port, e.g. 0.0.0.0:8443 (port 0: any free port)."),
         QStringLiteral("address:port")},
        {QStringLiteral("tls-cert"), ServerCli::tr("For serve: PEM certificate for HTTPS."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), ServerCli::tr("For serve: PEM private key for HTTPS."),
         QStringLiteral("file")},
        {QStringLiteral("page-changes"),
         ServerCli::tr("For serve: changes per pull page (default %1; smaller pages lose less when a "
                       "poor connection drops).")
             .arg(CountyService::kPullPageChanges),
         QStringLiteral("n")},
    };
}

int ServeCommand::run(ServerCommandContext& context) const
{
    const QString listen = context.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QHostAddress address;
    if (colon <= 0 || !portOk || port > 65535 || !address.setAddress(listen.left(colon)))
        return context.fail(ServerCli::tr("serve needs --listen ADDRESS:PORT, e.g. --listen 0.0.0.0:8443."));
    const bool tls = context.isSet(QStringLiteral("tls-cert"));
    if (tls != context.isSet(QStringLiteral("tls-key")))
        return context.fail(ServerCli::tr("HTTPS needs both --tls-cert and --tls-key."));
    int pageChanges = CountyService::kPullPageChanges;
    if (context.isSet(QStringLiteral("page-changes"))) {
        bool ok = false;
        pageChanges = context.value(QStringLiteral("page-changes")).toInt(&ok);
        if (!ok || pageChanges < 1 || pageChanges > 100000)
            return context.fail(ServerCli::tr("--page-changes needs a number from 1 to 100000."));
    }
    CountyService service(context.county(), context.databasePath());
    service.setPullPageChanges(pageChanges);
    if (tls) {
        if (Status s = service.useTls(context.value(QStringLiteral("tls-cert")),
                                      context.value(QStringLiteral("tls-key")));
            !s)
            return context.fail(s.error().message);
    }
    const quint16 bound = service.listen(address, quint16(port));
    if (bound == 0)
        return context.fail(
            ServerCli::tr("Cannot listen on %1 (in use, or not an address of this machine).").arg(listen));
    // Flushed at once: whoever started the server (a test, a service manager) waits for this line.
    context.out() << ServerCli::tr("County %1 listening on %2://%3:%4")
                         .arg(context.county().countyId(),
                              tls ? QStringLiteral("https") : QStringLiteral("http"), address.toString())
                         .arg(bound)
                  << Qt::endl;
    if (tls)
        context.out() << ServerCli::tr(
                             "Certificate fingerprint (SHA-256), for laptops to check when they connect: %1")
                             .arg(service.certificateFingerprint())
                      << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace ff
