// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ff {

/// Source of wall-clock time; tests replace it to control time (a laptop's clock may be years off).
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch, as the machine believes.
    [[nodiscard]] virtual qint64 nowMs() const = 0;

    /// The machine's real clock.
    static const Clock& system();
};

/// A clock that says what it is told; for tests and deterministic demo data.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 ms = 0) : m_ms(ms) {}
    qint64 nowMs() const override { return m_ms; }
    void setMs(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace ff
