// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/ImportCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyStore.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/PackageFileName.h"
#include "core/sync/PackageHeader.h"
#include "core/util/PrintableText.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace ff {

namespace {
/// The log line of a demo profile's package refused (docs/sync-protocol.md §6, step 2).
QByteArray demoRefusal(const QString& file, const QString& sender)
{
    const QJsonObject fields{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("event"), QStringLiteral("import")},
        {QStringLiteral("file"), file},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("outcome"), QStringLiteral("refused")},
        {QStringLiteral("reason"), QStringLiteral("demo")}};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}
} // namespace

QString ImportCommand::name() const { return QStringLiteral("import"); }

QString ImportCommand::description() const
{
    return ServerCli::tr("Import sync packages; write a signed receipt next to each.");
}

QString ImportCommand::usage() const { return QStringLiteral("import FILE.ffpkg..."); }

ServerCommand::Arguments ImportCommand::arguments() const { return {1, Arguments::kUnlimited}; }

QString ImportCommand::usageMessage() const
{
    // A message of its own, so that its translation can name the file in words.
    return ServerCli::tr("Usage: fieldfile-server import FILE.ffpkg...");
}

int ImportCommand::run(ServerCommandContext& context) const
{
    QTextStream& out = context.out();
    const QStringList files = context.arguments();
    int refused = 0;
    int alreadyImported = 0; // imported before: not counted as imported now
    int index = 0;
    for (const QString& path : files) {
        ++index;
        out << QStringLiteral("[%1/%2] %3: ").arg(index).arg(files.size()).arg(PrintableText::field(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out << ServerCli::tr("refused: the file cannot be read.") << '\n';
            ++refused;
            continue;
        }
        // Never read more than a package may be: the size limit comes before anything else.
        if (file.size() > PackageLimits{}.maxFileBytes) {
            out << ServerCli::tr("refused: the file is too large to be a sync package.") << '\n';
            ++refused;
            continue;
        }
        const CountyStore::ImportOutcome result = context.county().importPackage(file.readAll());
        using Kind = CountyStore::ImportOutcome::Kind;
        if (result.kind == Kind::Refused) {
            // The reason may quote the package (its sender): printed without control characters.
            out << ServerCli::tr("refused: ") << PrintableText::field(result.reason) << '\n';
            // Invented households brought to the county: a line for the log, as the service
            // writes one (docs/sync-protocol.md §6).
            if (result.demo)
                context.err() << demoRefusal(path, result.header.sender) << Qt::endl;
            ++refused;
            continue;
        }
        if (result.kind == Kind::AlreadyImported) {
            out << ServerCli::tr("already imported; nothing changed") << '\n';
            ++alreadyImported;
        } else
            out << ServerCli::tr("applied %1, already here %2, conflicts opened %3, parked %4")
                       .arg(result.report.applied + result.report.unparked)
                       .arg(result.report.alreadyHere)
                       .arg(result.report.conflictsOpened)
                       .arg(result.report.parked)
                << '\n';
        for (auto it = result.report.parkedReasons.cbegin(); it != result.report.parkedReasons.cend(); ++it)
            out << QStringLiteral("    ")
                << ServerCli::tr("parked %1: %2").arg(it.value()).arg(ChangeImporter::reasonText(it.key()))
                << '\n';
        const QString receiptPath = PackageFileName::receiptFor(path);
        QSaveFile receipt(receiptPath);
        if (receipt.open(QIODevice::WriteOnly) && receipt.write(result.receipt) == result.receipt.size() &&
            receipt.commit())
            out << QStringLiteral("    ") << ServerCli::tr("receipt: ") << PrintableText::field(receiptPath)
                << '\n';
        else
            out << QStringLiteral("    ") << ServerCli::tr("the receipt could not be written to ")
                << PrintableText::field(receiptPath) << '\n';
    }
    out << ServerCli::tr("%1 package(s): %2 imported, %3 imported before, %4 refused.")
               .arg(files.size())
               .arg(files.size() - refused - alreadyImported)
               .arg(alreadyImported)
               .arg(refused)
        << '\n';
    return refused == 0 ? kSuccess : kRefused;
}

} // namespace ff
