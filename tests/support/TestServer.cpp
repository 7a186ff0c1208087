// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestServer.h"

#include "tests/support/PostgresCluster.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRegularExpression>

namespace ff::test {

QString admin(const QString& database, const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(english());
    p.start(QStringLiteral(FIELDFILE_SERVER_BINARY), databaseArguments(database) + args);
    p.waitForFinished(60000);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString enrollmentCode(const QString& database, const QString& user)
{
    const QString out = admin(database, {QStringLiteral("enroll-code"), user});
    return QRegularExpression(QStringLiteral("([0-9A-Z]{5}-[0-9A-Z]{5})")).match(out).captured(1);
}

QString countyDatabase(Store store, const QString& dir)
{
    if (store == Store::Sqlite)
        return QDir(dir).filePath(QStringLiteral("county.db"));
    PostgresCluster& cluster = PostgresCluster::instance();
    const QString url = cluster.newDatabase();
    if (url.isEmpty()) {
        WARN("no PostgreSQL: " << cluster.problem().toStdString());
        return {};
    }
    useKeyFile(url, QDir(dir).filePath(QStringLiteral("county.keys")));
    return url;
}

void makeCounty(const QString& database, const QList<CountyUser>& users)
{
    admin(database, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    for (const CountyUser& user : users) {
        QStringList args{QStringLiteral("add-user"), user.name, QStringLiteral("--role"), user.role};
        if (!user.station.isEmpty())
            args << QStringLiteral("--station") << user.station;
        admin(database, args);
    }
}

} // namespace ff::test
