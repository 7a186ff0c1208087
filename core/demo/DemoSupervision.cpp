// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoSupervision.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/schema/RecordTypes.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QMap>
#include <QRandomGenerator>

namespace ff {

namespace {
const char16_t* const kReturnComments[] = {
    u"请写明这次见到了哪些家庭成员，孩子的情况怎么样。",
    u"服务内容写得太简单，请补充具体做了什么、对方有什么反应。",
    u"跟进日期请具体到哪一天，并写明跟进什么。",
    u"请补充家属是否同意，以及下一步由谁负责。",
    u"时长和服务方式对不上，请核对后修改。",
};

QString str(const char16_t* s) { return QString::fromUtf16(s); }
} // namespace

QString DemoSupervision::supervisor() { return str(u"李强"); }

Status DemoSupervision::review(Database& db, QDate today, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x5e7u);
    const QDateTime cutoff = today.addDays(-7).startOfDay().toUTC();
    // The notes waiting that a week's reviewing has reached, by the day they were submitted.
    QMap<QString, QList<QPair<QString, QString>>> byDay; // yyyy-MM-dd → (record id, household id)
    {
        Query q(db);
        q.prepare(QStringLiteral("SELECT id, household_id, submitted_at FROM note_review"
                                 " WHERE state = 'pending' AND submitted_at < ? ORDER BY submitted_at, id"));
        q.addBindValue(cutoff.toString(Qt::ISODate));
        if (!q.exec())
            return Error{QStringLiteral("demo supervision"), db.lastErrorText()};
        while (q.next())
            byDay[q.value(2).toString().left(10)].append({q.value(0).toString(), q.value(1).toString()});
    }
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        // Reviewed a few days later, in the afternoon.
        const QDateTime at = QDate::fromString(it.key(), Qt::ISODate)
                                 .addDays(2 + rng.bounded(4))
                                 .startOfDay()
                                 .addSecs(15 * 3600);
        ManualClock clock(at.toMSecsSinceEpoch());
        const Session session = Session::of(supervisor(), Role::Supervisor, clock);
        QList<JournalWriter::Edit> approvals;
        QList<QString> returns;
        for (const auto& [id, household] : it.value()) {
            if (rng.bounded(20) == 0) {
                returns.append(id);
                continue;
            }
            approvals.append({RecordTypes::noteReview(),
                              id,
                              household,
                              Change::Op::Update,
                              {{QStringLiteral("state"), QStringLiteral("approved")},
                               {QStringLiteral("reviewed_by"), supervisor()},
                               {QStringLiteral("reviewed_at"), at.toUTC().toString(Qt::ISODate)}}});
        }
        if (Status s = JournalWriter(db, session).commit(approvals); !s)
            return s;
        NoteReviewRepository reviews(db, session);
        for (const QString& id : returns) {
            clock.advance(60'000);
            const QString comment = str(kReturnComments[rng.bounded(int(std::size(kReturnComments)))]);
            if (Status s = reviews.returnNote(id, comment); !s)
                return s;
        }
    }

    // Status proposals: half of those older than a week recommended to the county.
    QStringList proposals;
    {
        Query q(db);
        q.prepare(QStringLiteral("SELECT id FROM status_review WHERE deleted = 0 AND decision IS NULL"
                                 " AND recommendation IS NULL AND proposed_on < ? ORDER BY proposed_on, id"));
        q.addBindValue(today.addDays(-7).toString(Qt::ISODate));
        if (!q.exec())
            return Error{QStringLiteral("demo supervision"), db.lastErrorText()};
        while (q.next())
            proposals.append(q.value(0).toString());
    }
    ManualClock clock(today.addDays(-3).startOfDay().addSecs(10 * 3600).toMSecsSinceEpoch());
    StatusReviewRepository station(db, Session::of(supervisor(), Role::Supervisor, clock));
    for (int i = 0; i < proposals.size(); i += 2) {
        if (Status s = station.recommend(proposals.at(i), QStringLiteral("recommended"),
                                         str(u"入户核实，情况属实，建议按程序办理。"));
            !s)
            return s;
    }
    return Status::ok();
}

} // namespace ff
