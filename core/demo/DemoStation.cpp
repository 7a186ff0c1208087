// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoStation.h"

#include "core/journal/Session.h"
#include "core/records/ServiceProjectRepository.h"
#include "core/records/VolunteerRepository.h"

#include <iterator>

namespace ff {

namespace {
struct Person
{
    const char16_t* name;
    const char16_t* skills;
    const char16_t* trainings;
};

// Invented volunteers: data, not interface text.
const Person kVolunteers[] = {
    {u"刘秀兰", u"理发、陪老人聊天", u"志愿者岗前培训\n老年人照护基础"},
    {u"陈晓东", u"辅导功课、书法", u"志愿者岗前培训\n儿童保护培训"},
    {u"王桂芝", u"手工编织、做饭", u"志愿者岗前培训"},
    {u"张建国", u"家电维修", u"志愿者岗前培训\n安全用电知识"},
    {u"李春燕", u"心理陪伴、读书会", u"志愿者岗前培训\n心理急救培训\n儿童保护培训"},
    {u"赵海涛", u"驾驶、陪同就医", u"志愿者岗前培训\n急救知识培训"},
};

QString str(const char16_t* s) { return QString::fromUtf16(s); }
} // namespace

Status DemoStation::write(Database& db, const QString& station, int index, QDate today, const Clock& clock,
                          DemoStationRecords* out)
{
    const Session supervisor(Actor{str(u"李强"), str(u"李强"), Role::Supervisor, station}, clock);
    DemoStationRecords records;
    const int count = int(std::size(kVolunteers));
    for (int i = 0; i < 4; ++i) {
        const Person& p = kVolunteers[(index + i) % count];
        Volunteer v;
        v.name = str(p.name);
        v.phone = QStringLiteral("1390539%1").arg(1000 + index * 10 + i);
        v.skills = str(p.skills);
        v.trainings = str(p.trainings);
        v.joinedOn = supervisor.today().addDays(-30 * (i + 1));
        if (Status s = VolunteerRepository(db, supervisor).save(v); !s)
            return s;
        records.volunteerIds << v.id;
    }
    // The year's 三区计划 project: from the first of the month eleven months ago, for a year.
    const QDate start = QDate(today.year(), today.month(), 1).addMonths(-11);
    ServiceProject p;
    p.name = QStringLiteral("%1年三区计划社会工作服务项目").arg(start.year());
    p.purchaser = str(u"沂南县民政局");
    p.provider = str(u"沂南县阳光社会工作服务中心");
    p.startsOn = start;
    p.endsOn = start.addYears(1).addDays(-1);
    p.contractedHours = 240;
    p.contractedHouseholds = 60;
    p.notes = str(u"服务对象：低保、特困及留守儿童家庭");
    if (Status s = ServiceProjectRepository(db, supervisor).save(p); !s)
        return s;
    records.projectId = p.id;
    records.projectStart = p.startsOn;
    records.projectEnd = p.endsOn;
    *out = records;
    return Status::ok();
}

} // namespace ff
