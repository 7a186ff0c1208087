// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The county accepts a change only where the sender's user may write it (WriteScope): changes made
// by hand, as an attacker with an enrolled laptop would send them.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/crypto/KeyPair.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/schema/StationScope.h"
#include "core/server/CountyStore.h"
#include "core/server/RequestAuthenticator.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/PackageWriter.h"
#include "core/sync/RequestSignature.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace ff;
using crypto::KeyPair;
using Op = Change::Op;
using Kind = CountyStore::ImportOutcome::Kind;

namespace {

struct Device
{
    QString id;
    KeyPair signing = KeyPair::generate(KeyPair::Kind::Signing);
    KeyPair box = KeyPair::generate(KeyPair::Kind::Box);
    qint64 seq = 0;
};

/// The county on one store: every test runs on SQLite, then on PostgreSQL (docs/postgresql.md).
class County
{
public:
    County() : County(GENERATE(test::Store::Sqlite, test::Store::Postgres)) {}
    explicit County(test::Store store) : m_db(store)
    {
        if (!m_db.isOpen())
            return;
        REQUIRE(CountyStore::initialize(m_db.db(), QStringLiteral("371321")));
        addUser("王芳", "caseworker", "岸堤镇社工站");
        addUser("李娜", "caseworker", "岸堤镇社工站");
        addUser("刘站长", "supervisor", "岸堤镇社工站");
        addUser("赵强", "caseworker", "界湖街道社工站");
    }

    /// True (with a warning) when the store could not be made: PostgreSQL not installed.
    bool skipped() const
    {
        if (m_db.isOpen())
            return false;
        WARN(m_db.skipReason().toStdString());
        return true;
    }
    test::Store kind() const { return m_db.store(); }

    CountyStore store() { return CountyStore(m_db.db()); }
    Database& db() { return m_db.db(); }

    /// A laptop of `user`; `suffix` tells a second one apart.
    Device enroll(const char* user, const char* suffix = "")
    {
        Device d;
        d.id = QStringLiteral("laptop-") + QString::fromUtf8(user) + QString::fromUtf8(suffix);
        QString code, enrolled;
        REQUIRE(store().issueEnrollmentCode(QString::fromUtf8(user), &code));
        REQUIRE(store().enroll(code, d.id, d.signing.publicKey, d.box.publicKey, &enrolled));
        return d;
    }

    /// A change as `device` would send it.
    Change change(Device& device, const char* entity, const QString& record, const QString& household, Op op,
                  const QVariantMap& fields = {})
    {
        Change c;
        c.id = {device.id, ++device.seq};
        c.hlc = (quint64(1'780'000'000'000) << 16) + quint64(++m_tick);
        c.author = device.id;
        c.entity = QString::fromLatin1(entity);
        c.recordId = record;
        c.householdId = household;
        c.op = op;
        c.fields = fields;
        return c;
    }

    /// Imports `changes` as one package from `device`; returns the reasons parked, by code.
    QMap<QString, int> push(const Device& device, const QList<Change>& changes, int* applied = nullptr)
    {
        CountyStore county = store();
        const QByteArray package =
            PackageWriter::write(changes, {device.id, device.signing},
                                 {county.countyId(), county.boxKeys().publicKey}, changes.last().hlc);
        const CountyStore::ImportOutcome outcome = county.importPackage(package);
        INFO(outcome.reason.toStdString());
        REQUIRE(outcome.kind == Kind::Applied);
        if (applied)
            *applied = outcome.report.applied + outcome.report.unparked;
        return outcome.report.parkedReasons;
    }

    QString parkedReason(const Change& c)
    {
        Query q(m_db.db());
        q.prepare(QStringLiteral("SELECT reason FROM parked_change WHERE device = ? AND device_seq = ?"));
        q.addBindValue(c.id.device);
        q.addBindValue(c.id.seq);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private:
    void addUser(const char* name, const char* role, const char* station)
    {
        REQUIRE(
            store().addUser(QString::fromUtf8(name), QString::fromLatin1(role), QString::fromUtf8(station)));
    }

    test::TempDatabase m_db;
    int m_tick = 0;
};

QVariantMap note(const char* text) { return {{QStringLiteral("notes"), QString::fromUtf8(text)}}; }
const QString kOutOfScope = ChangeImporter::kOutOfScope;

} // namespace

TEST_CASE(
    "only the caseworker who holds a household, their station's supervisor and the county write into it",
    "[county][scope]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    Device li = county.enroll("李娜");
    Device chief = county.enroll("刘站长");
    Device zhao = county.enroll("赵强");
    const QString home = QStringLiteral("h-wang");
    REQUIRE(county
                .push(wang, {county.change(wang, "household", home, home, Op::Create,
                                           {{QStringLiteral("village"), QStringLiteral("东山村")}})})
                .isEmpty());

    // Another station's caseworker: a high-severity child-protection flag and a note, both parked.
    const QString flag = QStringLiteral("flag-zhao");
    const Change flagged = county.change(zhao, "risk_flag", flag, home, Op::Create,
                                         {{QStringLiteral("risk_type"), QStringLiteral("child_protection")},
                                          {QStringLiteral("severity"), QStringLiteral("high")}});
    const Change noted = county.change(zhao, "household", home, home, Op::Update, note("篡改"));
    int applied = -1;
    CHECK(county.push(zhao, {flagged, noted}, &applied) == QMap<QString, int>{{kOutOfScope, 2}});
    CHECK(applied == 0);
    CHECK(county.parkedReason(flagged) == kOutOfScope);
    CHECK(test::TempDatabase::count(county.db(), QStringLiteral("journal")) == 1);

    // A colleague at the same station does not hold it either.
    CHECK(county.push(li, {county.change(li, "household", home, home, Op::Update, note("同站"))}) ==
          QMap<QString, int>{{kOutOfScope, 1}});

    // The station's supervisor and the caseworker herself write into it.
    CHECK(county
              .push(chief, {county.change(chief, "household", home, home, Op::Update, note("督导意见"))},
                    &applied)
              .isEmpty());
    CHECK(applied == 1);
    CHECK(
        county.push(wang, {county.change(wang, "household", home, home, Op::Update, note("走访"))}, &applied)
            .isEmpty());
    CHECK(applied == 1);
}

TEST_CASE("an empty create does not take over a household nobody holds, nor a create change a status",
          "[county][scope]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    Device chief = county.enroll("刘站长");
    Device zhao = county.enroll("赵强");
    // Filed on the supervisor's laptop: households are assigned only to caseworkers, so nobody holds it.
    const QString unheld = QStringLiteral("h-unheld");
    REQUIRE(county
                .push(chief, {county.change(chief, "household", unheld, unheld, Op::Create,
                                            {{QStringLiteral("village"), QStringLiteral("西山村")}})})
                .isEmpty());
    CHECK(county.push(zhao, {county.change(zhao, "household", unheld, unheld, Op::Create)}) ==
          QMap<QString, int>{{kOutOfScope, 1}});
    CHECK(county.push(wang, {county.change(wang, "household", unheld, unheld, Op::Create)}) ==
          QMap<QString, int>{{kOutOfScope, 1}});
    // Nor did the parked creates make it theirs.
    CHECK(test::TempDatabase::count(county.db(), QStringLiteral("server_assignment")) == 0);
    // Its creator still writes into it.
    const QMap<QString, int> byCreator =
        county.push(chief, {county.change(chief, "household", unheld, unheld, Op::Update, note("补充"))});
    CHECK(byCreator.keys() == QStringList{});

    // A caseworker's own household: a "create" that sets its status is judged as the change it is.
    const QString home = QStringLiteral("h-wang");
    REQUIRE(county
                .push(wang, {county.change(wang, "household", home, home, Op::Create,
                                           {{QStringLiteral("status"), QStringLiteral("dibao")}})})
                .isEmpty());
    CHECK(county.push(wang, {county.change(wang, "household", home, home, Op::Create,
                                           {{QStringLiteral("status"), QStringLiteral("tekun")}})}) ==
          QMap<QString, int>{{QStringLiteral("status_not_authorised"), 1}});
}

TEST_CASE("a record stays in its household: a change naming another household is parked", "[county][scope]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    Device zhao = county.enroll("赵强");
    const QString home = QStringLiteral("h-wang");
    const QString child = QStringLiteral("m-child");
    REQUIRE(county
                .push(wang, {county.change(wang, "household", home, home, Op::Create),
                             county.change(wang, "member", child, home, Op::Create,
                                           {{QStringLiteral("name"), QStringLiteral("张小雨")}})})
                .isEmpty());
    // 赵强 names the child under his own household, to change her and to receive her record.
    const QString his = QStringLiteral("h-zhao");
    const Change moved = county.change(zhao, "member", child, his, Op::Update,
                                       {{QStringLiteral("name"), QStringLiteral("改名")}});
    CHECK(county.push(zhao, {county.change(zhao, "household", his, his, Op::Create), moved}) ==
          QMap<QString, int>{{ChangeImporter::kWrongHousehold, 1}});
    CHECK(county.parkedReason(moved) == ChangeImporter::kWrongHousehold);
}

TEST_CASE("work done before a reassignment still arrives until the laptop has pulled past it",
          "[county][scope]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    county.enroll("李娜");
    const QString home = QStringLiteral("h-wang");
    REQUIRE(county.push(wang, {county.change(wang, "household", home, home, Op::Create)}).isEmpty());
    CountyStore::Page page;
    REQUIRE(county.store().pullPackage(wang.id, 0, 100, &page));
    const qint64 cursor = page.cursor;

    REQUIRE(county.store().assign(home, QStringLiteral("李娜")));
    // Written offline before the laptop knew: still accepted.
    int applied = 0;
    CHECK(county
              .push(wang, {county.change(wang, "household", home, home, Op::Update, note("离线记录"))},
                    &applied)
              .isEmpty());
    CHECK(applied == 1);
    // The pull that tells the laptop the household left, then a pull past it.
    REQUIRE(county.store().pullPackage(wang.id, cursor, 100, &page));
    CHECK(page.left == QStringList{home});
    REQUIRE(county.store().pullPackage(wang.id, page.cursor, 100, &page));
    CHECK(county.push(wang, {county.change(wang, "household", home, home, Op::Update, note("之后"))}) ==
          QMap<QString, int>{{kOutOfScope, 1}});
}

TEST_CASE("a change that waited for its household is judged when the household arrives", "[county][scope]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    Device zhao = county.enroll("赵强");
    const QString home = QStringLiteral("h-later");
    // 赵强 sends a member of a household the county does not have yet; it waits.
    const Change early = county.change(zhao, "member", QStringLiteral("m-early"), home, Op::Create,
                                       {{QStringLiteral("name"), QStringLiteral("冒名")}});
    CHECK(county.push(zhao, {early}) == QMap<QString, int>{{ChangeImporter::kWaitingForHousehold, 1}});
    // 王芳 files that household: it is hers, and 赵强's member stays out.
    int applied = 0;
    CHECK(county.push(wang, {county.change(wang, "household", home, home, Op::Create)}, &applied).isEmpty());
    CHECK(applied == 1);
    CHECK(county.parkedReason(early) == kOutOfScope);
}

TEST_CASE("a laptop enrolled later, or one that always pulls from the start, does not reopen a reassignment",
          "[county][scope]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    county.enroll("李娜");
    const QString home = QStringLiteral("h-wang");
    REQUIRE(county.push(wang, {county.change(wang, "household", home, home, Op::Create)}).isEmpty());
    REQUIRE(county.store().assign(home, QStringLiteral("李娜")));
    // Her new laptop never held the household.
    Device second = county.enroll("王芳", "-2");
    CHECK(county.push(second, {county.change(second, "household", home, home, Op::Update, note("新电脑"))}) ==
          QMap<QString, int>{{kOutOfScope, 1}});
    // The old laptop asks from 0 every time: it has been served past the reassignment all the same.
    CountyStore::Page page;
    REQUIRE(county.store().pullPackage(wang.id, 0, 100, &page));
    REQUIRE(county.store().pullPackage(wang.id, 0, 100, &page));
    CHECK(county.push(wang, {county.change(wang, "household", home, home, Op::Update, note("从零拉取"))}) ==
          QMap<QString, int>{{kOutOfScope, 1}});
}

TEST_CASE("a change that waited for its household is judged by every rule when it arrives, and a revoked "
          "laptop's not at all",
          "[county][scope]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    Device spare = county.enroll("王芳", "-spare");
    const QString home = QStringLiteral("h-wang");
    const QString assessment = QStringLiteral("as-1");
    // A draft of an assessment, sent for a household that does not exist yet, waits.
    const QString later = QStringLiteral("h-later");
    const Change draft = county.change(wang, "assessment", assessment, later, Op::Create,
                                       {{QStringLiteral("status"), QStringLiteral("draft")}});
    CHECK(county.push(wang, {draft}) == QMap<QString, int>{{ChangeImporter::kWaitingForHousehold, 1}});
    // The assessment is then submitted in her real household.
    REQUIRE(county
                .push(wang, {county.change(wang, "household", home, home, Op::Create),
                             county.change(wang, "assessment", assessment, home, Op::Create,
                                           {{QStringLiteral("status"), QStringLiteral("submitted")}})})
                .isEmpty());
    // When the other household arrives, the draft would reopen the submitted assessment (and names
    // another household than the assessment's): it stays out, by the first rule that refuses it.
    REQUIRE(county.push(wang, {county.change(wang, "household", later, later, Op::Create)}).isEmpty());
    CHECK(county.parkedReason(draft) == QStringLiteral("submission_final"));

    // A laptop revoked while its change waited.
    const QString third = QStringLiteral("h-third");
    const Change waiting = county.change(spare, "member", QStringLiteral("m-spare"), third, Op::Create,
                                         {{QStringLiteral("name"), QStringLiteral("备用")}});
    CHECK(county.push(spare, {waiting}) == QMap<QString, int>{{ChangeImporter::kWaitingForHousehold, 1}});
    REQUIRE(county.store().revokeDevice(spare.id));
    REQUIRE(county.push(wang, {county.change(wang, "household", third, third, Op::Create)}).isEmpty());
    CHECK(county.parkedReason(waiting) == kOutOfScope);
}

TEST_CASE("no laptop enrolls as the county's own device or as the county", "[county][scope]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    county.enroll("王芳");
    // The device the county's own changes (assignments) are made by.
    const QString own = JournalWriter::deviceId(county.db());
    for (const QString& id : {own, QStringLiteral("371321")}) {
        Device d;
        QString code, user;
        REQUIRE(county.store().issueEnrollmentCode(QStringLiteral("王芳"), &code));
        CHECK_FALSE(county.store().enroll(code, id, d.signing.publicKey, d.box.publicKey, &user));
    }
}

TEST_CASE("one laptop's flood of signed requests does not lock the others out", "[county][auth]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device flood = county.enroll("王芳");
    Device other = county.enroll("赵强");
    RequestAuthenticator authenticator;
    CountyStore store = county.store();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto request = [&](const Device& d) {
        const auto headers = RequestSignature::headers(d.id, d.signing.secretKey, "GET",
                                                       "/api/v1/pull?after=-1", {}, now + 290'000);
        return RequestSignature::read(headers[0].second, headers[1].second, headers[2].second,
                                      headers[3].second);
    };
    int refused = 0;
    for (int i = 0; i < RequestAuthenticator::kMaxNoncesPerDevice + 50; ++i) {
        if (!authenticator.check(store, request(flood), "GET", "/api/v1/pull?after=-1", {}, now).ok())
            ++refused;
    }
    CHECK(refused == 50);
    CHECK(authenticator.check(store, request(other), "GET", "/api/v1/pull?after=-1", {}, now).ok());
}

TEST_CASE("an answer belongs to its assessment's household", "[county][scope]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    Device zhao = county.enroll("赵强");
    const QString home = QStringLiteral("h-wang");
    const QString assessment = QStringLiteral("as-wang");
    REQUIRE(county
                .push(wang, {county.change(wang, "household", home, home, Op::Create),
                             county.change(wang, "assessment", assessment, home, Op::Create,
                                           {{QStringLiteral("status"), QStringLiteral("draft")}})})
                .isEmpty());
    // 赵强 answers her assessment's question under his own household.
    const QString his = QStringLiteral("h-zhao");
    const Change answer = county.change(zhao, "answer", assessment + QStringLiteral("/guardian"), his,
                                        Op::Create, {{QStringLiteral("value"), QStringLiteral("none")}});
    CHECK(county.push(zhao, {county.change(zhao, "household", his, his, Op::Create), answer}) ==
          QMap<QString, int>{{ChangeImporter::kWrongHousehold, 1}});
}

TEST_CASE("a station's volunteers and projects are written by its supervisor and the county, never by a "
          "caseworker",
          "[county][scope][station]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    Device chief = county.enroll("刘站长");
    const QString station = StationScope::scopeId(QStringLiteral("岸堤镇社工站"));
    const QString other = StationScope::scopeId(QStringLiteral("界湖街道社工站"));
    const QVariantMap named = {{QStringLiteral("station"), QStringLiteral("岸堤镇社工站")},
                               {QStringLiteral("name"), QStringLiteral("李敏")}};

    // The station's supervisor adds a volunteer to its roster.
    int applied = -1;
    CHECK(county
              .push(chief,
                    {county.change(chief, "volunteer", QStringLiteral("v-1"), station, Op::Create, named)},
                    &applied)
              .isEmpty());
    CHECK(applied == 1);

    // A caseworker of the station (a tampered laptop, so the writer did not refuse it): parked with
    // the station's own reason, whether as a caseworker's create or an update.
    const Change byCaseworker =
        county.change(wang, "volunteer", QStringLiteral("v-2"), station, Op::Create, named);
    const Change edited = county.change(wang, "volunteer", QStringLiteral("v-1"), station, Op::Update,
                                        {{QStringLiteral("phone"), QStringLiteral("13800000000")}});
    CHECK(county.push(wang, {byCaseworker, edited}) == QMap<QString, int>{{StationScope::refusal(), 2}});
    CHECK(county.parkedReason(byCaseworker) == StationScope::refusal());

    // Another station's roster, and a county-wide project, are out of the supervisor's scope.
    CHECK(county.push(chief, {county.change(chief, "volunteer", QStringLiteral("v-3"), other, Op::Create,
                                            {{QStringLiteral("name"), QStringLiteral("外站")}})}) ==
          QMap<QString, int>{{kOutOfScope, 1}});
    CHECK(county.push(chief, {county.change(chief, "service_project", QStringLiteral("p-1"),
                                            StationScope::scopeId(QString()), Op::Create,
                                            {{QStringLiteral("name"), QStringLiteral("三区计划")}})}) ==
          QMap<QString, int>{{kOutOfScope, 1}});

    // A station record under a household's id, or a household's record under a station's: malformed.
    CHECK(county.push(chief, {county.change(chief, "volunteer", QStringLiteral("v-4"), QStringLiteral("h-1"),
                                            Op::Create, named)}) ==
          QMap<QString, int>{{ChangeImporter::kMalformed, 1}});
}

TEST_CASE("a pull leaves out the changes the device says it holds of its own, and only those",
          "[county][pull]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    Device li = county.enroll("李娜");
    const QString home = QStringLiteral("h-wang");
    REQUIRE(county
                .push(wang, {county.change(wang, "household", home, home, Op::Create),
                             county.change(wang, "member", QStringLiteral("m-1"), home, Op::Create),
                             county.change(wang, "member", QStringLiteral("m-2"), home, Op::Create)})
                .isEmpty());
    // The county changes the household too (its assignment, as county staff would).
    REQUIRE(county.store().assign(home, QStringLiteral("王芳")));
    CountyStore::Page all, none, some;
    REQUIRE(county.store().pullPackage(wang.id, 0, 100, &all));
    REQUIRE(county.store().pullPackage(wang.id, 0, 100, &none, 3));
    REQUIRE(county.store().pullPackage(wang.id, 0, 100, &some, 1));
    CHECK(none.count == all.count - 3); // the county's own change still comes
    CHECK(some.count == all.count - 1); // a laptop restored from an older copy gets the rest back
    CHECK(none.cursor == all.cursor);   // and its cursor moves past what was left out
    // Another device's changes are never left out by this device's number.
    CountyStore::Page other;
    REQUIRE(county.store().pullPackage(li.id, 0, 100, &other, 3));
    CHECK(other.count == 0); // not in her scope at all
}

TEST_CASE("a change that marks a record removed is judged as a removal at the county, whatever its operation",
          "[county][authority]")
{
    County county;
    INFO(test::storeName(county.kind()).toStdString());
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    const QString home = QStringLiteral("h-wang");
    const QString note = QStringLiteral("n-1");
    REQUIRE(county
                .push(wang, {county.change(wang, "household", home, home, Op::Create),
                             county.change(wang, "case_note", note, home, Op::Create,
                                           {{QStringLiteral("text"), QStringLiteral("入户走访")}})})
                .isEmpty());
    const Change hidden =
        county.change(wang, "case_note", note, home, Op::Update, {{QStringLiteral("_deleted"), true}});
    CHECK(county.push(wang, {hidden}) == QMap<QString, int>{{QStringLiteral("case_note_is_kept"), 1}});
}

TEST_CASE("on PostgreSQL a signed request replayed to another server process is refused there too",
          "[county][auth][postgres]")
{
    County county(test::Store::Postgres);
    if (county.skipped())
        return;
    Device wang = county.enroll("王芳");
    // Two processes: each its own authenticator (its memory) and its own connection.
    RequestAuthenticator first;
    RequestAuthenticator second;
    Database otherConnection;
    REQUIRE(otherConnection.open(county.db().path(), county.db().localPath()));
    CountyStore here = county.store();
    CountyStore there(otherConnection);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto headers =
        RequestSignature::headers(wang.id, wang.signing.secretKey, "GET", "/api/v1/pull?after=0", {}, now);
    const RequestSignature::Claim claim =
        RequestSignature::read(headers[0].second, headers[1].second, headers[2].second, headers[3].second);
    CHECK(first.check(here, claim, "GET", "/api/v1/pull?after=0", {}, now).ok());
    const RequestAuthenticator::Outcome replayed =
        second.check(there, claim, "GET", "/api/v1/pull?after=0", {}, now + 1000);
    CHECK_FALSE(replayed.ok());
    CHECK(replayed.refusal.contains(QStringLiteral("sent before")));
    // Out of the window, the shared memory forgets it (the sweep of the process that sweeps).
    CHECK(here.rememberNonce(wang.id, "old", now - 2 * RequestSignature::kWindowMs, 0) ==
          CountyStore::NonceSeen::New);
    CHECK(there.rememberNonce(wang.id, "other", now, now - RequestSignature::kWindowMs) ==
          CountyStore::NonceSeen::New);
    CHECK(here.rememberNonce(wang.id, "old", now - 2 * RequestSignature::kWindowMs, 0) ==
          CountyStore::NonceSeen::New);
}
