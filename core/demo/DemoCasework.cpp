// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoCasework.h"

#include "core/db/Database.h"
#include "core/db/WriteTransaction.h"
#include "core/forms/BuiltInForms.h"
#include "core/forms/MemberContext.h"
#include "core/journal/JournalWriter.h"
#include "core/records/CaseNoteRepository.h"
#include "core/records/HouseholdNeeds.h"

#include <algorithm>
#include <memory>
#include <optional>

namespace ff {

namespace {
using Shape = DemoHousehold::Shape;

/// About one household in eight with visit rules is overdue on the demo's today.
constexpr double kOverdueShare = 0.12;

QString idOf(const QVariantMap& m) { return m.value(QStringLiteral("id")).toString(); }
QStringList groupsOf(const QVariantMap& m)
{
    return m.value(QStringLiteral("special_groups")).toStringList();
}
QString caseworkerOf(const DemoHousehold& h)
{
    return h.fields.value(QStringLiteral("caseworker")).toString();
}
QString villageOf(const DemoHousehold& h) { return h.fields.value(QStringLiteral("village")).toString(); }

int ageOn(const QVariantMap& m, QDate on)
{
    return MemberContext::of(m, on).value(QStringLiteral("member_age"), -1).toInt();
}

bool hasCause(const DemoHousehold& h, const char* cause)
{
    return h.fields.value(QStringLiteral("hardship_causes")).toStringList().contains(QLatin1String(cause));
}

const QVariantMap& head(const DemoHousehold& h) { return h.members.first(); }

QStringList childIds(const DemoHousehold& h, QDate on, int max)
{
    QStringList ids;
    for (const QVariantMap& m : h.members) {
        if (ids.size() < max && ageOn(m, on) < 18)
            ids << idOf(m);
    }
    return ids;
}

bool hasSpouse(const DemoHousehold& h)
{
    return std::any_of(h.members.cbegin(), h.members.cend(), [](const QVariantMap& m) {
        return m.value(QStringLiteral("relation")).toString() == QLatin1String("spouse");
    });
}

/// The texts that fit the household: nothing about children where there is no child, nothing about
/// an elderly person where there is none (all of them when none fits).
template <typename T, typename Text>
QList<T> fitting(const QList<T>& texts, const DemoHousehold& h, QDate on, Text text)
{
    bool child = false, elderly = false;
    for (const QVariantMap& m : h.members) {
        const int age = ageOn(m, on);
        child = child || (age >= 0 && age < 18);
        elderly = elderly || age >= 60;
    }
    static const QStringList childWords = {
        QStringLiteral("孩子"), QStringLiteral("学校"),   QStringLiteral("班主任"), QStringLiteral("教育"),
        QStringLiteral("雨露"), QStringLiteral("营养餐"), QStringLiteral("子女")};
    static const QStringList elderlyWords = {QStringLiteral("老人"), QStringLiteral("高龄")};
    const auto mentions = [](const QString& s, const QStringList& words) {
        return std::any_of(words.cbegin(), words.cend(), [&](const QString& w) { return s.contains(w); });
    };
    QList<T> out;
    for (const T& t : texts) {
        if ((child || !mentions(text(t), childWords)) && (elderly || !mentions(text(t), elderlyWords)))
            out.append(t);
    }
    return out.isEmpty() ? texts : out;
}

QString first(const DemoPhrases::Pair& p) { return p.first; }

QStringList unique(QStringList list)
{
    list.removeDuplicates();
    return list;
}
} // namespace

DemoCasework::DemoCasework(Database& db, QDate today, quint32 seed, const QString& author)
    : m_db(db), m_today(today), m_rng(seed ^ 0x0ca5e0u), m_rules(VisitRules::forDatabase(db.path())),
      m_form(BuiltInForms::needsAssessment()), m_roundsAuthor(author), m_linkRng(seed ^ 0x5747a7u)
{}

void DemoCasework::linkStation(const QString& station, const DemoStationRecords& records)
{
    m_stations.insert(station, records);
}

Session DemoCasework::as(const QString& author) const
{
    return Session::of(author, Role::Caseworker, m_clock);
}

QDateTime DemoCasework::filedAt() const { return QDateTime(m_today.addDays(-400), QTime(8, 0)); }

QDateTime DemoCasework::during(QDate day) { return QDateTime(day, QTime(8, 30).addSecs(60 * below(8 * 60))); }

QDate DemoCasework::lastVisit(const DemoHousehold& household) { return drawLastVisit(household, false); }

QDate DemoCasework::drawLastVisit(const DemoHousehold& h, bool openCase)
{
    QStringList groups;
    for (const QVariantMap& m : h.members)
        groups += groupsOf(m);
    const int interval = m_rules.requiredInterval(groups);
    if (interval <= 0)
        return chance(0.8) ? m_today.addDays(-1 - below(180)) : QDate();
    if (chance(kOverdueShare)) {
        // Never visited since the file was made: only a household nobody works with.
        if (!openCase && chance(0.15))
            return {};
        return m_today.addDays(-interval - 1 - below(40));
    }
    // Visited within the interval: the next visit is due after today.
    return m_today.addDays(-1 - below(std::max(1, interval - 1)));
}

void DemoCasework::plan(const DemoHousehold& h)
{
    // About a fifth of the households have an open case: more of those the policies single out.
    double share = 0.13;
    if (h.shape == Shape::ElderlyAlone)
        share = 0.25;
    else if (h.shape == Shape::Grandparents)
        share = 0.28;
    else if (hasCause(h, "disability") || hasCause(h, "illness"))
        share = 0.2;
    const bool openCase = m_form.has_value() && chance(share);
    QDate last = drawLastVisit(h, openCase);
    if (!openCase) {
        // The date from the station's visiting rounds, as the household record keeps it.
        if (last.isValid())
            m_rounds[last].append(h.id);
        if (chance(0.015))
            planRiskFlag(h);
        if (chance(0.01))
            planStatusReview(h);
        return;
    }

    // The case opened with the needs assessment, between a year and six weeks ago.
    if (!last.isValid()) // no visit rule applies, but a case is followed anyway
        last = m_today.addDays(-1 - below(60));
    QDate opened = m_today.addDays(-45 - below(320));
    if (last < opened)
        opened = last.addDays(-below(60));
    QStringList categories;
    planAssessments(h, opened, &categories);
    planVisits(h, opened, last, true);
    const QDate planned = opened.addDays(3 + below(8));
    planPlan(h, planned, categories);
    planServices(h, planned, categories);
    planCaseNotes(h, opened);
    if (chance(0.08))
        planDraft(h);
    if (chance(0.3))
        planPlannedVisit(h);
    if (chance(0.1))
        planReferral(h);
    if (chance(0.07))
        planRiskFlag(h);
    if (chance(0.04))
        planStatusReview(h);

    const QString village = villageOf(h);
    m_villageCaseworker.insert(village, caseworkerOf(h)); // the village's latest case: any will do
    m_villageStation.insert(village, h.fields.value(QStringLiteral("station")).toString());
    m_cases[village].append({h.id, {idOf(head(h))}});
    if (h.shape == Shape::ElderlyAlone)
        m_elderly[village].append({h.id, {idOf(head(h))}});
    const QStringList children = childIds(h, m_today, 2);
    if (h.shape == Shape::Grandparents && !children.isEmpty())
        m_children[village].append({h.id, children});
}

QDate DemoCasework::plannedDayOf(const QString& householdId, QDate visited)
{
    // Drawn from the household and the day, not from the demo's random stream, so that every other
    // record stays as it was: four visits in five were planned, most for the day they were made
    // or a few days after it (on time), one in six of those for a day up to a week before (late).
    quint32 h = 2166136261u;
    for (const QChar c : householdId + visited.toString(Qt::ISODate))
        h = (h ^ c.unicode()) * 16777619u;
    if (h % 5 == 0)
        return {};
    const int shift = int((h / 5) % 12);
    return shift < 2 ? visited.addDays(-1 - int((h / 60) % 7)) : visited.addDays(shift < 7 ? 0 : shift - 6);
}

void DemoCasework::planVisits(const DemoHousehold& h, QDate opened, QDate last, bool openCase)
{
    const QString author = caseworkerOf(h);
    QList<QDate> days = {last};
    if (openCase) {
        QStringList groups;
        for (const QVariantMap& m : h.members)
            groups += groupsOf(m);
        const int interval = std::max(30, m_rules.requiredInterval(groups));
        const QDate between = last.addDays(-interval * (60 + below(40)) / 100);
        if (between > opened.addDays(5) && chance(0.5))
            days << between;
        if (opened < days.last())
            days << opened;
    }
    const QStringList notes = openCase ? DemoPhrases::visitNotes(h.shape) : DemoPhrases::routineVisitNotes();
    for (const QDate& day : std::as_const(days)) {
        Visit v;
        v.householdId = h.id;
        v.status = QStringLiteral("done");
        v.visitedOn = day;
        v.plannedOn = plannedDayOf(h.id, day);
        v.metMemberIds = {idOf(head(h))};
        if (h.members.size() > 1 && chance(0.4))
            v.metMemberIds << idOf(h.members.at(1 + below(int(h.members.size()) - 1)));
        if (chance(0.15))
            v.metOthers = pick(DemoPhrases::othersMet());
        const bool assessing = openCase && day == opened;
        v.notes = pick(assessing ? DemoPhrases::assessmentVisitNotes() : notes);
        // The assessment visit is written up after the assessment (at 10:00).
        m_timeline.add(assessing ? QDateTime(day, QTime(11, 30)) : during(day),
                       [this, v, author]() mutable { return VisitRepository(m_db, as(author)).save(v); });
    }
}

void DemoCasework::planCaseNotes(const DemoHousehold& h, QDate opened)
{
    const QString author = caseworkerOf(h);
    const QStringList texts = DemoPhrases::caseNotes(h.shape);
    const int count = 1 + below(3);
    const int span = std::max(1, int(opened.daysTo(m_today)));
    for (int i = 0; i < count; ++i) {
        CaseNote note;
        note.householdId = h.id;
        note.writtenOn = opened.addDays(below(span));
        note.text = pick(texts);
        const bool corrected = chance(0.1);
        m_timeline.add(during(note.writtenOn), [this, note, author, corrected]() mutable {
            CaseNoteRepository repo(m_db, as(author));
            if (Status s = repo.add(note); !s || !corrected)
                return s;
            // A slip noticed at once: the note corrected, its first text kept in the history.
            return repo.correct(note, note.text + QStringLiteral("（已核实）"), note.writtenOn);
        });
    }
}

QVariantMap DemoCasework::householdAnswers(const DemoHousehold& h)
{
    QStringList difficulties;
    if (hasCause(h, "no_labour"))
        difficulties << QStringLiteral("living");
    if (hasCause(h, "illness"))
        difficulties << QStringLiteral("medical");
    if (hasCause(h, "education"))
        difficulties << QStringLiteral("schooling");
    if (hasCause(h, "disability") || (h.shape == Shape::ElderlyAlone && chance(0.4)))
        difficulties << QStringLiteral("care");
    if (hasCause(h, "disaster") || h.fields.value(QStringLiteral("housing")) == QStringLiteral("own_unsafe"))
        difficulties << QStringLiteral("housing");
    if (hasCause(h, "no_skills") || hasCause(h, "no_capital") || hasCause(h, "motivation"))
        difficulties << QStringLiteral("employment");
    if (chance(0.15))
        difficulties << QStringLiteral("psychological");
    if (chance(0.08))
        difficulties << QStringLiteral("relations");
    if (difficulties.isEmpty())
        difficulties << QStringLiteral("living");
    while (difficulties.size() > 3)
        difficulties.removeAt(below(int(difficulties.size())));

    QVariantMap a;
    a.insert(QStringLiteral("main_difficulties"), difficulties);
    a.insert(QStringLiteral("income_stable"), !chance(0.65));
    if (chance(0.8))
        a.insert(QStringLiteral("urgent_need"), pick(DemoPhrases::urgentNeeds(h.shape)));
    const int relations = below(100);
    a.insert(QStringLiteral("family_relations"), relations < 5    ? 1
                                                 : relations < 15 ? 2
                                                 : relations < 45 ? 3
                                                 : relations < 85 ? 4
                                                                  : 5);
    a.insert(QStringLiteral("has_support"), chance(h.shape == Shape::ElderlyAlone ? 0.55 : 0.8));
    a.insert(QStringLiteral("isolated"), chance(h.shape == Shape::ElderlyAlone ? 0.5 : 0.1));

    QString trainee;
    for (const QVariantMap& m : h.members) {
        const int age = ageOn(m, m_today);
        if (trainee.isEmpty() && age >= 16 && age < 60 &&
            m.value(QStringLiteral("health")).toString() != QLatin1String("serious"))
            trainee = idOf(m);
    }
    if (h.shape == Shape::WorkingFamily) {
        const bool training = !trainee.isEmpty() && chance(0.5);
        a.insert(QStringLiteral("training_interest"), training);
        if (training)
            a.insert(QStringLiteral("training_member"), trainee);
        static const char* const ways[] = {"migrant_work", "local_work", "local_work", "farming",
                                           "small_business"};
        a.insert(QStringLiteral("livelihood"), QString::fromLatin1(ways[below(int(std::size(ways)))]));
    } else if (chance(0.6)) {
        a.insert(QStringLiteral("training_interest"), false);
        a.insert(QStringLiteral("livelihood"), QStringLiteral("none"));
    }

    const int mood = below(100);
    a.insert(QStringLiteral("mood"), mood < 5 ? 1 : mood < 20 ? 2 : mood < 60 ? 3 : mood < 90 ? 4 : 5);
    if (mood < 20)
        a.insert(QStringLiteral("counselling_wanted"), chance(0.7));

    QStringList resources;
    if (difficulties.contains(QStringLiteral("medical")))
        resources << QStringLiteral("medical_aid");
    if (difficulties.contains(QStringLiteral("schooling")))
        resources << QStringLiteral("education_aid");
    if (difficulties.contains(QStringLiteral("employment")) && chance(0.6))
        resources << QStringLiteral("employment_service");
    if (difficulties.contains(QStringLiteral("housing")))
        resources << QStringLiteral("housing_repair");
    if (hasCause(h, "disability"))
        resources << QStringLiteral("disability_aid");
    if (h.shape == Shape::ElderlyAlone && chance(0.5))
        resources << QStringLiteral("volunteers");
    if (chance(0.03))
        resources << QStringLiteral("legal_aid");
    if (!resources.isEmpty())
        a.insert(QStringLiteral("resources_needed"), resources);

    const int knowledge = below(100);
    a.insert(QStringLiteral("policy_knowledge"), knowledge < 10   ? 1
                                                 : knowledge < 35 ? 2
                                                 : knowledge < 70 ? 3
                                                 : knowledge < 90 ? 4
                                                                  : 5);
    if (chance(0.15))
        a.insert(QStringLiteral("policy_questions"), pick(DemoPhrases::policyQuestions()));
    return a;
}

bool DemoCasework::dailyLivingAnswers(int level, QVariantMap* answers)
{
    bool helped = false;
    // Each item's choices of the needs assessment (version 3), best first.
    static const QList<QPair<const char*, QList<const char*>>> items = {
        {"adl_feeding", {"independent", "some_help", "dependent"}},
        {"adl_bathing", {"independent", "dependent"}},
        {"adl_grooming", {"independent", "dependent"}},
        {"adl_dressing", {"independent", "some_help", "dependent"}},
        {"adl_bowels", {"continent", "occasional", "incontinent"}},
        {"adl_bladder", {"continent", "occasional", "incontinent"}},
        {"adl_toilet", {"independent", "some_help", "dependent"}},
        {"adl_transfer", {"independent", "little_help", "much_help", "dependent"}},
        {"adl_walking", {"independent", "little_help", "much_help", "dependent"}},
        {"adl_stairs", {"independent", "some_help", "dependent"}},
    };
    for (const auto& [item, choices] : items) {
        const int worst = int(choices.size()) - 1;
        int step = 0;
        switch (level) {
        case 0:
            break;
        case 1: // mildly dependent: bathing, stairs and walking go first
            step = chance(0.35) ? 1 : 0;
            break;
        case 2:
            step = chance(0.6) ? 1 : (chance(0.5) ? 2 : 0);
            break;
        default:
            step = chance(0.7) ? worst : worst - 1;
            break;
        }
        step = std::clamp(step, 0, worst);
        helped = helped || step > 0;
        answers->insert(QString::fromLatin1(item), QString::fromLatin1(choices.at(step)));
    }
    return helped;
}

QVariantMap DemoCasework::memberAnswers(const DemoHousehold& h, const QVariantMap& member,
                                        const QVariantMap& context, QDate on)
{
    QVariantMap a;
    const int age = context.value(QStringLiteral("member_age"), -1).toInt();
    const QStringList groups = groupsOf(member);
    if (age >= 0 && age < 18) {
        QString guardian =
            h.shape == Shape::Grandparents ? QStringLiteral("grandparent") : QStringLiteral("parent");
        if (chance(0.03))
            guardian = QStringLiteral("none");
        a.insert(QStringLiteral("guardian"), guardian);
        if (guardian == QLatin1String("grandparent"))
            a.insert(QStringLiteral("guardian_age"), std::clamp(ageOn(head(h), m_today), 16, 100));
        else if (guardian == QLatin1String("parent"))
            a.insert(QStringLiteral("guardian_age"), 30 + below(15));
        const int contact = below(100);
        a.insert(QStringLiteral("parent_contact"), h.shape != Shape::Grandparents ? QStringLiteral("weekly")
                                                   : contact < 30                 ? QStringLiteral("weekly")
                                                   : contact < 65                 ? QStringLiteral("monthly")
                                                   : contact < 90                 ? QStringLiteral("rarely")
                                                                                  : QStringLiteral("never"));
        if (age >= 6) {
            const int school = below(100);
            a.insert(QStringLiteral("schooling"), school < 85   ? QStringLiteral("regular")
                                                  : school < 96 ? QStringLiteral("irregular")
                                                                : QStringLiteral("dropped_out"));
        }
        if (h.shape == Shape::Grandparents && chance(0.8))
            a.insert(QStringLiteral("parents_last_home"),
                     on.addDays(-(20 + below(500))).toString(Qt::ISODate));
        const bool concern = chance(0.04);
        a.insert(QStringLiteral("safety_concern"), concern);
        if (concern)
            a.insert(QStringLiteral("safety_note"), pick(DemoPhrases::childSafetyNotes()));
    }
    if (age >= 60) {
        a.insert(QStringLiteral("lives_alone"), h.shape == Shape::ElderlyAlone);
        const int care = below(100);
        const bool dependent = groups.contains(QStringLiteral("dependent_elderly"));
        const int level = dependent ? (care < 50 ? 2 : 3) : care < 60 ? 0 : care < 92 ? 1 : care < 98 ? 2 : 3;
        // Asked only when some activity needs help (the form hides it at a full score).
        if (dailyLivingAnswers(level, &a))
            a.insert(QStringLiteral("needs_home_care"), chance(dependent ? 0.8 : 0.4));
        if (chance(0.85))
            a.insert(QStringLiteral("last_medical_check"),
                     on.addDays(-(10 + below(540))).toString(Qt::ISODate));
    }
    if (groups.contains(QStringLiteral("disabled_person"))) {
        a.insert(QStringLiteral("has_certificate"), chance(0.7));
        a.insert(QStringLiteral("rehabilitation_need"), chance(0.45));
        const QString type = member.value(QStringLiteral("disability_type")).toString();
        if (type == QLatin1String("physical"))
            a.insert(QStringLiteral("assistive_devices"),
                     QStringList{chance(0.5) ? QStringLiteral("wheelchair") : QStringLiteral("crutches")});
        else if (type == QLatin1String("hearing"))
            a.insert(QStringLiteral("assistive_devices"), QStringList{QStringLiteral("hearing_aid")});
    }
    if (age >= 16 && age < 60) {
        const bool limited = member.value(QStringLiteral("health")).toString() == QLatin1String("serious") ||
                             (groups.contains(QStringLiteral("disabled_person")) &&
                              member.value(QStringLiteral("disability_grade")).toInt() <= 2);
        const bool wants = chance(limited ? 0.3 : 0.75);
        a.insert(QStringLiteral("wants_work"), wants);
        if (wants) {
            QStringList barriers;
            if (limited)
                barriers << QStringLiteral("health");
            if (chance(0.6))
                barriers << QStringLiteral("skills");
            if (chance(0.3))
                barriers << QStringLiteral("care_duties");
            if (barriers.isEmpty() || chance(0.3))
                barriers << QStringLiteral("no_jobs");
            a.insert(QStringLiteral("work_barriers"), barriers);
        }
    }
    return a;
}

void DemoCasework::planAssessments(const DemoHousehold& h, QDate opened, QStringList* categories)
{
    const QString author = caseworkerOf(h);
    Assessment household;
    household.householdId = h.id;
    household.formId = m_form->id;
    household.formVersion = m_form->version;
    household.assessedOn = opened;
    household.answers = householdAnswers(h);
    // The needs the submitted assessment will show (the same rules, on the same answers).
    const auto needs = [this, categories](Assessment a, const QVariantMap& context) {
        a.status = QStringLiteral("submitted");
        for (const IdentifiedNeed& n : IdentifiedNeeds::of(*m_form, a, context))
            categories->append(n.category);
    };
    needs(household, {});
    m_timeline.add(QDateTime(opened, QTime(10, 0)), [this, household, author]() mutable {
        return AssessmentRepository(m_db, as(author)).submit(household, *m_form, {});
    });

    // One member whose situation the form asks about: the left-behind child, the elderly person,
    // a member with a disability or of working age.
    const QVariantMap* member = nullptr;
    for (const QVariantMap& m : h.members) {
        const int age = ageOn(m, opened);
        const bool fits = h.shape == Shape::Grandparents ? age < 18
                          : h.shape == Shape::ElderlyAlone
                              ? age >= 60
                              : groupsOf(m).contains(QStringLiteral("disabled_person"));
        if (!member && fits)
            member = &m;
    }
    if (!member && h.shape == Shape::WorkingFamily && chance(0.5))
        member = &head(h);
    const double share = h.shape == Shape::Grandparents ? 0.9 : h.shape == Shape::ElderlyAlone ? 0.7 : 0.8;
    if (!member || !chance(share))
        return;
    const QVariantMap context = MemberContext::of(*member, opened);
    Assessment one;
    one.householdId = h.id;
    one.memberId = idOf(*member);
    one.formId = m_form->id;
    one.formVersion = m_form->version;
    one.assessedOn = opened;
    one.answers = memberAnswers(h, *member, context, opened);
    needs(one, context);
    m_timeline.add(QDateTime(opened, QTime(10, 40)), [this, one, context, author]() mutable {
        return AssessmentRepository(m_db, as(author)).submit(one, *m_form, context);
    });
}

void DemoCasework::planPlan(const DemoHousehold& h, QDate planned, const QStringList& needCategories)
{
    const QString author = caseworkerOf(h);
    QStringList categories = unique(needCategories);
    while (categories.size() > 4)
        categories.removeAt(below(int(categories.size())));
    if (categories.size() < 2 && !categories.contains(QStringLiteral("policy_advocacy")))
        categories << QStringLiteral("policy_advocacy");

    QStringList texts = fitting(DemoPhrases::goals(h.shape), h, planned, [](const QString& t) { return t; });
    QList<std::shared_ptr<PlanGoal>> goals;
    const int goalCount = categories.size() >= 3 ? 2 : 1;
    for (int i = 0; i < goalCount; ++i) {
        auto goal = std::make_shared<PlanGoal>();
        goal->householdId = h.id;
        goal->goal = texts.takeAt(below(int(texts.size())));
        goal->reviewOn = planned.addDays(90 + below(90));
        m_timeline.add(QDateTime(planned, QTime(15, i)), [this, goal, author] {
            return AssistancePlanRepository(m_db, as(author)).saveGoal(*goal);
        });
        goals << goal;
    }
    // Each action answers an identified need of its category (when the assessment found one); the
    // household's needs are read once, when its first action is written.
    auto needs = std::make_shared<std::optional<QList<IdentifiedNeed>>>();
    for (int i = 0; i < categories.size(); ++i) {
        const DemoPhrases::Pair text = pick(fitting(DemoPhrases::actions(categories[i]), h, planned, first));
        auto action = std::make_shared<PlanAction>();
        action->householdId = h.id;
        action->action = text.first;
        action->category = categories[i];
        action->responsible = text.second.isEmpty() ? author : text.second;
        action->dueOn = planned.addDays(14 + below(180));
        action->status = QStringLiteral("planned");
        const std::shared_ptr<PlanGoal> goal = goals.at(i % goals.size());
        m_timeline.add(QDateTime(planned, QTime(15, 10 + i)), [this, action, goal, needs, author] {
            action->goalId = goal->id;
            if (!needs->has_value())
                *needs = HouseholdNeeds::forHousehold(m_db, action->householdId);
            for (qsizetype n = 0; n < (*needs)->size(); ++n) {
                if ((*needs)->at(n).category == action->category) {
                    action->needKey = (*needs)->takeAt(n).key();
                    break;
                }
            }
            return AssistancePlanRepository(m_db, as(author)).saveAction(*action);
        });

        // Where the action stands today; an action past its due date is mostly done, a few are late.
        QString status = QStringLiteral("planned");
        QDate changed;
        const QDate yesterday = m_today.addDays(-1);
        const int r = below(100);
        if (action->dueOn < m_today) {
            if (r < 75) {
                status = QStringLiteral("done");
                changed = std::min(action->dueOn.addDays(-below(10)), yesterday);
            } else if (r < 84) {
                status = QStringLiteral("in_progress");
                changed = planned.addDays(2 + below(20));
            } else if (r >= 90) {
                status = QStringLiteral("dropped");
                changed = planned.addDays(10 + below(60));
            }
        } else if (r < 55) {
            status = QStringLiteral("in_progress");
            changed = planned.addDays(2 + below(20));
        }
        if (status == QLatin1String("planned"))
            continue;
        if (status == QLatin1String("in_progress")) {
            action->status = status; // under way from the start
            continue;
        }
        changed = std::clamp(changed, planned.addDays(1), yesterday);
        m_timeline.add(during(changed), [this, action, status, author] {
            action->status = status;
            return AssistancePlanRepository(m_db, as(author)).saveAction(*action);
        });
    }
}

void DemoCasework::planServices(const DemoHousehold& h, QDate from, const QStringList& needCategories)
{
    const QString author = caseworkerOf(h);
    const QStringList categories =
        needCategories.isEmpty() ? QStringList{QStringLiteral("policy_advocacy")} : unique(needCategories);
    const int span = int(from.daysTo(m_today)) - 1;
    const int count = 1 + below(3);
    QList<QDate> days;
    for (int i = 0; i < count && span > 0; ++i)
        days << from.addDays(1 + below(span));
    std::sort(days.begin(), days.end());
    for (int i = 0; i < days.size(); ++i) {
        static const int minutes[] = {30, 45, 60, 60, 90, 120};
        const QString category = categories.at((i + below(2)) % categories.size());
        const DemoPhrases::Pair text = pick(fitting(DemoPhrases::services(category), h, days[i], first));
        ServiceSession s;
        s.servedOn = days[i];
        s.durationMin = minutes[below(int(std::size(minutes)))];
        s.method = QStringLiteral("casework");
        s.category = category;
        s.caseworker = author;
        s.activity = text.first;
        s.outcome = text.second;
        if (chance(0.4))
            s.followUpOn = days[i].addDays(14 + below(17));
        QStringList members = {idOf(head(h))};
        if (h.members.size() > 1 && chance(0.5))
            members << idOf(h.members.at(1 + below(int(h.members.size()) - 1)));
        s.households = {{h.id, {}, members}};
        m_timeline.add(during(days[i]), [this, s, author]() mutable {
            return ServiceLogRepository(m_db, as(author)).save(s);
        });
    }
}

void DemoCasework::planDraft(const DemoHousehold& h)
{
    // A reassessment started on a recent visit and not finished yet.
    const QString author = caseworkerOf(h);
    const QVariantMap full = householdAnswers(h);
    Assessment draft;
    draft.householdId = h.id;
    draft.formId = m_form->id;
    draft.formVersion = m_form->version;
    draft.assessedOn = m_today.addDays(-1 - below(20));
    for (const char* question : {"main_difficulties", "income_stable", "urgent_need", "family_relations"}) {
        const QString id = QString::fromLatin1(question);
        if (full.contains(id))
            draft.answers.insert(id, full.value(id));
    }
    m_timeline.add(during(draft.assessedOn), [this, draft, author]() mutable {
        return AssessmentRepository(m_db, as(author)).saveDraft(draft);
    });
}

void DemoCasework::planPlannedVisit(const DemoHousehold& h)
{
    Visit v;
    v.householdId = h.id;
    v.status = QStringLiteral("planned");
    v.plannedOn = m_today.addDays(1 + below(10));
    v.purpose = pick(DemoPhrases::visitPurposes(h.shape));
    const QString author = caseworkerOf(h);
    m_timeline.add(during(m_today.addDays(-1 - below(5))),
                   [this, v, author]() mutable { return VisitRepository(m_db, as(author)).save(v); });
}

void DemoCasework::planReferral(const DemoHousehold& h)
{
    QStringList agencies;
    if (hasCause(h, "illness"))
        agencies << QStringLiteral("medical_security");
    if (hasCause(h, "disability"))
        agencies << QStringLiteral("disabled_federation");
    if (h.shape == Shape::Grandparents)
        agencies << QStringLiteral("minors_protection") << QStringLiteral("education_bureau");
    if (h.shape == Shape::ElderlyAlone)
        agencies << QStringLiteral("legal_aid");
    if (h.shape == Shape::WorkingFamily)
        agencies << QStringLiteral("hr_social_security");
    if (h.fields.value(QStringLiteral("housing")) == QStringLiteral("own_unsafe"))
        agencies << QStringLiteral("housing_bureau");
    if (chance(0.1))
        agencies << QStringLiteral("mental_health");
    if (hasSpouse(h) && chance(0.05))
        agencies << QStringLiteral("womens_federation");
    if (agencies.isEmpty())
        agencies << QStringLiteral("medical_security");
    const QString agency = pick(agencies);
    const DemoPhrases::Pair text = pick(DemoPhrases::referrals(agency));
    const QString author = caseworkerOf(h);

    // Every stage of the lifecycle in turn, so even a small demo shows each.
    auto r = std::make_shared<Referral>();
    r->householdId = h.id;
    r->agency = agency;
    r->reason = text.first;
    r->consent = true;
    r->sentNote = pick(DemoPhrases::referralSentNotes());
    const QDate yesterday = m_today.addDays(-1);
    enum Stage
    {
        Sent,
        Accepted,
        Completed,
        Declined
    };
    const int stage = m_referralCount++ % 4;
    QDate accepted, finished;
    switch (stage) {
    case Sent:
        r->sentOn = m_today.addDays(-3 - below(25));
        r->followUpOn = r->sentOn.addDays(7 + below(21)); // some of them already late
        break;
    case Accepted:
        r->sentOn = m_today.addDays(-20 - below(60));
        accepted = r->sentOn.addDays(2 + below(8));
        r->followUpOn = accepted.addDays(14 + below(30));
        break;
    case Completed:
        r->sentOn = m_today.addDays(-60 - below(150));
        accepted = r->sentOn.addDays(2 + below(8));
        finished = std::min(accepted.addDays(20 + below(40)), yesterday);
        break;
    default:
        r->sentOn = m_today.addDays(-30 - below(90));
        finished = r->sentOn.addDays(5 + below(15));
        break;
    }
    r->consentOn = r->sentOn.addDays(-below(3));
    m_timeline.add(during(r->sentOn),
                   [this, r, author] { return ReferralRepository(m_db, as(author)).send(*r); });
    if (accepted.isValid()) {
        const QString note = pick(DemoPhrases::referralAcceptedNotes());
        m_timeline.add(during(accepted), [this, r, accepted, note, author] {
            return ReferralRepository(m_db, as(author))
                .advance(r->id, ReferralRepository::Step::Accept, accepted, note);
        });
    }
    if (stage == Completed) {
        m_timeline.add(during(finished), [this, r, finished, note = text.second, author] {
            return ReferralRepository(m_db, as(author))
                .advance(r->id, ReferralRepository::Step::Complete, finished, note);
        });
    } else if (stage == Declined) {
        const QString note = pick(DemoPhrases::referralDeclinedNotes());
        m_timeline.add(during(finished), [this, r, finished, note, author] {
            return ReferralRepository(m_db, as(author))
                .advance(r->id, ReferralRepository::Step::Decline, finished, note);
        });
    }
}

void DemoCasework::planRiskFlag(const DemoHousehold& h)
{
    QStringList types = {QStringLiteral("health_emergency"), QStringLiteral("other")};
    if (!childIds(h, m_today, 1).isEmpty())
        types << QStringLiteral("child_protection") << QStringLiteral("child_protection");
    if (hasSpouse(h))
        types << QStringLiteral("domestic_violence");
    auto flag = std::make_shared<RiskFlag>();
    flag->householdId = h.id;
    flag->type = pick(types);
    const DemoPhrases::Pair text = pick(DemoPhrases::risks(flag->type));
    flag->description = text.first;
    if (flag->type == QLatin1String("child_protection") || flag->type == QLatin1String("domestic_violence"))
        flag->severity = QStringLiteral("high");
    else if (flag->type == QLatin1String("health_emergency"))
        flag->severity = chance(0.5) ? QStringLiteral("high") : QStringLiteral("medium");
    else
        flag->severity = chance(0.6) ? QStringLiteral("medium") : QStringLiteral("low");
    const bool childProtection = flag->type == QLatin1String("child_protection");
    if (childProtection)
        flag->memberId = childIds(h, m_today, 1).constFirst();
    const QString author = caseworkerOf(h);
    const QDate raised = m_today.addDays(-1 - below(120));
    m_timeline.add(during(raised),
                   [this, flag, author] { return RiskFlagRepository(m_db, as(author)).raise(*flag); });

    // A child-protection concern is reported to the authorities within a day or two (before any
    // closing); one raised in the last three days may still wait for its report.
    const QDate reported = raised.addDays(1 + below(2));
    if (childProtection && reported < m_today && (raised.daysTo(m_today) > 3 || chance(0.5))) {
        const QString to = pick(DemoPhrases::mandatoryReportRecipients());
        m_timeline.add(during(reported), [this, flag, to, reported, author] {
            return RiskFlagRepository(m_db, as(author)).recordReport(flag->id, to, reported);
        });
    }

    // Two flags in five are over and closed with a note; a flag raised in the last ten days is open.
    const bool closed = (m_flagCount++ % 5) % 2 == 1 && raised.daysTo(m_today) > 10;
    if (closed) {
        const QDate on = std::min(raised.addDays(3 + below(40)), m_today.addDays(-1));
        m_timeline.add(during(on), [this, flag, note = text.second, author] {
            return RiskFlagRepository(m_db, as(author)).close(flag->id, note);
        });
    }
}

void DemoCasework::planStatusReview(const DemoHousehold& h)
{
    const QString current = h.fields.value(QStringLiteral("status")).toString();
    QString proposed;
    if (current == QLatin1String("dibao"))
        proposed = h.shape == Shape::ElderlyAlone ? QStringLiteral("tekun")
                   : chance(0.5)                  ? QStringLiteral("none")
                                                  : QStringLiteral("low_income");
    else if (current == QLatin1String("low_income") || current == QLatin1String("marginal") ||
             current == QLatin1String("temporary"))
        proposed = QStringLiteral("dibao");
    else if (current == QLatin1String("none"))
        proposed = QStringLiteral("temporary");
    if (proposed.isEmpty())
        return; // extreme-poverty support is rarely reviewed
    const DemoPhrases::Pair text = pick(DemoPhrases::statusReviews(proposed));
    StatusReview review;
    review.householdId = h.id;
    review.proposedStatus = proposed;
    review.reasons = text.first;
    review.evidence = text.second;
    const QString author = caseworkerOf(h);
    m_timeline.add(during(m_today.addDays(-1 - below(30))), [this, review, author]() mutable {
        return StatusReviewRepository(m_db, as(author)).propose(review);
    });
}

void DemoCasework::planSessions()
{
    // Visiting rounds: the households with no open case visited on a day, recorded that evening.
    for (auto it = m_rounds.cbegin(); it != m_rounds.cend(); ++it) {
        QList<JournalWriter::Edit> edits;
        for (const QString& id : *it)
            edits.append({QStringLiteral("household"),
                          id,
                          id,
                          Change::Op::Update,
                          {{QStringLiteral("last_visit"), it.key().toString(Qt::ISODate)}}});
        m_timeline.add(QDateTime(it.key(), QTime(18, 0)),
                       [this, edits] { return JournalWriter(m_db, as(m_roundsAuthor)).commit(edits); });
    }

    const auto sessions = [this](const QMap<QString, QList<Participant>>& byVillage, int smallest,
                                 int largest, const QString& method,
                                 const QList<DemoPhrases::Session>& texts) {
        for (auto it = byVillage.cbegin(); it != byVillage.cend(); ++it) {
            if (it->size() < smallest)
                continue;
            QList<Participant> candidates = *it;
            QList<Participant> chosen;
            const int count = smallest + below(std::min(largest, int(candidates.size())) - smallest + 1);
            while (chosen.size() < count)
                chosen << candidates.takeAt(below(int(candidates.size())));
            planSession(method, it.key(), chosen, pick(texts));
        }
    };
    sessions(m_children, 3, 8, QStringLiteral("group"), DemoPhrases::groupSessions(true));
    sessions(m_elderly, 3, 6, QStringLiteral("group"), DemoPhrases::groupSessions(false));
    sessions(m_cases, 4, 10, QStringLiteral("community"), DemoPhrases::communitySessions());
    // A second round of children's groups where there are many left-behind children.
    QMap<QString, QList<Participant>> many;
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (it->size() >= 6)
            many.insert(it.key(), *it);
    }
    sessions(many, 3, 8, QStringLiteral("group"), DemoPhrases::groupSessions(true));
}

void DemoCasework::planSession(const QString& method, const QString& village,
                               const QList<Participant>& participants, const DemoPhrases::Session& text)
{
    const QString caseworker = m_villageCaseworker.value(village);
    ServiceSession s;
    s.servedOn = m_today.addDays(-3 - below(100));
    s.durationMin = method == QLatin1String("community") ? 120 : 90;
    s.method = method;
    s.category = text.category;
    s.caseworker = caseworker;
    s.activity = text.activity;
    s.outcome = text.outcome;
    for (const Participant& p : participants)
        s.households.append({p.householdId, {}, p.memberIds});
    const auto station = m_stations.constFind(m_villageStation.value(village));
    if (station != m_stations.cend() && s.servedOn >= station->projectStart &&
        s.servedOn <= station->projectEnd) {
        s.projectId = station->projectId;
        QStringList volunteers = station->volunteerIds;
        const int count = 1 + int(m_linkRng.bounded(2));
        while (s.volunteerIds.size() < count && !volunteers.isEmpty())
            s.volunteerIds << volunteers.takeAt(int(m_linkRng.bounded(int(volunteers.size()))));
    }
    m_timeline.add(during(s.servedOn), [this, s, caseworker]() mutable {
        return ServiceLogRepository(m_db, as(caseworker)).save(s);
    });
}

Status DemoCasework::write(const std::function<bool(int)>& step)
{
    // A couple of thousand writes per transaction: each repository's commit inside it is a savepoint
    // (WriteTransaction), which spares the demo thousands of commits to disk, most of its time.
    const auto refused = [](const QString& detail) {
        return Error{JournalWriter::tr("Nothing was saved: the database is busy or read-only."), detail};
    };
    std::optional<WriteTransaction> tx;
    tx.emplace(m_db);
    if (!tx->isOpen())
        return refused(tx->error());
    QString failed;
    const Status s = m_timeline.run(m_clock, [&](int done) {
        if (done % 2000 == 0) {
            if (!tx->commit()) {
                failed = tx->error();
                return false;
            }
            tx.emplace(m_db);
            if (!tx->isOpen()) {
                failed = tx->error();
                return false;
            }
        }
        return !step || step(done);
    });
    if (!s)
        return s;
    if (!failed.isEmpty())
        return refused(failed);
    if (!tx->commit())
        return refused(tx->error());
    return Status::ok();
}

} // namespace ff
