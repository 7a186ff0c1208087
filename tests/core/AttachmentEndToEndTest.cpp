// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments end to end through the real fieldfile-server on 127.0.0.1 (issue 16, item 2): a photo
// of 20 MB whose upload and download are cut part way resume at the chunk where they stopped and
// arrive whole at the county and at the station supervisor's laptop; a caseworker of another
// household never receives it, nor can ask for it.
#include "tests/support/CuttingProxy.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/records/AttachmentContentStore.h"
#include "core/records/AttachmentRepository.h"
#include "core/records/HouseholdRepository.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ff;
using test::admin;
using test::CuttingProxy;
using test::enrollmentCode;
using test::Laptop;
using test::message;
using test::RunningServer;

namespace {
int posts(const QStringList& requests)
{
    int n = 0;
    for (const QString& line : requests)
        n += line.startsWith(QLatin1String("POST /api/v1/attachment")) ? 1 : 0;
    return n;
}

int gets(const QStringList& requests)
{
    int n = 0;
    for (const QString& line : requests)
        n += line.startsWith(QLatin1String("GET /api/v1/attachment")) ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE(
    "an attachment of 20 MB cut mid-transfer resumes and arrives whole, at the county and at the station, "
    "and nowhere else",
    "[attachments][e2e]")
{
    // On both of the county's stores (docs/postgresql.md): the supervisor's and the other
    // station's scope are judged by CountyAttachments and HouseholdScope in each one's SQL.
    QTemporaryDir dir;
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    test::makeCounty(
        db, {{QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")},
             {QStringLiteral("周督导"), QStringLiteral("supervisor"), QStringLiteral("岸堤镇社工站")},
             {QStringLiteral("李强"), QStringLiteral("caseworker"), QStringLiteral("坦埠镇社工站")}});
    RunningServer server(db);
    REQUIRE(server.url.isValid());
    CuttingProxy proxy(quint16(server.url.port()));
    Laptop wang, supervisor, li;
    REQUIRE(message(wang.enroll(proxy.url(), enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(supervisor.enroll(proxy.url(), enrollmentCode(db, QStringLiteral("周督导")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(li.enroll(server.url, enrollmentCode(db, QStringLiteral("李强")))) ==
            QStringLiteral("ok"));

    // 王芳 files a household with a photo of its house (20 MB) and of an ID card (small).
    HouseholdFile file = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(wang.data.db(), wang.session()).save(file));
    const QString household = file.household.value(QStringLiteral("id")).toString();
    AttachmentRepository repo(wang.data.db(), wang.session());
    const QByteArray house = test::randomJpeg(20'000'000, 11);
    const QByteArray card = test::randomJpeg(300'000, 12);
    Attachment big;
    big.householdId = household;
    big.category = QStringLiteral("housing");
    big.fileName = QStringLiteral("住房.jpg");
    REQUIRE(repo.add(big, house));
    Attachment small;
    small.householdId = household;
    small.category = QStringLiteral("id_card");
    small.fileName = QStringLiteral("身份证.jpg");
    REQUIRE(repo.add(small, card));

    // The link drops after 7.5 MB of the upload: the changes are in, the small file (sent first)
    // too, the large one part way.
    proxy.cutUploadAfter(7'500'000);
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(wang.client.attachments().sent == 1);
    CHECK(wang.client.attachments().waiting == 1);
    CHECK_FALSE(wang.client.attachments().problem.isEmpty());
    const qint64 sentBefore = AttachmentContentStore(wang.data.db()).state(big.sha256)->sent;
    CHECK(sentBefore > 0);
    CHECK(sentBefore < house.size());
    CHECK(sentBefore % AttachmentContentStore::kChunkBytes == 0);

    // The next sync sends the rest only, from the last chunk the county acknowledged.
    proxy.cutUploadAfter(-1);
    proxy.requests.clear();
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(wang.client.attachments().sent == 1);
    CHECK(wang.client.attachments().waiting == 0);
    CHECK(wang.client.attachments().problem.isEmpty());
    const int resumedChunks = posts(proxy.requests);
    CHECK(resumedChunks <= (house.size() - sentBefore) / AttachmentContentStore::kChunkBytes + 1);
    CHECK(resumedChunks >= 1);
    CHECK(AttachmentContentStore(wang.data.db()).state(big.sha256)->sent == house.size());
    // Nothing left to send: a sync sends no chunk again.
    proxy.requests.clear();
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(posts(proxy.requests) == 0);

    // The supervisor's laptop receives both; its link drops after 9 MB, and it resumes.
    proxy.cutAfter(9'000'000);
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(supervisor.client.attachments().received == 1); // the small one, first
    CHECK(supervisor.client.attachments().waiting == 1);
    const qint64 receivedBefore = AttachmentContentStore(supervisor.data.db()).state(big.sha256)->received;
    CHECK(receivedBefore > 0);
    CHECK(receivedBefore < house.size());
    proxy.cutAfter(-1);
    proxy.requests.clear();
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(supervisor.client.attachments().received == 1);
    CHECK(supervisor.client.attachments().waiting == 0);
    CHECK(gets(proxy.requests) <= (house.size() - receivedBefore) / AttachmentContentStore::kChunkBytes + 1);
    AttachmentRepository atStation(supervisor.data.db());
    const QList<Attachment> there = atStation.forHousehold(household);
    REQUIRE(there.size() == 2);
    for (const Attachment& a : there) {
        CHECK(atStation.hasContent(a));
        CHECK(AttachmentContentStore::sha256Of(atStation.content(a)) == a.sha256);
    }
    CHECK(atStation.content(*atStation.load(big.id)) == house);
    // The supervisor's laptop does not send back what it received.
    proxy.requests.clear();
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(posts(proxy.requests) == 0);
    CHECK(gets(proxy.requests) == 0);

    // Another station's caseworker receives neither the record nor its file, and cannot ask for it.
    REQUIRE(message(li.sync()) == QStringLiteral("ok"));
    CHECK(AttachmentRepository(li.data.db()).forHousehold(household).isEmpty());
    CHECK(li.client.attachments().received == 0);
    QNetworkAccessManager network;
    const QByteArray target =
        QStringLiteral("/api/v1/attachment?device=%1&record=%2&offset=0").arg(li.id(), big.id).toLatin1();
    QNetworkRequest request(QUrl(server.url.toString() + QString::fromLatin1(target)));
    for (const auto& [name, value] : li.sign(QByteArrayLiteral("GET"), target, {}))
        request.setRawHeader(name, value);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404);
    CHECK(reply->readAll().indexOf("no such attachment") >= 0);
    reply->deleteLater();
}
