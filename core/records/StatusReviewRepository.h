// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ff {

class Database;

/// A proposal that a household enters, changes or leaves an assistance status (动态调整), and the
/// decision taken on it above the caseworker.
struct StatusReview
{
    QString id; ///< empty until proposed
    QString householdId;
    QString fromStatus; ///< the household's status when proposed (empty: none recorded)
    QString proposedStatus;
    QString reasons;
    QString evidence;
    QString proposedBy;
    QDate proposedOn;
    /// The station supervisor's step: empty while waiting; recommended or returned.
    QString recommendation;
    QString recommendedBy;
    QDate recommendedOn;
    QString recommendationComment;
    /// The county's step: empty while waiting; approved (confirmed) or returned (refused).
    QString decision;
    QString decidedBy;
    QDate decidedOn;
    QString decisionComment;

    bool isDecided() const { return !decision.isEmpty(); }
    bool isRecommended() const { return recommendation == QLatin1String("recommended"); }
    /// Finished: decided by the county, or returned by the station supervisor.
    bool isClosed() const { return isDecided() || recommendation == QLatin1String("returned"); }
    /// Waiting for the station supervisor.
    bool awaitsStation() const { return !isClosed() && recommendation.isEmpty(); }
    /// Recommended, waiting for the county.
    bool awaitsCounty() const { return !isDecided() && isRecommended(); }
};

/// The status decision chain (动态调整; 应保尽保, 应退尽退) through the journal: the caseworker
/// proposes with reasons and evidence, the station supervisor recommends it to the county or returns
/// it, the county confirms or refuses it. Each step records who, when and their opinion. The
/// household's status changes only with the county's confirmation, in the same commit. The
/// authority rule (core/schema/Authority) refuses a step to anyone else, here as at the county's
/// import.
class StatusReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(StatusReviewRepository)

public:
    explicit StatusReviewRepository(Database& db, const Session& session = Session::none());

    std::optional<StatusReview> load(const QString& id) const;
    /// Newest first.
    QList<StatusReview> forHousehold(const QString& householdId) const;

    /// Checks and saves a new proposal, made by `author` today, from the household's current status.
    [[nodiscard]] Status propose(StatusReview& review);
    /// The station supervisor's step: recommended (an opinion is optional) or returned (it needs one).
    [[nodiscard]] Status recommend(const QString& id, const QString& recommendation, const QString& opinion);
    /// The county's step on a recommended review: approved (confirmed; the household's status
    /// changes) or returned (refused; needs a comment).
    [[nodiscard]] Status decide(const QString& id, const QString& decision, const QString& comment);
    /// Whether this device's user may recommend, or decide (for the UI; the steps check again).
    bool mayRecommend() const;
    bool mayDecide() const;
    /// The reviews waiting for this person's step, oldest first: the station's for a supervisor,
    /// the recommended ones for the county.
    QList<StatusReview> waiting() const;

private:
    QDate today() const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
