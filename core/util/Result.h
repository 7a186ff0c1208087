// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

/// What went wrong: a message for the user (translated) and a detail for the log.
struct Error
{
    QString message;
    QString detail;
};

/// Outcome of a fallible operation that has no value: ok, or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    static Status ok() { return {}; }

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace ff
