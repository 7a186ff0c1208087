// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace ff::crypto {

/// Key material kept out of ordinary memory: bytes in libsodium's guarded allocation (locked
/// against swapping, guard pages around it), wiped and freed when the object dies or is cleared.
/// Move-only, so a key has one owner and is never copied into a QByteArray by accident.
class SecretBytes
{
public:
    SecretBytes() = default;
    /// Zero-filled secret of size bytes (null if the allocation fails).
    explicit SecretBytes(int size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    /// size random bytes.
    static SecretBytes random(int size);
    /// A copy of size bytes at data (the caller wipes its own copy).
    static SecretBytes copyOf(const void* data, int size);
    /// A second owner of the same bytes, in its own guarded memory.
    SecretBytes clone() const;

    bool isNull() const { return m_data == nullptr; }
    int size() const { return m_size; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    /// BLAKE2b-256 of the bytes: to check that another copy holds the same secret without keeping
    /// the secret itself (empty for a null secret).
    QByteArray fingerprint() const;
    /// Wipes and frees now.
    void clear();

private:
    unsigned char* m_data = nullptr;
    int m_size = 0;
};

/// Keeps this process from writing a core dump (which would hold keys and decrypted pages).
void disableCoreDumps();

} // namespace ff::crypto
