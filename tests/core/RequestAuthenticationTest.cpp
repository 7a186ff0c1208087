// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every request but ping and enroll proves its device (docs/sync-protocol.md §8.2), against the
// real fieldfile-server on 127.0.0.1: what an attacker tried without credentials now gets 401 and
// no data.
#include "tests/support/QtStringMaker.h"
#include "tests/support/SignedClient.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/records/HouseholdRepository.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/RequestSignature.h"
#include "core/sync/SyncClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

using namespace ff;

using test::admin;
using test::enrollmentCode;
using test::RunningServer;

using test::Answer;
using test::Laptop;
using test::send;

TEST_CASE("a push or pull without a valid device signature gets 401 and no data", "[sync][e2e][auth]")
{
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md): nonces are kept in the database there.
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    for (const char* user : {"王芳", "赵强"})
        admin(db,
              {QStringLiteral("add-user"), QString::fromUtf8(user), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    RunningServer server(db);
    Laptop victim, attacker;
    REQUIRE(victim.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳"))));
    REQUIRE(attacker.enroll(server.url, enrollmentCode(db, QStringLiteral("赵强"))));
    // The victim has a household at the county.
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(victim.data.db(), test::as(QStringLiteral("王芳"))).save(file));
    QByteArray package;
    REQUIRE(DeviceSync(victim.data.db()).exportPackage(&package));
    REQUIRE(send(QUrl(server.url.toString() + QStringLiteral("/api/v1/push")), "POST", package,
                 victim.sign("POST", "/api/v1/push", package))
                .status == 200);

    const QByteArray pullTarget = "/api/v1/pull?device=" + victim.id().toUtf8() + "&after=0";
    const QUrl pullUrl(server.url.toString() + QString::fromUtf8(pullTarget));
    const auto noData = [](const Answer& a) {
        return a.header("X-Fieldfile-Cursor").isEmpty() && a.header("X-Fieldfile-Left").isEmpty() &&
               !a.body.startsWith("FFPK");
    };

    // A pull that only names the victim's device.
    Answer a = send(pullUrl, "GET", {});
    CHECK(a.status == 401);
    CHECK(noData(a));
    // The county's clock comes with the refusal.
    CHECK(std::llabs(a.header(RequestSignature::kServerTime).toLongLong() -
                     QDateTime::currentMSecsSinceEpoch()) < 60000);
    // An unsigned push.
    CHECK(send(QUrl(server.url.toString() + QStringLiteral("/api/v1/push")), "POST", package).status == 401);

    // The attacker's own valid signature, naming the victim's device: forbidden.
    a = send(pullUrl, "GET", {}, attacker.sign("GET", pullTarget, {}));
    CHECK(a.status == 403);
    CHECK(noData(a));
    // A signature by the attacker's key under the victim's id.
    {
        auto forged = attacker.sign("GET", pullTarget, {});
        forged[0].second = victim.id().toUtf8();
        a = send(pullUrl, "GET", {}, forged);
        CHECK(a.status == 401);
        CHECK(noData(a));
    }
    // The victim's signed request, replayed.
    const auto signedPull = victim.sign("GET", pullTarget, {});
    a = send(pullUrl, "GET", {}, signedPull);
    CHECK(a.status == 200);
    CHECK_FALSE(noData(a));
    a = send(pullUrl, "GET", {}, signedPull);
    CHECK(a.status == 401);
    CHECK(noData(a));
    // Signed 10 minutes ago, or for another target, or over another body.
    CHECK(send(pullUrl, "GET", {},
               victim.sign("GET", pullTarget, {}, QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000))
              .status == 401);
    CHECK(send(pullUrl, "GET", {}, victim.sign("GET", "/api/v1/pull?device=x&after=0", {})).status == 401);
    CHECK(send(QUrl(server.url.toString() + QStringLiteral("/api/v1/push")), "POST", package,
               victim.sign("POST", "/api/v1/push", QByteArray("another body")))
              .status == 401);
    // A laptop pushes only its own package; the attacker relaying the victim's gets 403.
    CHECK(send(QUrl(server.url.toString() + QStringLiteral("/api/v1/push")), "POST", package,
               attacker.sign("POST", "/api/v1/push", package))
              .status == 403);
    // Ping and enroll still answer without a signature; an enrollment is small.
    CHECK(send(QUrl(server.url.toString() + QStringLiteral("/api/v1/ping")), "GET", {}).status == 200);
    CHECK(send(QUrl(server.url.toString() + QStringLiteral("/api/v1/enroll")), "POST",
               "{\"code\": \"" + QByteArray(20 * 1024, 'A') + "\"}")
              .status == 413);

    // Every outcome is a line of the server's log; the pull says which households went to whom.
    QList<QJsonObject> lines;
    for (const QString& line : server.log().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    const auto count = [&](const std::function<bool(const QJsonObject&)>& matches) {
        return std::count_if(lines.cbegin(), lines.cend(), matches);
    };
    const auto field = [](const QJsonObject& o, const char* name) { return o.value(QLatin1String(name)); };
    CHECK(count([&](const QJsonObject& o) {
              return field(o, "event").toString() == QStringLiteral("request");
          }) == 13); // two enrollments, eleven pushes and pulls
    // The oversized enrollment was refused from its headers, before any handler: a "limit" line.
    CHECK(count([&](const QJsonObject& o) {
              return field(o, "event").toString() == QStringLiteral("limit") &&
                     field(o, "reason").toString() == QStringLiteral("too_large") &&
                     field(o, "count").toInt() == 1;
          }) == 1);
    CHECK(count([&](const QJsonObject& o) { return field(o, "status").toInt() == 401; }) == 7);
    CHECK(count([&](const QJsonObject& o) { return field(o, "status").toInt() == 403; }) == 2);
    CHECK(count([&](const QJsonObject& o) {
              return field(o, "path").toString() == QStringLiteral("/api/v1/pull") &&
                     field(o, "status").toInt() == 200 && field(o, "device").toString() == victim.id() &&
                     field(o, "households")
                         .toArray()
                         .contains(QJsonValue(file.household.value(QStringLiteral("id")).toString()));
          }) == 1);
    CHECK(count([&](const QJsonObject& o) {
              return field(o, "path").toString() == QStringLiteral("/api/v1/enroll") &&
                     field(o, "status").toInt() == 200 &&
                     field(o, "user").toString() == QStringLiteral("王芳");
          }) == 1);
    CHECK(count([&](const QJsonObject& o) {
              return field(o, "path").toString() == QStringLiteral("/api/v1/push") &&
                     field(o, "outcome").toString() == QStringLiteral("applied") &&
                     field(o, "applied").toInt() == 3;
          }) == 1);
}

TEST_CASE("a signed pull without its device or a valid cursor gets 400, one naming another device 403",
          "[sync][e2e][auth]")
{
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md): nonces are kept in the database there.
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    RunningServer server(db);
    Laptop laptop;
    REQUIRE(laptop.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳"))));
    const auto pull = [&](const QByteArray& target) {
        return send(QUrl(server.url.toString() + QString::fromUtf8(target)), "GET", {},
                    laptop.sign("GET", target, {}));
    };
    const QByteArray own = "device=" + laptop.id().toUtf8();
    // docs/sync-protocol.md §8.6: the parameters are checked before whose they are.
    for (const QByteArray& query :
         {QByteArray("after=0"), QByteArray("device=&after=0"), own, own + "&after=-1", own + "&after=x",
          own + "&after=01x", own + "&after=0&own=-1", own + "&after=0&own=x", own + "&after=0&own=",
          own + "&after=0&limit=0", own + "&after=0&limit=x", own + "&after=0&limit="}) {
        INFO(query.toStdString());
        const Answer a = pull("/api/v1/pull?" + query);
        CHECK(a.status == 400);
        CHECK(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("error")).toString() ==
              QStringLiteral("A pull needs device=ID and after=N."));
        CHECK(a.header("X-Fieldfile-Cursor").isEmpty());
    }
    CHECK(pull("/api/v1/pull?device=someone-else&after=0").status == 403);
    CHECK(pull("/api/v1/pull?" + own + "&after=0").status == 200);
    CHECK(pull("/api/v1/pull?" + own + "&after=0&own=0").status == 200);
    CHECK(pull("/api/v1/pull?" + own + "&after=0&own=0&limit=20000").status == 200);
}
