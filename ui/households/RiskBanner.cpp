// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/RiskBanner.h"

#include "core/db/Database.h"
#include "core/model/CodeList.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/HouseholdSummary.h"
#include "core/records/RiskFlagRepository.h"

namespace ff {

RiskBanner::RiskBanner(Database& db, QWidget* parent) : QLabel(parent), m_db(db)
{
    setObjectName(QStringLiteral("riskBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel { color: white; background: #b00020; padding: 6px 8px;"
                                 " font-weight: bold; border-radius: 3px; }"));
    hide();
}

void RiskBanner::refresh(const QString& householdId)
{
    QStringList lines;
    if (!householdId.isEmpty()) {
        const RiskFlagRepository repo(m_db);
        const QList<RiskFlag> flags = repo.forHousehold(householdId);
        for (const RiskFlag& f : flags) {
            if (!f.isOpen())
                continue;
            QString description = f.description.simplified();
            if (description.size() > 80)
                description = description.left(79) + QChar(0x2026);
            if (!f.memberId.isEmpty()) {
                if (const QString name = HouseholdRepository(m_db).memberName(f.memberId); !name.isEmpty())
                    description = tr("about %1: %2").arg(name, description);
            }
            QString line =
                tr("⚠ Open risk: %1 (%2 severity), raised %3 by %4: %5")
                    .arg(CodeList::riskType().label(f.type), CodeList::riskSeverity().label(f.severity),
                         f.raisedAt, f.raisedBy, description);
            if (f.awaitsMandatoryReport())
                line += QLatin1Char(' ') + tr("Mandatory report not yet recorded (Risk flags tab).");
            lines << line;
        }
        if (flags.isEmpty()) {
            const QString markers =
                HouseholdRepository(m_db).value(householdId, QStringLiteral("risk_markers")).toString();
            const QString open = HouseholdSummary::openRisks({}, false, markers);
            if (!open.isEmpty())
                lines << tr("⚠ Risk recorded before risk flags existed: %1. Raise a risk flag for each risk "
                            "that still applies (Risk flags tab).")
                             .arg(CodeList::riskType().labels(open));
        }
    }
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

} // namespace ff
