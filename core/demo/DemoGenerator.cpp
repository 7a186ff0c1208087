// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"

#include "core/demo/DemoSupervision.h"

#include "core/db/Database.h"
#include "core/demo/DemoCasework.h"
#include "core/demo/DemoHousehold.h"
#include "core/demo/DemoStation.h"
#include "core/journal/JournalWriter.h"
#include "core/journal/SeededRecordIds.h"
#include "core/model/ResidentId.h"

#include <QDate>
#include <QRandomGenerator>

namespace ff {

namespace {

// Common surnames, most frequent first; 曾 and 单 are here because their surname readings differ
// from their everyday ones, which search must handle.
const char16_t* const kSurnames[] = {
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙", u"马", u"朱",
    u"胡", u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯",
    u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡", u"余", u"杜",
    u"叶", u"程", u"苏", u"魏", u"吕", u"丁", u"任", u"沈", u"姚", u"卢", u"姜", u"崔", u"钟", u"谭",
    u"陆", u"汪", u"范", u"金", u"石", u"廖", u"贾", u"夏", u"韦", u"付", u"方", u"白", u"邹", u"孟",
    u"熊", u"秦", u"邱", u"江", u"尹", u"薛", u"闫", u"段", u"雷", u"侯", u"龙", u"史", u"陶", u"黎",
    u"贺", u"顾", u"毛", u"郝", u"龚", u"邵", u"单", u"厉", u"公", u"庞"};
constexpr int kSurnameCount = int(std::size(kSurnames));

const char16_t kMaleChars[] =
    u"伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林祥国建志海文东亮成雷山福贵德顺";
const char16_t kFemaleChars[] = u"芳娜敏静丽艳娟霞秀英华慧巧美兰玲梅琳燕萍红婷雪倩洁玉桂凤春琴云莲珍";

struct Township
{
    const char16_t* name;
    int code;
};
const Township kTownships[] = {
    {u"界湖街道", 1}, {u"岸堤镇", 2},  {u"孙祖镇", 3},   {u"双堠镇", 4},  {u"青驼镇", 5},   {u"张庄镇", 6},
    {u"砖埠镇", 7},   {u"葛沟镇", 8},  {u"杨家坡镇", 9}, {u"大庄镇", 10}, {u"辛集镇", 11},  {u"蒲汪镇", 12},
    {u"湖头镇", 13},  {u"苏村镇", 14}, {u"铜井镇", 15},  {u"依汶镇", 16}, {u"马牧池乡", 17}};
constexpr int kTownshipCount = int(std::size(kTownships));

const char16_t* const kVillageEndings[] = {u"家庄村", u"家沟村", u"家坪村", u"家峪村",
                                           u"家洼村", u"庄村",   u"河村",   u"岭村"};
const char16_t* const kVillageNames[] = {u"东山村", u"西岭村", u"后河村", u"前岭村", u"石门村", u"柳树湾村",
                                         u"小河村", u"大岭村", u"北沟村", u"南坪村", u"桃园村", u"杏花村"};
const char16_t* const kCaseworkerNames[] = {u"王芳", u"李娜",   u"张静", u"刘洋", u"陈晓红", u"杨帆",
                                            u"赵丽", u"孙建华", u"周敏", u"吴婷", u"徐磊",   u"高慧"};

constexpr char kRegion[] = "371321";

QString str(const char16_t* s) { return QString::fromUtf16(s); }

class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }

    /// A version-4 UUID from the seeded generator, so the same seed gives the same ids.
    QString uuid() { return SeededRecordIds::uuid(m_rng); }

    QString surname()
    {
        // Roughly Zipf-shaped: the first surnames are far more common.
        const double u = m_rng.generateDouble();
        return str(kSurnames[int(u * u * kSurnameCount) % kSurnameCount]);
    }

    QString givenName(bool male)
    {
        const QString pool = male ? QString::fromUtf16(kMaleChars) : QString::fromUtf16(kFemaleChars);
        QString name = pool.at(below(int(pool.size())));
        if (chance(0.55))
            name += pool.at(below(int(pool.size())));
        return name;
    }

    QString idNumber(QDate birth, bool male)
    {
        int seq = below(500) * 2 + (male ? 1 : 0);
        const QString first17 = QString::fromLatin1(kRegion) + birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        return first17 + ResidentId::checkDigit(first17);
    }

    QDate birthForAge(QDate today, int age) { return today.addYears(-age).addDays(-below(365)); }

    QString phone()
    {
        static const char* const prefixes[] = {"138", "139", "135", "136", "150", "151", "152", "157", "158",
                                               "159", "186", "187", "188", "133", "153", "180", "189"};
        QString p = QString::fromLatin1(prefixes[below(int(std::size(prefixes)))]);
        for (int i = 0; i < 8; ++i)
            p += QChar(u'0' + below(10));
        return p;
    }

private:
    QRandomGenerator m_rng;
};

QVariantMap member(Generator& g, const QString& name, bool male, QDate birth, const char* relation)
{
    QVariantMap m;
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("sex"), male ? QStringLiteral("male") : QStringLiteral("female"));
    m.insert(QStringLiteral("birth_date"), birth.toString(Qt::ISODate));
    m.insert(QStringLiteral("id_number"), g.idNumber(birth, male));
    m.insert(QStringLiteral("relation"), QString::fromLatin1(relation));
    return m;
}

void setAdultDetails(Generator& g, QVariantMap& m, int age)
{
    const bool old = age >= 65;
    m.insert(QStringLiteral("health"),
             g.chance(old ? 0.55 : 0.2)
                 ? (g.chance(0.25) ? QStringLiteral("serious") : QStringLiteral("chronic"))
                 : QStringLiteral("healthy"));
    m.insert(QStringLiteral("schooling"),
             age > 60 ? (g.chance(0.4) ? QStringLiteral("illiterate") : QStringLiteral("primary"))
                      : (g.chance(0.6) ? QStringLiteral("junior") : QStringLiteral("senior")));
    m.insert(QStringLiteral("work_ability"),
             old ? (g.chance(0.6) ? QStringLiteral("lost") : QStringLiteral("weak"))
                 : (g.chance(0.2)
                        ? QStringLiteral("weak")
                        : (g.chance(0.2) ? QStringLiteral("skilled") : QStringLiteral("ordinary"))));
}

void setChildDetails(QVariantMap& m, int age)
{
    QString schooling = QStringLiteral("preschool");
    if (age >= 18)
        schooling = QStringLiteral("in_college");
    else if (age >= 15)
        schooling = QStringLiteral("in_senior");
    else if (age >= 12)
        schooling = QStringLiteral("in_junior");
    else if (age >= 6)
        schooling = QStringLiteral("in_primary");
    m.insert(QStringLiteral("schooling"), schooling);
    m.insert(QStringLiteral("health"), QStringLiteral("healthy"));
    m.insert(QStringLiteral("work_ability"), QStringLiteral("none"));
}

void addGroup(QVariantMap& m, const char* group)
{
    QStringList groups = m.value(QStringLiteral("special_groups")).toStringList();
    groups.append(QString::fromLatin1(group));
    m.insert(QStringLiteral("special_groups"), groups);
}

void disable(Generator& g, QVariantMap& m)
{
    static const char* const types[] = {"physical",     "physical", "visual", "hearing",
                                        "intellectual", "mental",   "speech"};
    m.insert(QStringLiteral("disability_type"), QString::fromLatin1(types[g.below(int(std::size(types)))]));
    m.insert(QStringLiteral("disability_grade"), 1 + g.below(4));
    addGroup(m, "disabled_person");
}

/// One invented household, shaped like the kinds of household a township station actually serves;
/// ages are as on `today`. Its id and its members' ids are left to the caller.
DemoHousehold makeHousehold(Generator& g, QDate today, int index, const QStringList& villages,
                            int villagesPerTownship)
{
    DemoHousehold h;
    const int villageIndex = g.below(int(villages.size()));
    const Township& township = kTownships[(villageIndex / villagesPerTownship) % kTownshipCount];
    const QString family = g.surname();

    QList<QVariantMap>& ms = h.members;
    QStringList causes;
    QString status;
    const int shape = g.below(100);
    if (shape < 18) { // an elderly person living alone
        h.shape = DemoHousehold::Shape::ElderlyAlone;
        const bool male = g.chance(0.45);
        const int age = 68 + g.below(22);
        QVariantMap head = member(g, family + g.givenName(male), male, g.birthForAge(today, age), "head");
        setAdultDetails(g, head, age);
        addGroup(head, g.chance(0.5) ? "empty_nest" : "left_behind_elderly");
        if (g.chance(0.3))
            addGroup(head, "dependent_elderly");
        if (g.chance(0.05))
            addGroup(head, "bereaved_parent");
        ms << head;
        status = g.chance(0.6) ? QStringLiteral("tekun") : QStringLiteral("dibao");
        causes << QStringLiteral("no_labour") << QStringLiteral("illness");
    } else if (shape < 38) { // grandparents with left-behind grandchildren
        h.shape = DemoHousehold::Shape::Grandparents;
        const int age = 58 + g.below(18);
        QVariantMap head = member(g, family + g.givenName(true), true, g.birthForAge(today, age), "head");
        setAdultDetails(g, head, age);
        addGroup(head, "left_behind_elderly");
        QVariantMap wife = member(g, g.surname() + g.givenName(false), false,
                                  g.birthForAge(today, age - 2 + g.below(4)), "spouse");
        setAdultDetails(g, wife, age);
        addGroup(wife, "left_behind_elderly");
        ms << head << wife;
        const int children = 1 + g.below(3);
        for (int c = 0; c < children; ++c) {
            const bool male = g.chance(0.52);
            const int childAge = 2 + g.below(14);
            QVariantMap child = member(g, family + g.givenName(male), male, g.birthForAge(today, childAge),
                                       male ? "grandson" : "granddaughter");
            setChildDetails(child, childAge);
            addGroup(child, "left_behind_child");
            if (g.chance(0.08))
                addGroup(child, "child_in_difficulty");
            ms << child;
        }
        status = g.chance(0.5) ? QStringLiteral("dibao") : QStringLiteral("marginal");
        causes << QStringLiteral("no_labour") << QStringLiteral("education");
    } else { // a family of working age, often with illness or disability
        const int age = 30 + g.below(28);
        QVariantMap head = member(g, family + g.givenName(true), true, g.birthForAge(today, age), "head");
        setAdultDetails(g, head, age);
        QVariantMap wife = member(g, g.surname() + g.givenName(false), false,
                                  g.birthForAge(today, age - 3 + g.below(5)), "spouse");
        setAdultDetails(g, wife, age);
        ms << head;
        if (g.chance(0.85))
            ms << wife;
        else
            addGroup(ms[0], "left_behind_woman");
        const int children = g.below(4);
        for (int c = 0; c < children; ++c) {
            const bool male = g.chance(0.52);
            const int childAge = std::max(0, age - 24 - g.below(10));
            QVariantMap child = member(g, family + g.givenName(male), male, g.birthForAge(today, childAge),
                                       male ? "son" : "daughter");
            setChildDetails(child, childAge);
            ms << child;
        }
        if (g.chance(0.25)) {
            const int oldAge = age + 24 + g.below(8);
            const bool male = g.chance(0.4);
            QVariantMap parent = member(g, (male ? family : g.surname()) + g.givenName(male), male,
                                        g.birthForAge(today, oldAge), male ? "father" : "mother");
            setAdultDetails(g, parent, oldAge);
            if (g.chance(0.4))
                addGroup(parent, "sick_disabled_elderly");
            ms << parent;
        }
        const int hit = g.below(int(ms.size()));
        if (g.chance(0.35)) {
            disable(g, ms[hit]);
            causes << QStringLiteral("disability");
        }
        if (g.chance(0.4)) {
            ms[g.below(int(ms.size()))].insert(QStringLiteral("health"), QStringLiteral("serious"));
            causes << QStringLiteral("illness");
        }
        static const char* const extra[] = {"no_skills", "no_capital", "disaster",
                                            "no_land",   "transport",  "motivation"};
        causes << QString::fromLatin1(extra[g.below(int(std::size(extra)))]);
        static const char* const statuses[] = {"dibao",    "dibao",    "low_income", "low_income",
                                               "marginal", "marginal", "temporary",  "none"};
        status = QString::fromLatin1(statuses[g.below(int(std::size(statuses)))]);
        if (g.chance(0.01))
            addGroup(ms[0], g.chance(0.5) ? "community_correction" : "released_prisoner");
    }

    QVariantMap& f = h.fields;
    const QString village = villages.at(villageIndex);
    f.insert(QStringLiteral("household_no"), QStringLiteral("%1%2%3-%4")
                                                 .arg(QString::fromLatin1(kRegion))
                                                 .arg(township.code, 2, 10, QLatin1Char('0'))
                                                 .arg(villageIndex % 1000, 3, 10, QLatin1Char('0'))
                                                 .arg(index + 1, 6, 10, QLatin1Char('0')));
    f.insert(QStringLiteral("county"), str(u"沂南县"));
    f.insert(QStringLiteral("township"), str(township.name));
    f.insert(QStringLiteral("village"), village);
    f.insert(QStringLiteral("address"), village + QStringLiteral("%1").arg(1 + g.below(120)) + str(u"号"));
    if (g.chance(0.75))
        f.insert(QStringLiteral("phone"), g.phone());
    static const char* const housing[] = {"own_safe",   "own_safe", "own_safe",      "own_unsafe",
                                          "relocation", "rented",   "with_relatives"};
    f.insert(QStringLiteral("housing"), QString::fromLatin1(housing[g.below(int(std::size(housing)))]));
    f.insert(QStringLiteral("relocated"),
             f.value(QStringLiteral("housing")).toString() == QStringLiteral("relocation"));
    f.insert(QStringLiteral("annual_income"), 1200 + g.below(36) * 600);
    static const char* const sources[] = {"wages",      "farming",   "pension",
                                          "assistance", "subsidies", "relatives"};
    QStringList incomeSources = {QString::fromLatin1(sources[g.below(6)]),
                                 QString::fromLatin1(sources[g.below(6)])};
    f.insert(QStringLiteral("income_sources"), incomeSources);
    f.insert(QStringLiteral("status"), status);
    f.insert(QStringLiteral("hardship_causes"), causes);
    f.insert(QStringLiteral("station"), str(township.name) + str(u"社工站"));
    f.insert(QStringLiteral("caseworker"),
             str(kCaseworkerNames[(villageIndex / villagesPerTownship * 2 + (villageIndex % 2)) %
                                  int(std::size(kCaseworkerNames))]));
    return h;
}

QStringList makeVillages(int households)
{
    // About 250 households a village, as in a county of the plains; at least one village per township.
    const int wanted = std::max(kTownshipCount, households / 250);
    QStringList villages;
    for (int i = 0; villages.size() < wanted; ++i) {
        QString name;
        if (i < int(std::size(kVillageNames)))
            name = str(kVillageNames[i]);
        else {
            const int k = i - int(std::size(kVillageNames));
            name = str(kSurnames[k % kSurnameCount]) +
                   str(kVillageEndings[(k / kSurnameCount) % int(std::size(kVillageEndings))]);
            if (k >= kSurnameCount * int(std::size(kVillageEndings)))
                name = str(kSurnames[k % kSurnameCount]) + QStringLiteral("%1").arg(k / (kSurnameCount * 8)) +
                       str(u"队村");
        }
        villages.append(name);
    }
    return villages;
}

} // namespace

QString DemoGenerator::demoCaseworker() { return str(kCaseworkerNames[0]); }

Status DemoGenerator::generate(Database& db, const Options& options, const Progress& progress)
{
    Generator g(options.seed);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    DemoCasework casework(db, today, options.seed, demoCaseworker());
    // The files were made some time before the casework in them; ages are as on that day, so no
    // member is born after the file that lists them.
    const QDateTime filed = casework.filedAt();
    const QStringList villages = makeVillages(options.households);
    const int villagesPerTownship = std::max(1, int(villages.size()) / kTownshipCount);
    ManualClock clock(filed.toMSecsSinceEpoch());
    const QString author = demoCaseworker();
    JournalWriter writer(db, Session::of(author, Role::Caseworker, clock));
    // The station supervisor who confirmed the statuses the households were filed with (nine in
    // ten: a few new files still wait for it).
    JournalWriter supervisor(db, Session::of(str(u"李强"), Role::Supervisor, clock));
    // The device id is made before the seeded ids take over: two laptops with the same demo must
    // still be two devices.
    // The file is marked as holding invented households: connecting it to a county warns first.
    if (!db.setMeta(QStringLiteral("user_name"), author) ||
        !db.setMeta(QStringLiteral("demo_data"), QStringLiteral("1")) ||
        JournalWriter::deviceId(db).isEmpty())
        return Error{tr("Could not create the demo data."), QStringLiteral("meta")};
    const SeededRecordIds ids(options.seed ^ 0x5eed1d5u);
    QStringList stations; // in the order their first household was made

    // Steps of work: the households, then (as many steps again) their casework.
    const int total = options.casework ? 2 * options.households : options.households;
    for (int done = 0; done < options.households;) {
        const int n = std::min(options.batch, options.households - done);
        QList<JournalWriter::Edit> edits;
        QList<JournalWriter::Edit> confirmations;
        for (int i = 0; i < n; ++i) {
            DemoHousehold h = makeHousehold(g, filed.date(), done + i, villages, villagesPerTownship);
            h.id = g.uuid();
            if (!options.casework) {
                if (const QDate last = casework.lastVisit(h); last.isValid())
                    h.fields.insert(QStringLiteral("last_visit"), last.toString(Qt::ISODate));
            }
            edits.append({QStringLiteral("household"), h.id, h.id, Change::Op::Create, h.fields});
            if (const QString station = h.fields.value(QStringLiteral("station")).toString();
                !station.isEmpty() && !stations.contains(station))
                stations << station;
            if ((done + i) % 10 != 9 && !h.fields.value(QStringLiteral("status")).toString().isEmpty())
                confirmations.append({QStringLiteral("household"),
                                      h.id,
                                      h.id,
                                      Change::Op::Update,
                                      {{QStringLiteral("status_confirmed"), true}}});
            for (QVariantMap& m : h.members) {
                edits.append({QStringLiteral("member"), g.uuid(), h.id, Change::Op::Create, m});
                m.insert(QStringLiteral("id"), edits.last().recordId);
            }
            if (options.casework)
                casework.plan(h);
        }
        if (Status s = writer.commit(edits); !s)
            return Error{tr("Could not create the demo data: %1").arg(s.error().message), s.error().detail};
        if (Status s = supervisor.commit(confirmations); !s)
            return Error{tr("Could not create the demo data: %1").arg(s.error().message), s.error().detail};
        clock.advance(1000);
        done += n;
        if (progress && !progress(done, total))
            return Status::ok();
    }
    if (!options.casework)
        return Status::ok();

    // Each station's volunteers and its 三区计划 project, made when the files were, so the group
    // and community sessions can be given under the project with volunteers.
    ManualClock stationClock(filed.addSecs(3600).toMSecsSinceEpoch());
    for (int i = 0; i < stations.size(); ++i) {
        DemoStationRecords records;
        if (Status s = DemoStation::write(db, stations.at(i), i, today, stationClock, &records); !s)
            return Error{tr("Could not create the demo data: %1").arg(s.error().message), s.error().detail};
        casework.linkStation(stations.at(i), records);
        stationClock.advance(1000);
    }
    casework.planSessions();
    const int writes = std::max(1, casework.size());
    const int every = std::max(1, writes / 200);
    bool stopped = false;
    const Status s = casework.write([&](int written) {
        if (written % every != 0 && written != writes)
            return true;
        stopped = progress &&
                  !progress(options.households + int(qint64(options.households) * written / writes), total);
        return !stopped;
    });
    if (!s)
        return Error{tr("Could not create the demo data: %1").arg(s.error().message), s.error().detail};
    if (stopped)
        return Status::ok();
    if (Status reviewed = DemoSupervision::review(db, today, options.seed); !reviewed)
        return Error{tr("Could not create the demo data: %1").arg(reviewed.error().message),
                     reviewed.error().detail};
    if (!stopped && progress && casework.size() == 0)
        (void)progress(total, total);
    return Status::ok();
}

} // namespace ff
