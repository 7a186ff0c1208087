// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "core/journal/EncodedChange.h"
#include "core/journal/JournalReader.h"
#include "core/records/HouseholdListQuery.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"
#include "ui/main/ProvisioningFinishTask.h"

#include <QSqlQuery>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace ff;

TEST_CASE("a provisioning finished at start runs off the GUI thread and leaves the profile usable", "[gui]")
{
    test::TempDatabase county;
    DemoGenerator::Options options;
    options.households = 1500;
    options.casework = false;
    options.today = QDate(2026, 6, 1);
    REQUIRE(DemoGenerator::generate(county.db(), options));
    // A laptop whose first sync received everything and was cut before the list data were computed.
    test::TempDatabase laptop;
    QList<EncodedChange> changes;
    for (const Change& c : JournalReader(county.db()).since(0))
        changes.append(EncodedChange::fromChange(c));
    ChangeImporter::Options provisioning;
    provisioning.deferProjections = true;
    REQUIRE(ChangeImporter::apply(laptop.db(), changes, provisioning));
    REQUIRE(DeviceSync(laptop.db()).isProvisioning());
    HouseholdListQuery list(laptop.db());
    list.setFilter({QStringLiteral("3713"), {}, {}, {}, {}}); // every demo ID number starts so
    CHECK(list.count() == 0);

    // The GUI thread keeps handling events while the worker computes: a timer keeps firing.
    int ticks = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] { ++ticks; });
    poll.start(1);
    const Status s = ProvisioningFinishTask::run(laptop.db(), nullptr);
    poll.stop();
    REQUIRE(s.isOk());
    CHECK(ticks > 0);

    // The app's own connection sees the list and its search, and nothing is left to finish.
    CHECK_FALSE(DeviceSync(laptop.db()).isProvisioning());
    CHECK(list.count() == std::min(1500, HouseholdListQuery::kDefaultSearchLimit));
    CHECK(list.page(0, 100).size() == 100);
    list.setFilter({});
    CHECK(list.count() == 1500);
    QSqlQuery q(laptop.db().sql());
    REQUIRE(
        q.exec(QStringLiteral("SELECT count(*) FROM household WHERE head_name IS NULL OR head_name = ''")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();

    // Nothing to finish: it returns at once, without a worker.
    REQUIRE(ProvisioningFinishTask::run(laptop.db(), nullptr));
}
