// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/DemoHousehold.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ff {

/// The Chinese text the demo's casework is written with: plan goals and actions, what services did
/// and achieved, visit notes, risks, referrals and status reviews, as a caseworker in a rural county
/// would put them. Invented data, not interface text: never translated.
class DemoPhrases
{
public:
    /// Two texts that belong together: an action and who is responsible (empty: the caseworker),
    /// a service's activity and its outcome, a risk and how it was closed, a proposal's reasons and
    /// its evidence.
    struct Pair
    {
        QString first;
        QString second;
    };

    static QStringList goals(DemoHousehold::Shape shape);
    /// Plan actions for a service category (CodeList::serviceCategories).
    static QList<Pair> actions(const QString& category);
    /// One service given in a category: activity and outcome.
    static QList<Pair> services(const QString& category);
    /// A group or community session: its service category, what was done and what came of it.
    struct Session
    {
        QString category;
        QString activity;
        QString outcome;
    };
    /// Group sessions for left-behind children (`children`) or for elderly people.
    static QList<Session> groupSessions(bool children);
    static QList<Session> communitySessions();

    static QStringList visitNotes(DemoHousehold::Shape shape);
    /// The note of the visit on which the needs assessment was made.
    static QStringList assessmentVisitNotes();
    /// A short note of a routine visit to a household with no open case.
    static QStringList routineVisitNotes();
    /// Case notes between visits: calls, errands, arrangements.
    static QStringList caseNotes(DemoHousehold::Shape shape);
    static QStringList visitPurposes(DemoHousehold::Shape shape);
    /// The assessment's "most urgent need" answer.
    static QStringList urgentNeeds(DemoHousehold::Shape shape);
    static QStringList policyQuestions();
    /// The assessment's note on a risk to a child.
    static QStringList childSafetyNotes();
    /// People met on a visit besides the household's members.
    static QStringList othersMet();

    /// A risk of a kind (CodeList::riskType) and a note that closes it.
    static QList<Pair> risks(const QString& type);

    /// Why a household is referred to an agency (AgencyList code) and what came of it.
    static QList<Pair> referrals(const QString& agency);
    static QStringList referralSentNotes();
    static QStringList referralAcceptedNotes();
    static QStringList referralDeclinedNotes();
    /// To whom a child-protection concern is reported (强制报告).
    static QStringList mandatoryReportRecipients();

    /// Reasons and evidence for proposing that a household moves to `proposedStatus`.
    static QList<Pair> statusReviews(const QString& proposedStatus);
};

} // namespace ff
