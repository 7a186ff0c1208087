// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/ReportCommand.h"

#include "core/indicators/CsvWriter.h"
#include "core/indicators/IndicatorReport.h"
#include "core/records/PublishedDocumentStore.h"
#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyRecordCopy.h"

#include <QTextStream>

namespace ff {

namespace {
const QString kScope = QStringLiteral("scope");
const QString kPeriod = QStringLiteral("period");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
} // namespace

QString ReportCommand::name() const { return QStringLiteral("report"); }

QString ReportCommand::description() const
{
    return ServerCli::tr("Write the indicators of a scope and period, beside the previous period, as CSV.");
}

QString ReportCommand::usage() const
{
    return QStringLiteral("report --period 2026-11|2026-Q4|2026 [--scope county|township:NAME|station:NAME|"
                          "caseworker:NAME] [--format csv] --output FILE");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return {
        {kScope,
         ServerCli::tr("For report: county (the default), township:NAME, station:NAME or caseworker:NAME."),
         QStringLiteral("scope")},
        {kPeriod, ServerCli::tr("For report: a month (2026-11), a quarter (2026-Q4) or a year (2026)."),
         QStringLiteral("period")},
        {kFormat, ServerCli::tr("For report: csv (the only format of the county's reports)."),
         QStringLiteral("format")},
        {kOutput, ServerCli::tr("For report: the file to write (- for the standard output)."),
         QStringLiteral("file")}};
}

int ReportCommand::run(ServerCommandContext& context) const
{
    const std::optional<ReportPeriod> period = ReportPeriod::parse(context.value(kPeriod));
    if (!period)
        return context.fail(
            ServerCli::tr("--period is a month (2026-11), a quarter (2026-Q4) or a year (2026).") +
            QLatin1Char('\n') + usageMessage());
    const std::optional<IndicatorScope> scope =
        IndicatorScope::parse(context.isSet(kScope) ? context.value(kScope) : QStringLiteral("county"));
    if (!scope)
        return context.fail(
            ServerCli::tr("--scope is county, township:NAME, station:NAME or caseworker:NAME.") +
            QLatin1Char('\n') + usageMessage());
    if (context.isSet(kFormat) && context.value(kFormat).trimmed().toLower() != QLatin1String("csv"))
        return context.fail(ServerCli::tr("The county's reports are written as CSV (--format csv)."));
    const QString output = context.value(kOutput).trimmed();
    if (output.isEmpty())
        return context.fail(usageMessage());

    CountyRecordCopy records;
    if (Status s = records.make(context.database()); !s)
        return context.fail(s.error().message + QLatin1Char(' ') + s.error().detail);
    // The form versions the county published, to read the needs of assessments made with them.
    if (Status s = PublishedDocumentStore(records.database()).install(); !s)
        context.err() << s.error().message << ' ' << s.error().detail << Qt::endl;
    const QByteArray csv = IndicatorReport::compute(records.database(), *scope, *period).toCsv();
    if (output == QLatin1String("-")) {
        context.out() << QString::fromUtf8(csv);
        return kSuccess;
    }
    if (Status s = CsvWriter::save(output, csv); !s)
        return context.fail(s.error().message + QLatin1Char(' ') + s.error().detail);
    context.out()
        << ServerCli::tr("The indicators of %1, %2, are in %3.").arg(scope->label(), period->label(), output)
        << '\n';
    return kSuccess;
}

} // namespace ff
