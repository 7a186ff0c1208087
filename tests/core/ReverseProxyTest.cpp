// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supported deployment, end to end: the real nginx, running the shipped
// packaging/nginx/fieldfile-server.conf, terminates TLS in front of the real fieldfile-server, and a
// laptop enrolls and syncs through it (docs/deployment.md).
#include "tests/support/PostgresCluster.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/RunningNginx.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/records/HouseholdRepository.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/RequestSignature.h"
#include "core/sync/ServerTrust.h"
#include "core/sync/SyncClient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

using namespace ff;

using test::admin;
using test::enrollmentCode;
using test::RunningNginx;
using test::RunningServer;

using test::Laptop;
using test::message;

namespace {
/// A plain request through nginx, without any signature, trusting its certificate for this request.
struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray serverTime;
};
Answer get(const QUrl& url, const QByteArray& language)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept-Language"), language);
    QNetworkReply* reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError>& errors) { reply->ignoreSslErrors(errors); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->rawHeader(RequestSignature::kServerTime)};
    delete reply;
    return answer;
}

/// Sends raw bytes over TLS and returns what comes back, at least the status line and headers.
QByteArray exchange(const QUrl& url, const QByteArray& request)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    if (!socket.waitForEncrypted(10000))
        return "no TLS: " + socket.errorString().toUtf8();
    socket.write(request);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer;
}
} // namespace

TEST_CASE("a laptop enrolls and syncs through nginx with the shipped configuration, in front of the real "
          "server",
          "[sync][e2e][proxy]")
{
    // The county: a caseworker, and the server on 127.0.0.1 over plain HTTP, told that nginx is its
    // proxy, as packaging/systemd/fieldfile-server.service starts it.
    QTemporaryDir countyDir;
    const QString db = countyDir.filePath(QStringLiteral("county.db"));
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    RunningServer server(db, {QStringLiteral("--proxy"), QStringLiteral("127.0.0.1")});
    REQUIRE(server.url.scheme() == QStringLiteral("http"));

    // The real nginx with the shipped site file in front of it.
    RunningNginx proxy({quint16(server.url.port())});
    INFO(proxy.failure.toStdString());
    REQUIRE(proxy.url.isValid());

    // The laptop trusts nginx's self-signed certificate only with its fingerprint.
    QFile certFile(proxy.certificate());
    REQUIRE(certFile.open(QIODevice::ReadOnly));
    const QString fingerprint = ServerTrust::fingerprint(QSslCertificate(&certFile, QSsl::Pem));
    Laptop laptop;
    const QString code = enrollmentCode(db, QStringLiteral("王芳"));
    CHECK(message(laptop.enroll(proxy.url, code)).contains(QStringLiteral("fingerprint")));
    {
        const Status enrolled = laptop.enroll(proxy.url, code, fingerprint);
        INFO("nginx's error log: " << proxy.errorLog().toStdString());
        REQUIRE(message(enrolled) == QStringLiteral("ok"));
    }

    // A household filed on the laptop reaches the county (push), and the caseworker's second laptop
    // receives it (pull), both through nginx: every signed request arrives with its path, query and
    // headers as the laptop signed them, and the pull's X-Fieldfile-* headers come back.
    HouseholdFile file = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(laptop.data.db(), test::as(QStringLiteral("王芳"))).save(file));
    REQUIRE(message(laptop.sync()) == QStringLiteral("ok"));
    CHECK(DeviceSync(laptop.data.db()).unsentCount() == 0);
    CHECK(DeviceSync(laptop.data.db()).lastSync().isValid());
    Laptop second;
    REQUIRE(message(second.enroll(proxy.url, enrollmentCode(db, QStringLiteral("王芳")), fingerprint)) ==
            QStringLiteral("ok"));
    REQUIRE(message(second.sync()) == QStringLiteral("ok"));
    CHECK(second.heads() == QStringList{QStringLiteral("张伟")});
    CHECK(test::TempDatabase::dumpRecords(second.data.db()) ==
          test::TempDatabase::dumpRecords(laptop.data.db()));
    CHECK(DeviceSync(second.data.db()).pullCursor() > 0);
    // It went through nginx, and the server answered it (a fresh laptop asks for larger pages).
    const QString access = proxy.accessLog();
    CHECK(access.contains(QStringLiteral("\"POST /api/v1/push HTTP/1.1\" 200")));
    CHECK(access.contains(QStringLiteral("\"GET /api/v1/pull?device=%1&after=0&own=0&limit=%2 HTTP/1.1\" 200")
                              .arg(DeviceSync(second.data.db()).deviceId())
                              .arg(SyncClient::kProvisioningPageChanges)));
    CHECK(server.log().contains(QStringLiteral("\"path\":\"/api/v1/pull\"")));

    // Unsigned, a pull through the proxy gets the server's 401, in the language asked for, with the
    // county's clock; no data.
    const QUrl pull(
        proxy.url.toString() +
        QStringLiteral("/api/v1/pull?device=%1&after=0").arg(DeviceSync(second.data.db()).deviceId()));
    const Answer english = get(pull, QByteArrayLiteral("en"));
    CHECK(english.status == 401);
    CHECK(QJsonDocument::fromJson(english.body).object().value(QStringLiteral("error")).toString() ==
          QStringLiteral("This request is not signed by an enrolled device."));
    CHECK(english.serverTime.toLongLong() > 0);
    const Answer chinese = get(pull, QByteArrayLiteral("zh-CN"));
    CHECK(chinese.status == 401);
    CHECK(QJsonDocument::fromJson(chinese.body).object().value(QStringLiteral("error")).toString() ==
          QStringLiteral("该请求没有已登记设备的签名。"));

    // The proxy's own limits: nothing but /api/v1/ is served, and a body over the server's 256 MiB
    // is refused before any of it is read.
    CHECK(get(QUrl(proxy.url.toString() + QStringLiteral("/")), QByteArrayLiteral("en")).status == 404);
    CHECK(get(QUrl(proxy.url.toString() + QStringLiteral("/api/v2/ping")), QByteArrayLiteral("en")).status ==
          404);
    CHECK(exchange(proxy.url,
                   "POST /api/v1/push HTTP/1.1\r\nHost: county\r\nContent-Length: 268435457\r\n\r\nFFPK")
              .startsWith("HTTP/1.1 413"));
    CHECK(exchange(proxy.url,
                   "POST /api/v1/enroll HTTP/1.1\r\nHost: county\r\nContent-Length: 16385\r\n\r\n{\"code\":")
              .startsWith("HTTP/1.1 413"));
}

TEST_CASE("two servers on one PostgreSQL database behind nginx's upstream: laptops syncing through it at "
          "once reach both, and every change reaches every laptop whose scope holds it",
          "[sync][e2e][proxy][postgres]")
{
    const QString url = test::PostgresCluster::instance().newDatabase();
    if (url.isEmpty()) {
        WARN("PostgreSQL tests skipped: " << test::PostgresCluster::instance().problem().toStdString());
        return;
    }
    constexpr int kCaseworkers = 4;
    constexpr int kRounds = 4;
    QTemporaryDir countyDir;
    const QStringList keys = {QStringLiteral("--keys"), countyDir.filePath(QStringLiteral("county.keys"))};
    admin(url,
          keys + QStringList{QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    QStringList users;
    for (int i = 0; i < kCaseworkers; ++i) {
        users << QStringLiteral("社工%1").arg(i);
        admin(url, keys + QStringList{QStringLiteral("add-user"), users.last(), QStringLiteral("--role"),
                                      QStringLiteral("caseworker"), QStringLiteral("--station"),
                                      QStringLiteral("岸堤镇社工站")});
    }
    admin(url, keys + QStringList{QStringLiteral("add-user"), QStringLiteral("县民政局"),
                                  QStringLiteral("--role"), QStringLiteral("county")});
    const auto code = [&](const QString& user) {
        const QString out = admin(url, keys + QStringList{QStringLiteral("enroll-code"), user});
        return QRegularExpression(QStringLiteral("([0-9A-Z]{5}-[0-9A-Z]{5})")).match(out).captured(1);
    };

    // Two processes, each told that nginx is its proxy, and one upstream block naming both: the
    // deployment docs/postgresql.md describes.
    const QStringList proxied = keys + QStringList{QStringLiteral("--proxy"), QStringLiteral("127.0.0.1")};
    RunningServer first(url, proxied);
    RunningServer second(url, proxied);
    REQUIRE(first.url.isValid());
    REQUIRE(second.url.isValid());
    RunningNginx proxy({quint16(first.url.port()), quint16(second.url.port())});
    INFO(proxy.failure.toStdString());
    REQUIRE(proxy.url.isValid());
    QFile certFile(proxy.certificate());
    REQUIRE(certFile.open(QIODevice::ReadOnly));
    const QString fingerprint = ServerTrust::fingerprint(QSslCertificate(&certFile, QSsl::Pem));

    // Every laptop knows only nginx's address.
    std::vector<std::unique_ptr<Laptop>> laptops;
    for (const QString& user : users + QStringList{QStringLiteral("县民政局"), QStringLiteral("县民政局")}) {
        laptops.push_back(std::make_unique<Laptop>());
        INFO(user.toStdString() << "; nginx's error log: " << proxy.errorLog().toStdString());
        REQUIRE(message(laptops.back()->enroll(proxy.url, code(user), fingerprint)) == QStringLiteral("ok"));
    }

    QStringList filed;
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kCaseworkers; ++i) {
            const QString head = QStringLiteral("户主%1-%2").arg(i).arg(round);
            test::savedHousehold(laptops[size_t(i)]->data.db(), laptops[size_t(i)]->session(), head);
            filed << head;
        }
        // All at once: nginx hands each request to one process or the other in turn, so a laptop's
        // push, its pull and its next round's requests land on both.
        const QStringList outcomes = test::syncAll(laptops);
        INFO("round " << round << "; nginx's error log: " << proxy.errorLog().toStdString());
        CHECK(outcomes == QStringList(qsizetype(laptops.size()), QStringLiteral("ok")));
    }
    // A last pull for each county staff laptop, after every push.
    for (size_t l = size_t(kCaseworkers); l < laptops.size(); ++l)
        REQUIRE(message(laptops[l]->sync()) == QStringLiteral("ok"));
    filed.sort();
    for (size_t l = size_t(kCaseworkers); l < laptops.size(); ++l)
        CHECK(laptops[l]->heads() == filed);
    for (int i = 0; i < kCaseworkers; ++i)
        CHECK(laptops[size_t(i)]->heads().size() == kRounds);

    // Both processes answered pushes and pulls that came through nginx.
    for (RunningServer* server : {&first, &second}) {
        const QString log = server->log();
        CHECK(log.contains(QStringLiteral("\"path\":\"/api/v1/push\"")));
        CHECK(log.contains(QStringLiteral("\"path\":\"/api/v1/pull\"")));
    }
    CHECK(proxy.accessLog().count(QStringLiteral("\"POST /api/v1/push HTTP/1.1\" 200")) ==
          kCaseworkers * kRounds);
}
