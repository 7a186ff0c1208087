// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/IndicatorScope.h"

namespace ff {

namespace {
QString quoted(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

std::optional<IndicatorScope> IndicatorScope::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("county"))
        return county();
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    const QString kind = t.left(colon);
    const QString name = t.mid(colon + 1).trimmed();
    if (name.isEmpty())
        return std::nullopt;
    if (kind == QLatin1String("township"))
        return township(name);
    if (kind == QLatin1String("station"))
        return station(name);
    if (kind == QLatin1String("caseworker"))
        return caseworker(name);
    return std::nullopt;
}

QString IndicatorScope::code() const
{
    switch (m_kind) {
    case Kind::County:
        return QStringLiteral("county");
    case Kind::Township:
        return QStringLiteral("township:") + m_name;
    case Kind::Station:
        return QStringLiteral("station:") + m_name;
    case Kind::Caseworker:
        break;
    }
    return QStringLiteral("caseworker:") + m_name;
}

QString IndicatorScope::label() const
{
    switch (m_kind) {
    case Kind::County:
        return tr("The county");
    case Kind::Township:
        return tr("Township %1").arg(m_name);
    case Kind::Station:
        return tr("Station %1").arg(m_name);
    case Kind::Caseworker:
        break;
    }
    return tr("Caseworker %1").arg(m_name);
}

QString IndicatorScope::householdCondition(const QString& alias) const
{
    // Blanks as the station overview takes them: a name with spaces around it is that name.
    const QString column = [&] {
        switch (m_kind) {
        case Kind::Township:
            return QStringLiteral("township");
        case Kind::Station:
            return QStringLiteral("station");
        default:
            return QStringLiteral("caseworker");
        }
    }();
    if (m_kind == Kind::County)
        return QStringLiteral("1");
    return QStringLiteral("trim(coalesce(%1.%2, '')) = %3").arg(alias, column, quoted(m_name));
}

} // namespace ff
