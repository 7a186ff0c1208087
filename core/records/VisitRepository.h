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

/// A home visit (走访): planned (date, purpose) or done (date, who was met, notes).
struct Visit
{
    QString id; ///< empty until first saved
    QString householdId;
    QString status = QStringLiteral("planned"); ///< planned or done
    QDate plannedOn;
    QString purpose;
    QDate visitedOn;
    QStringList metMemberIds;
    QString metOthers;
    QString notes;
};

/// Loads and saves visits through the journal. Saving or removing a done visit keeps the
/// household's `last_visit` (shown in the household list) equal to its latest visit, in the same
/// commit (core/records/README.md says how).
class VisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)

public:
    explicit VisitRepository(Database& db, const Session& session = Session::none());

    /// Planned visits first (soonest first), then done visits, newest first.
    QList<Visit> forHousehold(const QString& householdId) const;
    std::optional<Visit> load(const QString& id) const;

    QList<ValidationIssue> validate(const Visit& visit) const;
    /// A visit carried out up to this many days before the date it was planned for still fulfils
    /// the plan; one planned further ahead is a visit of its own.
    static constexpr int kPlanAheadDays = 7;

    /// Saves the visit. A new visit recorded as done fulfils the household's open planned visit
    /// planned soonest (up to kPlanAheadDays after the visit), if it has one: it is saved over that
    /// record, keeping its planned date (and its purpose when none is given), and `visit.id`
    /// becomes that record's id.
    [[nodiscard]] Status save(Visit& visit, QList<ValidationIssue>* issues = nullptr);
    [[nodiscard]] Status remove(const Visit& visit);

private:
    /// The household's planned visit not yet carried out that is planned soonest, if any, up to
    /// kPlanAheadDays after `visitedOn`.
    std::optional<Visit> openPlannedVisit(const QString& householdId, QDate visitedOn) const;
    /// The household's last visit once `changed` replaces (or, with `removed`, drops) its stored version.
    QDate lastVisitAfter(const Visit& changed, bool removed) const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
