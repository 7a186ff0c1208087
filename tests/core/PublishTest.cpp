// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The county's published documents: checked as the app reads them, signed, stored once, installed.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/crypto/Signature.h"
#include "core/forms/BuiltInForms.h"
#include "core/forms/PublishedDocument.h"
#include "core/model/AgencyList.h"
#include "core/model/VisitRules.h"
#include "core/records/PublishedDocumentStore.h"
#include "core/server/CountyPublisher.h"
#include "core/server/CountyStore.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;

namespace {
QByteArray builtInForm(int version)
{
    QFile file(QStringLiteral(":/forms/needs-assessment.v%1.json").arg(version));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Version 4 of the needs assessment: version 3 with its first question's label changed.
QByteArray versionFour()
{
    QByteArray text = builtInForm(3);
    REQUIRE(text.contains("\"version\": 3"));
    text.replace("\"version\": 3", "\"version\": 4");
    REQUIRE(text.contains("\"en\": \"Main difficulties now\""));
    text.replace("\"en\": \"Main difficulties now\"", "\"en\": \"The main difficulties this year\"");
    return text;
}

QString firstProblem(const QList<FormDefinitionError>& problems)
{
    return problems.isEmpty()
               ? QStringLiteral("none")
               : QStringLiteral("line %1: %2").arg(problems.first().line).arg(problems.first().message);
}
} // namespace

TEST_CASE("a published document is checked as the app reads it, a mistake refused with its line", "[publish]")
{
    CHECK(PublishedDocument::kindOfName(QStringLiteral("needs-assessment.v4.json")) ==
          PublishedDocument::kForm);
    CHECK(PublishedDocument::kindOfName(QStringLiteral("agencies.json")) == PublishedDocument::kAgencies);
    CHECK(PublishedDocument::kindOfName(QStringLiteral("visit-rules.json")) ==
          PublishedDocument::kVisitRules);
    CHECK(PublishedDocument::kindOfName(QStringLiteral("notes.txt")).isEmpty());

    const QByteArray four = versionFour();
    CHECK(PublishedDocument::check(PublishedDocument::kForm, QStringLiteral("needs-assessment.v4.json"), four)
              .isEmpty());
    // Named for another version than it holds; a version built in already.
    CHECK(firstProblem(PublishedDocument::check(PublishedDocument::kForm,
                                                QStringLiteral("needs-assessment.v5.json"), four))
              .contains(QStringLiteral("named for version 5")));
    CHECK(firstProblem(PublishedDocument::check(PublishedDocument::kForm,
                                                QStringLiteral("needs-assessment.v3.json"), builtInForm(3)))
              .contains(QStringLiteral("built into Fieldfile already")));

    // A show-if rule that does not parse: refused on the rule's own line.
    QByteArray broken = four;
    const qsizetype rule = broken.indexOf("\"showIf\": \"");
    REQUIRE(rule > 0);
    broken.insert(rule + 11, "((( ");
    const QList<FormDefinitionError> problems = PublishedDocument::check(
        PublishedDocument::kForm, QStringLiteral("needs-assessment.v4.json"), broken);
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().line == broken.left(rule).count('\n') + 1);

    // Visit rules with an unknown group, on its line.
    const QByteArray rules =
        "{\n  \"version\": 1,\n  \"rules\": [\n    {\"group\": \"no_such_group\", "
        "\"interval_days\": 30,\n     \"reason\": {\"zh_CN\": \"x\", \"en\": \"x\"}}\n  ]\n}\n";
    const QList<FormDefinitionError> ruleProblems =
        PublishedDocument::check(PublishedDocument::kVisitRules, QStringLiteral("visit-rules.json"), rules);
    REQUIRE_FALSE(ruleProblems.isEmpty());
    CHECK(ruleProblems.first().line == 4);
    CHECK(ruleProblems.first().message.contains(QStringLiteral("no_such_group")));

    // Agencies: the second has no English name, on its own line.
    const QByteArray agencies =
        "{\"agencies\": [\n  {\"code\": \"school\", \"zh_CN\": \"学校\", \"en\": \"School\"},\n"
        "  {\"code\": \"clinic\", \"zh_CN\": \"诊所\"}\n]}\n";
    const QList<FormDefinitionError> agencyProblems =
        PublishedDocument::check(PublishedDocument::kAgencies, QStringLiteral("agencies.json"), agencies);
    REQUIRE(agencyProblems.size() == 1);
    CHECK(agencyProblems.first().line == 3);
    CHECK(agencyProblems.first().message.contains(QStringLiteral("clinic")));
    // Not JSON at all: the line where it breaks.
    const QList<FormDefinitionError> notJson =
        PublishedDocument::check(PublishedDocument::kAgencies, QStringLiteral("agencies.json"), "{\n\n  [");
    REQUIRE(notJson.size() == 1);
    CHECK(notJson.first().line == 3);
    // A name that does not fit its kind.
    CHECK(firstProblem(
              PublishedDocument::check(PublishedDocument::kAgencies, QStringLiteral("list.json"), agencies))
              .contains(QStringLiteral("agencies.json")));
}

TEST_CASE("the county signs what it publishes, publishing the same bytes again changes nothing and a form "
          "version never changes",
          "[publish]")
{
    // On both of the county's stores (docs/postgresql.md): SQLite, then PostgreSQL.
    TempDatabase county(GENERATE(test::Store::Sqlite, test::Store::Postgres));
    INFO(test::storeName(county.store()).toStdString());
    if (!county.isOpen()) {
        WARN(county.skipReason().toStdString());
        return;
    }
    REQUIRE(CountyStore::initialize(county.db(), QStringLiteral("371321")));
    CountyPublisher publisher(county.db());
    QList<FormDefinitionError> problems;
    const QByteArray four = versionFour();
    const QString name = QStringLiteral("needs-assessment.v4.json");
    CHECK(publisher.publish({}, name, four, &problems) == CountyPublisher::Outcome::Published);
    CHECK(problems.isEmpty());
    QList<PublishedDocument> documents = publisher.published();
    REQUIRE(documents.size() == 1);
    const PublishedDocument stored = documents.first();
    CHECK(stored.kind == PublishedDocument::kForm);
    CHECK(stored.content == four);
    CHECK(stored.sha256 == PublishedDocument::sha256Of(four));
    CHECK(stored.sha256.size() == 64);
    const QByteArray countyKey = CountyStore(county.db()).signingKeys().publicKey;
    CHECK(crypto::Signature::verify(stored.signature, stored.signedMessage(), countyKey));
    // The signature binds the name and the kind: the same bytes under another name do not verify.
    CHECK_FALSE(
        crypto::Signature::verify(stored.signature,
                                  PublishedDocument::signedMessage(
                                      stored.kind, QStringLiteral("needs-assessment.v5.json"), stored.sha256),
                                  countyKey));
    // Tampered content has another hash, whose message the county never signed.
    QByteArray tampered = four;
    tampered.replace("The main difficulties this year", "The main difficulties this month");
    CHECK_FALSE(crypto::Signature::verify(
        stored.signature,
        PublishedDocument::signedMessage(stored.kind, name, PublishedDocument::sha256Of(tampered)),
        countyKey));

    // Again the same bytes: nothing changes, not even the time.
    CHECK(publisher.publish(PublishedDocument::kForm, name, four, &problems) ==
          CountyPublisher::Outcome::Unchanged);
    documents = publisher.published();
    REQUIRE(documents.size() == 1);
    CHECK(documents.first().publishedAt == stored.publishedAt);
    CHECK(documents.first().signature == stored.signature);
    // Other bytes for the same version: refused, the first stays.
    CHECK(publisher.publish({}, name, tampered, &problems) == CountyPublisher::Outcome::Refused);
    CHECK(firstProblem(problems).contains(QStringLiteral("never changes")));
    CHECK(publisher.published().first().content == four);
    // A broken document stores nothing.
    CHECK(publisher.publish({}, QStringLiteral("visit-rules.json"), "{\"version\": 2}", &problems) ==
          CountyPublisher::Outcome::Refused);
    CHECK_FALSE(problems.isEmpty());
    CHECK(publisher.published().size() == 1);
    // A form in a file of another name, its kind given: published under its own id and version,
    // so the same bytes again change nothing.
    QString published;
    CHECK(publisher.publish(PublishedDocument::kForm, QStringLiteral("new-form.json"), four, &problems,
                            &published) == CountyPublisher::Outcome::Unchanged);
    CHECK(published == name);
    // A name that says no kind, without --kind.
    CHECK(publisher.publish({}, QStringLiteral("rules.txt"), "{}", &problems) ==
          CountyPublisher::Outcome::Refused);

    // A list may be published again with new content: it replaces the one before.
    const QByteArray agencies1 = R"({"agencies": [{"code": "school", "zh_CN": "学校", "en": "School"}]})";
    const QByteArray agencies2 =
        R"({"agencies": [{"code": "school", "zh_CN": "中心学校", "en": "Central school"},
                         {"code": "village_clinic", "zh_CN": "村卫生室", "en": "Village clinic"}]})";
    CHECK(publisher.publish({}, QStringLiteral("agencies.json"), agencies1, &problems) ==
          CountyPublisher::Outcome::Published);
    CHECK(publisher.publish({}, QStringLiteral("agencies.json"), agencies2, &problems) ==
          CountyPublisher::Outcome::Published);
    const auto list = PublishedDocumentStore(county.db()).find(QStringLiteral("agencies.json"));
    REQUIRE(list);
    CHECK(list->content == agencies2);
    CHECK(publisher.published().size() == 2);
}

TEST_CASE("installed documents: a published form is the newest version, published lists replace the "
          "built-in ones",
          "[publish]")
{
    const int builtInRules = int(VisitRules::builtIn()->rules.size());
    PublishedDocument form{PublishedDocument::kForm, QStringLiteral("needs-assessment.v4.json"),
                           versionFour()};
    PublishedDocument agencies{
        PublishedDocument::kAgencies, QStringLiteral("agencies.json"),
        R"({"agencies": [{"code": "school", "zh_CN": "中心学校", "en": "Central school"},
                         {"code": "village_clinic", "zh_CN": "村卫生室", "en": "Village clinic"}]})"};
    PublishedDocument rules{PublishedDocument::kVisitRules, QStringLiteral("visit-rules.json"),
                            R"({"version": 1, "default_interval_days": 60, "rules": [
                                {"group": "left_behind_child", "interval_days": 14,
                                 "reason": {"zh_CN": "每两周", "en": "Every two weeks"}}]})"};
    PublishedDocument::install({form, agencies, rules});

    CHECK(BuiltInForms::versions(QStringLiteral("needs-assessment")) == (QList<int>{1, 2, 3, 4}));
    const auto newest = BuiltInForms::needsAssessment();
    REQUIRE(newest);
    CHECK(newest->version == 4);
    REQUIRE(newest->question(QStringLiteral("main_difficulties")));
    CHECK(newest->question(QStringLiteral("main_difficulties"))->label.value(QStringLiteral("en")) ==
          QStringLiteral("The main difficulties this year"));
    // Older versions keep theirs.
    CHECK(BuiltInForms::definition(QStringLiteral("needs-assessment"), 3)
              ->question(QStringLiteral("main_difficulties"))
              ->label.value(QStringLiteral("en")) == QStringLiteral("Main difficulties now"));
    CHECK(BuiltInForms::refused().isEmpty());

    // The published agencies come first, with their names; the built-in ones stay known after them.
    const AgencyList current = AgencyList::current();
    REQUIRE(current.agencies().size() >= 2);
    CHECK(current.agencies().at(0).code == QStringLiteral("school"));
    CHECK(current.agencies().at(0).nameEn == QStringLiteral("Central school"));
    CHECK(current.agencies().at(1).code == QStringLiteral("village_clinic"));
    CHECK(current.find(QStringLiteral("police_station")));
    CHECK(current.agencies().size() == AgencyList::builtIn().agencies().size() + 1);

    QString used;
    const VisitRules inForce = VisitRules::forDatabase(QStringLiteral("/nonexistent/x.db"), nullptr, &used);
    CHECK(used == VisitRules::kPublished);
    CHECK(inForce.defaultIntervalDays == 60);
    REQUIRE(inForce.rules.size() == 1);
    CHECK(inForce.rules.first().intervalDays == 14);

    // Nothing published: the built-in forms and lists again.
    PublishedDocument::install({});
    CHECK(BuiltInForms::needsAssessment()->version == 3);
    CHECK(AgencyList::current().agencies().size() == AgencyList::builtIn().agencies().size());
    CHECK(VisitRules::forDatabase(QStringLiteral("/nonexistent/x.db")).rules.size() == builtInRules);
}
