// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariant>

namespace ff {

/// Where a form expression is wrong, in words for whoever wrote the form definition.
struct ExpressionError
{
    int position = 0; ///< 0-based character offset in the expression text
    QString message;
};

/// A show-if rule or constraint of a form, parsed once and evaluated against the answers.
///
/// A small language with a real parser — never eval. Answers are referenced as ${name}; `.` is the
/// answer being checked (in constraints). Values are numbers, text ('…' or "…"), yes/no (true,
/// false), dates, lists (multiple choice) and null (no answer). Operators, by precedence:
/// `or`; `and`; `not`; `= != < <= > >=`; `+ -`; `* /`; unary `-`. Functions: selected(list, 'code'),
/// count(list), empty(x), length(text), age(date) in whole years, today(), date('yyyy-MM-dd'),
/// if(condition, a, b).
///
/// An unanswered question is null. `=` and `!=` are always each other's opposite: null equals
/// null and nothing else, so `${x} = null` holds exactly while x is unanswered, `${x} = 'a'` is
/// false and `${x} != 'a'` true. The order comparisons `< <= > >=` are false when either side is
/// null. So a rule about an answer never fails loudly, a need rule about a value never fires for an
/// unanswered question, and a rule and its opposite written with `!=` never both hold.
/// Nesting is limited to kMaxDepth levels (brackets, operators, functions).
class Expression
{
    Q_DECLARE_TR_FUNCTIONS(Expression)

public:
    static constexpr int kMaxDepth = 64;

    /// Looks up an answer by name; an invalid QVariant means unanswered.
    using Resolver = std::function<QVariant(const QString& name)>;

    static std::optional<Expression> parse(const QString& text, ExpressionError* error);

    /// The value of the expression for these answers; `today` makes age() and today() testable.
    QVariant evaluate(const Resolver& answers, const QVariant& self = {},
                      QDate today = QDate::currentDate()) const;
    /// True if the value is true (a null or error value is false).
    bool isTrue(const Resolver& answers, const QVariant& self = {}, QDate today = QDate::currentDate()) const;
    /// The answer names the expression refers to, for checking a form definition.
    QStringList references() const;
    const QString& text() const { return m_text; }

    struct Node;

private:
    Expression(QString text, std::shared_ptr<const Node> root);
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace ff
