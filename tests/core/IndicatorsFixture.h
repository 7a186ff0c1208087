// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the indicator tests: records written as the county's staff through the real journal
// writer, and the hand-built county whose every number docs/indicators.md's rules give.
#pragma once

#include "tests/support/QtStringMaker.h"

#include "core/db/Database.h"
#include "core/forms/BuiltInForms.h"
#include "core/forms/IdentifiedNeeds.h"
#include "core/journal/JournalWriter.h"
#include "core/journal/Session.h"
#include "core/schema/StationScope.h"
#include "core/util/Clock.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QUuid>

namespace ff::test {

inline const QString kCityStation = QStringLiteral("城关社工站");
inline const QString kHillStation = QStringLiteral("岸堤社工站");
inline const QString kWang = QStringLiteral("王芳");
inline const QString kLi = QStringLiteral("李娜");
inline const QString kZhao = QStringLiteral("赵敏");

inline void must(const Status& s)
{
    INFO((s ? QString() : s.error().message + QLatin1Char(' ') + s.error().detail).toStdString());
    REQUIRE(s);
}

/// A stable id for a name, so that two databases written alike hold the same ids.
inline QString idFor(const QString& name)
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("{6f1c2a52-8f8e-4a47-9c59-2b9f1a0e4d11}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

inline qint64 msAt(const QString& isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate).toMSecsSinceEpoch();
}

/// Writes records as the county's staff through the real journal writer: on a laptop with the
/// record rows, on the county's store without them (as the county writes its own changes).
class Writer
{
public:
    Writer(Database& db, bool recordRows) : m_db(db) { m_options.recordRows = recordRows; }

    ManualClock clock{msAt(QStringLiteral("2026-12-01T02:00:00Z"))};

    void commit(const QList<JournalWriter::Edit>& edits)
    {
        must(JournalWriter(m_db, Session::of(QStringLiteral("县民政局"), Role::County, clock))
                 .commit(edits, m_options));
    }
    void create(const QString& entity, const QString& id, const QString& household, const QVariantMap& fields)
    {
        commit({{entity, id, household, Change::Op::Create, fields}});
    }
    void update(const QString& entity, const QString& id, const QString& household, const QVariantMap& fields)
    {
        commit({{entity, id, household, Change::Op::Update, fields}});
    }
    void remove(const QString& entity, const QString& id, const QString& household)
    {
        commit({{entity, id, household, Change::Op::Delete, {}}});
    }

    /// A household with its head (the head carries the special groups, which the household's
    /// summary derives from its members).
    QString household(const QString& name, const QString& station, const QString& township,
                      const QString& caseworker, const QString& status, const QStringList& groups = {})
    {
        const QString id = idFor(QStringLiteral("household/") + name);
        commit({{QStringLiteral("household"),
                 id,
                 id,
                 Change::Op::Create,
                 {{QStringLiteral("household_no"), QStringLiteral("371321-") + name},
                  {QStringLiteral("township"), township},
                  {QStringLiteral("village"), QStringLiteral("东山村")},
                  {QStringLiteral("station"), station},
                  {QStringLiteral("caseworker"), caseworker},
                  {QStringLiteral("status"), status}}},
                {QStringLiteral("member"),
                 idFor(QStringLiteral("member/") + name),
                 id,
                 Change::Op::Create,
                 {{QStringLiteral("name"), QStringLiteral("户主") + name},
                  {QStringLiteral("relation"), QStringLiteral("head")},
                  {QStringLiteral("special_groups"), groups}}}});
        return id;
    }

    /// One service session over `households` (one record each, one session id).
    void service(const QString& name, const QStringList& households, const QString& day, int minutes,
                 const QString& method, const QString& category, const QVariantMap& extra = {})
    {
        QList<JournalWriter::Edit> edits;
        for (const QString& h : households) {
            QVariantMap fields = {{QStringLiteral("session_id"), idFor(QStringLiteral("session/") + name)},
                                  {QStringLiteral("served_on"), day},
                                  {QStringLiteral("duration_min"), minutes},
                                  {QStringLiteral("method"), method},
                                  {QStringLiteral("category"), category},
                                  {QStringLiteral("activity"), QStringLiteral("服务")}};
            fields.insert(extra);
            edits.append({QStringLiteral("service_log"), idFor(QStringLiteral("service/") + name + h), h,
                          Change::Op::Create, fields});
        }
        commit(edits);
    }

private:
    Database& m_db;
    JournalWriter::Options m_options;
};

/// The hand-built county of the tests: two stations, three caseworkers, six households (one
/// removed), with casework in October, November and December 2026 whose counts are worked out in
/// the comments (docs/indicators.md for the rules).
struct HandBuilt
{
    QString h1, h2, h3, h4, h5, h6;
    QString project = idFor(QStringLiteral("project/三区计划"));

    explicit HandBuilt(Writer& w)
    {
        const QString city = QStringLiteral("城关镇"), hill = QStringLiteral("岸堤镇");
        // H1 王芳 dibao, a left-behind child; H2 first 李娜's, reassigned to 王芳; H3 李娜 low
        // income, empty nest; H4 赵敏 dibao, a left-behind child; H5 removed; H6 赵敏, no assistance.
        h1 = w.household(QStringLiteral("H1"), kCityStation, city, kWang, QStringLiteral("dibao"),
                         {QStringLiteral("left_behind_child")});
        h2 = w.household(QStringLiteral("H2"), kCityStation, city, kLi, QStringLiteral("tekun"));
        h3 = w.household(QStringLiteral("H3"), kCityStation, city, kLi, QStringLiteral("low_income"),
                         {QStringLiteral("empty_nest")});
        h4 = w.household(QStringLiteral("H4"), kHillStation, hill, kZhao, QStringLiteral("dibao"),
                         {QStringLiteral("left_behind_child")});
        h5 = w.household(QStringLiteral("H5"), kCityStation, city, kWang, QStringLiteral("dibao"));
        h6 = w.household(QStringLiteral("H6"), kHillStation, hill, kZhao, QStringLiteral("none"));

        const QString casework = QStringLiteral("casework"), group = QStringLiteral("group");
        const QString counselling = QStringLiteral("psychological_counselling");
        const QString linking = QStringLiteral("resource_linking");
        // Services. November: S1, S2 (a group session of H1, H2, H4 with two volunteers, under
        // the project), S3 (of the 30th, entered on 3 December). Not counted: S4 (removed), S5 (of
        // the removed household). October: S6 (H2, before its reassignment). December: S7.
        w.service(QStringLiteral("S1"), {h1}, QStringLiteral("2026-11-05"), 60, casework, counselling);
        w.service(QStringLiteral("S2"), {h1, h2, h4}, QStringLiteral("2026-11-10"), 90, group,
                  QStringLiteral("social_integration"),
                  {{QStringLiteral("volunteer_ids"), QStringList{QStringLiteral("v1"), QStringLiteral("v2")}},
                   {QStringLiteral("project_id"), project}});
        w.service(QStringLiteral("S4"), {h2}, QStringLiteral("2026-11-12"), 120, casework, linking);
        w.remove(QStringLiteral("service_log"), idFor(QStringLiteral("service/S4") + h2), h2);
        w.service(QStringLiteral("S5"), {h5}, QStringLiteral("2026-11-12"), 120, casework, linking);
        w.service(QStringLiteral("S6"), {h2}, QStringLiteral("2026-10-31"), 45, casework, linking);
        w.service(QStringLiteral("S7"), {h1}, QStringLiteral("2026-12-01"), 30, casework, linking);

        // Visits. November, planned: V1 done early (on time), V2 done late, V3 done on its day and
        // entered on 3 December (on time), V4 not done. V5 done in October without a plan; V6
        // planned for December.
        const auto visit = [&](const char* name, const QString& h, const QString& planned,
                               const QString& done) {
            QVariantMap f = {{QStringLiteral("status"),
                              done.isEmpty() ? QStringLiteral("planned") : QStringLiteral("done")}};
            if (!planned.isEmpty())
                f.insert(QStringLiteral("planned_on"), planned);
            if (!done.isEmpty())
                f.insert(QStringLiteral("visited_on"), done);
            w.create(QStringLiteral("visit"), idFor(QString::fromLatin1(name)), h, f);
        };
        visit("V1", h1, QStringLiteral("2026-11-10"), QStringLiteral("2026-11-08"));
        visit("V2", h2, QStringLiteral("2026-11-20"), QStringLiteral("2026-11-25"));
        w.clock.setMs(msAt(QStringLiteral("2026-12-03T01:00:00Z")));
        visit("V3", h4, QStringLiteral("2026-11-28"), QStringLiteral("2026-11-28"));
        w.service(QStringLiteral("S3"), {h3}, QStringLiteral("2026-11-30"), 30, casework, linking);
        visit("V4", h3, QStringLiteral("2026-11-30"), {});
        visit("V5", h1, {}, QStringLiteral("2026-10-15"));
        visit("V6", h6, QStringLiteral("2026-12-05"), {});

        // Referrals: R1 sent and accepted in October, completed 9 November (20 days); R2 sent,
        // accepted and completed in November (10 days); R3 sent in November; R4 sent 1 November,
        // accepted 5 November, completed 30 November (29 days).
        const auto referral = [&](const char* name, const QString& h, const QString& sent,
                                  const QString& accepted, const QString& completed) {
            QVariantMap f = {
                {QStringLiteral("agency"), QStringLiteral("township_health_centre")},
                {QStringLiteral("reason"), QStringLiteral("体检")},
                {QStringLiteral("sent_on"), sent},
                {QStringLiteral("referral_status"), !completed.isEmpty()  ? QStringLiteral("completed")
                                                    : !accepted.isEmpty() ? QStringLiteral("accepted")
                                                                          : QStringLiteral("sent")}};
            if (!accepted.isEmpty())
                f.insert(QStringLiteral("accepted_on"), accepted);
            if (!completed.isEmpty())
                f.insert(QStringLiteral("completed_on"), completed);
            w.create(QStringLiteral("referral"), idFor(QString::fromLatin1(name)), h, f);
        };
        referral("R1", h1, QStringLiteral("2026-10-20"), QStringLiteral("2026-10-25"),
                 QStringLiteral("2026-11-09"));
        referral("R2", h2, QStringLiteral("2026-11-02"), QStringLiteral("2026-11-03"),
                 QStringLiteral("2026-11-12"));
        referral("R3", h4, QStringLiteral("2026-11-15"), {}, {});
        referral("R4", h3, QStringLiteral("2026-11-01"), QStringLiteral("2026-11-05"),
                 QStringLiteral("2026-11-30"));

        // Risk flags. F1: a child-protection concern raised at 23:30 on 31 October by a laptop's
        // clock, reported 2 November (2 days). F2: one raised at 15:30 UTC on 30 November, which is
        // 23:30 in Shanghai: November; reported in December. F3: raised at 16:30 UTC on 30
        // November, 00:30 on 1 December in Shanghai: December. F4: raised and closed in November.
        const auto flag = [&](const char* name, const QString& h, const char* type, const QString& raised,
                              const QString& reported, const QString& closed) {
            QVariantMap f = {{QStringLiteral("risk_type"), QString::fromLatin1(type)},
                             {QStringLiteral("severity"), QStringLiteral("high")},
                             {QStringLiteral("raised_at"), raised},
                             {QStringLiteral("flag_status"),
                              closed.isEmpty() ? QStringLiteral("open") : QStringLiteral("closed")}};
            if (!reported.isEmpty()) {
                f.insert(QStringLiteral("reported_on"), reported);
                f.insert(QStringLiteral("reported_to"), QStringLiteral("派出所"));
            }
            if (!closed.isEmpty())
                f.insert(QStringLiteral("closed_at"), closed);
            w.create(QStringLiteral("risk_flag"), idFor(QString::fromLatin1(name)), h, f);
        };
        flag("F1", h1, "child_protection", QStringLiteral("2026-10-31 23:30"), QStringLiteral("2026-11-02"),
             {});
        flag("F2", h4, "child_protection", QStringLiteral("2026-11-30T15:30:00Z"),
             QStringLiteral("2026-12-01"), {});
        flag("F3", h2, "domestic_violence", QStringLiteral("2026-11-30T16:30:00Z"), {}, {});
        flag("F4", h3, "other", QStringLiteral("2026-11-03 09:00"), {}, QStringLiteral("2026-11-20 10:00"));

        // Status reviews decided by the county: H6 enters (15 November), H2 leaves (20 November),
        // H3 changes status (neither), H1's entry is refused (not counted).
        const auto review = [&](const char* name, const QString& h, const char* from, const char* to,
                                const char* decision, const QString& on) {
            w.create(QStringLiteral("status_review"), idFor(QString::fromLatin1(name)), h,
                     {{QStringLiteral("from_status"), QString::fromLatin1(from)},
                      {QStringLiteral("proposed_status"), QString::fromLatin1(to)},
                      {QStringLiteral("reasons"), QStringLiteral("核查")},
                      {QStringLiteral("proposed_on"), QStringLiteral("2026-11-01")},
                      {QStringLiteral("decision"), QString::fromLatin1(decision)},
                      {QStringLiteral("decided_on"), on}});
        };
        review("SR1", h6, "none", "dibao", "approved", QStringLiteral("2026-11-15"));
        review("SR2", h2, "tekun", "none", "approved", QStringLiteral("2026-11-20"));
        review("SR3", h3, "low_income", "dibao", "approved", QStringLiteral("2026-11-10"));
        review("SR4", h1, "none", "dibao", "returned", QStringLiteral("2026-11-11"));

        // Needs assessments: H1's of 6 November identifies a medical need (resource linking), on
        // which a plan action acts, and a policy-knowledge need (policy advocacy), on which none
        // does; H4's of 20 October a medical need whose action was dropped; H3's draft of November
        // identifies nothing yet.
        const auto assess = [&](const char* name, const QString& h, const QString& on, int policyKnowledge,
                                const char* status) {
            const auto form = BuiltInForms::needsAssessment();
            REQUIRE(form);
            Assessment a;
            a.id = idFor(QString::fromLatin1(name));
            a.householdId = h;
            a.formId = form->id;
            a.formVersion = form->version;
            a.status = QString::fromLatin1(status);
            a.assessedOn = QDate::fromString(on, Qt::ISODate);
            a.answers = {{QStringLiteral("main_difficulties"), QStringLiteral("[\"medical\"]")},
                         {QStringLiteral("income_stable"), QStringLiteral("[true]")},
                         {QStringLiteral("family_relations"), QStringLiteral("[4]")},
                         {QStringLiteral("has_support"), QStringLiteral("[true]")},
                         {QStringLiteral("mood"), QStringLiteral("[4]")},
                         {QStringLiteral("policy_knowledge"), QStringLiteral("[%1]").arg(policyKnowledge)}};
            // Stored as AssessmentRepository stores them: one answer record each, its value JSON.
            QList<JournalWriter::Edit> edits = {{QStringLiteral("assessment"),
                                                 a.id,
                                                 h,
                                                 Change::Op::Create,
                                                 {{QStringLiteral("form_id"), a.formId},
                                                  {QStringLiteral("form_version"), a.formVersion},
                                                  {QStringLiteral("status"), a.status},
                                                  {QStringLiteral("assessed_on"), a.assessedOn}}}};
            for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it)
                edits.append({QStringLiteral("answer"),
                              a.id + QLatin1Char('/') + it.key(),
                              h,
                              Change::Op::Create,
                              {{QStringLiteral("assessment_id"), a.id},
                               {QStringLiteral("question_id"), it.key()},
                               {QStringLiteral("value"), it.value()}}});
            w.commit(edits);
            // The needs it identifies, as the app reads them (the answers as they are read back).
            a.answers = {{QStringLiteral("main_difficulties"), QStringList{QStringLiteral("medical")}},
                         {QStringLiteral("income_stable"), true},
                         {QStringLiteral("family_relations"), 4},
                         {QStringLiteral("has_support"), true},
                         {QStringLiteral("mood"), 4},
                         {QStringLiteral("policy_knowledge"), policyKnowledge}};
            return IdentifiedNeeds::of(*form, a, {});
        };
        const auto act = [&](const char* name, const QString& h, const IdentifiedNeed& need,
                             const char* status) {
            w.create(QStringLiteral("plan_action"), idFor(QString::fromLatin1(name)), h,
                     {{QStringLiteral("goal_id"), idFor(QStringLiteral("goal/") + QString::fromLatin1(name))},
                      {QStringLiteral("action"), QStringLiteral("协助申请医疗救助")},
                      {QStringLiteral("need_key"), need.key()},
                      {QStringLiteral("category"), need.category},
                      {QStringLiteral("status"), QString::fromLatin1(status)}});
        };
        const auto medicalOf = [](const QList<IdentifiedNeed>& needs) {
            for (const IdentifiedNeed& n : needs)
                if (n.category == QLatin1String("resource_linking"))
                    return n;
            FAIL("no medical need");
            return IdentifiedNeed{};
        };
        const QList<IdentifiedNeed> a1 = assess("A1", h1, QStringLiteral("2026-11-06"), 1, "submitted");
        REQUIRE(a1.size() == 2);
        act("P1", h1, medicalOf(a1), "planned");
        const QList<IdentifiedNeed> a2 = assess("A2", h4, QStringLiteral("2026-10-20"), 4, "submitted");
        REQUIRE(a2.size() == 1);
        act("P2", h4, medicalOf(a2), "dropped");
        assess("A3", h3, QStringLiteral("2026-11-07"), 1, "draft");

        // The city station's purchased-service project: July to December, 120 hours (20 a month).
        w.create(QStringLiteral("service_project"), project, StationScope::scopeId(kCityStation),
                 {{QStringLiteral("station"), kCityStation},
                  {QStringLiteral("name"), QStringLiteral("三区计划")},
                  {QStringLiteral("purchaser"), QStringLiteral("县民政局")},
                  {QStringLiteral("provider"), QStringLiteral("阳光社工")},
                  {QStringLiteral("starts_on"), QStringLiteral("2026-07-01")},
                  {QStringLiteral("ends_on"), QStringLiteral("2026-12-31")},
                  {QStringLiteral("contracted_hours"), 120.0}});

        // Afterwards: H2 is reassigned to 王芳 (its history goes with it), H5 is removed.
        w.update(QStringLiteral("household"), h2, h2, {{QStringLiteral("caseworker"), kWang}});
        w.remove(QStringLiteral("household"), h5, h5);
    }
};

} // namespace ff::test
