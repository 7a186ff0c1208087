// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/sync/SyncWork.h"

#include <memory>

namespace ff {

class Database;
class SyncClient;

/// Does the sync work on its own thread, with its own connection to the database, so the window
/// stays responsive while packages are written, sent, received and applied.
class SyncWorker : public SyncWork
{
    Q_OBJECT

public:
    explicit SyncWorker(const QString& databasePath);
    ~SyncWorker() override;

    void enroll(const QUrl& server, const QString& code, const QString& fingerprint) override;
    void syncNow() override;
    void exportPackage(const QString& path) override;
    void importFiles(const QStringList& files) override;
    void releaseMemory() override;

private:
    bool open();

    QString m_path;
    std::unique_ptr<Database> m_db;
    SyncClient* m_client = nullptr;
};

} // namespace ff
