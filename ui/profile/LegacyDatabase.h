// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile/ProfileDirectory.h"
#include "core/util/Result.h"

#include <QCoreApplication>

class QWidget;

namespace ff {

/// The unencrypted data file of an earlier Fieldfile (`fieldfile.db` in the app's data folder),
/// made into a profile at the first start of this version: the demo caseload becomes the demo
/// profile; real work is encrypted in place under a password the person chooses now, with the
/// identity the county enrolled the laptop with. The plain file is gone afterwards.
class LegacyDatabase
{
    Q_DECLARE_TR_FUNCTIONS(LegacyDatabase)

public:
    /// Nothing to do when there is no file at legacyPath. An Error when the person would not choose
    /// a password (the file is then left as it was) or the file could not be moved or encrypted.
    [[nodiscard]] static Status adopt(const QString& legacyPath, const ProfileDirectory& profiles,
                                      QWidget* parent);
};

} // namespace ff
