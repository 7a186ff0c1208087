// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the benchmarks that measure the same work on a plain database and on an encrypted one
// (core/storage) in the same run: the key registration, the overhead budget and its
// verdict. See README.md.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/storage/EncryptedVfs.h"
#include "core/util/Result.h"

#include <QString>

namespace ff::bench {

/// The budget for encryption: encrypted ≤ 1.15 × plain, on each measured operation.
constexpr double kEncryptionBudget = 1.15;

/// Makes path an encrypted database (or opens it as one) with key: the VFS installed and the key
/// registered for the path, as ProfileOpener::open does before Database::open.
[[nodiscard]] inline Status encryptWith(const QString& path, const crypto::SecretBytes& key)
{
    if (Status s = storage::EncryptedVfs::install(); !s)
        return s;
    storage::EncryptedVfs::setKey(path, key);
    return Status::ok();
}

/// A new random data key, as ProfileOpener::create makes one.
inline crypto::SecretBytes newDataKey() { return crypto::SecretBytes::random(32); }

/// "1.06× PASS" (or OVER) against kEncryptionBudget; counts the OVERs in *over.
inline QString overheadVerdict(double ratio, int* over = nullptr)
{
    const bool pass = ratio <= kEncryptionBudget;
    if (over && !pass)
        ++*over;
    return QStringLiteral("%1× %2")
        .arg(ratio, 0, 'f', 2)
        .arg(pass ? QStringLiteral("PASS") : QStringLiteral("OVER"));
}

} // namespace ff::bench
