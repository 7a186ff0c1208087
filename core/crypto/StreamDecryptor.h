// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QByteArray>

namespace ff::crypto {

/// Decrypts what a StreamEncryptor produced, chunk by chunk, refusing any chunk that was altered,
/// moved, repeated, or that follows the final one.
class StreamDecryptor
{
    Q_DISABLE_COPY_MOVE(StreamDecryptor)

public:
    StreamDecryptor(const QByteArray& header, const QByteArray& key);
    ~StreamDecryptor();

    bool isValid() const { return m_valid; }
    /// Decrypts one chunk; false if it is not authentic here. `final` tells whether it was the last.
    [[nodiscard]] bool pull(const QByteArray& cipher, QByteArray* plain, bool* final);

private:
    struct State;
    std::unique_ptr<State> m_state;
    bool m_valid = false;
};

} // namespace ff::crypto
