// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: county IT publishes with the real fieldfile-server, laptops sync over HTTP.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/forms/BuiltInForms.h"
#include "core/forms/PublishedDocument.h"
#include "core/model/AgencyList.h"
#include "core/model/VisitRules.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/PublishedDocumentStore.h"
#include "core/sync/DeviceSync.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ff;

using test::admin;
using test::enrollmentCode;
using test::Laptop;
using test::message;
using test::RunningServer;
using test::tryAdmin;

namespace {
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

/// The newest built-in needs assessment, one version up, with its first question's label changed.
QByteArray nextNeedsAssessment(int* version)
{
    const auto newest =
        BuiltInForms::definition(QStringLiteral("needs-assessment"),
                                 BuiltInForms::versions(QStringLiteral("needs-assessment")).last());
    REQUIRE(newest);
    *version = newest->version + 1;
    QFile file(QStringLiteral(":/forms/needs-assessment.v%1.json").arg(newest->version));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    const QByteArray from = "\"version\": " + QByteArray::number(newest->version);
    REQUIRE(text.contains(from));
    text.replace(from, "\"version\": " + QByteArray::number(*version));
    REQUIRE(text.contains("\"en\": \"Main difficulties now\""));
    text.replace("\"en\": \"Main difficulties now\"", "\"en\": \"The main difficulties this year\"");
    return text;
}

/// Changes a column of a published document in the county database behind the server's back,
/// on either of the county's stores.
void tamper(const QString& countyDb, const QString& name, const QString& column, const QVariant& value)
{
    Database county;
    REQUIRE(county.open(countyDb, test::keyFileOf(countyDb).chopped(5)));
    Query q(county);
    REQUIRE(q.prepare(QStringLiteral("UPDATE published_document SET %1 = ? WHERE name = ?").arg(column)));
    q.addBindValue(value);
    q.addBindValue(name);
    REQUIRE(q.exec());
    REQUIRE(q.numRowsAffected() == 1);
}
} // namespace

TEST_CASE("a form published at the county reaches a laptop at its next sync and its next assessment uses it",
          "[publish][e2e]")
{
    PublishedDocument::install({});
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md).
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    int version = 0;
    const QByteArray form = nextNeedsAssessment(&version);
    const QString formName = QStringLiteral("needs-assessment.v%1.json").arg(version);

    // A mistake is refused with its line, and nothing is stored.
    QByteArray broken = form;
    const qsizetype rule = broken.indexOf("\"showIf\": \"");
    REQUIRE(rule > 0);
    broken.insert(rule + 11, "((( ");
    QTemporaryDir brokenDir;
    const test::AdminRun refused =
        tryAdmin(db, {QStringLiteral("publish"), writeFile(brokenDir, formName, broken)});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("line %1: ").arg(broken.left(rule).count('\n') + 1)));
    CHECK(admin(db, {QStringLiteral("published")}).contains(QStringLiteral("Nothing is published")));

    // Published; again the same bytes: nothing changes.
    const QString formFile = writeFile(dir, formName, form);
    CHECK(admin(db, {QStringLiteral("publish"), formFile}).contains(QStringLiteral("Published ") + formName));
    CHECK(admin(db, {QStringLiteral("publish"), formFile, QStringLiteral("--kind"), QStringLiteral("form")})
              .contains(QStringLiteral("nothing changed")));
    // A list in a file of another name, its kind given: published as agencies.json.
    const QString agencies = writeFile(
        dir, QStringLiteral("county-agencies-2027.json"),
        R"({"agencies": [{"code": "village_clinic", "zh_CN": "村卫生室", "en": "Village clinic"}]})");
    CHECK(tryAdmin(db, {QStringLiteral("publish"), agencies}).err.contains(QStringLiteral("--kind")));
    CHECK(
        admin(db, {QStringLiteral("publish"), agencies, QStringLiteral("--kind"), QStringLiteral("agencies")})
            .contains(QStringLiteral("Published agencies.json")));
    const QString listed = admin(db, {QStringLiteral("published")});
    CHECK(listed.contains(formName));
    CHECK(listed.contains(QStringLiteral("agencies\tagencies.json")));

    RunningServer server(db);
    REQUIRE(server.url.isValid());
    Laptop wang;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    CHECK(BuiltInForms::needsAssessment()->version == version - 1);

    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(wang.client.receivedDocuments() == (QStringList{QStringLiteral("agencies.json"), formName}));
    CHECK(wang.client.refusedDocuments().isEmpty());
    // Kept in the laptop's database, with the county's signature.
    CHECK(PublishedDocumentStore(wang.data.db()).find(formName)->content == form);
    CHECK(AgencyList::current().find(QStringLiteral("village_clinic")));

    // The next new assessment is made with the published version, as the Assessments tab makes it.
    const auto newest = BuiltInForms::needsAssessment();
    REQUIRE(newest);
    CHECK(newest->version == version);
    CHECK(newest->question(QStringLiteral("main_difficulties"))->label.value(QStringLiteral("en")) ==
          QStringLiteral("The main difficulties this year"));
    HouseholdRepository households(wang.data.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file));
    AssessmentRepository assessments(wang.data.db(), test::as(QStringLiteral("王芳")));
    Assessment a;
    a.householdId = file.household.value(QStringLiteral("id")).toString();
    a.formId = newest->id;
    a.formVersion = newest->version;
    a.answers = {{QStringLiteral("main_difficulties"), QStringList{QStringLiteral("medical")}}};
    REQUIRE(assessments.saveDraft(a));
    const auto reopened = assessments.load(a.id);
    REQUIRE(reopened);
    CHECK(reopened->formVersion == version);
    const auto own = BuiltInForms::definition(reopened->formId, reopened->formVersion);
    REQUIRE(own);
    CHECK(own->question(QStringLiteral("main_difficulties"))->label.value(QStringLiteral("en")) ==
          QStringLiteral("The main difficulties this year"));

    // The next sync sends nothing again: the laptop says which bytes it has.
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(wang.client.receivedDocuments().isEmpty());
    CHECK(server.log().contains(QStringLiteral("\"sent\":0")));

    // A second laptop after the process forgot: what the store holds is installed again.
    PublishedDocument::install({});
    CHECK(BuiltInForms::needsAssessment()->version == version - 1);
    REQUIRE(PublishedDocumentStore(wang.data.db()).install());
    CHECK(BuiltInForms::needsAssessment()->version == version);
    PublishedDocument::install({});
}

TEST_CASE("a published document whose signature does not verify is refused without failing the sync",
          "[publish][e2e]")
{
    PublishedDocument::install({});
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md).
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    const QByteArray rules = R"({"version": 1, "default_interval_days": 60, "rules": []})";
    const QByteArray agencies =
        R"({"agencies": [{"code": "village_clinic", "zh_CN": "村卫生室", "en": "Village clinic"}]})";
    admin(db, {QStringLiteral("publish"), writeFile(dir, QStringLiteral("visit-rules.json"), rules)});
    admin(db, {QStringLiteral("publish"), writeFile(dir, QStringLiteral("agencies.json"), agencies)});

    // Someone changes the rules at the county without the county's key: new content, its hash
    // recomputed, the old signature. And a signature damaged outright on the agencies.
    const QByteArray forged = R"({"version": 1, "default_interval_days": 365, "rules": []})";
    tamper(db, QStringLiteral("visit-rules.json"), QStringLiteral("content"), forged);
    tamper(db, QStringLiteral("visit-rules.json"), QStringLiteral("sha256"),
           PublishedDocument::sha256Of(forged));
    tamper(db, QStringLiteral("agencies.json"), QStringLiteral("signature"), QByteArray(64, 'x'));

    RunningServer server(db);
    REQUIRE(server.url.isValid());
    Laptop wang;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    HouseholdRepository households(wang.data.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file));

    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(wang.client.receivedDocuments().isEmpty());
    REQUIRE(wang.client.refusedDocuments().size() == 2);
    for (const SyncClient::RefusedDocument& r : wang.client.refusedDocuments())
        CHECK(r.reason == QStringLiteral("it is not signed by the county"));
    CHECK(PublishedDocumentStore(wang.data.db()).all().isEmpty());
    CHECK(VisitRules::forDatabase(wang.data.path()).defaultIntervalDays != 365);
    CHECK_FALSE(AgencyList::current().find(QStringLiteral("village_clinic")));
    // The rest of the sync went through: the household reached the county, and the sync counts.
    const DeviceSync state(wang.data.db());
    CHECK(state.unsentCount() == 0);
    CHECK(state.lastSync().isValid());
    CHECK(server.log().contains(QStringLiteral("\"outcome\":\"applied\"")));
}
