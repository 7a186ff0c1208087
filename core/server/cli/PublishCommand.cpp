// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/PublishCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyPublisher.h"
#include "core/util/PrintableText.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace ff {

namespace {
const QString kKind = QStringLiteral("kind");
/// A published document is a form or a short list: far below this.
constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
} // namespace

QString PublishCommand::name() const { return QStringLiteral("publish"); }

QString PublishCommand::description() const
{
    return ServerCli::tr("Publish a form version, the agencies or the visit rules to every laptop.");
}

QString PublishCommand::usage() const
{
    return QStringLiteral("publish FILE [--kind form|agencies|visit-rules]");
}

QList<QCommandLineOption> PublishCommand::options() const
{
    return {{kKind,
             ServerCli::tr("For publish: what the file is (form, agencies or visit-rules); by default "
                           "what its name says."),
             QStringLiteral("kind")}};
}

int PublishCommand::run(ServerCommandContext& context) const
{
    const QString path = context.arguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(ServerCli::tr("%1: the file cannot be read.").arg(PrintableText::field(path)));
    if (file.size() > kMaxBytes)
        return context.fail(ServerCli::tr("%1: the file is too large to be a form or a list.")
                                .arg(PrintableText::field(path)));
    const QString fileName = QFileInfo(path).fileName();
    QList<FormDefinitionError> problems;
    QString name; // the name laptops know it by: agencies.json whatever the file is called
    const CountyPublisher::Outcome outcome =
        CountyPublisher(context.database())
            .publish(context.value(kKind).trimmed(), fileName, file.readAll(), &problems, &name);
    if (name.isEmpty())
        name = fileName;
    switch (outcome) {
    case CountyPublisher::Outcome::Published:
        context.out() << ServerCli::tr("Published %1: every laptop receives it at its next sync.").arg(name)
                      << '\n';
        return kSuccess;
    case CountyPublisher::Outcome::Unchanged:
        context.out()
            << ServerCli::tr("%1 was published already with the same content: nothing changed.").arg(name)
            << '\n';
        return kSuccess;
    case CountyPublisher::Outcome::Refused:
        break;
    }
    context.err() << ServerCli::tr("%1 is refused, nothing was published:").arg(PrintableText::field(name))
                  << '\n';
    for (const FormDefinitionError& e : std::as_const(problems))
        context.err() << (e.line > 0 ? ServerCli::tr("line %1: %2").arg(e.line).arg(e.message) : e.message)
                      << '\n';
    return kRefused;
}

} // namespace ff
