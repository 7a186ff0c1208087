// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Gives every test run a QCoreApplication (Qt's SQL plugins and translations expect one).
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "core/records/RecordProjections.h"
#include "core/storage/EncryptedVfs.h"

#include <QCoreApplication>

#include <memory>

namespace {
class QtListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;
    void testRunStarting(const Catch::TestRunInfo&) override
    {
        // SQLite set up as the app sets it up, before anything uses it (freed memory wiped).
        (void)ff::storage::EncryptedVfs::install();
        ff::RecordProjections::install();
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "fieldfile-tests";
            static char* argv[] = {name, nullptr};
            m_app = std::make_unique<QCoreApplication>(argc, argv);
        }
    }

private:
    std::unique_ptr<QCoreApplication> m_app;
};
} // namespace

CATCH_REGISTER_LISTENER(QtListener)
