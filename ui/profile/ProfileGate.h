// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/profile/ProfileDirectory.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace ff {

class Database;

/// The profile a person opened at the start: its folder, its open database, and its data key
/// (kept for the session so the county's recovery key can be sealed to it when a sync brings one;
/// wiped while Fieldfile is locked, LockController::setSecrets).
struct OpenedProfile
{
    QString folder;
    bool demo = false;
    std::unique_ptr<Database> db;
    crypto::SecretBytes dataKey;
};

/// From start to an open profile: the first-start choice or sign-in (StartDialog), connecting a new
/// person (ConnectProfileDialog), or the demo profile (made with invented data the first time).
class ProfileGate
{
    Q_DECLARE_TR_FUNCTIONS(ProfileGate)

public:
    /// False when the person closed the start window without opening a profile.
    static bool run(const ProfileDirectory& profiles, OpenedProfile* out, QWidget* parent = nullptr);
    /// The demo profile, created with demoHouseholds invented households the first time.
    [[nodiscard]] static Status openDemo(const ProfileDirectory& profiles, int demoHouseholds,
                                         OpenedProfile* out, QWidget* parent = nullptr);
    /// After a sync: the county's current policy, the user's name and station, and (for a profile
    /// made before the county had one) the data key sealed to the county's recovery key, into the
    /// profile's key file.
    static void refreshFromCounty(const QString& folder, const crypto::SecretBytes& dataKey, Database& db);
};

} // namespace ff
