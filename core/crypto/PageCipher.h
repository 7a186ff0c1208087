// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"

#include <array>
#include <atomic>
#include <cstdint>

namespace ff::crypto {

/// Encrypts and authenticates one SQLite page at a time (format "FF01", core/storage/README.md):
/// XChaCha20-Poly1305-IETF with a fresh 24-byte nonce per write, the nonce and the 16-byte tag in
/// the page's last 40 bytes (SQLite's reserved bytes), and the file's salt and the page number as
/// associated data, so that a page cannot be moved to another place or another file unnoticed.
///
/// Page 1 keeps SQLite's header bytes 16..23 (page size, versions, reserve) in the clear, since
/// SQLite reads them before anything can be decrypted; they are authenticated. Its bytes 0..15 hold
/// the salt on disk instead of "SQLite format 3\0", which decryption puts back.
///
/// The page key is derived from the data key (crypto_kdf, context "ffpages1"); the data key itself
/// is never used on a page. Safe to use from several threads at once.
class PageCipher
{
public:
    /// Reserved bytes SQLite must leave at the end of every page: nonce (24) + tag (16).
    static constexpr int kReserveBytes = 40;
    static constexpr int kNonceBytes = 24;
    static constexpr int kTagBytes = 16;
    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;
    /// Bytes 12..15 of every salt: the format and cipher version ("FF01": this class).
    static constexpr std::array<unsigned char, 4> kFormatMarker = {'F', 'F', '0', '1'};
    /// What page 1 of a plain SQLite file starts with.
    static constexpr std::array<unsigned char, 16> kSqliteMagic = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                                   'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    using Salt = std::array<unsigned char, kSaltBytes>;

    /// Derives the page key from the 32-byte data key; invalid (every call fails) if the key has
    /// another size or libsodium cannot be used.
    explicit PageCipher(const SecretBytes& dataKey);
    Q_DISABLE_COPY_MOVE(PageCipher)

    bool isValid() const { return !m_pageKey.isNull(); }
    /// BLAKE2b-256 of the page key (empty if invalid): tells whether two ciphers hold the same key
    /// without keeping the key itself, e.g. while the key is wiped (core/storage's lock).
    QByteArray keyFingerprint() const { return m_pageKey.fingerprint(); }

    /// A new file's salt: 12 random bytes and the format marker.
    static Salt newSalt();
    /// Whether the 16 bytes at `bytes` are a salt of this format (they end with the marker).
    static bool isFormatSalt(const unsigned char* bytes);
    /// Whether pageSize is one SQLite can use (a power of two from 512 to 65536).
    static bool isValidPageSize(int pageSize);

    /// Encrypts page `pageNumber` (from 1) of pageSize bytes at `plain` into `out` (not the same
    /// buffer). False, and nothing usable in `out`, if the page cannot be encrypted: an invalid
    /// page size or page number, page 1 without SQLite's magic, or an invalid cipher.
    [[nodiscard]] bool encrypt(const unsigned char* plain, unsigned char* out, int pageSize,
                               std::uint32_t pageNumber, const Salt& salt) const;
    /// Decrypts page `pageNumber` from `stored` into `out`, which may be the same buffer. False
    /// when it does not authenticate (wrong key, another file's or another place's page, any
    /// changed byte); `out` is then all zeros, never partly decrypted. The reserved bytes of the
    /// plaintext are zero; page 1 gets SQLite's magic back.
    [[nodiscard]] bool decrypt(const unsigned char* stored, unsigned char* out, int pageSize,
                               std::uint32_t pageNumber, const Salt& salt) const;

    /// Nonces come from a random 16-byte prefix drawn when the cipher is made and a 64-bit counter
    /// (no system call per page). With `random`, each nonce is drawn whole instead (randombytes_buf),
    /// for comparison in benchmarks.
    void setRandomNonces(bool random) { m_randomNonces = random; }

private:
    void nextNonce(unsigned char* nonce) const;

    SecretBytes m_pageKey;
    std::array<unsigned char, 16> m_noncePrefix{};
    mutable std::atomic<std::uint64_t> m_counter{0};
    bool m_randomNonces = false;
};

} // namespace ff::crypto
