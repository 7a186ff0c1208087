// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

namespace ff {

namespace {
/// One open object or array while scanning, with the path of the element being read in it.
struct Container
{
    bool object = false;
    int index = 0;       ///< arrays: the element being read
    QString key;         ///< objects: the member being read
    bool wantKey = true; ///< objects: a string here is a key, not a value
};

QString childPath(const QList<Container>& stack)
{
    QStringList parts;
    parts.reserve(stack.size());
    for (const Container& c : stack)
        parts << (c.object ? c.key : QString::number(c.index));
    return parts.join(QLatin1Char('/'));
}
} // namespace

JsonLocator::JsonLocator(const QByteArray& json) : m_json(json)
{
    m_lines.insert(QString(), 1);
    QList<Container> stack;
    int line = 1;
    // An array element starts here: remember its line (an object member's line is its key's).
    const auto valueStarts = [&] {
        if (!stack.isEmpty() && !stack.last().object)
            m_lines.insert(childPath(stack), line);
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        switch (c) {
        case '\n':
            ++line;
            break;
        case '"': {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (!stack.isEmpty() && stack.last().object && stack.last().wantKey) {
                // Keys with escapes are decoded the way QJsonDocument reads them.
                const QByteArray raw = json.mid(start - 1, i - start + 2);
                stack.last().key = raw.contains('\\')
                                       ? QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString()
                                       : QString::fromUtf8(raw.mid(1, raw.size() - 2));
                stack.last().wantKey = false;
                const QString path = childPath(stack);
                if (!m_lines.contains(path))
                    m_lines.insert(path, line);
            } else {
                valueStarts();
            }
            break;
        }
        case '{':
        case '[':
            valueStarts();
            stack.append({c == '{', 0, {}, true});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().object)
                    stack.last().wantKey = true;
                else
                    ++stack.last().index;
            }
            break;
        case ':':
        case ' ':
        case '\t':
        case '\r':
            break;
        default:
            // A number, true, false or null: one value, read to its end.
            valueStarts();
            while (i + 1 < json.size() && !QByteArrayView(",]}\n \t\r").contains(json.at(i + 1)))
                ++i;
            break;
        }
    }
}

int JsonLocator::line(const QString& path) const
{
    QString p = path;
    while (true) {
        if (const auto it = m_lines.constFind(p); it != m_lines.cend())
            return *it;
        const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            return 1;
        p.truncate(slash);
    }
}

int JsonLocator::lineOfOffset(qsizetype offset) const { return int(m_json.left(offset).count('\n')) + 1; }

} // namespace ff
