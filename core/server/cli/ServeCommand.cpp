// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/ServeCommand.h"

#include "core/server/CountyBackup.h"

#include <QLockFile>

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommand.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/ConnectionLimits.h"
#include "core/server/CountyService.h"
#include "core/server/CountyStore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

namespace ff {

namespace {
/// A whole number from `low` to `high` given for `option`, or the default left in `*value`.
bool readNumber(ServerCommandContext& context, const QString& option, int low, int high, int* value)
{
    if (!context.isSet(option))
        return true;
    bool ok = false;
    const int given = context.value(option).toInt(&ok);
    if (!ok || given < low || given > high) {
        context.fail(ServerCli::tr("--%1 needs a number from %2 to %3.").arg(option).arg(low).arg(high));
        return false;
    }
    *value = given;
    return true;
}

/// The connection limits of the command line (ConnectionLimits).
bool readLimits(ServerCommandContext& context, ConnectionLimits* limits)
{
    for (const QString& proxy : context.values(QStringLiteral("proxy"))) {
        QHostAddress address;
        if (!address.setAddress(proxy)) {
            context.fail(ServerCli::tr("--proxy needs an IP address, e.g. --proxy 127.0.0.1."));
            return false;
        }
        limits->proxies.append(address);
    }
    int headerSeconds = limits->headerTimeoutMs / 1000;
    int bodySeconds = limits->bodyStallMs / 1000;
    int idleSeconds = limits->idleTimeoutMs / 1000;
    if (!readNumber(context, QStringLiteral("max-connections"), 1, 1'000'000, &limits->maxConnections) ||
        !readNumber(context, QStringLiteral("max-connections-per-address"), 1, 1'000'000,
                    &limits->maxConnectionsPerAddress) ||
        !readNumber(context, QStringLiteral("header-timeout"), 1, 3600, &headerSeconds) ||
        !readNumber(context, QStringLiteral("body-timeout"), 1, 3600, &bodySeconds) ||
        !readNumber(context, QStringLiteral("idle-timeout"), 1, 3600, &idleSeconds))
        return false;
    limits->headerTimeoutMs = headerSeconds * 1000;
    limits->bodyStallMs = bodySeconds * 1000;
    limits->idleTimeoutMs = idleSeconds * 1000;
    return true;
}
} // namespace

QString ServeCommand::name() const { return QStringLiteral("serve"); }

QString ServeCommand::description() const
{
    return ServerCli::tr("Serve the laptops' sync over HTTP or HTTPS until stopped.");
}

QString ServeCommand::usage() const
{
    return QStringLiteral("serve --listen ADDRESS:PORT [--tls-cert FILE --tls-key FILE] [--proxy ADDRESS]…");
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
        {QStringLiteral("proxy"),
         ServerCli::tr(
             "For serve: the address of a reverse proxy in front of the server (may be given more than "
             "once); the limits per client address do not apply to it, the proxy limits each client."),
         QStringLiteral("address")},
        {QStringLiteral("max-connections"),
         ServerCli::tr("For serve: connections open at once, in all (default %1).")
             .arg(ConnectionLimits().maxConnections),
         QStringLiteral("n")},
        {QStringLiteral("max-connections-per-address"),
         ServerCli::tr("For serve: connections open at once from one address (default %1).")
             .arg(ConnectionLimits().maxConnectionsPerAddress),
         QStringLiteral("n")},
        {QStringLiteral("header-timeout"),
         ServerCli::tr("For serve: seconds a client has to send a request's headers (default %1).")
             .arg(ConnectionLimits().headerTimeoutMs / 1000),
         QStringLiteral("seconds")},
        {QStringLiteral("body-timeout"),
         ServerCli::tr("For serve: seconds a request's body may pause before the connection is closed "
                       "(default %1).")
             .arg(ConnectionLimits().bodyStallMs / 1000),
         QStringLiteral("seconds")},
        {QStringLiteral("idle-timeout"),
         ServerCli::tr(
             "For serve: seconds a kept-alive connection may wait for its next request (default %1).")
             .arg(ConnectionLimits().idleTimeoutMs / 1000),
         QStringLiteral("seconds")},
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
    ConnectionLimits limits;
    if (!readLimits(context, &limits))
        return ServerCommand::kFailure;
    // Held while serving, so that a restore of this database is refused meanwhile (a second
    // server on the same file serves without it).
    QLockFile serving(CountyBackup::serveLockPath(context.database().localPath()));
    (void)serving.tryLock(0);
    // Laptops learn from the epoch when the county was restored from a backup.
    if (Status s = CountyBackup::ensureEpoch(context.database()); !s)
        return context.fail(s.error().message);
    CountyService service(context.county(), context.databasePath());
    service.setPullPageChanges(pageChanges);
    service.setLimits(limits);
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
