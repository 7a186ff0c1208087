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

/// A risk flag on a household (风险标记): raised at once, shown on the file and the list until a
/// person closes it with a note.
struct RiskFlag
{
    QString id; ///< empty until raised
    QString householdId;
    QString type;     ///< CodeList::riskType()
    QString severity; ///< CodeList::riskSeverity()
    QString description;
    QString raisedBy;
    QString raisedAt; ///< "yyyy-MM-dd HH:mm"
    QString status;   ///< open or closed
    QString closedBy;
    QString closedAt;
    QString closingNote;
    QString memberId; ///< whom the risk is about; empty: the household as a whole
    /// The mandatory report (强制报告) of a child-protection concern: to whom (e.g. the police
    /// station) and on which day. Either both or neither.
    QString reportedTo;
    QDate reportedOn;

    bool isOpen() const { return status == QStringLiteral("open"); }
    bool isReported() const { return reportedOn.isValid(); }
    /// A child-protection concern whose report to the authorities is not recorded yet.
    bool awaitsMandatoryReport() const;
};

/// Raises and closes risk flags through the journal.
class RiskFlagRepository
{
    Q_DECLARE_TR_FUNCTIONS(RiskFlagRepository)

public:
    explicit RiskFlagRepository(Database& db, const Session& session = Session::none());

    std::optional<RiskFlag> load(const QString& id) const;
    /// Open flags first (most severe first), then closed ones, newest first within each.
    QList<RiskFlag> forHousehold(const QString& householdId) const;
    QList<RiskFlag> openForHousehold(const QString& householdId) const;

    /// Checks and raises a new open flag, raised by `author` now.
    [[nodiscard]] Status raise(RiskFlag& flag);
    /// Records to whom and when an open flag's concern was reported; both are needed, the day not
    /// in the future nor before the flag was raised.
    [[nodiscard]] Status recordReport(const QString& id, const QString& reportedTo, QDate reportedOn);
    /// Closes an open flag; refused without a closing note, and for a child-protection concern
    /// until its mandatory report is recorded.
    [[nodiscard]] Status close(const QString& id, const QString& closingNote);

private:
    QString now() const;
    QDate today() const;
    /// The problems of a report: both parts or neither, the day between `raisedOn` and today.
    QStringList reportProblems(const QString& reportedTo, QDate reportedOn, QDate raisedOn) const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
