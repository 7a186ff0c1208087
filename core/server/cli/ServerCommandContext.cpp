// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/ServerCommandContext.h"

#include "core/db/Database.h"
#include "core/db/PostgresLocalPaths.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace ff {

ServerCommandContext::ServerCommandContext(const QCommandLineParser& parser, QTextStream& out,
                                           QTextStream& err)
    : m_parser(parser), m_out(out), m_err(err)
{}

ServerCommandContext::~ServerCommandContext() = default;

QCommandLineOption ServerCommandContext::databaseOption()
{
    return {QStringLiteral("database"),
            ServerCli::tr("The county database: a file (default: %1), or a PostgreSQL database, "
                          "postgresql://user@host:port/name (with --keys).")
                .arg(defaultDatabasePath()),
            QStringLiteral("path")};
}

QCommandLineOption ServerCommandContext::keysOption()
{
    return {QStringLiteral("keys"),
            ServerCli::tr("With a PostgreSQL database: the county's key file on this machine, NAME.keys."),
            QStringLiteral("file")};
}

QString ServerCommandContext::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("county.db"));
}

QStringList ServerCommandContext::arguments() const { return m_parser.positionalArguments().mid(1); }

bool ServerCommandContext::isSet(const QString& option) const { return m_parser.isSet(option); }

QString ServerCommandContext::value(const QString& option) const { return m_parser.value(option); }

QStringList ServerCommandContext::values(const QString& option) const { return m_parser.values(option); }

QString ServerCommandContext::databasePath() const
{
    return isSet(QStringLiteral("database")) ? value(QStringLiteral("database")) : defaultDatabasePath();
}

bool ServerCommandContext::openCounty(bool needsCounty)
{
    const QString path = databasePath();
    const bool postgres = Database::isPostgresUrl(path);
    QString localPath = path;
    if (postgres) {
        // The secret keys are never in the database (core/server invariant 10): a file here.
        const QString keys = value(QStringLiteral("keys"));
        if (!keys.endsWith(QStringLiteral(".keys")) || keys.size() <= 5) {
            fail(
                ServerCli::tr("A PostgreSQL county database needs --keys FILE.keys: the county's key file on "
                              "this machine, made by init, to back up apart from the database."));
            return false;
        }
        localPath = QFileInfo(keys.chopped(5)).absoluteFilePath();
        // The service's worker threads open their own connections to the same URL.
        PostgresLocalPaths::set(path, localPath);
    } else if (isSet(QStringLiteral("keys"))) {
        fail(ServerCli::tr("--keys is for a PostgreSQL database; a county database file keeps its key file "
                           "beside it."));
        return false;
    }
    // Only init may create the file: anything else on a mistyped path would leave an empty database.
    if (needsCounty && !postgres && !QFile::exists(path)) {
        fail(ServerCli::tr(
                 "There is no county database at %1. Create one with: fieldfile-server init --county ID")
                 .arg(path));
        return false;
    }
    if (Status s = m_db.open(path, localPath); !s) {
        fail(s.error().message + QLatin1Char(' ') + s.error().detail);
        return false;
    }
    m_county.emplace(m_db);
    if (needsCounty && !m_county->isInitialized()) {
        fail(m_county->statusText());
        return false;
    }
    // A county from before recovery keys gets its own at the first command or serve. Without it
    // nothing is lost but the recovery of profiles enrolled meanwhile: said, and the command goes on.
    if (m_county->isInitialized()) {
        if (Status s = m_county->ensureRecoveryKey(); !s)
            m_err << s.error().message << ' ' << s.error().detail << Qt::endl;
    }
    return true;
}

int ServerCommandContext::fail(const QString& message)
{
    m_err << message << Qt::endl;
    return ServerCommand::kFailure;
}

int ServerCommandContext::done(const Status& status, const QString& message)
{
    if (!status)
        return fail(status.error().message);
    m_out << message << '\n';
    return ServerCommand::kSuccess;
}

} // namespace ff
