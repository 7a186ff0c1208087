// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/ReportPeriod.h"

#include <QRegularExpression>

namespace ff {

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::year(int year) { return {Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)}; }

ReportPeriod ReportPeriod::containing(Kind kind, QDate day)
{
    switch (kind) {
    case Kind::Month:
        return month(day.year(), day.month());
    case Kind::Quarter:
        return quarter(day.year(), (day.month() - 1) / 3 + 1);
    case Kind::Year:
        break;
    }
    return year(day.year());
}

std::optional<ReportPeriod> ReportPeriod::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    if (y < 1900 || y > 9999)
        return std::nullopt;
    if (!m.captured(2).isEmpty()) {
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return std::nullopt;
        return month(y, mo);
    }
    if (!m.captured(3).isEmpty())
        return quarter(y, m.captured(3).toInt());
    return year(y);
}

QTimeZone ReportPeriod::countyZone()
{
    // Without tzdata, UTC+8 all year: China has kept no daylight saving time since 1991.
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Shanghai"));
        return z.isValid() ? z : QTimeZone(8 * 3600);
    }();
    return zone;
}

QDate ReportPeriod::countyDay(const QDateTime& instant) { return instant.toTimeZone(countyZone()).date(); }

ReportPeriod ReportPeriod::previous() const { return containing(m_kind, m_first.addDays(-1)); }

QString ReportPeriod::code() const
{
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_first.year()).arg(m_first.month(), 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Year:
        break;
    }
    return QString::number(m_first.year());
}

QString ReportPeriod::label() const
{
    switch (m_kind) {
    case Kind::Month:
        //: a month: %1 the year, %2 the month
        return tr("%2/%1").arg(m_first.year()).arg(m_first.month());
    case Kind::Quarter:
        //: a quarter: %1 the year, %2 the quarter (1–4)
        return tr("Q%2 %1").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Year:
        break;
    }
    //: a year
    return tr("%1").arg(m_first.year());
}

} // namespace ff
