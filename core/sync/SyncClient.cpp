// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncClient.h"

#include "core/crypto/Signature.h"
#include "core/records/PublishedDocumentStore.h"

#include "core/sync/AttachmentTransfer.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/PackageFileName.h"
#include "core/sync/PackageHeader.h"
#include "core/sync/Receipt.h"
#include "core/sync/RequestSignature.h"
#include "core/sync/ServerTrust.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <limits>
#include <utility>

namespace ff {

namespace {
/// Every request says which language the person reads, so the server's refusals arrive in it.
QNetworkRequest makeRequest(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept-Language"), QLocale().bcp47Name().toLatin1());
    return request;
}

/// Whose package a receipt answers, as the import report's first line says it: the person and
/// station the county enrolled the device for, and the device (the start of its id, as the
/// county's device list shows it).
QString whoseLine(const Receipt& receipt)
{
    const QString device = receipt.device.left(8);
    if (receipt.person.isEmpty())
        return SyncClient::tr("from device %1").arg(device);
    if (receipt.station.isEmpty())
        return SyncClient::tr("from %1 (device %2)").arg(receipt.person, device);
    return SyncClient::tr("from %1, %2 (device %3)").arg(receipt.person, receipt.station, device);
}
} // namespace

SyncClient::SyncClient(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_device(std::make_unique<DeviceSync>(db)),
      m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(60'000);
    connect(m_network, &QNetworkAccessManager::sslErrors, this, &SyncClient::checkCertificate);
}

void SyncClient::checkCertificate(QNetworkReply* reply, const QList<QSslError>& errors)
{
    if (ServerTrust::acceptPinned(reply, errors, m_device->serverCertificate()))
        return;
    // The certificate the county announced, signed, before it changed over: pinned from now on.
    if (ServerTrust::acceptPinned(reply, errors, m_device->nextServerCertificate())) {
        (void)m_device->pinNextServerCertificate();
        return;
    }
    // Enrolling with the fingerprint of the county's own certificate: that one certificate.
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!m_fingerprint.isEmpty() && ServerTrust::matches(m_fingerprint, peer)) {
        m_offered = peer;
        reply->ignoreSslErrors(errors);
    }
}

SyncClient::~SyncClient() = default;

QUrl SyncClient::endpoint(const QUrl& server, const QString& path)
{
    QUrl url = server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QString SyncClient::networkError(QNetworkReply* reply) const
{
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return ServerTrust::untrustedMessage();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (body.contains(QStringLiteral("error")))
        return body.value(QStringLiteral("error")).toString();
    // Said by the server's connection limits or by a reverse proxy in front of it, without words.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 429 || status == 503) {
        return tr("The county server is busy (%1). Your work is kept on this laptop; sync again in a minute.")
            .arg(reply->errorString());
    }
    return tr("Cannot reach the county server (%1). Your work is kept on this laptop and will be sent at the "
              "next "
              "sync.")
        .arg(reply->errorString());
}

Status SyncClient::failure(QNetworkReply* reply) const
{
    // No HTTP status: the server was never reached (offline). A status: it answered and refused.
    // 502 and 504 come from a reverse proxy that could not reach the county server behind it.
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool reached = (status.isValid() && status.toInt() != 502 && status.toInt() != 504) ||
                         reply->error() == QNetworkReply::SslHandshakeFailedError;
    return Error{networkError(reply), reached ? reply->errorString() : QString::fromLatin1(kUnreachable)};
}

void SyncClient::finish(const Status& status)
{
    m_busy = false;
    emit finished(status);
}

void SyncClient::enroll(const QUrl& server, const QString& code, const QString& fingerprint)
{
    if (m_busy)
        return;
    m_busy = true;
    m_fingerprint = fingerprint.trimmed();
    m_offered = QSslCertificate();
    // The demo's households are invented: the demo never becomes a county's laptop.
    if (m_device->isDemo()) {
        finish(Error{tr("This is the demo: its households are invented and it is never connected to a "
                        "county. Connect your own profile instead."),
                     QStringLiteral("demo")});
        return;
    }
    if (!server.isValid() ||
        (server.scheme() != QStringLiteral("http") && server.scheme() != QStringLiteral("https"))) {
        finish(Error{tr("The server address should look like https://county.example:8443."), {}});
        return;
    }
    if (Status s = m_device->ensureKeys(); !s) {
        finish(s);
        return;
    }
    emit progress(tr("Connecting to the county…"), 0, 0);
    const QJsonObject body{
        {QStringLiteral("code"), code.trimmed()},
        {QStringLiteral("device"), m_device->deviceId()},
        {QStringLiteral("signingKey"), QString::fromLatin1(m_device->signingKeys().publicKey.toBase64())},
        {QStringLiteral("boxKey"), QString::fromLatin1(m_device->boxKeys().publicKey.toBase64())}};
    QNetworkRequest request = makeRequest(endpoint(server, QStringLiteral("/api/v1/enroll")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(failure(reply));
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        finish(m_device->setCounty(
            answer.value(QStringLiteral("county")).toString(),
            QByteArray::fromBase64(answer.value(QStringLiteral("countySigningKey")).toString().toLatin1()),
            QByteArray::fromBase64(answer.value(QStringLiteral("countyBoxKey")).toString().toLatin1()),
            server.toString(), answer.value(QStringLiteral("user")).toString(),
            answer.value(QStringLiteral("role")).toString(),
            m_offered.isNull() ? QByteArray() : m_offered.toPem(), answer));
    });
}

void SyncClient::withCountyClock(std::function<void()> next)
{
    QNetworkReply* reply =
        m_network->get(makeRequest(endpoint(QUrl(m_device->serverUrl()), QStringLiteral("/api/v1/ping"))));
    connect(reply, &QNetworkReply::finished, this, [this, reply, next = std::move(next)] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(failure(reply));
            return;
        }
        bool ok = false;
        const qint64 county = reply->rawHeader(RequestSignature::kServerTime).toLongLong(&ok);
        m_clockOffset = ok ? county - QDateTime::currentMSecsSinceEpoch() : 0;
        next();
    });
}

QNetworkRequest SyncClient::signedRequest(const QUrl& url, const QByteArray& method,
                                          const QByteArray& body) const
{
    QNetworkRequest request = makeRequest(url);
    const QByteArray pathAndQuery =
        RequestSignature::signedTarget(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    const auto headers =
        RequestSignature::headers(m_device->deviceId(), m_device->signingKeys().secretKey, method,
                                  pathAndQuery, body, QDateTime::currentMSecsSinceEpoch() + m_clockOffset);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

void SyncClient::syncNow()
{
    if (m_busy)
        return;
    m_busy = true;
    m_pulled = 0;
    m_receivedDocuments.clear();
    m_refusedDocuments.clear();
    m_attachmentOutcome = {};
    if (!m_device->hasCounty()) {
        finish(Error{
            tr("This laptop is not connected to a county yet. Connect it once with an enrollment code."),
            {}});
        return;
    }
    withCountyClock([this] { push(); });
}

void SyncClient::push()
{
    QByteArray package;
    int count = 0;
    const Status exported = m_device->exportPackage(&package, &count);
    if (!exported) {
        if (exported.error().detail == QStringLiteral("empty")) {
            pull();
            return;
        }
        finish(exported);
        return;
    }
    emit progress(tr("Sending %n change(s)…", nullptr, count), 0, count);
    QNetworkRequest request =
        signedRequest(endpoint(QUrl(m_device->serverUrl()), QStringLiteral("/api/v1/push")),
                      QByteArrayLiteral("POST"), package);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/vnd.fieldfile.package"));
    QNetworkReply* reply = m_network->post(request, package);
    connect(reply, &QNetworkReply::uploadProgress, this, [this, count](qint64 sent, qint64 total) {
        if (total > 0)
            emit progress(tr("Sending %n change(s)…", nullptr, count), int(sent * count / total), count);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(failure(reply));
            return;
        }
        if (Status s = m_device->importReceipt(reply->readAll()); !s) {
            finish(s);
            return;
        }
        pull();
    });
}

void SyncClient::pull()
{
    emit progress(tr("Receiving changes… %n so far", nullptr, m_pulled), m_pulled, 0);
    // A laptop with nothing pulled yet (or whose provisioning was cut) is being provisioned: it asks
    // for larger pages and computes its household list once, after the last page (invariant 20).
    m_provisioning = m_device->pullCursor() == 0 || m_device->isProvisioning();
    m_pageReply = requestPage(m_device->pullCursor());
}

QNetworkReply* SyncClient::requestPage(qint64 after)
{
    QUrl url = endpoint(QUrl(m_device->serverUrl()), QStringLiteral("/api/v1/pull"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("device"), m_device->deviceId());
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    // What this laptop pushed itself and holds is not sent back (sync-protocol §8.6, `own`).
    query.addQueryItem(QStringLiteral("own"), QString::number(m_device->ownThrough()));
    if (m_provisioning)
        query.addQueryItem(QStringLiteral("limit"), QString::number(kProvisioningPageChanges));
    url.setQuery(query);
    QNetworkReply* reply = m_network->get(signedRequest(url, QByteArrayLiteral("GET"), {}));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { pageArrived(reply); });
    return reply;
}

void SyncClient::abortPage()
{
    if (QNetworkReply* reply = std::exchange(m_pageReply, nullptr))
        reply->abort();
}

void SyncClient::pageArrived(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_pageReply)
        return; // asked for ahead of a page that then failed: abandoned
    m_pageReply = nullptr;
    if (reply->error() != QNetworkReply::NoError) {
        finish(failure(reply));
        return;
    }
    bool ok = false;
    const qint64 cursor = reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Cursor")).toLongLong(&ok);
    const bool more = reply->rawHeader(QByteArrayLiteral("X-Fieldfile-More")) == QByteArrayLiteral("1");
    const qint64 remaining = reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Remaining")).toLongLong();
    if (!ok) {
        finish(Error{tr("The county server answered something unexpected."), QStringLiteral("no cursor")});
        return;
    }
    // A county restored from a backup (another epoch than stored) lacks what came after the
    // backup: this laptop sends all its own changes again and pulls from the start.
    bool restored = false;
    if (Status s = m_device->noteCountyEpoch(
            QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Epoch"))), &restored);
        !s) {
        finish(s);
        return;
    }
    if (restored) {
        emit progress(tr("The county's data was restored from a backup: sending your changes again…"), 0, 0);
        m_pulled = 0;
        push();
        return;
    }
    // The next page is asked for before this one is applied, so the server reads and seals it
    // while this laptop writes. Pages are still applied in order, one at a time (the next reply is
    // handled only after this function returns), and the cursor saved below is this page's: a
    // connection cut during the next page resumes after this one.
    if (more)
        m_pageReply = requestPage(cursor);
    // What the county says of this laptop's user and asks of it now (its policy, its recovery key):
    // a county from before sends nothing, and what is stored stays.
    // Taken only with the county's signature of exactly these bytes (anything else is ignored, and
    // what is stored stays): a network in between must not choose the recovery key.
    const QByteArray profile = reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Profile"));
    const QByteArray profileSignature =
        QByteArray::fromBase64(reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Profile-Signature")),
                               QByteArray::AbortOnBase64DecodingErrors);
    if (!profile.isEmpty() &&
        crypto::Signature::verify(profileSignature, profile, m_device->countySigningKey())) {
        const QJsonObject settings =
            QJsonDocument::fromJson(QByteArray::fromBase64(profile, QByteArray::AbortOnBase64DecodingErrors))
                .object();
        if (Status s = m_device->setCountyProfile(settings); !s) {
            abortPage();
            finish(s);
            return;
        }
    }
    // The certificate the county will serve with next, announced under its signing key: accepted
    // beside the pinned one, so that renewing it needs no laptop to enroll again.
    const QSslCertificate next(
        QByteArray::fromBase64(reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Next-Certificate")),
                               QByteArray::AbortOnBase64DecodingErrors),
        QSsl::Der);
    const QByteArray nextSignature =
        QByteArray::fromBase64(reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Next-Certificate-Signature")),
                               QByteArray::AbortOnBase64DecodingErrors);
    if (!next.isNull() && crypto::Signature::verify(nextSignature, ServerTrust::announcementMessage(next),
                                                    m_device->countySigningKey())) {
        if (Status s = m_device->setNextServerCertificate(next); !s) {
            abortPage();
            finish(s);
            return;
        }
    }
    const QByteArray package = reply->readAll();
    if (!package.isEmpty()) {
        int received = 0;
        if (Status s = m_device->applyFromCounty(package, nullptr, &received, m_provisioning); !s) {
            abortPage();
            finish(s);
            return;
        }
        m_pulled += received; // what the progress bar counts against what the server says is left
    }
    // Households reassigned to someone else leave this laptop (unless it has unsent work on them).
    const QByteArray left = reply->rawHeader(QByteArrayLiteral("X-Fieldfile-Left"));
    for (const QByteArray& id : left.split(',')) {
        if (id.isEmpty())
            continue;
        if (Status s = m_device->forgetHousehold(QString::fromLatin1(id)); !s) {
            abortPage();
            finish(s);
            return;
        }
    }
    // Only now, with the page applied, does the cursor move: a cut connection resumes here.
    if (Status s = m_device->setPullCursor(cursor); !s) {
        abortPage();
        finish(s);
        return;
    }
    if (more) {
        // The server says how much is left in this laptop's scope: a real progress bar.
        const qint64 total = m_pulled + remaining;
        emit progress(tr("Receiving changes… %1 of %2").arg(m_pulled).arg(total), int(m_pulled),
                      int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        return;
    }
    if (m_provisioning) {
        emit progress(tr("Preparing the household list…"), 0, 0);
        // A real bar for what can take minutes on a county's laptop: moved once per percent.
        int shownPercent = -1;
        const auto prepared = [this, &shownPercent](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent == shownPercent)
                return;
            shownPercent = percent;
            emit progress(tr("Preparing the household list… %1%").arg(percent), percent, 100);
        };
        if (Status s = m_device->finishProvisioning(prepared); !s) {
            finish(s);
            return;
        }
    }
    fetchPublished();
}

void SyncClient::fetchPublished()
{
    emit progress(tr("Receiving the county's forms and lists…"), 0, 0);
    QStringList have;
    for (const PublishedDocument& d : PublishedDocumentStore(m_db).all())
        have << d.sha256;
    QUrl url = endpoint(QUrl(m_device->serverUrl()), QStringLiteral("/api/v1/published"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("device"), m_device->deviceId());
    if (!have.isEmpty())
        query.addQueryItem(QStringLiteral("have"), have.join(QLatin1Char(',')));
    url.setQuery(query);
    QNetworkReply* reply = m_network->get(signedRequest(url, QByteArrayLiteral("GET"), {}));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { publishedArrived(reply); });
}

void SyncClient::publishedArrived(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        // A county from before publishing answers 404: it has nothing to publish.
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404) {
            completeSync();
            return;
        }
        finish(failure(reply));
        return;
    }
    PublishedDocumentStore store(m_db);
    const QJsonArray documents =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("documents")).toArray();
    for (const QJsonValue& value : documents) {
        const QJsonObject entry = value.toObject();
        PublishedDocument d;
        d.kind = entry.value(QStringLiteral("kind")).toString();
        d.name = entry.value(QStringLiteral("name")).toString();
        d.sha256 = entry.value(QStringLiteral("sha256")).toString();
        d.publishedAt = qint64(entry.value(QStringLiteral("publishedAt")).toDouble());
        if (!entry.contains(QStringLiteral("content")))
            continue; // this laptop said it has these bytes
        d.content = QByteArray::fromBase64(entry.value(QStringLiteral("content")).toString().toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
        d.signature = QByteArray::fromBase64(entry.value(QStringLiteral("signature")).toString().toLatin1(),
                                             QByteArray::AbortOnBase64DecodingErrors);
        if (const std::optional<PublishedDocument> held = store.find(d.name);
            held && held->sha256 == d.sha256)
            continue;
        // Only what the county signed is taken: a network or a proxy in between cannot choose the
        // form a caseworker fills in.
        QString refusal;
        if (PublishedDocument::sha256Of(d.content) != d.sha256)
            refusal = tr("its content is not what the county listed");
        else if (!crypto::Signature::verify(d.signature, d.signedMessage(), m_device->countySigningKey()))
            refusal = tr("it is not signed by the county");
        else if (const QList<FormDefinitionError> problems =
                     PublishedDocument::check(d.kind, d.name, d.content);
                 !problems.isEmpty())
            refusal =
                problems.constFirst().line > 0
                    ? tr("line %1: %2").arg(problems.constFirst().line).arg(problems.constFirst().message)
                    : problems.constFirst().message;
        if (!refusal.isEmpty()) {
            m_refusedDocuments.append({d.name, refusal});
            continue;
        }
        if (Status s = store.put(d); !s) {
            finish(s);
            return;
        }
        m_receivedDocuments.append(d.name);
    }
    if (Status s = store.install(); !s) {
        finish(s);
        return;
    }
    completeSync();
}

void SyncClient::completeSync()
{
    // Push and pull went through whole: that is a sync.
    if (Status s = m_device->markSynced(); !s) {
        finish(s);
        return;
    }
    transferAttachments();
}

void SyncClient::transferAttachments()
{
    auto* transfer = new AttachmentTransfer(
        m_db, m_network,
        [this](const QUrl& url, const QByteArray& method, const QByteArray& body) {
            return signedRequest(url, method, body);
        },
        endpoint(QUrl(m_device->serverUrl()), QStringLiteral("/api/v1/attachment")), m_device->deviceId(),
        m_device->countyBoxKey(), m_device->boxKeys(), this);
    connect(transfer, &AttachmentTransfer::progress, this, &SyncClient::progress);
    connect(transfer, &AttachmentTransfer::finished, this, [this, transfer] {
        const AttachmentTransfer::Result& r = transfer->result();
        m_attachmentOutcome = {r.sent, r.received, r.waiting, r.problem};
        transfer->deleteLater();
        finish(Status::ok());
    });
    transfer->start();
}

} // namespace ff

namespace ff {

void SyncClient::importFiles(const QStringList& files)
{
    if (m_busy)
        return;
    m_busy = true;
    if (!m_device->hasCounty()) {
        finish(Error{
            tr("This laptop is not connected to a county yet. Connect it once with an enrollment code."),
            {}});
        return;
    }
    m_files = files;
    m_fileIndex = 0;
    withCountyClock([this] { importNext(); });
}

void SyncClient::importNext()
{
    if (m_fileIndex >= m_files.size()) {
        finish(Status::ok());
        return;
    }
    const QString path = m_files.at(m_fileIndex);
    emit progress(tr("Importing package %1 of %2…").arg(m_fileIndex + 1).arg(m_files.size()), m_fileIndex,
                  int(m_files.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > PackageLimits{}.maxFileBytes) {
        emit fileImported(path, Refused,
                          tr("refused: the file cannot be read or is too large to be a package"));
        ++m_fileIndex;
        importNext();
        return;
    }
    const QByteArray bytes = file.readAll();
    QNetworkRequest request =
        signedRequest(endpoint(QUrl(m_device->serverUrl()), QStringLiteral("/api/v1/push")),
                      QByteArrayLiteral("POST"), bytes);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/vnd.fieldfile.package"));
    QNetworkReply* reply = m_network->post(request, bytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, path] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            // The server cannot be reached: stop here; the remaining files can be imported later.
            finish(failure(reply));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            emit fileImported(path, Refused, tr("refused: %1").arg(networkError(reply)));
        } else {
            const QByteArray receiptBytes = reply->readAll();
            Receipt receipt;
            if (Status s = Receipt::read(receiptBytes, m_device->countySigningKey(), &receipt); !s) {
                emit fileImported(path, Refused, s.error().message);
            } else {
                QSaveFile out(PackageFileName::receiptFor(path));
                const bool saved = out.open(QIODevice::WriteOnly) &&
                                   out.write(receiptBytes) == receiptBytes.size() && out.commit();
                QString summary = whoseLine(receipt) + QLatin1Char('\n');
                summary += receipt.outcome == QStringLiteral("already-imported")
                               ? tr("already imported; nothing changed")
                               : tr("applied %1, already here %2, conflicts opened %3, parked %4")
                                     .arg(receipt.applied)
                                     .arg(receipt.alreadyHere)
                                     .arg(receipt.conflicts)
                                     .arg(receipt.parked);
                for (auto it = receipt.parkedReasons.cbegin(); it != receipt.parkedReasons.cend(); ++it)
                    summary += QLatin1Char('\n') +
                               tr("parked %1: %2").arg(it.value()).arg(ChangeImporter::reasonText(it.key()));
                if (!saved)
                    summary += QLatin1Char(' ') + tr("(the receipt could not be written beside the package)");
                emit fileImported(
                    path, receipt.outcome == QStringLiteral("already-imported") ? AlreadyImported : Imported,
                    summary);
            }
        }
        ++m_fileIndex;
        importNext();
    });
}

} // namespace ff

// Compiled here, not with the library's other meta-objects: the app links this class only with
// the module that uses it (ui/main/OnDemandParts.h).
#include "moc_SyncClient.cpp"
