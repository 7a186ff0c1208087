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
    QString decision; ///< empty while waiting; approved or returned
    QString decidedBy;
    QDate decidedOn;
    QString decisionComment;

    bool isDecided() const { return !decision.isEmpty(); }
};

/// Proposes status reviews and records decisions through the journal. Deciding is refused unless
/// this device's user is a station supervisor or county staff (the authority rule, core/schema/Authority); an
/// approval sets the household's status in the same commit.
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
    /// Records the decision (approved or returned; a return needs a comment).
    [[nodiscard]] Status decide(const QString& id, const QString& decision, const QString& comment);
    /// Whether this device's user may decide (for the UI; decide() checks again).
    bool mayDecide() const;

private:
    QDate today() const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
