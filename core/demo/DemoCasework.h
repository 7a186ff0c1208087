// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/DemoHousehold.h"
#include "core/demo/DemoPhrases.h"
#include "core/demo/DemoStation.h"
#include "core/demo/DemoTimeline.h"
#include "core/forms/FormDefinition.h"
#include "core/model/VisitRules.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/AssistancePlanRepository.h"
#include "core/records/ReferralRepository.h"
#include "core/records/RiskFlagRepository.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/records/VisitRepository.h"
#include "core/util/Clock.h"

#include <functional>
#include <QDate>
#include <QMap>
#include <QRandomGenerator>

namespace ff {

class Database;

/// Invents the casework history of the demo households before a given "today" and writes it through
/// the real repositories. Every household gets a last visit date such that about one in eight is
/// overdue by the visit rules; about a fifth have an open case — needs assessments (a few drafts),
/// an assistance plan whose actions follow the identified needs (a few overdue), services, visits
/// with notes, group and community sessions of a village — and a few have referrals at every stage,
/// risk flags (some closed with a note) or a status review waiting for a decision.
///
/// Planning draws from its own seeded generator, so the same seed and today give the same history;
/// the writes run later in time order (DemoTimeline), each with the clock at the moment it happened.
class DemoCasework
{
    Q_DISABLE_COPY_MOVE(DemoCasework)

public:
    /// `author`: who records the visiting rounds (the laptop's user).
    DemoCasework(Database& db, QDate today, quint32 seed, const QString& author);

    /// When the households' files were created: before everything the history holds.
    QDateTime filedAt() const;
    /// Draws the date of a household's latest visit (none: never visited), for a demo written
    /// without casework history, where it is only the household record's last visit date.
    QDate lastVisit(const DemoHousehold& household);
    /// Plans the history of one household (already written); call once per household, in order.
    void plan(const DemoHousehold& household);
    /// Plans the visiting rounds and the group and community sessions of each village; call after
    /// the last plan().
    void planSessions();

    /// The volunteers and project of a station (DemoStation): its villages' group and community
    /// sessions within the project's period are given under the project, with one or two volunteers.
    void linkStation(const QString& station, const DemoStationRecords& records);

    /// How many writes are planned.
    int size() const { return m_timeline.size(); }
    /// Writes everything planned; `step` as DemoTimeline::run.
    [[nodiscard]] Status write(const std::function<bool(int)>& step);

private:
    struct Participant
    {
        QString householdId;
        QStringList memberIds;
    };

    /// The day a done visit of the demo was planned for (null: it was not planned).
    static QDate plannedDayOf(const QString& householdId, QDate visited);
    int below(int n) { return n > 0 ? int(m_rng.bounded(n)) : 0; }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(below(int(list.size())));
    }
    /// A moment on `day` during working hours.
    QDateTime during(QDate day);

    QDate drawLastVisit(const DemoHousehold& h, bool openCase);
    void planVisits(const DemoHousehold& h, QDate caseOpened, QDate last, bool openCase);
    /// Submits the household's assessment (and one member's) on the day the case opened; adds the
    /// service categories of the needs they identify.
    void planAssessments(const DemoHousehold& h, QDate opened, QStringList* needCategories);
    QVariantMap householdAnswers(const DemoHousehold& h);
    QVariantMap memberAnswers(const DemoHousehold& h, const QVariantMap& member, const QVariantMap& context,
                              QDate on);
    /// The activities-of-daily-living items of an elderly member, as dependent as `level` says
    /// (0 independent … 3 severely dependent); whether any of them needs help.
    bool dailyLivingAnswers(int level, QVariantMap* answers);
    void planPlan(const DemoHousehold& h, QDate planned, const QStringList& categories);
    void planServices(const DemoHousehold& h, QDate from, const QStringList& categories);
    /// A few case notes between the case's opening and today, now and then one corrected.
    void planCaseNotes(const DemoHousehold& h, QDate caseOpened);
    void planDraft(const DemoHousehold& h);
    void planPlannedVisit(const DemoHousehold& h);
    void planReferral(const DemoHousehold& h);
    void planRiskFlag(const DemoHousehold& h);
    void planStatusReview(const DemoHousehold& h);
    void planSession(const QString& method, const QString& village, const QList<Participant>& participants,
                     const DemoPhrases::Session& text);

    Database& m_db;
    QDate m_today;
    ManualClock m_clock;
    /// The session of one of the demo's people, by the demo's clock.
    Session as(const QString& author) const;
    QRandomGenerator m_rng;
    VisitRules m_rules;
    std::optional<FormDefinition> m_form;
    DemoTimeline m_timeline;

    /// Per village (ordered, so the sessions are the same every run): who may join its sessions.
    QMap<QString, QList<Participant>> m_children;
    QMap<QString, QList<Participant>> m_elderly;
    QMap<QString, QList<Participant>> m_cases;
    QMap<QString, QString> m_villageCaseworker;
    QMap<QString, QString> m_villageStation;
    QMap<QString, DemoStationRecords> m_stations;
    /// Households without an open case by the day of their latest visit (a visiting round).
    QMap<QDate, QStringList> m_rounds;
    QString m_roundsAuthor;
    int m_referralCount = 0;
    int m_flagCount = 0;
    /// Draws the volunteers of a session apart from m_rng, so the rest of the demo stays as it was.
    QRandomGenerator m_linkRng;
};

} // namespace ff
