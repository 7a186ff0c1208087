// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <memory>
#include <QObject>
#include <QUrl>

namespace ff {

class Database;
class SyncClient;

/// Does the sync work on its own thread, with its own connection to the database, so the window
/// stays responsive while packages are written, sent, received and applied.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(const QString& databasePath);
    ~SyncWorker() override;

public slots:
    void enroll(const QUrl& server, const QString& code, const QString& fingerprint = {});
    void syncNow();
    /// Writes the unsent changes as a package file (for a USB stick).
    void exportPackage(const QString& path);
    /// County staff: imports package files through the county server.
    void importFiles(const QStringList& files);
    /// On lock: empties the sync connection's page cache (Database::releaseMemory).
    void releaseMemory();

signals:
    void progress(const QString& stage, int done, int total);
    void finished(const ff::Status& status, const QString& what);
    void fileImported(const QString& file, int outcome, const QString& summary);
    /// After a sync: the county's published documents it refused, "name: reason" each.
    void documentsRefused(const QStringList& lines);
    /// After a sync: how many attachments' files are still to be sent or received.
    void attachmentsWaiting(int count);

private:
    bool open();

    QString m_path;
    std::unique_ptr<Database> m_db;
    SyncClient* m_client = nullptr;
};

} // namespace ff
