// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace ff::crypto {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (ready())
        randombytes_buf(out.data(), size_t(size));
    return out;
}

QByteArray hash(const QByteArray& data)
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    if (!ready())
        return {};
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), nullptr,
                       0);
    return out;
}

bool equal(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && ready() &&
           sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace ff::crypto
