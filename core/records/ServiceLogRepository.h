// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"
#include "core/util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace ff {

class Database;

/// One service given, as one household's file shows it.
struct ServiceLog
{
    QString id;
    QString householdId;
    QString sessionId;
    QDate servedOn;
    int durationMin = 0;
    QString method;   ///< casework, group, community (CodeList::serviceMethods)
    QString category; ///< CodeList::serviceCategories
    QString caseworker;
    QStringList memberIds;
    QString activity;
    QString outcome;
    QDate followUpOn;
    QString projectId;        ///< the purchased-service project it was given under, or empty
    QStringList volunteerIds; ///< the station's volunteers who took part
    /// How many households of this laptop's caseload share the session (1 for casework).
    int households = 1;
};

/// A service session as it is entered: once, with every household it involved. Stored as one
/// service_log record per household sharing `sessionId` (see core/records/README.md).
struct ServiceSession
{
    struct Participant
    {
        QString householdId;
        QString recordId; ///< empty until saved
        QStringList memberIds;
    };

    QString sessionId; ///< empty until first saved
    QDate servedOn;
    int durationMin = 0;
    QString method = QStringLiteral("casework");
    QString category;
    QString caseworker;
    QString activity;
    QString outcome;
    QDate followUpOn;
    QString projectId;        ///< a service_project, or empty (schema 15)
    QStringList volunteerIds; ///< volunteer records (schema 15)
    QList<Participant> households;
};

/// Loads and saves service logs through the journal; a session with several households is written
/// in one commit, so it is all there or not at all.
class ServiceLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceLogRepository)

public:
    explicit ServiceLogRepository(Database& db, const Session& session = Session::none());

    /// The household's services, newest first.
    QList<ServiceLog> forHousehold(const QString& householdId) const;
    /// The ids of the logs among one household's `logs` whose follow-up date has passed (before
    /// `today`) with no service of the household given since (on a later day than the log's):
    /// the follow-ups the caseworker still owes.
    static QStringList overdueFollowUps(const QList<ServiceLog>& logs, QDate today);
    std::optional<ServiceSession> loadSession(const QString& sessionId) const;

    QList<ValidationIssue> validate(const ServiceSession& session) const;
    /// Validates and saves the session: updates each household's record, creates records for added
    /// households and removes those of households taken out. Nothing is saved when invalid.
    [[nodiscard]] Status save(ServiceSession& session, QList<ValidationIssue>* issues = nullptr);
    /// Removes the session from every household that holds it.
    [[nodiscard]] Status remove(const ServiceSession& session);

private:
    Database& m_db;
    Session m_session;
};

} // namespace ff
