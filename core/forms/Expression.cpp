// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/Expression.h"

#include <algorithm>
#include <cmath>

namespace ff {

/// One node of the parsed expression.
struct Expression::Node
{
    enum class Kind
    {
        Literal,
        Reference,
        Self,
        Unary,
        Binary,
        Call
    };
    Kind kind = Kind::Literal;
    QVariant literal;
    QString name; ///< reference name, operator, or function name
    QList<std::shared_ptr<const Node>> children;
    int depth = 0; ///< 0 for a leaf, else 1 + the deepest child
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;
using Kind = Expression::Node::Kind;

const QStringList kFunctions = {QStringLiteral("selected"), QStringLiteral("count"), QStringLiteral("empty"),
                                QStringLiteral("length"),   QStringLiteral("age"),   QStringLiteral("today"),
                                QStringLiteral("date"),     QStringLiteral("if")};
const QList<int> kArity = {2, 1, 1, 1, 1, 0, 1, 3};

/// Recursive-descent parser over the grammar in Expression.h; stops at the first error.
///
/// Nesting is limited (Expression::kMaxDepth): brackets, `not`, unary minus and function arguments
/// recurse, and a chain of binary operators deepens the tree the evaluator recurses over, so a
/// definition with thousands of "(" or "+ 1" is refused with a message instead of exhausting the
/// stack of the parser, the evaluator or the destructor.
class Parser
{
public:
    explicit Parser(const QString& text) : m_text(text) {}

    NodePtr parseAll(ExpressionError* error)
    {
        NodePtr root = parseOr();
        skipSpace();
        if (!m_failed && m_pos < m_text.size())
            fail(Expression::tr("Unexpected “%1” after the end of the expression.")
                     .arg(m_text.mid(m_pos, 10)));
        if (m_failed) {
            *error = m_error;
            return nullptr;
        }
        return root;
    }

private:
    void fail(const QString& message)
    {
        if (!m_failed)
            m_error = {int(m_pos), message};
        m_failed = true;
    }

    /// Counts one level of recursion for as long as it lives; fails the parse when too deep.
    class Level
    {
    public:
        explicit Level(Parser& parser) : m_parser(parser)
        {
            if (++m_parser.m_depth > Expression::kMaxDepth)
                m_parser.failTooDeep();
        }
        ~Level() { --m_parser.m_depth; }
        Level(const Level&) = delete;
        Level& operator=(const Level&) = delete;

    private:
        Parser& m_parser;
    };

    void failTooDeep()
    {
        fail(Expression::tr("The expression is nested too deeply (more than %1 levels of brackets, operators "
                            "or functions); write it as simpler rules.")
                 .arg(Expression::kMaxDepth));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    bool accept(QStringView token)
    {
        skipSpace();
        if (!QStringView(m_text).mid(m_pos).startsWith(token))
            return false;
        // Words must end at a word boundary: "order" is not "or".
        if (token.front().isLetter()) {
            const qsizetype end = m_pos + token.size();
            if (end < m_text.size() &&
                (m_text.at(end).isLetterOrNumber() || m_text.at(end) == QLatin1Char('_')))
                return false;
        }
        m_pos += token.size();
        return true;
    }

    NodePtr make(Kind kind, const QString& name, QList<NodePtr> children, QVariant literal = {})
    {
        auto node = std::make_shared<Expression::Node>();
        node->kind = kind;
        node->name = name;
        node->children = std::move(children);
        node->literal = std::move(literal);
        for (const NodePtr& child : std::as_const(node->children))
            node->depth = std::max(node->depth, child ? child->depth + 1 : 1);
        if (node->depth > Expression::kMaxDepth)
            failTooDeep();
        return node;
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (!m_failed && accept(u"or"))
            left = make(Kind::Binary, QStringLiteral("or"), {left, parseAnd()});
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseNot();
        while (!m_failed && accept(u"and"))
            left = make(Kind::Binary, QStringLiteral("and"), {left, parseNot()});
        return left;
    }

    NodePtr parseNot()
    {
        if (accept(u"not")) {
            const Level level(*this);
            return make(Kind::Unary, QStringLiteral("not"), {m_failed ? nullptr : parseNot()});
        }
        return parseComparison();
    }

    NodePtr parseComparison()
    {
        NodePtr left = parseSum();
        for (const char16_t* op : {u"!=", u"<=", u">=", u"=", u"<", u">"}) {
            if (!m_failed && accept(op))
                return make(Kind::Binary, QString::fromUtf16(op), {left, parseSum()});
        }
        return left;
    }

    NodePtr parseSum()
    {
        NodePtr left = parseProduct();
        while (!m_failed) {
            if (accept(u"+"))
                left = make(Kind::Binary, QStringLiteral("+"), {left, parseProduct()});
            else if (accept(u"-"))
                left = make(Kind::Binary, QStringLiteral("-"), {left, parseProduct()});
            else
                break;
        }
        return left;
    }

    NodePtr parseProduct()
    {
        NodePtr left = parseUnary();
        while (!m_failed) {
            if (accept(u"*"))
                left = make(Kind::Binary, QStringLiteral("*"), {left, parseUnary()});
            else if (accept(u"/"))
                left = make(Kind::Binary, QStringLiteral("/"), {left, parseUnary()});
            else
                break;
        }
        return left;
    }

    NodePtr parseUnary()
    {
        if (accept(u"-")) {
            const Level level(*this);
            return make(Kind::Unary, QStringLiteral("-"), {m_failed ? nullptr : parseUnary()});
        }
        return parsePrimary();
    }

    NodePtr parsePrimary()
    {
        skipSpace();
        if (m_failed)
            return nullptr;
        if (m_pos >= m_text.size()) {
            fail(Expression::tr("The expression ends where a value was expected."));
            return nullptr;
        }
        const QChar c = m_text.at(m_pos);
        if (accept(u"(")) {
            const Level level(*this);
            if (m_failed)
                return nullptr;
            NodePtr inner = parseOr();
            if (!m_failed && !accept(u")"))
                fail(Expression::tr("A “)” is missing."));
            return inner;
        }
        if (accept(u"${")) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() &&
                   (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')))
                ++m_pos;
            const QString name = m_text.mid(start, m_pos - start);
            if (name.isEmpty()) {
                fail(Expression::tr("${…} needs the name of a question."));
                return nullptr;
            }
            if (!accept(u"}")) {
                fail(Expression::tr("A “}” is missing after ${%1.").arg(name));
                return nullptr;
            }
            return make(Kind::Reference, name, {});
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = m_text.indexOf(c, m_pos + 1);
            if (end < 0) {
                fail(Expression::tr("This text is not closed with %1.").arg(c));
                return nullptr;
            }
            const QString value = m_text.mid(m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
            return make(Kind::Literal, {}, {}, value);
        }
        if (c.isDigit()) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() &&
                   (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')))
                ++m_pos;
            bool ok = false;
            const QString digits = m_text.mid(start, m_pos - start);
            const double value = digits.toDouble(&ok);
            if (!ok) {
                m_pos = start; // the error points at the start of the number
                fail(Expression::tr("“%1” is not a number.").arg(digits));
                return nullptr;
            }
            return make(Kind::Literal, {}, {}, value);
        }
        if (c == QLatin1Char('.') && (m_pos + 1 >= m_text.size() || !m_text.at(m_pos + 1).isDigit())) {
            ++m_pos;
            return make(Kind::Self, {}, {});
        }
        if (c.isLetter()) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() &&
                   (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')))
                ++m_pos;
            const QString word = m_text.mid(start, m_pos - start);
            if (word == QStringLiteral("true") || word == QStringLiteral("false"))
                return make(Kind::Literal, {}, {}, word == QStringLiteral("true"));
            if (word == QStringLiteral("null"))
                return make(Kind::Literal, {}, {}, QVariant());
            const qsizetype index = kFunctions.indexOf(word);
            if (index < 0) {
                m_pos = start;
                fail(Expression::tr("Unknown word “%1”: answers are written ${name}; functions are %2.")
                         .arg(word, kFunctions.join(QStringLiteral(", "))));
                return nullptr;
            }
            if (!accept(u"(")) {
                fail(Expression::tr("The function %1 needs “(”.").arg(word));
                return nullptr;
            }
            QList<NodePtr> args;
            const Level level(*this);
            if (m_failed)
                return nullptr;
            if (!accept(u")")) {
                do {
                    args.append(parseOr());
                } while (!m_failed && accept(u","));
                if (!m_failed && !accept(u")"))
                    fail(Expression::tr("A “)” is missing after the arguments of %1.").arg(word));
            }
            if (!m_failed && args.size() != kArity.at(index)) {
                m_pos = start;
                fail(Expression::tr("%1 takes %2 argument(s), not %3.")
                         .arg(word)
                         .arg(kArity.at(index))
                         .arg(args.size()));
            }
            return make(Kind::Call, word, args);
        }
        fail(Expression::tr("Unexpected “%1”.").arg(c));
        return nullptr;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_failed = false;
    ExpressionError m_error;
};

bool isNull(const QVariant& v) { return !v.isValid() || v.isNull(); }

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

bool truth(const QVariant& v)
{
    if (isNull(v))
        return false;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (isNumber(v))
        return v.toDouble() != 0;
    if (v.typeId() == QMetaType::QStringList)
        return !v.toStringList().isEmpty();
    return !v.toString().isEmpty();
}

QStringList asList(const QVariant& v)
{
    if (isNull(v))
        return {};
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList();
    return v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

QDate asDate(const QVariant& v)
{
    return v.typeId() == QMetaType::QDate ? v.toDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

/// Compares two values of the same kind (numbers, dates, text); nullopt if they cannot be compared.
std::optional<int> compare(const QVariant& a, const QVariant& b)
{
    // Yes/no answers compare with yes/no (or 1/0), never with text, dates or lists.
    const bool boolA = a.typeId() == QMetaType::Bool, boolB = b.typeId() == QMetaType::Bool;
    if (boolA || boolB) {
        if (!(boolA || isNumber(a)) || !(boolB || isNumber(b)))
            return std::nullopt;
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (isNumber(a) || isNumber(b)) {
        bool okA = false, okB = false;
        const double x = a.toDouble(&okA), y = b.toDouble(&okB);
        if (!okA || !okB)
            return std::nullopt;
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const QDate da = asDate(a), db = asDate(b);
    if (da.isValid() && db.isValid())
        return da < db ? -1 : (da > db ? 1 : 0);
    return QString::compare(a.toString(), b.toString());
}

QVariant eval(const Expression::Node& n, const Expression::Resolver& answers, const QVariant& self,
              QDate today)
{
    switch (n.kind) {
    case Kind::Literal:
        return n.literal;
    case Kind::Reference:
        return answers ? answers(n.name) : QVariant();
    case Kind::Self:
        return self;
    case Kind::Unary: {
        const QVariant v = eval(*n.children[0], answers, self, today);
        if (n.name == QStringLiteral("not"))
            return !truth(v);
        return isNull(v) ? QVariant() : QVariant(-v.toDouble());
    }
    case Kind::Binary: {
        if (n.name == QStringLiteral("and"))
            return truth(eval(*n.children[0], answers, self, today)) &&
                   truth(eval(*n.children[1], answers, self, today));
        if (n.name == QStringLiteral("or"))
            return truth(eval(*n.children[0], answers, self, today)) ||
                   truth(eval(*n.children[1], answers, self, today));
        const QVariant a = eval(*n.children[0], answers, self, today);
        const QVariant b = eval(*n.children[1], answers, self, today);
        if (n.name == QStringLiteral("+") || n.name == QStringLiteral("-") || n.name == QStringLiteral("*") ||
            n.name == QStringLiteral("/")) {
            bool okA = false, okB = false;
            const double x = a.toDouble(&okA), y = b.toDouble(&okB);
            if (isNull(a) || isNull(b) || !okA || !okB)
                return {};
            if (n.name == QStringLiteral("+"))
                return x + y;
            if (n.name == QStringLiteral("-"))
                return x - y;
            if (n.name == QStringLiteral("*"))
                return x * y;
            return y == 0 ? QVariant() : QVariant(x / y);
        }
        if (isNull(a) || isNull(b)) {
            if (n.name == QStringLiteral("="))
                return isNull(a) && isNull(b);
            return n.name == QStringLiteral("!=") ? !(isNull(a) && isNull(b)) : false;
        }
        const std::optional<int> c = compare(a, b);
        if (!c)
            return n.name == QStringLiteral("!=");
        if (n.name == QStringLiteral("="))
            return *c == 0;
        if (n.name == QStringLiteral("!="))
            return *c != 0;
        if (n.name == QStringLiteral("<"))
            return *c < 0;
        if (n.name == QStringLiteral("<="))
            return *c <= 0;
        if (n.name == QStringLiteral(">"))
            return *c > 0;
        return *c >= 0;
    }
    case Kind::Call: {
        QList<QVariant> args;
        for (const auto& child : n.children)
            args.append(eval(*child, answers, self, today));
        if (n.name == QStringLiteral("selected"))
            return asList(args[0]).contains(args[1].toString());
        if (n.name == QStringLiteral("count"))
            return double(asList(args[0]).size());
        if (n.name == QStringLiteral("empty"))
            return isNull(args[0]) || asList(args[0]).isEmpty();
        if (n.name == QStringLiteral("length"))
            return isNull(args[0]) ? 0.0 : double(args[0].toString().size());
        if (n.name == QStringLiteral("today"))
            return today;
        if (n.name == QStringLiteral("date")) {
            const QDate d = asDate(args[0]);
            return d.isValid() ? QVariant(d) : QVariant();
        }
        if (n.name == QStringLiteral("age")) {
            const QDate born = asDate(args[0]);
            if (!born.isValid())
                return {};
            int years = today.year() - born.year();
            if (today < born.addYears(years))
                --years;
            return double(years);
        }
        if (n.name == QStringLiteral("if"))
            return truth(args[0]) ? args[1] : args[2];
        return {};
    }
    }
    return {};
}

void collect(const Expression::Node& n, QStringList* names)
{
    if (n.kind == Kind::Reference && !names->contains(n.name))
        names->append(n.name);
    for (const auto& child : n.children)
        collect(*child, names);
}

} // namespace

Expression::Expression(QString text, std::shared_ptr<const Node> root)
    : m_text(std::move(text)), m_root(std::move(root))
{}

std::optional<Expression> Expression::parse(const QString& text, ExpressionError* error)
{
    ExpressionError ignored;
    if (text.trimmed().isEmpty()) {
        (error ? *error : ignored) = {0, tr("The expression is empty.")};
        return std::nullopt;
    }
    Parser parser(text);
    NodePtr root = parser.parseAll(error ? error : &ignored);
    if (!root)
        return std::nullopt;
    return Expression(text, root);
}

QVariant Expression::evaluate(const Resolver& answers, const QVariant& self, QDate today) const
{
    return eval(*m_root, answers, self, today);
}

bool Expression::isTrue(const Resolver& answers, const QVariant& self, QDate today) const
{
    return truth(evaluate(answers, self, today));
}

QStringList Expression::references() const
{
    QStringList names;
    collect(*m_root, &names);
    return names;
}

} // namespace ff
