// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Load benchmark (see README.md): N laptops sync at once against the real `fieldfile-server serve`
// on 127.0.0.1, R times. Each laptop is a SyncClient on its own thread with its own database, as
// in the app; every request is timed on the laptop's side. Counts errors and lost changes, prints
// latency percentiles beside a baseline measured in the same run (pings with no load, one laptop
// syncing alone), and the server's memory, threads, descriptors and CPU time.

#include "tests/support/PostgresCluster.h"

#include "core/db/Database.h"
#include "core/model/ResidentId.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/RecordProjections.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/VisitRepository.h"
#include "core/server/CountyStore.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/SyncClient.h"
#include "tests/bench/BenchTools.h"

#include <QChildEvent>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>

using namespace ff;
using bench::percentile;

namespace {
QTextStream out(stdout);

const QString kCounty = QStringLiteral("371321");
const QStringList kStations = {QStringLiteral("岸堤镇社工站"), QStringLiteral("孙祖镇社工站")};
const QString kSupervisor = QStringLiteral("周督导");

/// One clock for every thread: when a request was made and when its reply finished.
QElapsedTimer& benchClock()
{
    static QElapsedTimer timer;
    return timer;
}
double nowMs() { return double(benchClock().nsecsElapsed()) / 1e6; }

/// When something was measured: while enrolling, the baseline laptop syncing alone, or under load.
enum class Phase
{
    Setup,
    Alone,
    Load
};

/// One HTTP request as a laptop saw it.
struct Request
{
    Phase phase = Phase::Setup;
    QString kind; ///< ping, enroll, push, pull
    int status = 0;
    bool failed = false;
    QString problem; ///< for a failed one: Qt's error and the start of the body
    double ms = 0;
};

/// A caseworker's name: 20 of them, 10 in each station.
QString caseworker(int i)
{
    static const QStringList names = {
        QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("张敏"), QStringLiteral("刘洋"),
        QStringLiteral("陈静"), QStringLiteral("杨丽"), QStringLiteral("赵强"), QStringLiteral("黄磊"),
        QStringLiteral("周杰"), QStringLiteral("吴霞"), QStringLiteral("徐明"), QStringLiteral("孙婷"),
        QStringLiteral("马超"), QStringLiteral("朱琳"), QStringLiteral("胡军"), QStringLiteral("郭燕"),
        QStringLiteral("何平"), QStringLiteral("高峰"), QStringLiteral("林红"), QStringLiteral("罗斌")};
    return names.at(i % names.size());
}
constexpr int kCaseworkers = 20;

/// An ID number with a correct check digit; `seq` odd for a man, even for a woman.
QString residentId(QDate birth, int seq)
{
    const QString first17 = kCounty + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkDigit(first17);
}

QVariantMap member(const QString& name, const QString& relation, QDate birth, int seq)
{
    const QString id = residentId(birth, seq);
    return {{QStringLiteral("name"), name},
            {QStringLiteral("sex"),
             ResidentId::sex(id) == QLatin1Char('M') ? QStringLiteral("male") : QStringLiteral("female")},
            {QStringLiteral("birth_date"), birth.toString(Qt::ISODate)},
            {QStringLiteral("id_number"), id},
            {QStringLiteral("relation"), relation}};
}

/// One laptop: its database, its SyncClient and the timings of its requests. It lives on its own
/// thread (as the app runs SyncClient on a worker thread), and every method but the constructor
/// runs there; the main thread reads the results only while it is idle, after it reported back.
class Laptop : public QObject
{
public:
    using Done = std::function<void()>;

    Laptop(int index, QString path, QString user, int station)
        : m_index(index), m_path(std::move(path)), m_user(std::move(user)), m_station(station)
    {}

    QList<Request> requests;
    QList<double> loadSyncMs;  ///< each full sync under load, as the person waits for it
    QList<double> aloneSyncMs; ///< each full sync of the baseline laptop, alone
    QStringList errors;
    int requestsWithoutStart = 0;
    qint64 ownChanges = 0; ///< changes made on this laptop (its journal rows with its device id)
    int unsent = 0;
    QString deviceId;

    void open(const Done& done)
    {
        m_db = std::make_unique<Database>();
        if (Status s = m_db->open(m_path); !s)
            errors << QStringLiteral("laptop %1: database: %2").arg(m_index).arg(s.error().message);
        m_client = std::make_unique<SyncClient>(*m_db);
        // The client's own network access manager: every reply it makes is its child, made when the
        // request is handed to Qt, and the manager says when each has finished.
        auto* network = m_client->findChild<QNetworkAccessManager*>();
        network->installEventFilter(this);
        connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply* r) { replied(r); });
        connect(m_client.get(), &SyncClient::finished, this, [this](const Status& s) { syncFinished(s); });
        done();
    }

    void enroll(const QUrl& server, const QString& code, const Done& done)
    {
        start(Phase::Setup, done);
        m_client->enroll(server, code);
    }

    /// A day's work on this laptop: on the first day `households` new households (head, spouse,
    /// a grandchild), each with a service log and a done visit; on later days a visit and a service
    /// log for each of them. Written through the repositories, as the household file's tabs do.
    void fileWork(bool firstDay, int households, const Done& done)
    {
        const Session session = DeviceSync(*m_db).session();
        const QDate today = session.today();
        if (firstDay) {
            for (int h = 0; h < households; ++h) {
                const int serial = m_index * 1000 + m_filed++;
                const QDate headBirth = QDate(1950, 1, 1).addDays((serial * 37) % 9000);
                HouseholdFile file;
                file.household = {
                    {QStringLiteral("household_no"),
                     QStringLiteral("371321%1-%2").arg(101 + m_station).arg(serial, 6, 10, QLatin1Char('0'))},
                    {QStringLiteral("county"), QStringLiteral("沂南县")},
                    {QStringLiteral("township"),
                     m_station == 0 ? QStringLiteral("岸堤镇") : QStringLiteral("孙祖镇")},
                    {QStringLiteral("village"), QStringLiteral("东山村")},
                    {QStringLiteral("phone"),
                     QStringLiteral("1381234%1").arg(serial % 10000, 4, 10, QLatin1Char('0'))},
                    {QStringLiteral("status"), QStringLiteral("dibao")},
                    {QStringLiteral("annual_income"), 6000 + serial % 5000}};
                file.members = {
                    member(QStringLiteral("张建国"), QStringLiteral("head"), headBirth, 11),
                    member(QStringLiteral("李秀英"), QStringLiteral("spouse"), headBirth.addDays(400), 22),
                    member(QStringLiteral("张小雨"), QStringLiteral("granddaughter"),
                           QDate(2014, 3, 1).addDays(serial % 1500), 42)};
                if (Status s = HouseholdRepository(*m_db, session).save(file); !s) {
                    errors << QStringLiteral("laptop %1: household not saved: %2")
                                  .arg(m_index)
                                  .arg(s.error().message);
                    continue;
                }
                m_households.append({file.household.value(QStringLiteral("id")).toString(),
                                     file.members.at(0).value(QStringLiteral("id")).toString(),
                                     file.members.at(2).value(QStringLiteral("id")).toString()});
                casework(m_households.constLast(), session, today);
            }
        } else {
            for (const Filed& f : std::as_const(m_households))
                casework(f, session, today);
        }
        done();
    }

    void sync(Phase phase, const Done& done)
    {
        start(phase, done);
        m_client->syncNow();
    }

    /// What the county should now hold of this laptop, and what it still has to send.
    void count(const Done& done)
    {
        DeviceSync device(*m_db);
        deviceId = device.deviceId();
        unsent = device.unsentCount();
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM journal WHERE device = ?"));
        q.addBindValue(deviceId);
        ownChanges = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        done();
    }

    void close(const Done& done)
    {
        m_client.reset();
        m_db.reset();
        done();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ChildAdded)
            m_made.insert(static_cast<QChildEvent*>(event)->child(), nowMs());
        return QObject::eventFilter(watched, event);
    }

private:
    struct Filed
    {
        QString household, head, child;
    };

    void casework(const Filed& f, const Session& session, QDate today)
    {
        ServiceSession service;
        service.servedOn = today;
        service.durationMin = 45;
        service.category = QStringLiteral("psychological_counselling");
        service.caseworker = m_user;
        service.activity = QStringLiteral("了解孩子学习和生活情况，与祖父母谈心");
        service.outcome = QStringLiteral("孩子情绪稳定，按时上学");
        service.households = {{f.household, {}, {f.child}}};
        if (Status s = ServiceLogRepository(*m_db, session).save(service); !s)
            errors
                << QStringLiteral("laptop %1: service log not saved: %2").arg(m_index).arg(s.error().message);
        Visit visit;
        visit.householdId = f.household;
        visit.status = QStringLiteral("done");
        visit.visitedOn = today;
        visit.metMemberIds = {f.head};
        visit.notes = QStringLiteral("入户走访，家中情况稳定");
        if (Status s = VisitRepository(*m_db, session).save(visit); !s)
            errors << QStringLiteral("laptop %1: visit not saved: %2").arg(m_index).arg(s.error().message);
    }

    void start(Phase phase, const Done& done)
    {
        m_phase = phase;
        m_done = done;
        m_started = nowMs();
    }

    void replied(QNetworkReply* reply)
    {
        Request r;
        r.phase = m_phase;
        r.kind = reply->url().path().section(QLatin1Char('/'), -1);
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.failed = reply->error() != QNetworkReply::NoError || r.status < 200 || r.status > 299;
        if (r.failed) // peek: the client reads the body after this
            r.problem = QStringLiteral("%1 %2: %3 %4")
                            .arg(r.kind)
                            .arg(r.status)
                            .arg(reply->errorString(), QString::fromUtf8(reply->peek(200)));
        const auto made = m_made.constFind(reply);
        if (made == m_made.cend()) {
            ++requestsWithoutStart;
        } else {
            r.ms = nowMs() - made.value();
            m_made.erase(made);
        }
        requests.append(r);
    }

    void syncFinished(const Status& status)
    {
        const double ms = nowMs() - m_started;
        if (m_phase == Phase::Load)
            loadSyncMs.append(ms);
        else if (m_phase == Phase::Alone)
            aloneSyncMs.append(ms);
        if (!status)
            errors << QStringLiteral("laptop %1: %2 failed: %3 (%4)")
                          .arg(m_index)
                          .arg(m_phase == Phase::Setup ? QStringLiteral("enrollment")
                                                       : QStringLiteral("sync"))
                          .arg(status.error().message, status.error().detail);
        if (m_done)
            std::exchange(m_done, {})();
    }

    int m_index;
    QString m_path;
    QString m_user;
    int m_station;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncClient> m_client;
    Phase m_phase = Phase::Setup;
    Done m_done;
    double m_started = 0;
    /// Children of the network access manager (its replies among them) by when they were made.
    QHash<QObject*, double> m_made;
    QList<Filed> m_households;
    int m_filed = 0;
};

/// The real server process and what it shows of itself in /proc while it runs.
struct Server
{
    QProcess process;
    qint64 pid = 0;
    QUrl url;
    QStringList logLines; ///< its standard error: one JSON object a line
    qint64 rssKb = 0, peakRssKb = 0, hwmKb = 0;
    qint64 startRssKb = 0, idleRssKb = 0, endRssKb = 0; ///< at start, before the load, after it
    int threads = 0, peakThreads = 0, descriptors = 0, peakDescriptors = 0;

    void sample()
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray& line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() < 2)
                continue;
            if (parts.at(0) == "VmRSS:")
                rssKb = parts.at(1).toLongLong();
            else if (parts.at(0) == "VmHWM:")
                hwmKb = parts.at(1).toLongLong();
            else if (parts.at(0) == "Threads:")
                threads = parts.at(1).toInt();
        }
        std::error_code error;
        descriptors = 0;
        for (std::filesystem::directory_iterator it(QStringLiteral("/proc/%1/fd").arg(pid).toStdString(),
                                                    error);
             !error && it != std::filesystem::directory_iterator(); it.increment(error))
            ++descriptors;
        peakRssKb = std::max(peakRssKb, rssKb);
        peakThreads = std::max(peakThreads, threads);
        peakDescriptors = std::max(peakDescriptors, descriptors);
    }

    /// User and system CPU time of the process so far, in seconds.
    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return 0;
        // Fields after the command name (which may hold spaces): state is the 3rd field, utime the 14th.
        const QByteArray all = stat.readAll();
        const QList<QByteArray> fields = all.mid(all.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return 0;
        return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }

    void readLog()
    {
        m_partial += process.readAllStandardError();
        const qsizetype end = m_partial.lastIndexOf('\n');
        if (end < 0)
            return;
        for (const QByteArray& line : m_partial.left(end).split('\n'))
            if (!line.isEmpty())
                logLines << QString::fromUtf8(line);
        m_partial.remove(0, end + 1);
    }

private:
    QByteArray m_partial;
};

double benchCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Stats
{
    int n = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};
Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {int(ms.size()), percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99),
            ms.isEmpty() ? 0 : ms.constLast()};
}

QString number(double v, int decimals = 1) { return QString::number(v, 'f', decimals); }
QString ratio(double v, double baseline)
{
    return baseline > 0 ? number(v / baseline) + QStringLiteral("×") : QString();
}

void line(const QString& label, const Stats& s, const Stats& baseline = {})
{
    out << "  " << label.leftJustified(34) << QString::number(s.n).rightJustified(6)
        << number(s.p50).rightJustified(9) << number(s.p95).rightJustified(9)
        << number(s.p99).rightJustified(9) << number(s.max).rightJustified(9)
        << ratio(s.p50, baseline.p50).rightJustified(12) << ratio(s.p99, baseline.p99).rightJustified(12)
        << '\n';
}

void header(const QString& title)
{
    out << "  " << title.leftJustified(34) << QStringLiteral("n").rightJustified(6)
        << QStringLiteral("p50").rightJustified(9) << QStringLiteral("p95").rightJustified(9)
        << QStringLiteral("p99").rightJustified(9) << QStringLiteral("max").rightJustified(9)
        << QStringLiteral("p50 vs base").rightJustified(12)
        << QStringLiteral("p99 vs base").rightJustified(12) << '\n';
}

QString megabytes(qint64 kb) { return number(double(kb) / 1024.0) + QStringLiteral(" MB"); }
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ff::RecordProjections::install();
    benchClock().start();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Laptops syncing at once (default 200)."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("rounds"),
                      QStringLiteral("Full syncs of every laptop, all at once (default 2)."),
                      QStringLiteral("r"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("households"),
                      QStringLiteral("New households per laptop on its first day (default 2)."),
                      QStringLiteral("n"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("server-arg"),
                      QStringLiteral("One more argument for `fieldfile-server serve` (repeat for several)."),
                      QStringLiteral("arg")});
    parser.addOption({QStringLiteral("one-address"),
                      QStringLiteral("Do not pass --proxy 127.0.0.1 to the server: the laptops count as one "
                                     "client address, as behind one NAT.")});
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("The county's store: sqlite (a file, the default) or postgresql (a "
                                     "throwaway cluster the bench starts)."),
                      QStringLiteral("store"), QStringLiteral("sqlite")});
    parser.addOption({QStringLiteral("servers"),
                      QStringLiteral("`serve` processes on the one database, the laptops split between them "
                                     "(default 1; several need --store postgresql)."),
                      QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Seconds a round may take before the bench gives up (default 150)."),
                      QStringLiteral("s"), QStringLiteral("150")});
    parser.process(app);
    const int clients = std::max(1, parser.value(QStringLiteral("clients")).toInt());
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const int households = std::max(1, parser.value(QStringLiteral("households")).toInt());
    const int timeoutMs = std::max(10, parser.value(QStringLiteral("timeout")).toInt()) * 1000;
    const QString store = parser.value(QStringLiteral("store"));
    const bool postgres = store == QStringLiteral("postgresql");
    const int serverCount = std::max(1, parser.value(QStringLiteral("servers")).toInt());
    if (!postgres && store != QStringLiteral("sqlite")) {
        out << "--store is sqlite or postgresql, not " << store << '\n';
        return 2;
    }
    if (!postgres && serverCount > 1) {
        out << "several servers share one database only in PostgreSQL: add --store postgresql\n";
        return 2;
    }
    const QString serverBinary = QStringLiteral(FIELDFILE_SERVER_BINARY);
    QTemporaryDir dir;
    QStringList setupErrors;

    // The county: 20 caseworkers in two stations and a supervisor of the first, each laptop
    // enrolled with a one-time code issued here, as `fieldfile-server enroll-code` does. Laptop i
    // is caseworker i mod 20's; the last laptop is the supervisor's; one more, the baseline laptop,
    // is the first caseworker's.
    // The county's database: a file, or a fresh database in a throwaway PostgreSQL cluster (its key
    // file beside the other files, as `--keys` names it for every server process).
    const QString countyPath = dir.filePath(QStringLiteral("county.db"));
    QString countyLocation = countyPath;
    QStringList databaseArgs = {QStringLiteral("--database"), countyPath};
    if (postgres) {
        test::PostgresCluster& cluster = test::PostgresCluster::instance();
        countyLocation = cluster.newDatabase();
        if (countyLocation.isEmpty()) {
            out << "no PostgreSQL: " << cluster.problem() << '\n';
            return 1;
        }
        databaseArgs = {QStringLiteral("--database"), countyLocation, QStringLiteral("--keys"),
                        countyPath + QStringLiteral(".keys")};
    }
    QStringList users, codes;
    QList<int> stations;
    for (int i = 0; i <= clients; ++i) {
        const bool supervisor = i == clients - 1 && clients > 1;
        const int worker = i == clients ? 0 : i % kCaseworkers;
        users << (supervisor ? kSupervisor : caseworker(worker));
        stations << (supervisor ? 0 : worker % 2);
    }
    {
        Database county;
        if (Status s = county.open(countyLocation, countyPath); !s) {
            out << "county database: " << s.error().message << ' ' << s.error().detail << '\n';
            return 1;
        }
        CountyStore store(county);
        Status made = CountyStore::initialize(county, kCounty);
        for (int i = 0; made && i < kCaseworkers; ++i)
            made = store.addUser(caseworker(i), QStringLiteral("caseworker"), kStations.at(i % 2));
        if (made)
            made = store.addUser(kSupervisor, QStringLiteral("supervisor"), kStations.at(0));
        for (const QString& user : std::as_const(users)) {
            QString code;
            if (made)
                made = store.issueEnrollmentCode(user, &code);
            codes << code;
        }
        if (!made) {
            out << "county setup: " << made.error().message << '\n';
            return 1;
        }
    }

    // The real server, on a free port of 127.0.0.1 (its first line says which); with --servers,
    // several processes on the one database.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QStringList serveArgs = {QStringLiteral("serve"), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0")};
    // Every laptop connects from 127.0.0.1 here, standing for as many addresses as there are
    // laptops: a server that limits connections per client address is told so with --proxy, which
    // exempts that address from those limits (the limits in all still apply), unless --one-address
    // asks to see what the laptops get as one address, as if behind one NAT.
    QProcess help;
    help.start(serverBinary, {QStringLiteral("--help")});
    help.waitForFinished(10000);
    const bool knowsProxy = help.readAllStandardOutput().contains("--proxy");
    if (knowsProxy && !parser.isSet(QStringLiteral("one-address")))
        serveArgs << QStringLiteral("--proxy") << QStringLiteral("127.0.0.1");
    serveArgs << parser.values(QStringLiteral("server-arg"));
    std::vector<std::unique_ptr<Server>> servers;
    for (int i = 0; i < serverCount; ++i) {
        auto server = std::make_unique<Server>();
        server->process.setProcessEnvironment(environment);
        server->process.start(serverBinary, databaseArgs + serveArgs);
        QString firstLine;
        while (!firstLine.contains(QLatin1Char('\n')) && server->process.waitForReadyRead(10000))
            firstLine += QString::fromUtf8(server->process.readAllStandardOutput());
        server->url = QUrl(
            QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)")).match(firstLine).captured(1));
        if (!server->url.isValid() || server->url.isEmpty()) {
            out << "the server did not start: " << firstLine << server->process.readAllStandardError()
                << '\n';
            for (const auto& started : servers)
                started->process.kill();
            return 1;
        }
        server->pid = server->process.processId();
        Server* s = server.get();
        QObject::connect(&s->process, &QProcess::readyReadStandardError, [s] { s->readLog(); });
        s->sample();
        s->startRssKb = s->rssKb;
        servers.push_back(std::move(server));
    }
    const QUrl url = servers.front()->url; // the baseline's server
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        for (const auto& server : servers)
            server->sample();
    });
    sampler.start(20);
    const auto serversCpuSeconds = [&] {
        double seconds = 0;
        for (const auto& server : servers)
            seconds += server->cpuSeconds();
        return seconds;
    };

    // The laptops, each on its own thread.
    QList<Laptop*> laptops;
    QList<QThread*> threads;
    for (int i = 0; i <= clients; ++i) {
        auto* laptop =
            new Laptop(i, dir.filePath(QStringLiteral("laptop-%1.db").arg(i)), users.at(i), stations.at(i));
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("laptop-%1").arg(i));
        laptop->moveToThread(thread);
        thread->start();
        laptops << laptop;
        threads << thread;
    }
    Laptop* alone = laptops.takeLast(); // the baseline laptop
    const QList<Laptop*> everyLaptop = laptops + QList<Laptop*>{alone};

    // Runs `task` on each laptop's thread at once and waits, the main event loop running (it reads
    // the server's log and samples its memory), until every one has reported back.
    const auto onEach = [&](const QList<Laptop*>& which,
                            const std::function<void(Laptop*, const Laptop::Done&)>& task) {
        QEventLoop loop;
        int pending = int(which.size());
        const Laptop::Done back = [&] {
            QMetaObject::invokeMethod(&loop, [&] {
                if (--pending == 0)
                    loop.quit();
            });
        };
        for (Laptop* laptop : which)
            QMetaObject::invokeMethod(laptop, [&task, laptop, back] { task(laptop, back); });
        bool late = false;
        QTimer::singleShot(timeoutMs, &loop, [&] {
            late = true;
            loop.quit();
        });
        if (pending > 0)
            loop.exec();
        if (late) {
            out << "gave up: " << pending << " laptop(s) had not finished after " << timeoutMs / 1000
                << " s; the county database and laptops are left in " << dir.path() << '\n';
            out.flush();
            for (const auto& server : servers)
                server->process.kill();
            if (postgres)
                test::PostgresCluster::instance().stop();
            std::_Exit(1);
        }
    };

    QElapsedTimer setup;
    setup.start();
    onEach(everyLaptop, [](Laptop* l, const Laptop::Done& done) { l->open(done); });
    const double openSeconds = double(setup.elapsed()) / 1000.0;
    // Laptop i enrolls with (and syncs through) server i mod the servers' count; the baseline
    // laptop with the first.
    onEach(everyLaptop, [&](Laptop* l, const Laptop::Done& done) {
        const qsizetype i = everyLaptop.indexOf(l);
        l->enroll(l == alone ? url : servers.at(size_t(i) % servers.size())->url, codes.at(i), done);
    });
    for (Laptop* l : std::as_const(everyLaptop)) {
        setupErrors << l->errors;
        l->errors.clear();
    }
    const double enrollSeconds = double(setup.elapsed()) / 1000.0 - openSeconds;

    out << "Fieldfile load benchmark: " << clients
        << " laptops syncing at once against the real fieldfile-server\n"
        << "  server       " << servers.size() << " × " << QFileInfo(serverBinary).fileName() << ' '
        << serveArgs.join(QLatin1Char(' ')) << " (pid";
    for (const auto& server : servers)
        out << ' ' << server->pid;
    out << (servers.size() > 1
                ? QStringLiteral("; laptop i syncs through server i mod %1").arg(servers.size())
                : QString())
        << ")\n"
        << "  store        "
        << (postgres
                ? QStringLiteral("PostgreSQL (a throwaway cluster on 127.0.0.1, fsync=off), --keys beside it")
                : QStringLiteral("SQLite (a file)"))
        << '\n';
    out << "  county       " << kCaseworkers
        << " caseworkers in 2 stations, 1 supervisor; laptop i is caseworker "
        << "i mod 20's, the last one the supervisor's, and a baseline laptop the first caseworker's\n"
        << "  work         day 1: " << households
        << " new household(s) per laptop (3 members), each with a service log and a done visit; "
        << "later days: a service log and a visit for each\n"
        << "  rounds       " << rounds
        << " (before each: every laptop files a day's work; then all sync at once)\n"
        << "  machine      " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " CPUs, Qt " << qVersion() << "; bench and server share them\n";
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        out << "  load average " << loadavg.readAll().split(' ').mid(0, 3).join(' ')
            << " before the run (other processes make timings noisier)\n";
    out << "  setup        " << everyLaptop.size() << " laptop databases opened in " << number(openSeconds, 2)
        << " s, enrolled over HTTP (all at once) in " << number(enrollSeconds, 2) << " s, "
        << setupErrors.size() << " error(s)\n\n";
    for (const QString& e : setupErrors.mid(0, 5))
        out << "  setup error: " << e << '\n';
    out.flush();

    // Baseline 1: pings with no load, one after the other.
    QList<double> idlePings;
    {
        QNetworkAccessManager network;
        for (int i = 0; i < 50; ++i) {
            const double t = nowMs();
            QNetworkReply* reply =
                network.get(QNetworkRequest(SyncClient::endpoint(url, QStringLiteral("/api/v1/ping"))));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            idlePings << nowMs() - t;
            if (reply->error() != QNetworkReply::NoError)
                setupErrors << QStringLiteral("baseline ping: %1").arg(reply->errorString());
            reply->deleteLater();
        }
    }
    // Baseline 2: one laptop alone, with the first day's work of a laptop under load, 5 times.
    constexpr int kAloneSyncs = 10;
    for (int i = 0; i < kAloneSyncs; ++i) {
        onEach({alone},
               [households](Laptop* l, const Laptop::Done& done) { l->fileWork(true, households, done); });
        onEach({alone}, [](Laptop* l, const Laptop::Done& done) { l->sync(Phase::Alone, done); });
    }
    for (const auto& server : servers) {
        server->sample();
        server->idleRssKb = server->rssKb;
        server->peakRssKb = server->rssKb; // the peak under load from here on
    }

    // The load: R rounds; in each every laptop files a day's work (not timed), then all sync at once.
    double loadSeconds = 0, serverCpu = 0, benchCpu = 0;
    QList<double> roundSeconds;
    for (int round = 0; round < rounds; ++round) {
        onEach(laptops, [round, households](Laptop* l, const Laptop::Done& done) {
            l->fileWork(round == 0, households, done);
        });
        const double serverCpuBefore = serversCpuSeconds();
        const double benchCpuBefore = benchCpuSeconds();
        QElapsedTimer wall;
        wall.start();
        onEach(laptops, [](Laptop* l, const Laptop::Done& done) { l->sync(Phase::Load, done); });
        roundSeconds << double(wall.nsecsElapsed()) / 1e9;
        loadSeconds += roundSeconds.constLast();
        serverCpu += serversCpuSeconds() - serverCpuBefore;
        benchCpu += benchCpuSeconds() - benchCpuBefore;
    }
    onEach(everyLaptop, [](Laptop* l, const Laptop::Done& done) { l->count(done); });
    for (const auto& server : servers) {
        server->sample();
        server->endRssKb = server->rssKb;
    }

    // Stop the servers, read the rest of their logs, then count what the county holds.
    QStringList logLines;
    for (const auto& server : servers) {
        server->process.terminate();
        if (!server->process.waitForFinished(10000))
            server->process.kill();
        server->readLog();
        logLines << server->logLines;
    }
    QHash<QString, qint64> held;
    qint64 countyChanges = 0, parked = 0, conflicts = 0, countyHouseholds = 0;
    {
        Database county;
        if (!county.open(countyLocation, countyPath)) {
            out << "cannot reopen the county database\n";
            return 1;
        }
        QSqlQuery q(county.sql());
        q.exec(QStringLiteral("SELECT device, count(*) FROM journal GROUP BY device"));
        while (q.next()) {
            held.insert(q.value(0).toString(), q.value(1).toLongLong());
            countyChanges += q.value(1).toLongLong();
        }
        const auto scalar = [&](const QString& sql) {
            QSqlQuery s(county.sql());
            return s.exec(sql) && s.next() ? s.value(0).toLongLong() : -1;
        };
        parked = scalar(QStringLiteral("SELECT count(*) FROM parked_change"));
        conflicts = scalar(QStringLiteral("SELECT count(*) FROM conflict"));
        countyHouseholds =
            scalar(QStringLiteral("SELECT count(*) FROM record_heads WHERE entity = 'household'"));
    }

    // What the laptops saw.
    QList<double> all, aloneAll;
    QHash<QString, QList<double>> byKind, aloneByKind;
    QList<double> loadSyncs, aloneSyncs;
    QStringList errors;
    qint64 loadRequests = 0, pushed = 0, lost = 0, unsent = 0;
    int withoutStart = 0;
    for (Laptop* l : std::as_const(everyLaptop)) {
        for (const Request& r : std::as_const(l->requests)) {
            if (r.failed)
                errors << QStringLiteral("laptop %1: %2").arg(everyLaptop.indexOf(l)).arg(r.problem);
            if (r.phase == Phase::Load) {
                ++loadRequests;
                all << r.ms;
                byKind[r.kind] << r.ms;
            } else if (r.phase == Phase::Alone) {
                aloneAll << r.ms;
                aloneByKind[r.kind] << r.ms;
            }
        }
        errors << l->errors;
        loadSyncs << l->loadSyncMs;
        aloneSyncs << l->aloneSyncMs;
        withoutStart += l->requestsWithoutStart;
        pushed += l->ownChanges;
        lost += std::max<qint64>(0, l->ownChanges - held.value(l->deviceId));
        unsent += l->unsent;
    }
    // What the server said of itself: one JSON line per enrollment, push and pull, with the time it
    // counts for each (`ms`), told apart by the device that sent it: the baseline laptop's or not.
    QHash<QString, int> laptopOf;
    for (int i = 0; i < everyLaptop.size(); ++i)
        laptopOf.insert(everyLaptop.at(i)->deviceId, i);
    QHash<QString, QList<double>> serverMs, serverAloneMs;
    QHash<QString, QJsonObject> slowest;
    QStringList serverProblems;
    for (const QString& text : std::as_const(logLines)) {
        const QJsonObject entry = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString event = entry.value(QStringLiteral("event")).toString();
        if (event != QStringLiteral("request")) {
            serverProblems << text; // a parked change, a limit, a line that is not JSON (a warning from Qt)
            continue;
        }
        if (entry.value(QStringLiteral("status")).toInt() >= 300)
            serverProblems << text;
        const QString kind = entry.value(QStringLiteral("path")).toString().section(QLatin1Char('/'), -1);
        const double ms = entry.value(QStringLiteral("ms")).toDouble();
        const int laptop = laptopOf.value(entry.value(QStringLiteral("device")).toString(), -1);
        if (laptop == clients) {
            serverAloneMs[kind] << ms;
        } else if (laptop >= 0 || kind == QStringLiteral("enroll")) {
            serverMs[kind] << ms;
            if (ms > slowest.value(kind).value(QStringLiteral("ms")).toDouble(-1))
                slowest.insert(kind, entry);
        }
    }
    errors = setupErrors + errors;

    out << "Errors: " << errors.size()
        << " (failed syncs, failed enrollments, non-2xx replies, network errors)";
    out << (errors.isEmpty() ? QStringLiteral("  PASS\n") : QStringLiteral("  FAIL\n"));
    for (const QString& e : errors.mid(0, 5))
        out << "  " << e.left(300) << '\n';
    out << "Server log: " << logLines.size() << " lines, " << serverProblems.size()
        << " not a 2xx request (refusals, parked changes, anything else it wrote)\n";
    for (const QString& p : serverProblems.mid(0, 5))
        out << "  " << p.left(300) << '\n';
    out << "Changes: " << pushed << " made on the laptops, " << unsent
        << " of them unsent at the end; the county holds " << countyChanges << " (" << countyHouseholds
        << " households), " << lost << " lost, " << parked << " parked, " << conflicts << " conflicts  "
        << (lost == 0 && unsent == 0 && parked == 0 ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
        << "\n\n";

    out << "Latency in ms, each request timed on its laptop from the moment SyncClient hands it to Qt to "
           "its\n"
           "finished reply (the page's application, the package's making and the signature are outside it).\n"
           "Under load: "
        << clients << " laptops × " << rounds
        << " rounds, all at once. Baselines, same run, before the load: " << idlePings.size()
        << " pings one after the other (no load); one laptop syncing " << kAloneSyncs
        << " times alone with day 1's work.\n";
    header(QStringLiteral("baseline"));
    const Stats idle = stats(idlePings);
    line(QStringLiteral("ping, no load"), idle);
    const Stats alonePush = stats(aloneByKind.value(QStringLiteral("push")));
    const Stats alonePull = stats(aloneByKind.value(QStringLiteral("pull")));
    const Stats aloneSync = stats(aloneSyncs);
    line(QStringLiteral("ping, one laptop alone"), stats(aloneByKind.value(QStringLiteral("ping"))));
    line(QStringLiteral("push, one laptop alone"), alonePush);
    line(QStringLiteral("pull, one laptop alone"), alonePull);
    line(QStringLiteral("every request, one laptop alone"), stats(aloneAll));
    line(QStringLiteral("full sync, one laptop alone"), aloneSync);
    header(QStringLiteral("under load"));
    line(QStringLiteral("ping (vs ping, no load)"), stats(byKind.value(QStringLiteral("ping"))), idle);
    line(QStringLiteral("push (vs push alone)"), stats(byKind.value(QStringLiteral("push"))), alonePush);
    line(QStringLiteral("pull (vs pull alone)"), stats(byKind.value(QStringLiteral("pull"))), alonePull);
    const Stats every = stats(all);
    line(QStringLiteral("every request (vs alone)"), every, stats(aloneAll));
    line(QStringLiteral("full sync (vs full sync alone)"), stats(loadSyncs), aloneSync);
    if (withoutStart > 0)
        out << "  (" << withoutStart << " replies without a recorded start: not timed)\n";
    out << "Server side: the `ms` of the request lines of its log, the time the server counts for each "
           "(core/server/CountyService says from when):\n";
    header(QStringLiteral("in the server's log"));
    line(QStringLiteral("enroll (all at once, setup)"), stats(serverMs.value(QStringLiteral("enroll"))));
    for (const QString& kind : {QStringLiteral("push"), QStringLiteral("pull")}) {
        const Stats alone = stats(serverAloneMs.value(kind));
        line(kind + QStringLiteral(", one laptop alone"), alone);
        line(kind + QStringLiteral(", under load (vs alone)"), stats(serverMs.value(kind)), alone);
    }
    for (const QString& kind : {QStringLiteral("push"), QStringLiteral("pull")}) {
        const QJsonObject entry = slowest.value(kind);
        if (entry.isEmpty())
            continue;
        const int laptop = laptopOf.value(entry.value(QStringLiteral("device")).toString(), -1);
        out << "  slowest " << kind << ": " << entry.value(QStringLiteral("ms")).toInt() << " ms, laptop "
            << laptop << " (" << (laptop >= 0 ? users.at(laptop) : QString()) << "), "
            << (kind == QStringLiteral("push") ? QStringLiteral("%1 bytes, %2 changes applied")
                                                     .arg(entry.value(QStringLiteral("bytes")).toInt())
                                                     .arg(entry.value(QStringLiteral("applied")).toInt())
                                               : QStringLiteral("%1 changes after %2")
                                                     .arg(entry.value(QStringLiteral("changes")).toInt())
                                                     .arg(entry.value(QStringLiteral("after")).toInteger()))
            << '\n';
    }
    out << '\n';

    out << "Throughput: " << loadRequests << " requests in " << number(loadSeconds, 2)
        << " s of load (rounds:";
    for (double s : std::as_const(roundSeconds))
        out << ' ' << number(s, 2) << " s";
    out << ") = " << number(double(loadRequests) / loadSeconds, 0) << " requests/s, "
        << number(double(loadSyncs.size()) / loadSeconds, 0) << " full syncs/s\n";
    out << "CPU during the load: server " << number(serverCpu, 2) << " s ("
        << number(100.0 * serverCpu / loadSeconds, 0) << " % of one CPU), bench (" << clients
        << " laptops: packages, pages, databases) " << number(benchCpu, 2) << " s ("
        << number(100.0 * benchCpu / loadSeconds, 0) << " %)\n";
    for (size_t i = 0; i < servers.size(); ++i) {
        const Server& server = *servers.at(i);
        out << (servers.size() > 1 ? QStringLiteral("Server %1 memory").arg(i + 1)
                                   : QStringLiteral("Server memory"))
            << ": RSS " << megabytes(server.startRssKb) << " at start, " << megabytes(server.idleRssKb)
            << " after enrollment and the baseline, peak sampled every 20 ms under load "
            << megabytes(server.peakRssKb) << " ("
            << ratio(double(server.peakRssKb), double(server.idleRssKb)) << " idle), "
            << megabytes(server.endRssKb) << " after the load; VmHWM (the kernel's peak) "
            << megabytes(server.hwmKb) << '\n';
        out << (servers.size() > 1 ? QStringLiteral("Server %1 threads").arg(i + 1)
                                   : QStringLiteral("Server threads"))
            << ": peak " << server.peakThreads << "; open descriptors: peak " << server.peakDescriptors
            << " (sockets of the laptops' connections among them)\n";
    }
    out.flush();

    onEach(everyLaptop, [](Laptop* l, const Laptop::Done& done) { l->close(done); });
    for (QThread* thread : std::as_const(threads)) {
        thread->quit();
        thread->wait();
    }
    qDeleteAll(everyLaptop);
    qDeleteAll(threads);
    return errors.isEmpty() && lost == 0 && unsent == 0 && parked == 0 ? 0 : 1;
}
