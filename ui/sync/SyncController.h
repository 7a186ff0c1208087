// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class QTimer;

namespace ff {

class ConnectionProbe;
class Database;
class SyncWork;

/// The app's handle on sync: starts the work on the sync thread, keeps the state the status bar
/// shows (online or offline, unsent changes, last successful sync) and checks the connection every
/// minute, and when asked, without blocking anything. The worker and the check are loaded with Qt
/// Network when first needed (OnDemandParts): the sync thread starts with the first sync, export,
/// import or enrollment.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class Connection
    {
        NotEnrolled,
        Unknown,
        Online,
        Offline
    };

    SyncController(Database& db, QObject* parent = nullptr);
    ~SyncController() override;

    Connection connection() const { return m_connection; }
    int unsentCount() const;
    /// "last sync: <time>" or "never synced", in the current language.
    QString lastSyncText() const;
    bool isBusy() const { return m_busy; }
    /// Whether the running (or last) sync was started by AutoSync rather than by the user: its
    /// failure is told in the status bar, not in a message box.
    bool isAutomatic() const { return m_automatic; }
    /// The county's published forms and lists the last sync refused ("name: reason" each).
    const QStringList& refusedDocuments() const { return m_refusedDocuments; }
    /// After a sync: attachments' files still to be sent or received (the link broke, or another
    /// laptop has not sent a file yet).
    int attachmentsWaiting() const { return m_attachmentsWaiting; }
    /// The Error::detail of work refused while Fieldfile is locked.
    static constexpr char kLocked[] = "locked";
    /// While Fieldfile is locked (its keys wiped): new work is refused (finished with the kLocked
    /// error) and the connection is not probed; work already running goes on to its end.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// On lock, once no work runs: empties the page cache of the sync thread's own connection,
    /// waiting for that thread. Does nothing while work runs.
    void releaseMemory();
    bool isEnrolled() const;
    QString countyId() const;
    /// caseworker, supervisor or county.
    QString role() const;

public slots:
    /// `fingerprint`: of the county server's own HTTPS certificate, if it uses one (ServerTrust).
    void enroll(const QUrl& server, const QString& code, const QString& fingerprint = {});
    void syncNow();
    /// syncNow() on AutoSync's behalf.
    void syncAutomatically();
    void exportPackage(const QString& path);
    void importFiles(const QStringList& files);
    /// Reads a receipt file from the county; runs on the calling thread (a receipt is small).
    Status importReceipt(const QString& path, int* acknowledged);
    /// Asks the county server whether it is there. Every minute by itself; the main window asks
    /// first a second after its first paint, so that loading Qt Network does not hold up its start.
    void checkConnection();

signals:
    void stateChanged();
    /// A sync is about to start (before the sync thread touches the database): what the laptop
    /// holds now can be compared with what it holds when finished() says "sync".
    void syncStarting();
    void progress(const QString& stage, int done, int total);
    void finished(const ff::Status& status, const QString& what);
    void fileImported(const QString& file, int outcome, const QString& summary);

private:
    /// The sync thread's worker, made and its thread started on first use; null (and `error`) when
    /// it cannot be loaded.
    SyncWork* worker(QString* error);
    void start(const QString& what, const std::function<void(SyncWork&)>& work);

    Database& m_db;
    QThread m_thread;
    SyncWork* m_worker = nullptr;
    ConnectionProbe* m_connectionProbe = nullptr;
    QTimer* m_probe;
    Connection m_connection = Connection::Unknown;
    bool m_busy = false;
    bool m_paused = false;
    bool m_automatic = false;
    QStringList m_refusedDocuments;
    int m_attachmentsWaiting = 0;
};

} // namespace ff
