// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncWorker.h"

#include "core/db/Database.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/SyncClient.h"

#include <QSaveFile>

namespace ff {

SyncWorker::SyncWorker(const QString& databasePath) : m_path(databasePath) {}

SyncWorker::~SyncWorker() = default;

bool SyncWorker::open()
{
    if (m_db)
        return true;
    auto db = std::make_unique<Database>();
    if (Status s = db->open(m_path); !s) {
        emit finished(s, QString());
        return false;
    }
    m_db = std::move(db);
    m_client = new SyncClient(*m_db, this);
    connect(m_client, &SyncClient::progress, this, &SyncWorker::progress);
    connect(m_client, &SyncClient::fileImported, this, &SyncWorker::fileImported);
    return true;
}

void SyncWorker::enroll(const QUrl& server, const QString& code, const QString& fingerprint)
{
    if (!open())
        return;
    disconnect(m_client, &SyncClient::finished, this, nullptr);
    connect(m_client, &SyncClient::finished, this,
            [this](const Status& s) { emit finished(s, QStringLiteral("enroll")); });
    m_client->enroll(server, code, fingerprint);
}

void SyncWorker::releaseMemory()
{
    if (m_db)
        (void)m_db->releaseMemory();
}

void SyncWorker::syncNow()
{
    if (!open())
        return;
    disconnect(m_client, &SyncClient::finished, this, nullptr);
    connect(m_client, &SyncClient::finished, this, [this](const Status& s) {
        // The county's forms and lists this laptop refused: said, and the sync still counts.
        QStringList refused;
        for (const SyncClient::RefusedDocument& d : m_client->refusedDocuments())
            refused << tr("%1: %2").arg(d.name, d.reason);
        emit documentsRefused(refused);
        emit attachmentsWaiting(m_client->attachments().waiting);
        emit finished(s, QStringLiteral("sync"));
    });
    m_client->syncNow();
}

void SyncWorker::importFiles(const QStringList& files)
{
    if (!open())
        return;
    disconnect(m_client, &SyncClient::finished, this, nullptr);
    connect(m_client, &SyncClient::finished, this,
            [this](const Status& s) { emit finished(s, QStringLiteral("import")); });
    m_client->importFiles(files);
}

void SyncWorker::exportPackage(const QString& path)
{
    if (!open())
        return;
    emit progress(tr("Writing the package…"), 0, 0);
    DeviceSync device(*m_db);
    QByteArray package;
    int count = 0;
    if (Status s = device.exportPackage(&package, &count); !s) {
        emit finished(s, QStringLiteral("export"));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(package) != package.size() || !file.commit()) {
        emit finished(
            Error{tr("The package could not be written to %1: %2").arg(path, file.errorString()), {}},
            QStringLiteral("export"));
        return;
    }
    emit finished(Status::ok(), QStringLiteral("export:%1").arg(count));
}

} // namespace ff

// Compiled here, not with the library's other meta-objects: the app links this class only with
// the module that uses it (ui/main/OnDemandParts.h).
#include "moc_SyncWorker.cpp"
