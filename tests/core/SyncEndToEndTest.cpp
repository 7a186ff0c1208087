// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the real fieldfile-server on 127.0.0.1 (a free port), laptops syncing over HTTP.
#include "tests/support/CuttingProxy.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/demo/DemoGenerator.h"
#include "core/records/HouseholdRepository.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/RequestSignature.h"
#include "core/sync/ServerTrust.h"
#include "core/sync/SyncClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace ff;

using test::admin;
using test::enrollmentCode;
using test::RunningServer;

using test::CuttingProxy;
using test::Laptop;
using test::message;
using test::waitFor;

namespace {
/// The county database of a test that runs on both of the county's stores (docs/postgresql.md):
/// a file in `dir`, then a PostgreSQL database with its key file in `dir`. Empty when PostgreSQL
/// is not there (the test is then skipped, with a warning).
QString countyOnEachStore(const QTemporaryDir& dir)
{
    return test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
}
} // namespace

TEST_CASE("laptops sync through the real county server, each receives exactly its scope", "[sync][e2e]")
{
    QTemporaryDir dir;
    const QString db = countyOnEachStore(dir);
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    for (const auto& [name, role, station] :
         {std::tuple{"王芳", "caseworker", "岸堤镇社工站"}, std::tuple{"李娜", "caseworker", "岸堤镇社工站"},
          std::tuple{"赵敏", "caseworker", "孙祖镇社工站"},
          std::tuple{"周督导", "supervisor", "岸堤镇社工站"}, std::tuple{"县民政局", "county", ""}}) {
        QStringList args = {QStringLiteral("add-user"), QString::fromUtf8(name), QStringLiteral("--role"),
                            QString::fromUtf8(role)};
        if (*station)
            args << QStringLiteral("--station") << QString::fromUtf8(station);
        admin(db, args);
    }
    RunningServer server(db);
    REQUIRE(server.url.isValid());

    Laptop wang, wang2, li, zhao, supervisor, county;
    CHECK(message(wang.enroll(server.url, QStringLiteral("WRONG-CODE0")))
              .contains(QStringLiteral("not valid")));
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(wang2.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(li.enroll(server.url, enrollmentCode(db, QStringLiteral("李娜")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(zhao.enroll(server.url, enrollmentCode(db, QStringLiteral("赵敏")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(supervisor.enroll(server.url, enrollmentCode(db, QStringLiteral("周督导")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(county.enroll(server.url, enrollmentCode(db, QStringLiteral("县民政局")))) ==
            QStringLiteral("ok"));

    // 王芳 files two households offline, then syncs.
    HouseholdRepository repo(wang.data.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile zhang = test::sampleHousehold(QStringLiteral("张伟"));
    HouseholdFile zeng = test::sampleHousehold(QStringLiteral("曾祥"));
    REQUIRE(repo.save(zhang));
    REQUIRE(repo.save(zeng));
    DeviceSync wangState(wang.data.db());
    CHECK(wangState.unsentCount() == 6);
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(wangState.unsentCount() == 0);
    CHECK(wangState.lastSync().isValid());

    // The county assigns 张伟's household to 王芳 and 曾祥's to 赵敏 (another station).
    admin(db, {QStringLiteral("assign"), zhang.household.value(QStringLiteral("id")).toString(),
               QStringLiteral("王芳")});
    admin(db, {QStringLiteral("assign"), zeng.household.value(QStringLiteral("id")).toString(),
               QStringLiteral("赵敏")});

    for (Laptop* l : {&wang2, &li, &zhao, &supervisor, &county})
        REQUIRE(message(l->sync()) == QStringLiteral("ok"));
    CHECK(wang2.heads() == QStringList{QStringLiteral("张伟")}); // a new laptop gets the caseload
    CHECK(li.heads().isEmpty());                                 // another caseworker: nothing
    CHECK(zhao.heads() == QStringList{QStringLiteral("曾祥")});
    CHECK(supervisor.heads() == QStringList{QStringLiteral("张伟")}); // the station's households
    CHECK(county.heads().size() == 2);                                // everything
    CHECK(test::TempDatabase::dumpRecords(wang2.data.db()).contains(QStringLiteral("张小雨")));

    // Both of 王芳's laptops change the same field offline: after syncing, both show the conflict.
    HouseholdRepository repo2(wang2.data.db(), test::as(QStringLiteral("王芳")));
    auto onSecond = repo2.load(zhang.household.value(QStringLiteral("id")).toString());
    REQUIRE(onSecond);
    onSecond->household.insert(QStringLiteral("address"), QStringLiteral("东山村3组"));
    REQUIRE(repo2.save(*onSecond));
    zhang.household.insert(QStringLiteral("address"), QStringLiteral("东山村5组"));
    REQUIRE(repo.save(zhang));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    REQUIRE(message(wang2.sync()) == QStringLiteral("ok"));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(test::TempDatabase::count(wang.data.db(), QStringLiteral("conflict")) == 1);
    CHECK(test::TempDatabase::count(wang2.data.db(), QStringLiteral("conflict")) == 1);
    auto row = [&](Laptop& l) {
        QSqlQuery q(l.data.db().sql());
        q.prepare(QStringLiteral("SELECT address, phone, head_name FROM household WHERE id = ?"));
        q.addBindValue(zhang.household.value(QStringLiteral("id")));
        q.exec();
        return q.next() ? q.value(0).toString() + q.value(1).toString() + q.value(2).toString() : QString();
    };
    CHECK(row(wang) == row(wang2));
    CHECK_FALSE(row(wang).isEmpty());

    // Reassigning moves the household to 李娜 on her next sync, with its whole history.
    admin(db, {QStringLiteral("assign"), zhang.household.value(QStringLiteral("id")).toString(),
               QStringLiteral("李娜")});
    REQUIRE(message(li.sync()) == QStringLiteral("ok"));
    CHECK(li.heads() == QStringList{QStringLiteral("张伟")});
    CHECK(test::TempDatabase::count(li.data.db(), QStringLiteral("conflict")) == 1);
    // ... and it leaves 王芳's laptops at their next sync (they have nothing unsent for it).
    REQUIRE(message(wang2.sync()) == QStringLiteral("ok"));
    CHECK(wang2.heads().isEmpty());
    CHECK(test::TempDatabase::count(wang2.data.db(), QStringLiteral("journal")) == 0);
    CHECK(test::TempDatabase::count(wang2.data.db(), QStringLiteral("conflict")) == 0);
    // A laptop with unsent work on it keeps it until the work has reached the county.
    HouseholdRepository repoWang(wang.data.db(), test::as(QStringLiteral("王芳")));
    auto stillHere = repoWang.load(zhang.household.value(QStringLiteral("id")).toString());
    REQUIRE(stillHere);
    DeviceSync wangDevice(wang.data.db());
    bool forgotten = true;
    stillHere->household.insert(QStringLiteral("phone"), QStringLiteral("13911112222"));
    REQUIRE(repoWang.save(*stillHere));
    REQUIRE(wangDevice.forgetHousehold(zhang.household.value(QStringLiteral("id")).toString(), &forgotten));
    CHECK_FALSE(forgotten);
    REQUIRE(message(wang.sync()) == QStringLiteral("ok")); // pushes the edit, then forgets the household
    CHECK_FALSE(wang.heads().contains(QStringLiteral("张伟")));
    REQUIRE(message(li.sync()) == QStringLiteral("ok"));
    CHECK(test::TempDatabase::dumpRecords(li.data.db()).contains(QStringLiteral("13911112222")));

    // 张伟's household moves to 赵敏, in another station: it leaves 周督导's laptop (her station's
    // supervisor) at the next sync; 李娜's too.
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(supervisor.heads() == QStringList{QStringLiteral("张伟")});
    admin(db, {QStringLiteral("assign"), zhang.household.value(QStringLiteral("id")).toString(),
               QStringLiteral("赵敏")});
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(supervisor.heads().isEmpty());
    REQUIRE(message(li.sync()) == QStringLiteral("ok"));
    CHECK(li.heads().isEmpty());
    REQUIRE(message(zhao.sync()) == QStringLiteral("ok"));
    CHECK(zhao.heads() == QStringList{QStringLiteral("张伟"), QStringLiteral("曾祥")});
    CHECK(test::TempDatabase::dumpRecords(zhao.data.db()).contains(QStringLiteral("13911112222")));

    // A revoked laptop can no longer pull or push.
    admin(db, {QStringLiteral("revoke"), DeviceSync(zhao.data.db()).deviceId()});
    CHECK(message(zhao.sync()).contains(QStringLiteral("revoked")));
}

TEST_CASE("a household filed on a caseworker's laptop is hers, and a reassignment reaches the new caseworker "
          "even when nothing else changed",
          "[sync][e2e]")
{
    QTemporaryDir dir;
    const QString db = countyOnEachStore(dir);
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("李娜"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("孙祖镇社工站")});
    RunningServer server(db);
    REQUIRE(server.url.isValid());
    Laptop wang, wangSpare, li;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(wangSpare.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(li.enroll(server.url, enrollmentCode(db, QStringLiteral("李娜")))) ==
            QStringLiteral("ok"));

    // Filed on 王芳's laptop: her second laptop receives it without anyone assigning it.
    HouseholdFile zhang = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(wang.data.db(), test::as(QStringLiteral("王芳"))).save(zhang));
    const QString id = zhang.household.value(QStringLiteral("id")).toString();
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    REQUIRE(message(wangSpare.sync()) == QStringLiteral("ok"));
    CHECK(wangSpare.heads() == QStringList{QStringLiteral("张伟")});

    // Everyone is up to date; then the county moves the household to 李娜, and nothing else
    // arrives before her next sync: she still receives it whole, named as hers.
    REQUIRE(message(li.sync()) == QStringLiteral("ok"));
    CHECK(li.heads().isEmpty());
    admin(db, {QStringLiteral("assign"), id, QStringLiteral("李娜")});
    REQUIRE(message(li.sync()) == QStringLiteral("ok"));
    CHECK(li.heads() == QStringList{QStringLiteral("张伟")});
    auto field = [&](Laptop& l, const char* column) {
        QSqlQuery q(l.data.db().sql());
        q.prepare(QStringLiteral("SELECT %1 FROM household WHERE id = ?").arg(QLatin1String(column)));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    CHECK(field(li, "caseworker") == QStringLiteral("李娜"));
    CHECK(field(li, "station") == QStringLiteral("孙祖镇社工站"));
    CHECK(
        test::TempDatabase::dumpRecords(li.data.db()).contains(QStringLiteral("张小雨"))); // the members too
    // ... and it leaves both of 王芳's laptops.
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    REQUIRE(message(wangSpare.sync()) == QStringLiteral("ok"));
    CHECK(wang.heads().isEmpty());
    CHECK(wangSpare.heads().isEmpty());
    // Assigning it to her again changes nothing; a household the server never received is refused.
    admin(db, {QStringLiteral("assign"), id, QStringLiteral("李娜")});
    REQUIRE(message(li.sync()) == QStringLiteral("ok"));
    CHECK(li.heads() == QStringList{QStringLiteral("张伟")});
    const test::AdminRun unknown = test::tryAdmin(
        db, {QStringLiteral("assign"), QStringLiteral("no-such-household"), QStringLiteral("李娜")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("no-such-household")));
}

TEST_CASE("without a connection the work stays on the laptop", "[sync][e2e]")
{
    Laptop offline;
    QTemporaryDir dir;
    const QString db = countyOnEachStore(dir);
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    QUrl url;
    {
        RunningServer server(db);
        url = server.url;
        REQUIRE(message(offline.enroll(url, enrollmentCode(db, QStringLiteral("王芳")))) ==
                QStringLiteral("ok"));
    } // the server is gone now
    HouseholdRepository repo(offline.data.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile f = test::sampleHousehold();
    REQUIRE(repo.save(f));
    const Status s = offline.sync();
    CHECK_FALSE(s.isOk());
    CHECK(s.error().message.contains(QStringLiteral("kept on this laptop")));
    CHECK(DeviceSync(offline.data.db()).unsentCount() == 3);
}

TEST_CASE("the server answers each laptop in the language it reads", "[sync][e2e]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("county.db"));
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    RunningServer server(db);
    const QLocale before;
    Laptop chinese, english;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString zh = message(chinese.enroll(server.url, QStringLiteral("WRONG-CODE0")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString en = message(english.enroll(server.url, QStringLiteral("WRONG-CODE0")));
    QLocale::setDefault(before);
    CHECK(zh.contains(QStringLiteral("注册码无效")));
    CHECK(en.contains(QStringLiteral("This enrollment code is not valid")));
}

namespace {
/// Sends raw bytes to the server and returns what it answers before closing or going quiet.
QByteArray exchange(QTcpSocket& socket, const QUrl& url, const QByteArray& request)
{
    if (auto* tls = qobject_cast<QSslSocket*>(&socket)) {
        tls->setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->connectToHostEncrypted(url.host(), quint16(url.port()));
        if (!tls->waitForEncrypted(10000))
            return "no TLS: " + tls->errorString().toUtf8();
    } else {
        socket.connectToHost(url.host(), quint16(url.port()));
        if (!socket.waitForConnected(10000))
            return "no connection";
    }
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(5000)) {
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && answer.contains("}"))
            break;
    }
    return answer;
}

/// Sends a request in pieces, each written on its own after a pause, as a slow or hostile client
/// would: the server reads each one separately.
QByteArray exchangeInPieces(QTcpSocket& socket, const QUrl& url, const QList<QByteArray>& pieces)
{
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(10000))
        return "no connection";
    QByteArray answer;
    for (const QByteArray& piece : pieces) {
        socket.write(piece);
        socket.waitForBytesWritten(5000);
        if (socket.waitForReadyRead(150))
            answer += socket.readAll();
    }
    while (socket.waitForReadyRead(3000)) {
        answer += socket.readAll();
        if (answer.count("}") >= 2 || answer.contains("413") || answer.contains("411"))
            break;
    }
    return answer;
}
} // namespace

TEST_CASE("a request body over the limit is refused before it is read", "[sync][e2e]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("county.db"));
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    RunningServer server(db);

    // Says 300 GB and sends 4 bytes: a server that read first would wait for the rest.
    QTcpSocket huge;
    const QByteArray answer = exchange(huge, server.url,
                                       "POST /api/v1/push HTTP/1.1\r\nHost: county\r\n"
                                       "Content-Length: 300000000000\r\n\r\nFFPK");
    CHECK(answer.startsWith("HTTP/1.1 413"));
    CHECK(answer.contains("larger than the server accepts"));
    // In the language the laptop reads.
    QTcpSocket hugeChinese;
    const QByteArray chinese =
        exchange(hugeChinese, server.url,
                 "POST /api/v1/push HTTP/1.1\r\nHost: county\r\nAccept-Language: zh-CN\r\n"
                 "Content-Length: 300000000000\r\n\r\nFFPK");
    CHECK(chinese.startsWith("HTTP/1.1 413"));
    CHECK(QString::fromUtf8(chinese).contains(QStringLiteral("同步包")));

    QTcpSocket chunked;
    CHECK(exchange(
              chunked, server.url,
              "POST /api/v1/push HTTP/1.1\r\nHost: county\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nFFPK\r\n")
              .startsWith("HTTP/1.1 411"));

    // Headers that arrive in pieces, the length itself split in two: still refused before the body.
    QTcpSocket pieces;
    const QByteArray split =
        exchangeInPieces(pieces, server.url,
                         {"POST /api/v1/push HTTP/1.1\r\nHost: county\r\nContent-Le", "ngth: 3000000000",
                          "0\r\n\r", "\nFFPK", QByteArray(64 * 1024, 'x')});
    CHECK(split.startsWith("HTTP/1.1 413"));

    // A body that does not say its size.
    QTcpSocket unsized;
    CHECK(exchange(unsized, server.url, "POST /api/v1/push HTTP/1.1\r\nHost: county\r\n\r\nFFPK")
              .startsWith("HTTP/1.1 411"));

    // On one kept-alive connection: a request with a small body, then one over the limit. The
    // guard follows the stream past the first body to the second request's headers.
    QTcpSocket keptAlive;
    const QByteArray both = exchangeInPieces(
        keptAlive, server.url,
        {"POST /api/v1/enroll HTTP/1.1\r\nHost: county\r\nContent-Length: 12\r\n\r\n{\"code\":", "\"x\"}",
         "POST /api/v1/push HTTP/1.1\r\nHost: county\r\nContent-Length: 300000000000\r\n\r\nFFPK"});
    CHECK(both.startsWith("HTTP/1.1 403")); // the enrollment code is refused, as it should be
    CHECK(both.contains("HTTP/1.1 413"));

    // Ordinary requests are untouched.
    QTcpSocket ping;
    const QByteArray pong = exchange(ping, server.url, "GET /api/v1/ping HTTP/1.1\r\nHost: county\r\n\r\n");
    CHECK(pong.startsWith("HTTP/1.1 200"));
    CHECK(pong.contains("371321"));
}

namespace {
/// A self-signed certificate and its key for 127.0.0.1, as county IT makes one with openssl.
void makeCertificate(const QString& cert, const QString& key)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
}

QSslCertificate certificateIn(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QSslCertificate(&file, QSsl::Pem);
}
} // namespace

TEST_CASE("the server serves HTTPS with the county's certificate, with the same size limit", "[sync][e2e]")
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("county.crt"));
    const QString key = dir.filePath(QStringLiteral("county.key"));
    makeCertificate(cert, key);
    const QString db = dir.filePath(QStringLiteral("county.db"));
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    RunningServer server(db, {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    REQUIRE(server.url.scheme() == QStringLiteral("https"));

    QSslSocket ping;
    const QByteArray pong = exchange(ping, server.url, "GET /api/v1/ping HTTP/1.1\r\nHost: county\r\n\r\n");
    CHECK(pong.startsWith("HTTP/1.1 200"));
    CHECK(pong.contains("371321"));
    QSslSocket huge;
    CHECK(exchange(huge, server.url,
                   "POST /api/v1/push HTTP/1.1\r\nHost: county\r\nContent-Length: 300000000000\r\n\r\nFFPK")
              .startsWith("HTTP/1.1 413"));

    // A laptop connects to the county's own certificate only with its fingerprint, then syncs over HTTPS.
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    const QSslCertificate certificate = certificateIn(cert);
    const QString fingerprint = ServerTrust::fingerprint(certificate);
    CHECK(server.output.contains(fingerprint)); // what county IT reads out
    Laptop laptop;
    const QString code = enrollmentCode(db, QStringLiteral("王芳"));
    CHECK(message(waitFor(laptop.client, [&] {
              laptop.client.enroll(server.url, code);
          })).contains(QStringLiteral("fingerprint")));
    QString wrong = fingerprint;
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    CHECK(message(waitFor(laptop.client, [&] {
              laptop.client.enroll(server.url, code, wrong);
          })).contains(QStringLiteral("fingerprint")));
    CHECK_FALSE(DeviceSync(laptop.data.db()).hasCounty());
    // Typed in lower case with spaces, as read aloud: still the same fingerprint.
    const QString typed = fingerprint.toLower().replace(QLatin1Char(':'), QLatin1Char(' '));
    REQUIRE(message(waitFor(laptop.client, [&] { laptop.client.enroll(server.url, code, typed); })) ==
            QStringLiteral("ok"));
    CHECK(DeviceSync(laptop.data.db()).serverCertificate() == certificate);
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(laptop.data.db(), test::as(QStringLiteral("王芳"))).save(file));
    REQUIRE(message(laptop.sync()) == QStringLiteral("ok"));
    CHECK(DeviceSync(laptop.data.db()).unsentCount() == 0);

    // Another server with another certificate of its own at the laptop's address: refused, nothing sent.
    const QString otherCert = dir.filePath(QStringLiteral("other.crt"));
    const QString otherKey = dir.filePath(QStringLiteral("other.key"));
    makeCertificate(otherCert, otherKey);
    RunningServer impostor(db,
                           {QStringLiteral("--tls-cert"), otherCert, QStringLiteral("--tls-key"), otherKey});
    REQUIRE(laptop.data.db().setMeta(QStringLiteral("sync_server_url"), impostor.url.toString()));
    file.household.insert(QStringLiteral("phone"), QStringLiteral("13900000000"));
    REQUIRE(HouseholdRepository(laptop.data.db(), test::as(QStringLiteral("王芳"))).save(file));
    CHECK(message(laptop.sync()).contains(QStringLiteral("fingerprint")));
    CHECK(DeviceSync(laptop.data.db()).unsentCount() == 1);
}

TEST_CASE("the server keeps answering while it imports a large package", "[sync][e2e]")
{
    // On both stores: on PostgreSQL the import (3,000 households, about 54,000 changes) fits in
    // the test's wait since it writes in batches (docs/postgresql.md).
    QTemporaryDir dir;
    const QString db = countyOnEachStore(dir);
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    RunningServer server(db);
    Laptop big;
    REQUIRE(message(big.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(DemoGenerator::generate(big.data.db(), {3000, 5, 1000, QDate(2026, 6, 1)}));
    QByteArray package;
    REQUIRE(DeviceSync(big.data.db()).exportPackage(&package));

    QNetworkAccessManager network;
    QStringList finished;
    QNetworkRequest push(QUrl(server.url.toString() + QStringLiteral("/api/v1/push")));
    push.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/vnd.fieldfile.package"));
    const DeviceSync device(big.data.db());
    for (const auto& [name, value] : RequestSignature::headers(
             device.deviceId(), device.signingKeys().secretKey, QByteArrayLiteral("POST"),
             QByteArrayLiteral("/api/v1/push"), package, QDateTime::currentMSecsSinceEpoch()))
        push.setRawHeader(name, value);
    QNetworkReply* pushing = network.post(push, package);
    QObject::connect(pushing, &QNetworkReply::finished, [&] { finished << QStringLiteral("push"); });
    // Once the upload is complete the import is running; a ping now must not wait for it.
    QObject::connect(pushing, &QNetworkReply::uploadProgress, [&](qint64 sent, qint64 total) {
        if (total > 0 && sent == total && !finished.contains(QStringLiteral("ping sent"))) {
            finished << QStringLiteral("ping sent");
            QNetworkReply* ping =
                network.get(QNetworkRequest(QUrl(server.url.toString() + QStringLiteral("/api/v1/ping"))));
            QObject::connect(ping, &QNetworkReply::finished, [&, ping] {
                finished << (ping->error() == QNetworkReply::NoError ? QStringLiteral("ping")
                                                                     : QStringLiteral("ping failed"));
            });
        }
    });
    QElapsedTimer t;
    t.start();
    while (!finished.contains(QStringLiteral("push")) && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(finished.contains(QStringLiteral("push")));
    CHECK(pushing->error() == QNetworkReply::NoError);
    CHECK(finished ==
          QStringList{QStringLiteral("ping sent"), QStringLiteral("ping"), QStringLiteral("push")});
}

namespace {
QList<QPair<QString, qint64>> journalOrder(Database& db)
{
    QList<QPair<QString, qint64>> ids;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT device, device_seq FROM journal ORDER BY seq"));
    while (q.next())
        ids.append({q.value(0).toString(), q.value(1).toLongLong()});
    return ids;
}
} // namespace

TEST_CASE("a pull cut anywhere resumes where it stopped, and applies each page once and whole", "[sync][e2e]")
{
    QTemporaryDir dir;
    const QString db = countyOnEachStore(dir);
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("县民政局"), QStringLiteral("--role"),
               QStringLiteral("county")});
    constexpr int kPage = 5;
    RunningServer server(db, {QStringLiteral("--page-changes"), QString::number(kPage)});
    REQUIRE(server.url.isValid());

    // A caseworker's households with their casework reach the county.
    Laptop source;
    REQUIRE(message(source.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    DemoGenerator::Options options;
    options.households = 30;
    options.seed = 5;
    options.today = QDate(2026, 6, 1);
    REQUIRE(DemoGenerator::generate(source.data.db(), options));
    REQUIRE(message(source.sync()) == QStringLiteral("ok"));

    // What an uncut pull delivers, page by page.
    Laptop reference;
    REQUIRE(message(reference.enroll(server.url, enrollmentCode(db, QStringLiteral("县民政局")))) ==
            QStringLiteral("ok"));
    QList<QPair<int, int>> steps; // done, total
    QObject::connect(&reference.client, &SyncClient::progress,
                     [&](const QString& stage, int done, int total) {
                         if (!stage.contains(QStringLiteral("forms and lists"))) // after the pages (§8.10)
                             steps.append({done, total});
                     });
    REQUIRE(message(reference.sync()) == QStringLiteral("ok"));
    const auto expected = journalOrder(reference.data.db());
    // A fresh laptop is being provisioned: it asks for larger pages, which the county gives up to
    // 4 × its own page size (docs/sync-protocol.md §8.6).
    constexpr int kProvisioningPage = 4 * kPage;
    REQUIRE(expected.size() > 8 * kProvisioningPage);
    // The progress bar knows how much is coming: after each page, the whole pull is the total.
    REQUIRE(steps.size() > 8);
    CHECK(steps.first() == QPair<int, int>{0, 0}); // before the first page: not known yet
    qsizetype preparing = steps.size();
    for (qsizetype i = 1; i < steps.size(); ++i) {
        INFO("step " << i);
        if (steps.at(i) == QPair<int, int>{0, 0}) { // "Preparing the household list…", after the last page
            preparing = i;
            break;
        }
        CHECK(steps.at(i).first == i * kProvisioningPage);
        CHECK(steps.at(i).second == expected.size());
    }
    // Then the household list's data, computed once, in percent: rising, once each, to 100.
    REQUIRE(preparing < steps.size() - 1);
    for (qsizetype i = preparing + 1; i < steps.size(); ++i) {
        INFO("step " << i);
        CHECK(steps.at(i).second == 100);
        if (i > preparing + 1)
            CHECK(steps.at(i).first > steps.at(i - 1).first);
    }
    CHECK(steps.last() == QPair<int, int>{100, 100});

    // The same pull over a link that drops after 1, 7, 40, … bytes: every kind of place in an
    // answer (status line, headers, package header, chunks, signature, between pages). A link that
    // drops before the first byte of an answer is retried by Qt's network access at once.
    CuttingProxy proxy(quint16(server.url.port()));
    Laptop cut;
    REQUIRE(message(cut.enroll(proxy.url(), enrollmentCode(db, QStringLiteral("县民政局")))) ==
            QStringLiteral("ok"));
    const qint64 offsets[] = {1, 7, 40, 130, 211, 390, 555, 0, 900, 1400, 2300, 3100, 4700, 6500};
    DeviceSync state(cut.data.db());
    int cuts = 0;
    for (int i = 0;; ++i) {
        REQUIRE(i < 400);
        const qint64 cursorBefore = state.pullCursor();
        proxy.requests.clear();
        proxy.cutAfter(offsets[i % std::size(offsets)]);
        const Status s = cut.sync();
        // The pull started from the saved cursor: nothing asked for twice.
        const QStringList pulls = proxy.requests.filter(QStringLiteral("/api/v1/pull"));
        if (!pulls.isEmpty())
            CHECK(pulls.first().contains(QStringLiteral("after=%1&own=").arg(cursorBefore)));
        CHECK(state.pullCursor() >= cursorBefore);
        // Whole pages, in order: what the laptop holds is a beginning of the uncut pull.
        const auto got = journalOrder(cut.data.db());
        REQUIRE(got.size() <= expected.size());
        CHECK(got == expected.mid(0, got.size()));
        if (s.isOk())
            break;
        ++cuts;
    }
    CHECK(cuts > 10);
    CHECK(journalOrder(cut.data.db()) == expected);
    // The household list's data were computed once, after the last page, as on the uncut laptop.
    CHECK_FALSE(state.isProvisioning());
    CHECK_FALSE(DeviceSync(reference.data.db()).isProvisioning());
    CHECK(test::TempDatabase::dumpTables(cut.data.db()) ==
          test::TempDatabase::dumpTables(reference.data.db()));
}

TEST_CASE(
    "a renewed county certificate announced before the change is taken by laptops that pinned the old one, "
    "without enrolling again",
    "[sync][e2e]")
{
    QTemporaryDir dir;
    const QString oldCert = dir.filePath(QStringLiteral("old.crt"));
    const QString oldKey = dir.filePath(QStringLiteral("old.key"));
    const QString newCert = dir.filePath(QStringLiteral("new.crt"));
    const QString newKey = dir.filePath(QStringLiteral("new.key"));
    makeCertificate(oldCert, oldKey);
    makeCertificate(newCert, newKey);
    const QString db = countyOnEachStore(dir);
    if (db.isEmpty())
        return;
    test::makeCounty(
        db, {{QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")},
             {QStringLiteral("李强"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")}});
    std::optional<RunningServer> server(
        std::in_place, db,
        QStringList{QStringLiteral("--tls-cert"), oldCert, QStringLiteral("--tls-key"), oldKey});
    const QString pinned = ServerTrust::fingerprint(certificateIn(oldCert));
    Laptop wang, late;
    REQUIRE(message(wang.enroll(server->url, enrollmentCode(db, QStringLiteral("王芳")), pinned)) ==
            QStringLiteral("ok"));
    REQUIRE(message(late.enroll(server->url, enrollmentCode(db, QStringLiteral("李强")), pinned)) ==
            QStringLiteral("ok"));

    // County IT announces the new certificate; a file that is not one is refused.
    CHECK(test::tryAdmin(db, {QStringLiteral("announce-certificate"), oldKey}).exitCode != 0);
    CHECK(admin(db, {QStringLiteral("announce-certificate"), newCert}).contains(QStringLiteral("Announced")));
    CHECK(admin(db, {QStringLiteral("announce-certificate")})
              .contains(ServerTrust::fingerprint(certificateIn(newCert))));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(DeviceSync(wang.data.db()).nextServerCertificate() == certificateIn(newCert));
    CHECK(DeviceSync(wang.data.db()).serverCertificate() == certificateIn(oldCert));

    // The server changes over: the laptop that synced since takes the new certificate and pins it.
    server.emplace(db,
                   QStringList{QStringLiteral("--tls-cert"), newCert, QStringLiteral("--tls-key"), newKey});
    for (Laptop* laptop : {&wang, &late})
        REQUIRE(laptop->data.db().setMeta(QStringLiteral("sync_server_url"), server->url.toString()));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(wang.data.db(), wang.session()).save(file));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(DeviceSync(wang.data.db()).unsentCount() == 0);
    CHECK(DeviceSync(wang.data.db()).serverCertificate() == certificateIn(newCert));
    CHECK(DeviceSync(wang.data.db()).nextServerCertificate().isNull());
    // A laptop that did not sync between the announcement and the change refuses the new one.
    CHECK(message(late.sync()).contains(QStringLiteral("fingerprint")));
}
