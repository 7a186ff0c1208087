// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/PublishedCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyPublisher.h"

#include <QDateTime>
#include <QTextStream>

namespace ff {

QString PublishedCommand::name() const { return QStringLiteral("published"); }

QString PublishedCommand::description() const
{
    return ServerCli::tr("List the forms and lists published to the laptops.");
}

QString PublishedCommand::usage() const { return QStringLiteral("published"); }

int PublishedCommand::run(ServerCommandContext& context) const
{
    Status status = Status::ok();
    const QList<PublishedDocument> documents = CountyPublisher(context.database()).published(&status);
    if (!status)
        return context.fail(status.error().message);
    QTextStream& out = context.out();
    if (documents.isEmpty()) {
        out << ServerCli::tr("Nothing is published: laptops use the forms and lists built into Fieldfile.")
            << '\n';
        return kSuccess;
    }
    for (const PublishedDocument& d : documents)
        out << d.kind << '\t' << d.name << '\t'
            << QDateTime::fromMSecsSinceEpoch(d.publishedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << '\t' << d.sha256 << '\n';
    return kSuccess;
}

} // namespace ff
