// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ff {

/// Whose households indicators count: a caseworker's caseload, a station's, a township's, or the
/// county's. A household belongs to the scope by what it is assigned to now (`household.caseworker`,
/// `station`, `township`), so a reassigned household brings its whole history with it
/// (docs/indicators.md).
class IndicatorScope
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorScope)

public:
    enum class Kind
    {
        County,
        Township,
        Station,
        Caseworker,
    };

    static IndicatorScope county() { return {Kind::County, {}}; }
    static IndicatorScope township(const QString& name) { return {Kind::Township, name}; }
    static IndicatorScope station(const QString& name) { return {Kind::Station, name}; }
    static IndicatorScope caseworker(const QString& name) { return {Kind::Caseworker, name}; }
    /// `county`, `township:NAME`, `station:NAME` or `caseworker:NAME`; nullopt for anything else
    /// (or a missing name).
    static std::optional<IndicatorScope> parse(const QString& text);

    Kind kind() const { return m_kind; }
    const QString& name() const { return m_name; }
    /// As parse() reads it.
    QString code() const;
    /// In the user's language: "Station 城关社工站".
    QString label() const;
    /// The SQL condition that a household, named `alias` in the statement, is in the scope (its
    /// name quoted into the text: a scope is one value, and statements are made per report).
    QString householdCondition(const QString& alias) const;

    bool operator==(const IndicatorScope& other) const = default;

private:
    IndicatorScope(Kind kind, QString name) : m_kind(kind), m_name(std::move(name)) {}

    Kind m_kind;
    QString m_name;
};

} // namespace ff
