// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QByteArray>

namespace ff::crypto {

/// Encrypts a stream of chunks (XChaCha20-Poly1305 secretstream): each chunk is authenticated
/// and bound to its position, and the last one carries a FINAL tag, so truncation, reordering and
/// duplication of chunks are all detected by the decryptor.
class StreamEncryptor
{
    Q_DISABLE_COPY_MOVE(StreamEncryptor)

public:
    static constexpr int kKeySize = 32;
    static constexpr int kHeaderSize = 24;
    static constexpr int kOverhead = 17;

    /// Starts a stream under a 32-byte key; header() must travel before the chunks.
    explicit StreamEncryptor(const QByteArray& key);
    ~StreamEncryptor();

    bool isValid() const { return !m_header.isEmpty(); }
    const QByteArray& header() const { return m_header; }
    QByteArray push(const QByteArray& plain, bool final);

private:
    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_header;
};

} // namespace ff::crypto
