// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace ff {

/// What SyncController asks of the sync thread, and what it hears back. The work itself is
/// SyncWorker's, in the module the app loads when it first syncs (OnDemandParts): it speaks to the
/// county server through Qt Network, which the app's start does not load.
class SyncWork : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void enroll(const QUrl& server, const QString& code, const QString& fingerprint) = 0;
    virtual void syncNow() = 0;
    /// Writes the unsent changes as a package file (for a USB stick).
    virtual void exportPackage(const QString& path) = 0;
    /// County staff: imports package files through the county server.
    virtual void importFiles(const QStringList& files) = 0;
    /// On lock: empties the sync connection's page cache (Database::releaseMemory).
    virtual void releaseMemory() = 0;

signals:
    void progress(const QString& stage, int done, int total);
    void finished(const ff::Status& status, const QString& what);
    void fileImported(const QString& file, int outcome, const QString& summary);
    /// After a sync: the county's published documents it refused, "name: reason" each.
    void documentsRefused(const QStringList& lines);
    /// After a sync: how many attachments' files are still to be sent or received.
    void attachmentsWaiting(int count);
};

} // namespace ff
