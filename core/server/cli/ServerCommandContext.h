// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Database.h"
#include "core/server/CountyStore.h"
#include "core/util/Result.h"

#include <optional>
#include <QCommandLineOption>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace ff {

/// What a command runs with: the parsed command line, the county database, and the two streams it
/// writes to (stdout and stderr in the program, buffers in the tests).
///
/// Holds what every command shares: the --database option and its default, opening the database
/// with the "no database" and "not initialized" refusals, and how a refusal is written.
class ServerCommandContext
{
    Q_DISABLE_COPY_MOVE(ServerCommandContext)

public:
    /// The parser must have parsed the command line already and outlive the context.
    ServerCommandContext(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
    ~ServerCommandContext();

    /// --database PATH, which every command takes.
    static QCommandLineOption databaseOption();
    /// --keys FILE: the key file of a county database in PostgreSQL.
    static QCommandLineOption keysOption();
    /// county.db in the program's data folder.
    static QString defaultDatabasePath();

    /// The positional arguments after the command's name.
    QStringList arguments() const;
    bool isSet(const QString& option) const;
    QString value(const QString& option) const;
    /// Every value of an option given more than once.
    QStringList values(const QString& option) const;
    /// The --database given, or the default.
    QString databasePath() const;

    /// Opens the county database (creating it unless needsCounty). When needsCounty, a missing file
    /// and a database without a county deployment are refused: says why on the error stream and
    /// returns false, as it does when the file cannot be opened. A county whose key file has no
    /// recovery key gets one (CountyStore::ensureRecoveryKey; a failure is said, not fatal).
    [[nodiscard]] bool openCounty(bool needsCounty);
    /// The database and the county over it; only after openCounty() succeeded.
    Database& database() { return m_db; }
    CountyStore& county() { return *m_county; }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    /// Writes message, a line, on the error stream; returns ServerCommand::kFailure.
    int fail(const QString& message);
    /// The end of a command that does one thing: its error, or message on the output stream.
    int done(const Status& status, const QString& message);

private:
    const QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    Database m_db;
    std::optional<CountyStore> m_county;
};

} // namespace ff
