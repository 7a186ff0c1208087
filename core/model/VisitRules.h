// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ff {

/// What is wrong with a rules file, and where.
struct VisitRulesError
{
    int line = 0; ///< 1-based; 0 when the file as a whole is wrong
    QString message;
};

/// How often households must be visited, per special group of their members (e.g. a left-behind
/// child's guardianship follow-up at least every 30 days). Read from JSON: the built-in
/// resources/rules/visit-rules.json, or a county's replacement `visit-rules.json` beside the database.
class VisitRules
{
    Q_DECLARE_TR_FUNCTIONS(VisitRules)

public:
    struct Rule
    {
        QString group; ///< a special-group code (CodeList::specialGroups)
        int intervalDays = 0;
        QMap<QString, QString> reason; ///< by language: "zh_CN", "en"
    };

    /// Households with no member in a listed group: this interval, or none when 0.
    int defaultIntervalDays = 0;
    QList<Rule> rules;

    /// The strictest (shortest) interval over the groups, or the default; 0 means no visit is
    /// required. `ruleGroup` receives the group whose rule decided (empty for the default).
    int requiredInterval(const QStringList& groups, QString* ruleGroup = nullptr) const;
    /// The rule's reason in the current language (English when the language has none).
    QString reason(const QString& group) const;

    /// Parses and checks a rules file; on any problem returns nothing and lists every problem.
    static std::optional<VisitRules> parse(const QByteArray& json, QList<VisitRulesError>* errors);
    static std::optional<VisitRules> builtIn(QList<VisitRulesError>* errors = nullptr);
    /// The rules a database uses: the rules the county published through sync (setPublished) when
    /// there are some; else `visit-rules.json` in the database's folder when present and valid;
    /// otherwise the built-in rules. `errors` lists what is wrong with a replacement file;
    /// `usedFile` is that file, kPublished for the published rules, empty for the built-in ones.
    static VisitRules forDatabase(const QString& databasePath, QList<VisitRulesError>* errors = nullptr,
                                  QString* usedFile = nullptr);
    static QString replacementPath(const QString& databasePath);
    /// The rules the county published through sync (checked before); empty: none. They replace
    /// the built-in rules and any file beside the database (a file left from before publishing
    /// would otherwise hide every later publication).
    static void setPublished(const QByteArray& json);
    static inline const QString kPublished = QStringLiteral("published:visit-rules.json");
};

} // namespace ff
