// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/CountyService.h"

#include "core/crypto/SealedBox.h"
#include "core/records/AttachmentContentStore.h"
#include "core/server/AttachmentRoutes.h"
#include "core/server/ServiceRequest.h"

#include "core/server/GuardedServer.h"
#include "core/server/ServerTranslator.h"

#include "core/db/Database.h"
#include "core/server/CountyPublisher.h"
#include "core/server/CountyStore.h"
#include "core/server/RequestAuthenticator.h"
#include "core/server/ServiceLog.h"
#include "core/sync/RequestSignature.h"
#include "core/sync/ServerTrust.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace ff {

using namespace service;

namespace {
/// What an import did, for its log line.
QJsonObject importFields(const CountyStore::ImportOutcome& outcome)
{
    using Kind = CountyStore::ImportOutcome::Kind;
    QJsonObject fields{{QStringLiteral("outcome"), outcome.kind == Kind::Applied ? QStringLiteral("applied")
                                                   : outcome.kind == Kind::AlreadyImported
                                                       ? QStringLiteral("already-imported")
                                                       : QStringLiteral("refused")}};
    if (!outcome.header.sender.isEmpty())
        fields.insert(QStringLiteral("sender"), outcome.header.sender);
    if (outcome.kind == Kind::Applied) {
        fields.insert(QStringLiteral("applied"), outcome.report.applied + outcome.report.unparked);
        fields.insert(QStringLiteral("parked"), outcome.report.parked);
    }
    if (outcome.diskFull)
        fields.insert(QStringLiteral("reason"), QStringLiteral("disk_full"));
    if (outcome.demo)
        fields.insert(QStringLiteral("reason"), QStringLiteral("demo"));
    return fields;
}
} // namespace

CountyService::CountyService(CountyStore& store, const QString& databasePath)
    : m_store(store), m_databasePath(databasePath), m_http(std::make_unique<QHttpServer>()),
      m_authenticator(std::make_shared<RequestAuthenticator>()), m_log(std::make_shared<ServiceLog>()),
      m_importLock(std::make_shared<QMutex>())
{
    m_pushes.setMaxThreadCount(8);
    m_requests.setMaxThreadCount(4);
    m_limits.maxBodyBytes = kMaxRequestBytes;
}

CountyService::~CountyService()
{
    // Work still running answers through the HTTP server: it finishes while the server is there.
    m_pushes.waitForDone();
    m_requests.waitForDone();
}

void CountyService::setLimits(const ConnectionLimits& limits)
{
    m_limits = limits;
    m_limits.maxBodyBytes = kMaxRequestBytes;
    // Only a push, an enrollment (a code, an id and two keys) and a chunk of an attachment have a body.
    m_limits.maxBodyBytesByPath = {{QByteArrayLiteral("/api/v1/push"), kMaxRequestBytes},
                                   {QByteArrayLiteral("/api/v1/enroll"), kMaxEnrollmentBytes},
                                   {QByteArrayLiteral("/api/v1/attachment"),
                                    AttachmentContentStore::kChunkBytes + crypto::SealedBox::kOverhead}};
}

Status CountyService::useTls(const QString& certificateFile, const QString& keyFile)
{
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly))
        return Error{tr("The TLS certificate %1 cannot be read.").arg(certificateFile), {}};
    if (!key.open(QIODevice::ReadOnly))
        return Error{tr("The TLS key %1 cannot be read.").arg(keyFile), {}};
    const QSslCertificate cert(&certificate, QSsl::Pem);
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (cert.isNull())
        return Error{tr("%1 is not a PEM certificate.").arg(certificateFile), {}};
    if (privateKey.isNull())
        return Error{tr("%1 is not a PEM private key (RSA or EC, without a passphrase).").arg(keyFile), {}};
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(cert);
    m_tls.setPrivateKey(privateKey);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return Status::ok();
}

QString CountyService::certificateFingerprint() const
{
    return m_tls.localCertificate().isNull() ? QString() : ServerTrust::fingerprint(m_tls.localCertificate());
}

quint16 CountyService::listen(const QHostAddress& address, quint16 port)
{
    // For the laptops' online indicator: answers at once and says nothing about the data.
    m_http->route(
        QStringLiteral("/api/v1/ping"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest&) {
            QHttpServerResponse response(QJsonObject{{QStringLiteral("county"), m_store.countyId()}});
            // The county's clock: laptops sign their requests by it (RequestSignature).
            response.setHeader(RequestSignature::kServerTime,
                               QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
            return response;
        });

    m_http->route(
        QStringLiteral("/api/v1/enroll"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            // Parsed on a worker, and only when small: an enrollment is a code, an id and two keys.
            const QByteArray raw = request.body();
            const QString language = languageOf(request);
            const QString path = m_databasePath;
            answerOnWorker(
                &m_requests, m_http.get(), std::move(responder), [path, raw, language, log = m_log] {
                    QElapsedTimer timer;
                    timer.start();
                    ServerTranslator::setThreadLanguage(language);
                    const QJsonObject body = raw.size() <= kMaxEnrollmentBytes
                                                 ? QJsonDocument::fromJson(raw).object()
                                                 : QJsonObject();
                    const QString device = body.value(QStringLiteral("device")).toString();
                    QString user;
                    QHttpServerResponse response = [&] {
                        if (raw.size() > kMaxEnrollmentBytes)
                            return error(tr("An enrollment is larger than the server accepts."),
                                         Code::PayloadTooLarge);
                        Status opened = Status::ok();
                        Database* db = threadDatabase(path, &opened);
                        if (!db)
                            return error(opened.error().message, Code::InternalServerError);
                        CountyStore store(*db);
                        const Status s =
                            store.enroll(body.value(QStringLiteral("code")).toString(), device,
                                         QByteArray::fromBase64(
                                             body.value(QStringLiteral("signingKey")).toString().toLatin1()),
                                         QByteArray::fromBase64(
                                             body.value(QStringLiteral("boxKey")).toString().toLatin1()),
                                         &user);
                        if (!s)
                            return error(s.error().message, s.error().detail == QStringLiteral("busy")
                                                                ? Code::ServiceUnavailable
                                                                : Code::Forbidden);
                        // Who the user is and what the county asks of the laptop's profile, with
                        // the county's identity and keys.
                        QJsonObject answer = store.profileFor(user);
                        answer.insert(QStringLiteral("county"), store.countyId());
                        answer.insert(QStringLiteral("countySigningKey"),
                                      QString::fromLatin1(store.signingKeys().publicKey.toBase64()));
                        answer.insert(QStringLiteral("countyBoxKey"),
                                      QString::fromLatin1(store.boxKeys().publicKey.toBase64()));
                        answer.insert(QStringLiteral("user"), user);
                        answer.insert(QStringLiteral("role"),
                                      roleName(store.role(user).value_or(Role::Caseworker)));
                        return QHttpServerResponse(answer);
                    }();
                    // The code is a secret: never logged.
                    QJsonObject fields{{QStringLiteral("method"), QStringLiteral("POST")},
                                       {QStringLiteral("path"), QStringLiteral("/api/v1/enroll")},
                                       {QStringLiteral("status"), int(response.statusCode())},
                                       {QStringLiteral("ms"), timer.elapsed()},
                                       {QStringLiteral("claimedDevice"), device.left(128)}};
                    if (!user.isEmpty())
                        fields.insert(QStringLiteral("user"), user);
                    log->write(QStringLiteral("request"), fields);
                    return response;
                });
        });

    // Imports take time: they run on the push threads, one at a time (each in its own write
    // transaction), while pings and pulls keep being answered here. The sender is proven first,
    // before the import lock: a push that is not signed never waits for an import, nor holds one
    // up while its body is hashed.
    m_http->route(
        QStringLiteral("/api/v1/push"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            struct Push
            {
                QByteArray body;
                QString language;
                SignedRequest signature;
                QString device; ///< proven
                QElapsedTimer timer;
            };
            auto push = std::make_shared<Push>();
            push->body = request.body();
            push->language = languageOf(request);
            push->signature = signedRequest(request, QByteArrayLiteral("POST"));
            push->timer.start();
            const QString path = m_databasePath;
            const std::shared_ptr<ServiceLog> log = m_log;
            const auto logged = [log](const Push& push, const QHttpServerResponse& response,
                                      const QJsonObject& outcomeFields) {
                QJsonObject fields =
                    requestFields("POST", "/api/v1/push", push.signature, push.device, response, push.timer);
                fields.insert(QStringLiteral("bytes"), push.body.size());
                for (auto it = outcomeFields.constBegin(); it != outcomeFields.constEnd(); ++it)
                    fields.insert(it.key(), it.value());
                log->write(QStringLiteral("request"), fields);
            };
            answerOnWorker(
                &m_pushes, m_http.get(), std::move(responder),
                [push, path, logged, log, authenticator = m_authenticator, importLock = m_importLock] {
                    ServerTranslator::setThreadLanguage(push->language);
                    QJsonObject outcomeFields;
                    QHttpServerResponse response = [&] {
                        if (push->body.size() > kMaxRequestBytes)
                            return error(tr("The package is larger than the server accepts."),
                                         Code::PayloadTooLarge);
                        if (std::optional<QHttpServerResponse> refused =
                                prove(path, *authenticator, push->signature, push->body, &push->device))
                            return std::move(*refused);
                        // One import at a time, in its own write transaction.
                        const QMutexLocker importing(importLock.get());
                        // On SQLite a connection of its own, its page cache freed after the import;
                        // on PostgreSQL the thread's kept one (prove() opened it): a new connection
                        // there is a server process and a login, most of a day's push's time.
                        Database fresh;
                        Database* db = &fresh;
                        Status opened = Status::ok();
                        if (Database::isPostgresUrl(path))
                            db = threadDatabase(path, &opened);
                        else
                            opened = fresh.open(path);
                        if (!db || !opened)
                            return error(opened.error().message, Code::InternalServerError);
                        CountyStore store(*db);
                        const CountyStore::ImportOutcome outcome =
                            store.importPackage(push->body, push->device);
                        outcomeFields = importFields(outcome);
                        if (outcome.kind == CountyStore::ImportOutcome::Kind::Refused && outcome.forbidden)
                            return error(outcome.reason, Code::Forbidden);
                        if (outcome.kind == CountyStore::ImportOutcome::Kind::Refused && outcome.diskFull)
                            return error(tr("The county server's disk is full. Nothing was imported; the "
                                            "laptop keeps its changes and sends them again later."),
                                         Code::ServiceUnavailable);
                        if (outcome.kind == CountyStore::ImportOutcome::Kind::Refused)
                            return error(outcome.reason,
                                         outcome.busy ? Code::ServiceUnavailable : Code::UnprocessableEntity);
                        for (auto it = outcome.report.parkedReasons.cbegin();
                             it != outcome.report.parkedReasons.cend(); ++it)
                            log->write(QStringLiteral("parked"),
                                       {{QStringLiteral("device"), push->device},
                                        {QStringLiteral("sender"), outcome.header.sender},
                                        {QStringLiteral("reason"), it.key()},
                                        {QStringLiteral("count"), it.value()}});
                        return QHttpServerResponse(QByteArrayLiteral("application/vnd.fieldfile.receipt"),
                                                   outcome.receipt);
                    }();
                    logged(*push, response, outcomeFields);
                    return response;
                });
        });

    // A pull page is read, encrypted and signed on a worker thread.
    m_http->route(
        QStringLiteral("/api/v1/pull"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            const QUrlQuery query = request.query();
            const QString device = query.queryItemValue(QStringLiteral("device"));
            bool ok = false;
            const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
            // own=N (optional): the device holds its own changes up to its sequence N.
            bool ownOk = true;
            const qint64 own = query.hasQueryItem(QStringLiteral("own"))
                                   ? query.queryItemValue(QStringLiteral("own")).toLongLong(&ownOk)
                                   : -1;
            // limit=N (optional): the page the laptop asks for, taken up to kAskedPageFactor times
            // the server's page.
            bool limitOk = true;
            const qint64 limit = query.hasQueryItem(QStringLiteral("limit"))
                                     ? query.queryItemValue(QStringLiteral("limit")).toLongLong(&limitOk)
                                     : m_pullPageChanges;
            const int pageChanges =
                int(std::clamp<qint64>(limit, 1, qint64(m_pullPageChanges) * kAskedPageFactor));
            answerSigned(
                &m_requests, m_http.get(), std::move(responder),
                signedWork(request, "GET", "/api/v1/pull", m_databasePath, m_authenticator, m_log),
                [=](Database& db, const QString& proven, QJsonObject& pageFields) {
                    // A request without its parameters is malformed (400) whoever signed it; one
                    // naming another device is forbidden (403): docs/sync-protocol.md §8.6.
                    if (device.isEmpty() || !ok || after < 0 || !ownOk || !limitOk || limit < 1 ||
                        (query.hasQueryItem(QStringLiteral("own")) && own < 0))
                        return error(tr("A pull needs device=ID and after=N."), Code::BadRequest);
                    if (proven != device)
                        return error(tr("A device pulls only its own changes."), Code::Forbidden);
                    CountyStore::Page page;
                    const Status s = CountyStore(db).pullPackage(device, after, pageChanges, &page, own);
                    if (!s) {
                        const bool refused = s.error().detail == QStringLiteral("unknown device") ||
                                             s.error().detail == QStringLiteral("revoked");
                        return error(s.error().message,
                                     refused ? Code::Forbidden : Code::InternalServerError);
                    }
                    // Who received which households, and when: the county can answer for every file.
                    pageFields = {
                        {QStringLiteral("after"), after},
                        {QStringLiteral("cursor"), page.cursor},
                        {QStringLiteral("changes"), page.count},
                        {QStringLiteral("households"), QJsonArray::fromStringList(page.households)}};
                    if (!page.left.isEmpty())
                        pageFields.insert(QStringLiteral("left"), QJsonArray::fromStringList(page.left));
                    QHttpServerResponse response(QByteArrayLiteral("application/vnd.fieldfile.package"),
                                                 page.package);
                    if (!page.nextCertificate.isEmpty()) {
                        response.setHeader(QByteArrayLiteral("X-Fieldfile-Next-Certificate"),
                                           page.nextCertificate.toBase64());
                        response.setHeader(QByteArrayLiteral("X-Fieldfile-Next-Certificate-Signature"),
                                           page.nextCertificateSignature.toBase64());
                    }
                    if (!page.epoch.isEmpty())
                        response.setHeader(QByteArrayLiteral("X-Fieldfile-Epoch"), page.epoch.toLatin1());
                    response.setHeader(QByteArrayLiteral("X-Fieldfile-Cursor"),
                                       QByteArray::number(page.cursor));
                    response.setHeader(QByteArrayLiteral("X-Fieldfile-More"),
                                       page.more ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
                    response.setHeader(QByteArrayLiteral("X-Fieldfile-Remaining"),
                                       QByteArray::number(page.remaining));
                    if (!page.left.isEmpty())
                        response.setHeader(QByteArrayLiteral("X-Fieldfile-Left"),
                                           page.left.join(QLatin1Char(',')).toLatin1());
                    // The user's identity, the recovery key and the policy as they are now, so that
                    // a change of policy reaches every laptop at its next sync.
                    // Signed by the county: a proxy or a network in between cannot swap the
                    // recovery key a laptop seals its data key to.
                    response.setHeader(QByteArrayLiteral("X-Fieldfile-Profile"), page.profileHeader);
                    response.setHeader(QByteArrayLiteral("X-Fieldfile-Profile-Signature"),
                                       page.profileSignature);
                    return response;
                });
        });

    // The documents the county published (docs/sync-protocol.md §8.10): each with its signature,
    // its content only when the laptop does not say it has those bytes (have=).
    m_http->route(
        QStringLiteral("/api/v1/published"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            const QUrlQuery query = request.query();
            const QString device = query.queryItemValue(QStringLiteral("device"));
            const QStringList have =
                query.queryItemValue(QStringLiteral("have")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            answerSigned(
                &m_requests, m_http.get(), std::move(responder),
                signedWork(request, "GET", "/api/v1/published", m_databasePath, m_authenticator, m_log),
                [=](Database& db, const QString& proven, QJsonObject& fields) {
                    fields.insert(QStringLiteral("sent"), 0);
                    if (device.isEmpty())
                        return error(tr("A request for the published documents needs device=ID."),
                                     Code::BadRequest);
                    if (proven != device)
                        return error(tr("A device asks only for itself."), Code::Forbidden);
                    int sent = 0;
                    Status read = Status::ok();
                    const QList<PublishedDocument> documents = CountyPublisher(db).published(&read);
                    if (!read)
                        return error(read.error().message, Code::InternalServerError);
                    QJsonArray list;
                    for (const PublishedDocument& d : documents) {
                        QJsonObject entry{
                            {QStringLiteral("kind"), d.kind},
                            {QStringLiteral("name"), d.name},
                            {QStringLiteral("sha256"), d.sha256},
                            {QStringLiteral("publishedAt"), d.publishedAt},
                            {QStringLiteral("signature"), QString::fromLatin1(d.signature.toBase64())}};
                        if (!have.contains(d.sha256)) {
                            entry.insert(QStringLiteral("content"),
                                         QString::fromLatin1(d.content.toBase64()));
                            ++sent;
                        }
                        list.append(entry);
                    }
                    fields.insert(QStringLiteral("sent"), sent);
                    return QHttpServerResponse(QJsonObject{{QStringLiteral("documents"), list}});
                });
        });

    // Attachments' content in chunks, both ways (§8.11).
    routeAttachments(*m_http, &m_requests, m_databasePath, m_authenticator, m_log);

    // Every connection is counted and watched from its first byte (GuardedServer, ConnectionGuard):
    // bodies over the limit are refused before they are read, slow or idle clients are dropped.
    auto* server = new GuardedServer(m_limits, m_http.get());
    if (!m_tls.localCertificate().isNull())
        server->useTls(m_tls);
    server->setRefusalLog([log = m_log](const QString& reason, int count, const QStringList& addresses) {
        log->write(QStringLiteral("limit"),
                   {{QStringLiteral("reason"), reason},
                    {QStringLiteral("count"), count},
                    {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)}});
    });
    if (!server->listen(address, port))
        return 0;
    m_http->bind(server);
    return server->serverPort();
}

} // namespace ff
