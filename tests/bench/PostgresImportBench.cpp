// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The county's import on PostgreSQL beside the same import on SQLite, in the same run (see
// README.md, "fieldfile-postgres-bench"): a throwaway PostgreSQL cluster of its own, the demo
// caseload written on one laptop, its package imported into fresh county databases of both
// stores, alternating, and the medians compared.
#include "tests/support/PostgresCluster.h"

#include "core/crypto/KeyPair.h"
#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "core/journal/JournalReader.h"
#include "core/records/RecordProjections.h"
#include "core/server/CountyStore.h"
#include "core/sync/PackageWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace ff;

namespace {
QTextStream out(stdout);

/// One import of the laptop's changes into a fresh county database at `location`; its seconds,
/// or a negative number when it failed.
double importSeconds(const QString& location, const QString& localPath, const QList<Change>& changes,
                     const QString& device, const crypto::KeyPair& signing, const crypto::KeyPair& box)
{
    Database county;
    if (Status s = county.open(location, localPath); !s) {
        out << "open failed: " << s.error().message << ' ' << s.error().detail << '\n';
        return -1;
    }
    if (!CountyStore::initialize(county, QStringLiteral("371321")))
        return -1;
    CountyStore store(county);
    QString code, user;
    if (!store.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"),
                       QStringLiteral("岸堤镇社工站")) ||
        !store.issueEnrollmentCode(QStringLiteral("王芳"), &code) ||
        !store.enroll(code, device, signing.publicKey, box.publicKey, &user))
        return -1;
    const QByteArray package = PackageWriter::write(changes, {device, signing},
                                                    {QStringLiteral("371321"), store.boxKeys().publicKey}, 1);
    QElapsedTimer timer;
    timer.start();
    const CountyStore::ImportOutcome outcome = store.importPackage(package);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (outcome.kind != CountyStore::ImportOutcome::Kind::Applied) {
        out << "import failed: " << outcome.reason << '\n';
        return -1;
    }
    return seconds;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

QString listed(const QList<double>& times)
{
    QString text;
    for (double v : times)
        text += QLatin1Char(' ') + QString::number(v, 'f', 2);
    return text;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    RecordProjections::install();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("households"), QStringLiteral("Caseload to import."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Alternating imports into each store."),
                      QStringLiteral("r"), QStringLiteral("3")});
    parser.process(app);
    const int households = parser.value(QStringLiteral("households")).toInt();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    test::PostgresCluster& cluster = test::PostgresCluster::instance();
    if (!cluster.isRunning()) {
        out << "no PostgreSQL: " << cluster.problem() << '\n';
        return 1;
    }
    QTemporaryDir dir;
    Database laptop;
    if (!laptop.open(dir.filePath(QStringLiteral("laptop.db"))) ||
        !DemoGenerator::generate(laptop, {households, 7, 1000}))
        return 1;
    const QList<Change> changes = JournalReader(laptop).since(0);
    const QString device = laptop.meta(QStringLiteral("device_id"));
    const crypto::KeyPair signing = crypto::KeyPair::generate(crypto::KeyPair::Kind::Signing);
    const crypto::KeyPair box = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    out << "Fieldfile county import on PostgreSQL and SQLite: " << households << " households, "
        << changes.size() << " changes\n";

    QList<double> sqlite, postgres;
    for (int round = 0; round < rounds; ++round) {
        const QString file = dir.filePath(QStringLiteral("county-%1.db").arg(round));
        const double s = importSeconds(file, file, changes, device, signing, box);
        const QString local = dir.filePath(QStringLiteral("pg-%1").arg(round));
        const double p = importSeconds(cluster.newDatabase(), local, changes, device, signing, box);
        if (s < 0 || p < 0)
            return 1;
        sqlite << s;
        postgres << p;
    }
    const double n = double(changes.size());
    out << QStringLiteral("SQLite:     %1 changes/s (median %2 s;%3 s)\n")
               .arg(n / median(sqlite), 0, 'f', 0)
               .arg(median(sqlite), 0, 'f', 2)
               .arg(listed(sqlite));
    out << QStringLiteral("PostgreSQL: %1 changes/s (median %2 s;%3 s) = %4 % of SQLite's rate\n")
               .arg(n / median(postgres), 0, 'f', 0)
               .arg(median(postgres), 0, 'f', 2)
               .arg(listed(postgres))
               .arg(100.0 * median(sqlite) / median(postgres), 0, 'f', 1);
    return 0;
}
