// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace ff {

/// Finds the line of any element of a JSON text, by its path ("sections/2/questions/0/showIf").
///
/// QJsonDocument keeps no positions, so a form definition's problems could only be placed by
/// searching the text for an id, which finds the owner of a rule rather than the rule. This scans
/// the text once (it must be JSON that QJsonDocument accepted) and records, for each object member,
/// the line of its key, and for each array element the line where it starts.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& json);

    /// The 1-based line of the element at `path` (keys and array indexes joined by '/'; empty for
    /// the whole document). An element that is not there is placed at its nearest ancestor that is.
    int line(const QString& path) const;
    /// The 1-based line of a byte offset in the text.
    int lineOfOffset(qsizetype offset) const;

private:
    QByteArray m_json;
    QHash<QString, int> m_lines;
};

} // namespace ff
