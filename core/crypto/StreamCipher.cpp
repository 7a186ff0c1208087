// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StreamEncryptor and StreamDecryptor: the two ends of one libsodium secretstream.
#include "core/crypto/Sodium.h"
#include "core/crypto/StreamDecryptor.h"
#include "core/crypto/StreamEncryptor.h"

#include <sodium.h>

namespace ff::crypto {

static_assert(StreamEncryptor::kKeySize == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(StreamEncryptor::kHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(StreamEncryptor::kOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);

struct StreamEncryptor::State
{
    crypto_secretstream_xchacha20poly1305_state state;
};

struct StreamDecryptor::State
{
    crypto_secretstream_xchacha20poly1305_state state;
    bool finished = false;
};

StreamEncryptor::StreamEncryptor(const QByteArray& key) : m_state(std::make_unique<State>())
{
    if (!ready() || key.size() != kKeySize)
        return;
    m_header.resize(kHeaderSize);
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->state,
                                                    reinterpret_cast<unsigned char*>(m_header.data()),
                                                    reinterpret_cast<const unsigned char*>(key.constData()));
}

StreamEncryptor::~StreamEncryptor() { sodium_memzero(m_state.get(), sizeof(State)); }

QByteArray StreamEncryptor::push(const QByteArray& plain, bool final)
{
    if (!isValid())
        return {};
    QByteArray cipher(plain.size() + kOverhead, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(
        &m_state->state, reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
        reinterpret_cast<const unsigned char*>(plain.constData()), size_t(plain.size()), nullptr, 0,
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    return cipher;
}

StreamDecryptor::StreamDecryptor(const QByteArray& header, const QByteArray& key)
    : m_state(std::make_unique<State>())
{
    if (!ready() || header.size() != StreamEncryptor::kHeaderSize || key.size() != StreamEncryptor::kKeySize)
        return;
    m_valid = crypto_secretstream_xchacha20poly1305_init_pull(
                  &m_state->state, reinterpret_cast<const unsigned char*>(header.constData()),
                  reinterpret_cast<const unsigned char*>(key.constData())) == 0;
}

StreamDecryptor::~StreamDecryptor() { sodium_memzero(m_state.get(), sizeof(State)); }

bool StreamDecryptor::pull(const QByteArray& cipher, QByteArray* plain, bool* final)
{
    if (!m_valid || m_state->finished || cipher.size() < StreamEncryptor::kOverhead)
        return false;
    QByteArray out(cipher.size() - StreamEncryptor::kOverhead, Qt::Uninitialized);
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &m_state->state, reinterpret_cast<unsigned char*>(out.data()), nullptr, &tag,
            reinterpret_cast<const unsigned char*>(cipher.constData()), size_t(cipher.size()), nullptr,
            0) != 0)
        return false;
    *final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    m_state->finished = *final;
    *plain = out;
    return true;
}

} // namespace ff::crypto
