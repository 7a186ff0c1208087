// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ff {

/// The county's secret keys (Ed25519 signing, X25519 box, X25519 recovery), kept apart from its
/// database in a file beside it, `<database>.keys`, readable by the service user only (0600):
/// whoever has a copy of the database — a backup, a dump — cannot sign as the county, open what
/// laptops sealed to it, nor open a laptop profile's data key.
/// JSON, `{"signing": base64, "box": base64, "recovery": base64}`, written atomically; a key file
/// from before recovery keys has no "recovery" (CountyStore::ensureRecoveryKey adds it).
class CountyKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(CountyKeyFile)

public:
    struct Secrets
    {
        QByteArray signing;
        QByteArray box;
        /// The secret half of the recovery key pair (laptop profiles' data keys are sealed to its
        /// public half); empty in a key file from before recovery keys.
        QByteArray recovery;
    };

    /// The key file of the database at `databasePath`.
    static QString pathFor(const QString& databasePath);
    [[nodiscard]] static Status write(const QString& path, const Secrets& secrets);
    /// The secrets, or nothing when the file is missing or not a key file.
    static std::optional<Secrets> read(const QString& path);
};

} // namespace ff
