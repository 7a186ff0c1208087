// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/RecoverProfileCommand.h"

#include "core/crypto/SecretBytes.h"
#include "core/profile/ProfileKeyFile.h"
#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyStore.h"
#include "core/util/PrintableText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace ff {

namespace {
const QString kPasswordFile = QStringLiteral("password-file");
/// More than any password anyone types; a longer line is not one.
constexpr qint64 kMaxPasswordBytes = 4096;

/// The first line of a file, without its line end.
bool readFirstLine(const QString& path, QString* line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = file.read(kMaxPasswordBytes + 1);
    const qsizetype end = bytes.indexOf('\n');
    QByteArray first = end < 0 ? bytes : bytes.left(end);
    if (first.endsWith('\r'))
        first.chop(1);
    *line = QString::fromUtf8(first);
    std::fill(bytes.begin(), bytes.end(), '\0');
    std::fill(first.begin(), first.end(), '\0');
    return true;
}

/// A line typed on the terminal without echo; false when standard input is not a terminal.
bool readHidden(QTextStream& out, const QString& prompt, QString* line)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return false;
    out << prompt << Qt::flush;
    termios shown{};
    const bool quiet = tcgetattr(STDIN_FILENO, &shown) == 0;
    if (quiet) {
        termios hidden = shown;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QByteArray bytes;
    char c = 0;
    while (bytes.size() <= kMaxPasswordBytes && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        bytes.append(c);
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &shown);
    out << Qt::endl; // the Enter typed was not echoed
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromUtf8(bytes);
    std::fill(bytes.begin(), bytes.end(), '\0');
    return true;
#else
    Q_UNUSED(out);
    Q_UNUSED(prompt);
    Q_UNUSED(line);
    return false;
#endif
}
} // namespace

QString RecoverProfileCommand::name() const { return QStringLiteral("recover-profile"); }

QString RecoverProfileCommand::description() const
{
    return ServerCli::tr("Give a laptop profile whose password was forgotten a new password.");
}

QString RecoverProfileCommand::usage() const
{
    return QStringLiteral("recover-profile PATH [--password-file FILE]");
}

ServerCommand::Arguments RecoverProfileCommand::arguments() const { return {1, 1}; }

QList<QCommandLineOption> RecoverProfileCommand::options() const
{
    return {{kPasswordFile,
             ServerCli::tr("For recover-profile: read the new password from the first line of this file "
                           "(else it is typed twice, unseen)."),
             QStringLiteral("file")}};
}

int RecoverProfileCommand::run(ServerCommandContext& context) const
{
    CountyStore& county = context.county();
    const QString given = context.arguments().constFirst();
    const QString path = QFileInfo(given).isDir() ? QDir(given).filePath(ProfileKeyFile::fileName()) : given;
    ProfileKeyFile keyFile;
    if (Status s = ProfileKeyFile::read(path, &keyFile); !s)
        return context.fail(s.error().message);
    const ProfileIdentity& who = keyFile.identity();
    if (keyFile.isDemo())
        return context.fail(
            ServerCli::tr("%1 is the demo profile: it has no password and nothing to recover.")
                .arg(PrintableText::field(path)));
    if (!keyFile.hasRecovery())
        return context.fail(
            ServerCli::tr("The profile of %1 has no recovery: it was made before its laptop received the "
                          "county's recovery key, so its password cannot be recovered.")
                .arg(PrintableText::field(who.user)));
    if (who.county != county.countyId())
        return context.fail(
            ServerCli::tr("The profile of %1 belongs to county “%2”, not to this county (%3): "
                          "only its own county can recover it.")
                .arg(PrintableText::field(who.user), PrintableText::field(who.county), county.countyId()));
    const crypto::KeyPair recovery = county.recoveryKeys();
    if (!recovery.isValid())
        return context.fail(
            ServerCli::tr("This county has no recovery key: its key file %1 cannot be read or "
                          "has none. Run the command as the server's user.")
                .arg(CountyKeyFile::pathFor(context.database().localPath())));
    if (keyFile.recoveryPublicKey() != recovery.publicKey)
        return context.fail(ServerCli::tr("The profile of %1 was sealed to another recovery key than this "
                                          "county's: it cannot be recovered here.")
                                .arg(PrintableText::field(who.user)));
    const crypto::SecretBytes dataKey = keyFile.recover(recovery.secretKey);
    if (dataKey.isNull())
        return context.fail(ServerCli::tr("The profile of %1 could not be opened with the county's recovery "
                                          "key: its key file is damaged.")
                                .arg(PrintableText::field(who.user)));

    // The new password: from a file (scripts, tests), or typed twice without echo.
    QString password;
    if (context.isSet(kPasswordFile)) {
        if (!readFirstLine(context.value(kPasswordFile), &password))
            return context.fail(ServerCli::tr("The password file %1 cannot be read.")
                                    .arg(PrintableText::field(context.value(kPasswordFile))));
    } else {
        QString again;
        if (!readHidden(context.out(),
                        ServerCli::tr("New password for %1: ").arg(PrintableText::field(who.user)),
                        &password))
            return context.fail(
                ServerCli::tr("There is no terminal to type the new password on: give it with "
                              "--password-file FILE."));
        if (!readHidden(context.out(), ServerCli::tr("The same password again: "), &again))
            return context.fail(
                ServerCli::tr("There is no terminal to type the new password on: give it with "
                              "--password-file FILE."));
        if (again != password)
            return context.fail(ServerCli::tr("The two passwords differ. Nothing was changed."));
    }
    const int minLength = county.policy().minPasswordLength;
    if (password.toUcs4().size() < minLength)
        return context.fail(ServerCli::tr("The new password is too short: the county asks for at least %1 "
                                          "characters. Nothing was changed.")
                                .arg(minLength));
    if (!keyFile.setPassword(dataKey, password))
        return context.fail(ServerCli::tr("The new password could not protect the profile's key (not enough "
                                          "memory?). Nothing was changed."));
    password.fill(QLatin1Char('\0'));
    if (Status s = keyFile.write(path); !s)
        return context.fail(s.error().message);

    QTextStream& out = context.out();
    if (who.station.isEmpty())
        out << ServerCli::tr(
                   "The profile of %1 (county %2) has a new password; its failed sign-ins are reset.")
                   .arg(PrintableText::field(who.user), county.countyId());
    else
        out << ServerCli::tr(
                   "The profile of %1 (station %2, county %3) has a new password; its failed sign-ins "
                   "are reset.")
                   .arg(PrintableText::field(who.user), PrintableText::field(who.station), county.countyId());
    out << '\n'
        << ServerCli::tr("Copy %1 back into the profile's folder on the laptop; then sign in with the new "
                         "password.")
               .arg(PrintableText::field(path))
        << '\n';
    return kSuccess;
}

} // namespace ff
