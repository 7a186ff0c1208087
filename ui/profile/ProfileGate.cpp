// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfileGate.h"

#include "core/db/Database.h"
#include "core/profile/ProfileOpener.h"
#include "core/sync/DeviceSync.h"
#include "ui/main/DemoDataTask.h"
#include "ui/profile/ConnectProfileDialog.h"
#include "ui/profile/StartDialog.h"

#include <QFile>
#include <QMessageBox>

namespace ff {

Status ProfileGate::openDemo(const ProfileDirectory& profiles, int demoHouseholds, OpenedProfile* out,
                             QWidget* parent)
{
    const QString folder = profiles.demoFolder();
    const bool fresh = !QFile::exists(ProfileDirectory::databasePath(folder));
    auto db = std::make_unique<Database>();
    if (Status s = ProfileOpener::createDemo(folder, *db); !s)
        return s;
    // Never to be connected, and refused by the county if anything of it ever arrived there.
    if (!DeviceSync(*db).isDemo() && !DeviceSync(*db).markDemo())
        return Error{tr("The demo profile could not be marked as such."), {}};
    if (fresh && demoHouseholds > 0) {
        if (Status s = DemoDataTask::run(ProfileDirectory::databasePath(folder), demoHouseholds, parent); !s)
            return s;
    }
    out->folder = folder;
    out->demo = true;
    out->db = std::move(db);
    out->dataKey.clear();
    return Status::ok();
}

void ProfileGate::refreshFromCounty(const QString& folder, const crypto::SecretBytes& dataKey, Database& db)
{
    const DeviceSync device(db);
    if (!device.hasCounty() || dataKey.isNull())
        return;
    ProfileKeyFile keyFile;
    if (!ProfileKeyFile::read(ProfileDirectory::keyFilePath(folder), &keyFile))
        return;
    const ProfileIdentity identity{device.user(), device.displayName(), device.role(), device.station(),
                                   device.countyId()};
    const ProfilePolicy policy = ProfilePolicy::fromJson(device.policy());
    const QByteArray recovery = device.recoveryPublicKey();
    const bool changed = identity.toJson() != keyFile.identity().toJson() ||
                         policy.toJson() != keyFile.policy().toJson() ||
                         (!recovery.isEmpty() && recovery != keyFile.recoveryPublicKey());
    if (changed)
        (void)ProfileOpener::completeEnrollment(folder, dataKey, identity, policy, recovery);
}

bool ProfileGate::run(const ProfileDirectory& profiles, OpenedProfile* out, QWidget* parent)
{
    for (;;) {
        StartDialog start(profiles, parent);
        if (start.exec() != QDialog::Accepted)
            return false;
        switch (start.choice()) {
        case StartDialog::Choice::SignedIn: {
            auto db = std::make_unique<Database>();
            crypto::SecretBytes key = start.takeDataKey();
            if (Status s = ProfileOpener::open(start.folder(), key, *db); !s) {
                QMessageBox::critical(parent, tr("Fieldfile"),
                                      s.error().message + QStringLiteral("\n\n") + s.error().detail);
                continue;
            }
            out->folder = start.folder();
            out->demo = false;
            out->db = std::move(db);
            out->dataKey = std::move(key);
            return true;
        }
        case StartDialog::Choice::Demo:
            if (Status s = openDemo(profiles, 2000, out, parent); !s) {
                QMessageBox::critical(parent, tr("Fieldfile"), s.error().message);
                continue;
            }
            return true;
        case StartDialog::Choice::Connect: {
            ConnectProfileDialog connectDialog(profiles, parent);
            if (connectDialog.exec() != QDialog::Accepted)
                continue;
            out->folder = connectDialog.folder();
            out->demo = false;
            out->db = connectDialog.takeDatabase();
            out->dataKey = connectDialog.takeDataKey();
            return true;
        }
        case StartDialog::Choice::None:
            return false;
        }
    }
}

} // namespace ff
