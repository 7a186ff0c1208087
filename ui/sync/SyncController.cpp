// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncController.h"

#include "core/db/Database.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/SyncClient.h"
#include "ui/main/OnDemandParts.h"
#include "ui/sync/ConnectionProbe.h"
#include "ui/sync/SyncWork.h"

#include <QFile>
#include <QLocale>
#include <QTimer>

namespace ff {

SyncController::SyncController(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_probe(new QTimer(this))
{
    m_probe->setInterval(60'000);
    connect(m_probe, &QTimer::timeout, this, &SyncController::checkConnection);
    m_probe->start();
    if (!isEnrolled())
        m_connection = Connection::NotEnrolled;
}

SyncWork* SyncController::worker(QString* error)
{
    if (m_worker)
        return m_worker;
    OnDemandParts* parts = OnDemandParts::get(error);
    if (!parts)
        return nullptr;
    m_worker = parts->syncWorker(m_db.path());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWork::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWork::fileImported, this, &SyncController::fileImported);
    connect(m_worker, &SyncWork::documentsRefused, this,
            [this](const QStringList& lines) { m_refusedDocuments = lines; });
    connect(m_worker, &SyncWork::attachmentsWaiting, this,
            [this](int count) { m_attachmentsWaiting = count; });
    connect(m_worker, &SyncWork::finished, this, [this](const Status& s, const QString& what) {
        m_busy = false;
        // Offline only when the server could not be reached: a refusal comes from a server that
        // is there.
        if (what == QStringLiteral("sync") || what == QStringLiteral("enroll") ||
            what == QStringLiteral("import")) {
            if (!isEnrolled())
                m_connection = Connection::NotEnrolled;
            else if (s.isOk() || s.error().detail != QLatin1String(SyncClient::kUnreachable))
                m_connection = Connection::Online;
            else
                m_connection = Connection::Offline;
        }
        emit stateChanged();
        // Last: a handler may delete this controller (the Connect dialog does once enrolled).
        emit finished(s, what);
    });
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
    return m_worker;
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

bool SyncController::isEnrolled() const { return DeviceSync(m_db).hasCounty(); }

QString SyncController::countyId() const { return DeviceSync(m_db).countyId(); }

int SyncController::unsentCount() const { return DeviceSync(m_db).unsentCount(); }

QString SyncController::lastSyncText() const
{
    const QDateTime last = DeviceSync(m_db).lastSync();
    return last.isValid()
               ? tr("last sync: %1").arg(QLocale().toString(last, QStringLiteral("yyyy-MM-dd HH:mm")))
               : tr("never synced");
}

void SyncController::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_probe->stop();
        return;
    }
    m_probe->start();
    checkConnection();
}

void SyncController::releaseMemory()
{
    if (m_busy || !m_worker)
        return;
    // The sync thread is idle: this returns as soon as it has run.
    QMetaObject::invokeMethod(m_worker, &SyncWork::releaseMemory, Qt::BlockingQueuedConnection);
}

void SyncController::start(const QString& what, const std::function<void(SyncWork&)>& work)
{
    if (m_busy)
        return;
    if (m_paused) {
        // Told after this call returns, as the worker would (a handler may be what asked).
        QMetaObject::invokeMethod(
            this,
            [this, what] {
                emit finished(Error{tr("Fieldfile is locked: nothing is synced until it is unlocked."),
                                    QLatin1String(kLocked)},
                              what);
            },
            Qt::QueuedConnection);
        return;
    }
    QString error;
    SyncWork* const worker = this->worker(&error);
    if (!worker) {
        QMetaObject::invokeMethod(
            this,
            [this, what, error] {
                emit finished(Error{error, {}}, what);
            },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    emit stateChanged();
    QMetaObject::invokeMethod(
        worker, [worker, work] { work(*worker); }, Qt::QueuedConnection);
}

void SyncController::enroll(const QUrl& server, const QString& code, const QString& fingerprint)
{
    start(QStringLiteral("enroll"),
          [server, code, fingerprint](SyncWork& worker) { worker.enroll(server, code, fingerprint); });
}

void SyncController::syncAutomatically()
{
    if (m_busy)
        return;
    syncNow();
    m_automatic = true;
}

void SyncController::syncNow()
{
    if (!m_busy)
        m_automatic = false;
    // The task list's snapshot comes before any change of a sync; a locked laptop syncs nothing.
    if (m_busy || m_paused) {
        start(QStringLiteral("sync"), [](SyncWork& worker) { worker.syncNow(); });
        return;
    }
    emit syncStarting();
    start(QStringLiteral("sync"), [](SyncWork& worker) { worker.syncNow(); });
}

void SyncController::importFiles(const QStringList& files)
{
    start(QStringLiteral("import"), [files](SyncWork& worker) { worker.importFiles(files); });
}

QString SyncController::role() const { return DeviceSync(m_db).role(); }

void SyncController::exportPackage(const QString& path)
{
    start(QStringLiteral("export"), [path](SyncWork& worker) { worker.exportPackage(path); });
}

Status SyncController::importReceipt(const QString& path, int* acknowledged)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The receipt %1 cannot be read: %2").arg(path, file.errorString()), {}};
    const Status s = DeviceSync(m_db).importReceipt(file.read(1024 * 1024), acknowledged);
    emit stateChanged();
    return s;
}

void SyncController::checkConnection()
{
    if (m_paused)
        return; // the database is locked
    DeviceSync device(m_db);
    if (!device.hasCounty()) {
        m_connection = Connection::NotEnrolled;
        emit stateChanged();
        return;
    }
    const QUrl server(device.serverUrl());
    if (!server.isValid() || server.host().isEmpty())
        return;
    if (!m_connectionProbe) {
        // Loaded with Qt Network (OnDemandParts); if it cannot be, the connection stays unknown.
        OnDemandParts* parts = OnDemandParts::get();
        if (!parts)
            return;
        m_connectionProbe = parts->connectionProbe(m_db, this);
        connect(m_connectionProbe, &ConnectionProbe::answered, this, [this](bool ours) {
            m_connection = ours ? Connection::Online : Connection::Offline;
            emit stateChanged();
        });
    }
    m_connectionProbe->ping(server, device.countyId());
}

} // namespace ff
