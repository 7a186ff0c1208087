// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <optional>
#include <QCoreApplication>
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

    bool isOpen() const { return status == QStringLiteral("open"); }
};

/// Raises and closes risk flags through the journal.
class RiskFlagRepository
{
    Q_DECLARE_TR_FUNCTIONS(RiskFlagRepository)

public:
    explicit RiskFlagRepository(Database& db, const Clock& clock = Clock::system());

    std::optional<RiskFlag> load(const QString& id) const;
    /// Open flags first (most severe first), then closed ones, newest first within each.
    QList<RiskFlag> forHousehold(const QString& householdId) const;
    QList<RiskFlag> openForHousehold(const QString& householdId) const;

    /// Checks and raises a new open flag, raised by `author` now.
    [[nodiscard]] Status raise(RiskFlag& flag, const QString& author);
    /// Closes an open flag; refused without a closing note.
    [[nodiscard]] Status close(const QString& id, const QString& closingNote, const QString& author);

private:
    QString now() const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace ff
