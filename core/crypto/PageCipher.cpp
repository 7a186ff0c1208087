// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PageCipher.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace ff::crypto {

namespace {

static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == PageCipher::kNonceBytes);
static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == PageCipher::kTagBytes);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == PageCipher::kKeyBytes);
static_assert(crypto_kdf_KEYBYTES == PageCipher::kKeyBytes);
static_assert(PageCipher::kNonceBytes + PageCipher::kTagBytes == PageCipher::kReserveBytes);

/// The page key's place in the data key's family (crypto_kdf): context and subkey id.
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "ffpages1";
constexpr std::uint64_t kKdfSubkeyId = 1;

/// Page 1: bytes 0..15 are the salt on disk, 16..23 SQLite's header fields in the clear.
constexpr int kPageOneClearEnd = 24;

/// Associated data: salt || be32(page number) [|| page 1's bytes 16..23].
int associatedData(unsigned char* ad, const PageCipher::Salt& salt, std::uint32_t pageNumber,
                   const unsigned char* pageOneHeader)
{
    std::memcpy(ad, salt.data(), salt.size());
    ad[16] = static_cast<unsigned char>(pageNumber >> 24);
    ad[17] = static_cast<unsigned char>(pageNumber >> 16);
    ad[18] = static_cast<unsigned char>(pageNumber >> 8);
    ad[19] = static_cast<unsigned char>(pageNumber);
    if (!pageOneHeader)
        return 20;
    std::memcpy(ad + 20, pageOneHeader + 16, kPageOneClearEnd - 16);
    return 28;
}

} // namespace

PageCipher::PageCipher(const SecretBytes& dataKey)
{
    if (!ready() || dataKey.isNull() || dataKey.size() != kKeyBytes)
        return;
    SecretBytes pageKey(kKeyBytes);
    if (pageKey.isNull() ||
        crypto_kdf_derive_from_key(pageKey.data(), kKeyBytes, kKdfSubkeyId, kKdfContext, dataKey.data()) != 0)
        return;
    randombytes_buf(m_noncePrefix.data(), m_noncePrefix.size());
    m_pageKey = std::move(pageKey);
}

PageCipher::Salt PageCipher::newSalt()
{
    Salt salt{};
    if (ready())
        randombytes_buf(salt.data(), kSaltBytes - kFormatMarker.size());
    std::memcpy(salt.data() + kSaltBytes - kFormatMarker.size(), kFormatMarker.data(), kFormatMarker.size());
    return salt;
}

bool PageCipher::isFormatSalt(const unsigned char* bytes)
{
    return std::memcmp(bytes + kSaltBytes - kFormatMarker.size(), kFormatMarker.data(),
                       kFormatMarker.size()) == 0;
}

bool PageCipher::isValidPageSize(int pageSize)
{
    return pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
}

void PageCipher::nextNonce(unsigned char* nonce) const
{
    if (m_randomNonces) {
        randombytes_buf(nonce, kNonceBytes);
        return;
    }
    // Unique per cipher object by the counter, and across objects (processes, keys set again) by
    // the random prefix: 2^-128 for two prefixes to meet.
    const std::uint64_t n = m_counter.fetch_add(1, std::memory_order_relaxed);
    std::memcpy(nonce, m_noncePrefix.data(), m_noncePrefix.size());
    for (int i = 0; i < 8; ++i)
        nonce[16 + i] = static_cast<unsigned char>(n >> (8 * i));
}

bool PageCipher::encrypt(const unsigned char* plain, unsigned char* out, int pageSize,
                         std::uint32_t pageNumber, const Salt& salt) const
{
    if (!isValid() || !isValidPageSize(pageSize) || pageNumber == 0 || plain == out)
        return false;
    const bool first = pageNumber == 1;
    if (first && std::memcmp(plain, kSqliteMagic.data(), kSqliteMagic.size()) != 0)
        return false;
    const int begin = first ? kPageOneClearEnd : 0;
    const int end = pageSize - kReserveBytes;
    unsigned char ad[28];
    const int adLength = associatedData(ad, salt, pageNumber, first ? plain : nullptr);
    unsigned char* nonce = out + end;
    unsigned char* tag = nonce + kNonceBytes;
    nextNonce(nonce);
    if (first) {
        std::memcpy(out, salt.data(), salt.size());
        std::memcpy(out + 16, plain + 16, kPageOneClearEnd - 16);
    }
    unsigned long long tagLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
            out + begin, tag, &tagLength, plain + begin, static_cast<unsigned long long>(end - begin), ad,
            static_cast<unsigned long long>(adLength), nullptr, nonce, m_pageKey.data()) != 0) {
        sodium_memzero(out, static_cast<size_t>(pageSize));
        return false;
    }
    return true;
}

bool PageCipher::decrypt(const unsigned char* stored, unsigned char* out, int pageSize,
                         std::uint32_t pageNumber, const Salt& salt) const
{
    if (!isValid() || !isValidPageSize(pageSize) || pageNumber == 0) {
        sodium_memzero(out, isValidPageSize(pageSize) ? static_cast<size_t>(pageSize) : 0);
        return false;
    }
    const bool first = pageNumber == 1;
    const int begin = first ? kPageOneClearEnd : 0;
    const int end = pageSize - kReserveBytes;
    // Copies of what decryption in place would overwrite.
    unsigned char nonce[kNonceBytes];
    unsigned char tag[kTagBytes];
    std::memcpy(nonce, stored + end, kNonceBytes);
    std::memcpy(tag, stored + end + kNonceBytes, kTagBytes);
    unsigned char ad[28];
    const int adLength = associatedData(ad, salt, pageNumber, first ? stored : nullptr);
    const bool saltMatches = !first || sodium_memcmp(stored, salt.data(), salt.size()) == 0;
    unsigned char header[kPageOneClearEnd];
    if (first)
        std::memcpy(header, stored, sizeof header);
    if (!saltMatches ||
        crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
            out + begin, nullptr, stored + begin, static_cast<unsigned long long>(end - begin), tag, ad,
            static_cast<unsigned long long>(adLength), nonce, m_pageKey.data()) != 0) {
        sodium_memzero(out, static_cast<size_t>(pageSize));
        return false;
    }
    if (first) {
        std::memcpy(out, kSqliteMagic.data(), kSqliteMagic.size());
        std::memcpy(out + 16, header + 16, kPageOneClearEnd - 16);
    }
    sodium_memzero(out + end, kReserveBytes);
    return true;
}

} // namespace ff::crypto
