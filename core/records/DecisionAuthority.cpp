// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/DecisionAuthority.h"

#include "core/db/Database.h"

#include <QSqlQuery>

namespace ff {

const QStringList& DecisionAuthority::decisionFields()
{
    static const QStringList fields = {QStringLiteral("decision"), QStringLiteral("decided_by"),
                                       QStringLiteral("decided_on"), QStringLiteral("decision_comment")};
    return fields;
}

bool DecisionAuthority::mayDecide(const QString& role)
{
    return role == QStringLiteral("supervisor") || role == QStringLiteral("county");
}

bool DecisionAuthority::isAuthorityField(const QString& entity, const QString& field)
{
    if (entity == QStringLiteral("status_review"))
        return decisionFields().contains(field);
    return entity == QStringLiteral("household") && field == QStringLiteral("status");
}

QString DecisionAuthority::localRole(Database& db)
{
    // As DeviceSync::setCounty() keeps it.
    const QString role = db.meta(QStringLiteral("sync_role"));
    return role.isEmpty() ? QStringLiteral("caseworker") : role;
}

QString DecisionAuthority::reasonCode() { return QStringLiteral("decision_not_authorised"); }

QString DecisionAuthority::reasonText()
{
    return tr("A status review decision made on a caseworker's device: only a station supervisor or "
              "county staff may approve or return a status review.");
}

QString DecisionAuthority::statusReasonCode() { return QStringLiteral("status_not_authorised"); }

QString DecisionAuthority::statusReasonText()
{
    return tr("An assistance status changed on a caseworker's device: a household's status changes only "
              "through a status review decided by a station supervisor or county staff.");
}

QString DecisionAuthority::problem(QSqlDatabase& db, const EncodedChange& change)
{
    QString reason;
    if (change.entity == QLatin1StringView("status_review")) {
        for (const QString& field : decisionFields()) {
            if (change.sets(field))
                reason = reasonCode();
        }
    } else if (change.entity == QLatin1StringView("household") && change.op != Change::Op::Create &&
               change.sets(u"status")) {
        reason = statusReasonCode();
    }
    if (reason.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT u.role FROM server_device d JOIN server_user u ON u.name = d.user WHERE d.id = ?"));
    q.addBindValue(change.id.device);
    if (!q.exec() || !q.next())
        return {};
    return mayDecide(q.value(0).toString()) ? QString() : reason;
}

} // namespace ff
