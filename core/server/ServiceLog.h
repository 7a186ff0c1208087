// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <cstdio>

namespace ff {

/// The county service's log: one JSON object a line (docs/sync-protocol.md §8.8), on standard
/// error by default, where systemd's journal keeps it. Every request's outcome is a line, and so is
/// every kind of change an import parked (with its reason code) and every pull page (which
/// households went to which device, so the county can answer "who received this file"). Text
/// from outside is JSON-escaped, so it cannot forge a line. Thread-safe.
class ServiceLog
{
public:
    explicit ServiceLog(std::FILE* out = stderr) : m_out(out) {}

    /// One line: `event` and `fields`, with the time.
    void write(const QString& event, QJsonObject fields);

private:
    QMutex m_mutex;
    std::FILE* m_out;
};

} // namespace ff
