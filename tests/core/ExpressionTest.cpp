// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"

#include "core/forms/Expression.h"

using ff::Expression;
using ff::ExpressionError;

namespace {
const QDate kToday(2026, 11, 22);

QVariant run(const QString& text, const QVariantMap& answers = {}, const QVariant& self = {})
{
    ExpressionError error;
    const auto e = Expression::parse(text, &error);
    INFO(text.toStdString() << ": " << error.message.toStdString());
    REQUIRE(e);
    return e->evaluate([&](const QString& name) { return answers.value(name); }, self, kToday);
}

ExpressionError failure(const QString& text)
{
    ExpressionError error;
    CHECK_FALSE(Expression::parse(text, &error));
    return error;
}
} // namespace

TEST_CASE("arithmetic and precedence", "[forms][expression]")
{
    CHECK(run(QStringLiteral("1 + 2 * 3")).toDouble() == 7);
    CHECK(run(QStringLiteral("(1 + 2) * 3")).toDouble() == 9);
    CHECK(run(QStringLiteral("10 / 4")).toDouble() == 2.5);
    CHECK(run(QStringLiteral("-2 - -3")).toDouble() == 1);
    CHECK_FALSE(run(QStringLiteral("1 / 0")).isValid()); // no crash, no infinity: unknown
}

TEST_CASE("comparisons, logic and answers", "[forms][expression]")
{
    const QVariantMap a = {
        {QStringLiteral("age"), 9},
        {QStringLiteral("income"), 4800.5},
        {QStringLiteral("guardian"), QStringLiteral("grandparent")},
        {QStringLiteral("needs"), QStringList{QStringLiteral("schooling"), QStringLiteral("medical")}},
        {QStringLiteral("born"), QStringLiteral("2017-12-01")},
        {QStringLiteral("in_school"), true}};
    CHECK(run(QStringLiteral("${age} < 16 and ${guardian} = 'grandparent'"), a).toBool());
    CHECK(run(QStringLiteral("${age} >= 16 or not ${in_school}"), a).toBool() == false);
    CHECK(run(QStringLiteral("${income} <= 4800.5"), a).toBool());
    CHECK(run(QStringLiteral("selected(${needs}, 'medical')"), a).toBool());
    CHECK_FALSE(run(QStringLiteral("selected(${needs}, 'housing')"), a).toBool());
    CHECK(run(QStringLiteral("count(${needs})"), a).toDouble() == 2);
    CHECK(run(QStringLiteral("age(${born})"), a).toDouble() == 8); // not yet 9 on 2026-11-22
    CHECK(run(QStringLiteral("date('2026-01-01') < today()"), a).toBool());
    CHECK(run(QStringLiteral("if(${age} < 6, 'preschool', 'school')"), a).toString() ==
          QStringLiteral("school"));
    CHECK(run(QStringLiteral("length(${guardian})"), a).toDouble() == 11);
    CHECK(run(QStringLiteral("\"a\" != 'b'")).toBool());
    // Words are whole: an answer called "order" is not the operator "or".
    CHECK(run(QStringLiteral("${order} = 1"), {{QStringLiteral("order"), 1}}).toBool());
}

TEST_CASE("unanswered questions never make a rule fail loudly", "[forms][expression]")
{
    CHECK_FALSE(run(QStringLiteral("${missing} > 3")).toBool());
    CHECK_FALSE(run(QStringLiteral("${missing} = 'x'")).toBool());
    CHECK(run(QStringLiteral("${missing} != 'x'")).toBool());
    CHECK(run(QStringLiteral("empty(${missing})")).toBool());
    CHECK(run(QStringLiteral("${missing} = null")).toBool());
    CHECK_FALSE(run(QStringLiteral("${missing} + 1")).isValid());
    CHECK(run(QStringLiteral("count(${missing})")).toDouble() == 0);
}

TEST_CASE("null equals only null, order comparisons with null are false, = and != are opposites",
          "[forms][expression]")
{
    const QVariantMap answered = {{QStringLiteral("x"), 2}};
    // Unanswered: equal to null, to nothing else; never less, greater or equal in order.
    CHECK(run(QStringLiteral("null = null")).toBool());
    CHECK_FALSE(run(QStringLiteral("null != null")).toBool());
    CHECK(run(QStringLiteral("${x} = null")).toBool());
    CHECK_FALSE(run(QStringLiteral("${x} != null")).toBool());
    CHECK_FALSE(run(QStringLiteral("${x} = null"), answered).toBool());
    CHECK(run(QStringLiteral("${x} != null"), answered).toBool());
    for (const char* op : {"<", "<=", ">", ">="}) {
        INFO(op);
        CHECK_FALSE(run(QStringLiteral("${x} %1 3").arg(QLatin1String(op))).toBool());
        CHECK_FALSE(run(QStringLiteral("3 %1 ${x}").arg(QLatin1String(op))).toBool());
        CHECK_FALSE(run(QStringLiteral("null %1 null").arg(QLatin1String(op))).toBool());
    }
    // So a need rule about a low score never fires for an unanswered question, and its negation does.
    CHECK_FALSE(run(QStringLiteral("${x} <= 2")).toBool());
    CHECK(run(QStringLiteral("not (${x} <= 2)")).toBool());

    // For every pair of values, including null and values of different kinds, exactly one of
    // a = b and a != b holds, and a != b is not (a = b).
    const QList<QVariant> values = {QVariant(),
                                    2,
                                    2.0,
                                    3,
                                    QStringLiteral("a"),
                                    QStringLiteral("2"),
                                    true,
                                    false,
                                    QDate(2026, 1, 1),
                                    QStringList{QStringLiteral("a")}};
    for (qsizetype i = 0; i < values.size(); ++i) {
        for (qsizetype j = 0; j < values.size(); ++j) {
            const QVariantMap pair = {{QStringLiteral("a"), values[i]}, {QStringLiteral("b"), values[j]}};
            const bool equal = run(QStringLiteral("${a} = ${b}"), pair).toBool();
            INFO(i << " vs " << j);
            CHECK(run(QStringLiteral("${a} != ${b}"), pair).toBool() == !equal);
            CHECK(run(QStringLiteral("not (${a} = ${b})"), pair).toBool() == !equal);
            CHECK(run(QStringLiteral("${b} = ${a}"), pair).toBool() == equal);
            CHECK(equal == (i == j || (values[i].isValid() && values[j].isValid() &&
                                       ((i == 1 && j == 2) || (i == 2 && j == 1) || (i == 1 && j == 5) ||
                                        (i == 5 && j == 1) || (i == 2 && j == 5) || (i == 5 && j == 2) ||
                                        (i == 4 && j == 9) || (i == 9 && j == 4)))));
        }
    }
}

TEST_CASE("a constraint refers to its own answer as '.'", "[forms][expression]")
{
    CHECK(run(QStringLiteral(". >= 0 and . <= 120"), {}, 45).toBool());
    CHECK_FALSE(run(QStringLiteral(". >= 0 and . <= 120"), {}, 130).toBool());
    CHECK(run(QStringLiteral(". < 0.5"), {}, 0.25).toBool());
}

TEST_CASE("references are listed for checking a form definition", "[forms][expression]")
{
    ExpressionError error;
    const auto e =
        Expression::parse(QStringLiteral("${a} > 1 and (selected(${b}, 'x') or ${a} = 2)"), &error);
    REQUIRE(e);
    CHECK(e->references() == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("malformed expressions are refused with the place and the reason", "[forms][expression]")
{
    ExpressionError e = failure(QStringLiteral("(${age} > 3"));
    CHECK(e.message.contains(QStringLiteral(")")));
    e = failure(QStringLiteral("${age} > 3 )"));
    CHECK(e.position == 11);
    e = failure(QStringLiteral("${age > 3"));
    CHECK(e.message.contains(QStringLiteral("}")));
    e = failure(QStringLiteral("${} = 1"));
    CHECK(e.position == 2);
    e = failure(QStringLiteral("'unclosed = 1"));
    CHECK(e.position == 0);
    e = failure(QStringLiteral("system('rm -rf /')"));
    CHECK(e.message.contains(QStringLiteral("system")));
    CHECK(e.position == 0);
    e = failure(QStringLiteral("selected(${a})"));
    CHECK(e.message.contains(QStringLiteral("2")));
    e = failure(QStringLiteral("1 +"));
    CHECK(e.position == 3);
    e = failure(QStringLiteral("   "));
    CHECK_FALSE(e.message.isEmpty());
    e = failure(QStringLiteral("1 # 2"));
    CHECK(e.position == 2);
    e = failure(QStringLiteral("guardian = 3"));
    CHECK(e.message.contains(QStringLiteral("${name}")));
}

TEST_CASE("a function name without its parentheses is named in the error", "[forms][expression]")
{
    const ExpressionError e = failure(QStringLiteral("age = 3"));
    CHECK(e.message.contains(QStringLiteral("age")));
    CHECK(e.message.contains(QStringLiteral("(")));
}

TEST_CASE("a number with two decimal points is named in the error", "[forms][expression]")
{
    ExpressionError e = failure(QStringLiteral("1.2.3"));
    CHECK(e.message.contains(QStringLiteral("“1.2.3” is not a number")));
    CHECK(e.position == 0);
    e = failure(QStringLiteral("${a} + 10.5.1 > 2"));
    CHECK(e.message.contains(QStringLiteral("“10.5.1”")));
    CHECK(e.position == 7);
    CHECK(run(QStringLiteral("1.25 * 4")).toDouble() == 5);
}

TEST_CASE("nesting deeper than the limit is refused with a message, never a crash", "[forms][expression]")
{
    const auto nested = [](int n) {
        return QString(n, QLatin1Char('(')) + QStringLiteral("1") + QString(n, QLatin1Char(')'));
    };
    CHECK(run(nested(Expression::kMaxDepth)).toDouble() == 1);
    ExpressionError e = failure(nested(Expression::kMaxDepth + 1));
    CHECK(e.message.contains(QStringLiteral("nested too deeply")));
    CHECK(e.message.contains(QStringLiteral("64")));
    CHECK(e.position == Expression::kMaxDepth + 1);

    // Ten thousand brackets, closed or not; ten thousand "not", minus signs, function calls.
    e = failure(nested(10'000));
    CHECK(e.message.contains(QStringLiteral("nested too deeply")));
    CHECK(failure(QString(10'000, QLatin1Char('('))).message.contains(QStringLiteral("nested too deeply")));
    QString nots;
    for (int i = 0; i < 10'000; ++i)
        nots += QStringLiteral("not ");
    CHECK(failure(nots + QStringLiteral("true")).message.contains(QStringLiteral("nested too deeply")));
    CHECK(failure(QString(10'000, QLatin1Char('-')) + QStringLiteral("1"))
              .message.contains(QStringLiteral("nested too deeply")));
    QString calls;
    for (int i = 0; i < 10'000; ++i)
        calls += QStringLiteral("if(true, 1, ");
    CHECK(failure(calls + QStringLiteral("0")).message.contains(QStringLiteral("nested too deeply")));
    // A long chain of operators makes as deep a tree to evaluate: refused the same way.
    QString chain = QStringLiteral("1");
    for (int i = 0; i < 10'000; ++i)
        chain += QStringLiteral(" + 1");
    CHECK(failure(chain).message.contains(QStringLiteral("nested too deeply")));
    // What real rules need stays well inside the limit.
    QString choices = QStringLiteral("selected(${x}, 'c0')");
    for (int i = 1; i < 30; ++i)
        choices += QStringLiteral(" or selected(${x}, 'c%1')").arg(i);
    CHECK(run(choices, {{QStringLiteral("x"), QStringLiteral("c29")}}).toBool());
}
