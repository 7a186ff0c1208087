// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace ff {

/// A month, quarter or year of the county's calendar (Asia/Shanghai), as indicators are reported
/// for it: its first and last day, both included, and the period before it.
class ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    enum class Kind
    {
        Month,
        Quarter,
        Year,
    };

    /// `2026-11` (a month), `2026-Q4` (a quarter, `q` too) or `2026` (a year); nullopt for anything
    /// else.
    static std::optional<ReportPeriod> parse(const QString& text);
    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter);
    static ReportPeriod year(int year);
    /// The period of `kind` that holds `day`.
    static ReportPeriod containing(Kind kind, QDate day);

    /// The county's time zone: every period's days are its days.
    static QTimeZone countyZone();
    /// The county's calendar day of an instant (a record made at 23:30 in Shanghai on the 31st is
    /// of the 31st, though it is 15:30 UTC).
    static QDate countyDay(const QDateTime& instant);

    Kind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool contains(QDate day) const { return day >= m_first && day <= m_last; }
    /// The period of the same kind just before this one.
    ReportPeriod previous() const;
    /// As parse() reads it: `2026-11`, `2026-Q4`, `2026`.
    QString code() const;
    /// In the user's language: "November 2026" / "2026年11月".
    QString label() const;

    bool operator==(const ReportPeriod& other) const = default;

private:
    ReportPeriod(Kind kind, QDate first, QDate last) : m_kind(kind), m_first(first), m_last(last) {}

    Kind m_kind;
    QDate m_first;
    QDate m_last;
};

} // namespace ff
