// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace ff {

class Database;
class DeviceSync;

/// The laptop's conversation with the county server over HTTP(S): enrollment once, then "sync
/// now" = push the outbox (answered by a receipt) and pull pages of changes until none are left.
///
/// Everything is asynchronous: it lives in one thread's event loop (the app runs it on a worker
/// thread with its own database connection) and reports progress and the end by signals. The pull
/// cursor is saved after each page is applied, so a connection cut anywhere resumes where it
/// stopped, and no change is applied twice.
class SyncClient : public QObject
{
    Q_OBJECT

public:
    explicit SyncClient(Database& db, QObject* parent = nullptr);
    ~SyncClient() override;

    /// Connects this laptop to a county with a one-time enrollment code. `fingerprint`: the
    /// SHA-256 fingerprint of the county server's own HTTPS certificate, when it is not one the
    /// system trusts (ServerTrust); that certificate is then pinned.
    void enroll(const QUrl& server, const QString& code, const QString& fingerprint = {});
    /// Sends what is unsent and receives what is new.
    void syncNow();
    /// County staff: sends package files brought in from laptops (USB) to the county server, one
    /// after the other, and writes each receipt beside its package.
    void importFiles(const QStringList& files);
    bool isBusy() const { return m_busy; }
    /// The detail of a failure because the server could not be reached at all (offline), as
    /// opposed to a server that answered and refused.
    static constexpr const char* kUnreachable = "unreachable";
    /// What became of a package file that importFiles() sent.
    enum FileOutcome
    {
        Refused = 0,
        Imported = 1,
        AlreadyImported = 2
    };

    /// A published document the last sync did not take, and why (its signature did not verify, its
    /// content is not what the county listed, or this build cannot read it).
    struct RefusedDocument
    {
        QString name;
        QString reason;
    };
    /// What the last sync received of the documents the county publishes (docs/sync-protocol.md
    /// §8.10): the names taken, and those refused. A refusal does not fail the sync.
    const QStringList& receivedDocuments() const { return m_receivedDocuments; }
    const QList<RefusedDocument>& refusedDocuments() const { return m_refusedDocuments; }

    /// What the last sync's attachment transfer did (AttachmentTransfer, docs/sync-protocol.md
    /// §8.11): files sent, received, still waiting, and why it stopped early. It runs after the
    /// changes went through and never fails the sync.
    struct AttachmentOutcome
    {
        int sent = 0;
        int received = 0;
        int waiting = 0;
        QString problem;
    };
    const AttachmentOutcome& attachments() const { return m_attachmentOutcome; }
    /// The changes the last sync's pull received from the county (its own pushed changes are never
    /// among them, docs/sync-protocol.md §8.6 `own`).
    int pulledChanges() const { return m_pulled; }

    /// The page a laptop being provisioned asks for (`limit`, docs/sync-protocol.md §8.6): fewer,
    /// larger page transactions; the county serves at most 4 × its own page size.
    static constexpr int kProvisioningPageChanges = 20000;

    /// The server address the person typed, with an API path appended to whatever path it has.
    static QUrl endpoint(const QUrl& server, const QString& path);

signals:
    /// What is happening, for a progress bar: `done` of `total` (total 0: unknown).
    void progress(const QString& stage, int done, int total);
    void finished(const ff::Status& status);
    /// One package file handled by importFiles(): what became of it (a FileOutcome), in words for
    /// the report.
    void fileImported(const QString& file, int outcome, const QString& summary);

private:
    /// Asks the county for its clock (ping), so that requests are signed by the county's time
    /// whatever this laptop's clock says, then runs `next`; a county that cannot be reached ends
    /// the work with its error.
    void withCountyClock(std::function<void()> next);
    /// A request to the county signed by this device (RequestSignature), by the county's clock.
    QNetworkRequest signedRequest(const QUrl& url, const QByteArray& method, const QByteArray& body) const;
    void push();
    void pull();
    QNetworkReply* requestPage(qint64 after);
    void pageArrived(QNetworkReply* reply);
    /// Abandons the page asked for ahead, if any.
    void abortPage();
    /// After the last page: asks for the published documents this laptop lacks, keeps those the
    /// county signed, then ends the sync.
    void fetchPublished();
    void publishedArrived(QNetworkReply* reply);
    /// The end of a sync that went through whole: its time stored, then the attachments' files.
    void completeSync();
    void transferAttachments();
    void finish(const Status& status);
    void importNext();
    void checkCertificate(QNetworkReply* reply, const QList<QSslError>& errors);
    QString networkError(QNetworkReply* reply) const;
    Status failure(QNetworkReply* reply) const;

    Database& m_db;
    std::unique_ptr<DeviceSync> m_device;
    QNetworkAccessManager* m_network;
    bool m_busy = false;
    /// The pull page on its way (at most one: asked for while the previous one is applied).
    QNetworkReply* m_pageReply = nullptr;
    int m_pulled = 0;
    /// This pull provisions the laptop (SyncClient::pull).
    bool m_provisioning = false;
    /// During enrollment: the fingerprint typed, and the certificate it matched.
    QString m_fingerprint;
    QSslCertificate m_offered;
    QStringList m_receivedDocuments;
    QList<RefusedDocument> m_refusedDocuments;
    AttachmentOutcome m_attachmentOutcome;
    QStringList m_files;
    int m_fileIndex = 0;
    /// The county's clock minus this laptop's, in ms, as the last ping found it.
    qint64 m_clockOffset = 0;
};

} // namespace ff
