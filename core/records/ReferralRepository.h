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

/// A referral of the household to another agency (转介), tracked until it is completed or declined.
struct Referral
{
    QString id; ///< empty until sent
    QString householdId;
    QString agency; ///< a code of AgencyList
    QString reason;
    bool consent = false;
    QDate consentOn;
    QString status; ///< sent, accepted, declined, completed
    QDate sentOn;
    QString sentNote;
    QDate acceptedOn;
    QString acceptedNote;
    QDate declinedOn;
    QString declinedNote;
    QDate completedOn;
    QString completedNote;
    QDate followUpOn;
    /// The mandatory report of a child-protection concern (强制报告) to the authorities: made
    /// without the household's consent, and only while the household has an open child-protection
    /// risk flag, whose report it records.
    bool mandatoryReport = false;

    /// Still waiting (sent or accepted) and its follow-up date has passed.
    bool isOverdue(QDate today) const;
};

/// Sends referrals and records their progress through the journal, refusing what the lifecycle
/// does not allow: sent → accepted or declined, accepted → completed, each with its date and note.
class ReferralRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRepository)

public:
    enum class Step
    {
        Accept,
        Decline,
        Complete
    };

    explicit ReferralRepository(Database& db, const Session& session = Session::none());

    std::optional<Referral> load(const QString& id) const;
    /// Newest first.
    QList<Referral> forHousehold(const QString& householdId) const;
    /// Referrals of the household whose follow-up is overdue today.
    int overdueCount(const QString& householdId) const;

    /// Checks and sends a new referral (status sent; sentOn defaults to today). Refused without
    /// the household's consent and its date (unless it is a mandatory report), an agency from the
    /// list, or a reason. A mandatory report also records itself as the report of the household's
    /// open child-protection flags that have none, in the same commit.
    [[nodiscard]] Status send(Referral& referral);
    /// Records the next step of the lifecycle with its date (not before the previous step, not in
    /// the future) and note.
    [[nodiscard]] Status advance(const QString& id, Step step, QDate on, const QString& note);
    /// Sets or clears the follow-up date of a referral still in progress.
    [[nodiscard]] Status setFollowUp(const QString& id, QDate followUpOn);

private:
    QDate today() const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
