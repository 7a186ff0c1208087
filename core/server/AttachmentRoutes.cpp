// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/AttachmentRoutes.h"

#include "core/records/AttachmentContentStore.h"
#include "core/server/CountyAttachments.h"
#include "core/server/CountyStore.h"
#include "core/server/ServerTranslator.h"
#include "core/server/ServiceLog.h"
#include "core/server/ServiceRequest.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrlQuery>

namespace ff::service {

namespace {
/// The parameters both directions name: the device, the attachment's record, the chunk's offset.
struct ChunkRequest
{
    QString device;
    QString record;
    qint64 offset = -1;
    bool valid() const { return !device.isEmpty() && !record.isEmpty() && offset >= 0; }
};

ChunkRequest chunkRequest(const QHttpServerRequest& request)
{
    const QUrlQuery query = request.query();
    ChunkRequest r;
    r.device = query.queryItemValue(QStringLiteral("device"));
    r.record = query.queryItemValue(QStringLiteral("record"));
    bool ok = false;
    const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
    r.offset = ok ? offset : -1;
    return r;
}

QString malformed()
{
    return QCoreApplication::translate(
        "AttachmentRoutes", "A request for an attachment needs device=ID, record=ID and offset=N.");
}

QString notOwnDevice()
{
    return QCoreApplication::translate("AttachmentRoutes", "A device asks only for itself.");
}
} // namespace

void routeAttachments(QHttpServer& http, QThreadPool* pool, const QString& databasePath,
                      const std::shared_ptr<RequestAuthenticator>& authenticator,
                      const std::shared_ptr<ServiceLog>& log)
{
    // A chunk of an attachment's content, sent by the laptop that holds it.
    http.route(QStringLiteral("/api/v1/attachment"), QHttpServerRequest::Method::Post,
               [&http, pool, databasePath, authenticator, log](const QHttpServerRequest& request,
                                                               QHttpServerResponder&& responder) {
                   const ChunkRequest chunk = chunkRequest(request);
                   const QByteArray body = request.body();
                   const QString language = languageOf(request);
                   const SignedRequest signature = signedRequest(request, QByteArrayLiteral("POST"));
                   answerOnWorker(pool, &http, std::move(responder), [=] {
                       QElapsedTimer timer;
                       timer.start();
                       ServerTranslator::setThreadLanguage(language);
                       QString proven;
                       qint64 received = -1;
                       QHttpServerResponse answer = [&] {
                           if (std::optional<QHttpServerResponse> refused =
                                   prove(databasePath, *authenticator, signature, body, &proven))
                               return std::move(*refused);
                           if (!chunk.valid())
                               return error(malformed(), Code::BadRequest);
                           if (proven != chunk.device)
                               return error(notOwnDevice(), Code::Forbidden);
                           Status opened = Status::ok();
                           Database* db = threadDatabase(databasePath, &opened); // open: prove() opened it
                           const CountyAttachments::Answer a = CountyAttachments(*db).receive(
                               chunk.device, chunk.record, chunk.offset, body, CountyStore(*db).boxKeys());
                           received = a.received;
                           QJsonObject json{{QStringLiteral("received"), a.received},
                                            {QStringLiteral("size"), a.byteSize}};
                           if (a.status != 200)
                               json.insert(QStringLiteral("error"), a.error);
                           return QHttpServerResponse(json, Code(a.status));
                       }();
                       QJsonObject fields =
                           requestFields("POST", "/api/v1/attachment", signature, proven, answer, timer);
                       fields.insert(QStringLiteral("record"), chunk.record.left(64));
                       fields.insert(QStringLiteral("offset"), chunk.offset);
                       fields.insert(QStringLiteral("bytes"), body.size());
                       if (received >= 0)
                           fields.insert(QStringLiteral("received"), received);
                       log->write(QStringLiteral("request"), fields);
                       return answer;
                   });
               });

    // A chunk of an attachment's content, for a laptop whose scope holds the attachment.
    http.route(
        QStringLiteral("/api/v1/attachment"), QHttpServerRequest::Method::Get,
        [&http, pool, databasePath, authenticator, log](const QHttpServerRequest& request,
                                                        QHttpServerResponder&& responder) {
            const ChunkRequest chunk = chunkRequest(request);
            const QString language = languageOf(request);
            const SignedRequest signature = signedRequest(request, QByteArrayLiteral("GET"));
            answerOnWorker(pool, &http, std::move(responder), [=] {
                QElapsedTimer timer;
                timer.start();
                ServerTranslator::setThreadLanguage(language);
                QString proven;
                qint64 sent = 0;
                QHttpServerResponse answer = [&] {
                    if (std::optional<QHttpServerResponse> refused =
                            prove(databasePath, *authenticator, signature, {}, &proven))
                        return std::move(*refused);
                    if (!chunk.valid())
                        return error(malformed(), Code::BadRequest);
                    if (proven != chunk.device)
                        return error(notOwnDevice(), Code::Forbidden);
                    Status opened = Status::ok();
                    Database* db = threadDatabase(databasePath, &opened); // open: prove() opened it
                    const CountyAttachments::Answer a =
                        CountyAttachments(*db).send(chunk.device, chunk.record, chunk.offset);
                    if (a.status != 200)
                        return error(a.error, Code(a.status));
                    sent = a.bytes.size();
                    QHttpServerResponse response(QByteArrayLiteral("application/octet-stream"), a.bytes);
                    response.setHeader(QByteArrayLiteral("X-Fieldfile-Size"), QByteArray::number(a.byteSize));
                    return response;
                }();
                QJsonObject fields =
                    requestFields("GET", "/api/v1/attachment", signature, proven, answer, timer);
                fields.insert(QStringLiteral("record"), chunk.record.left(64));
                fields.insert(QStringLiteral("offset"), chunk.offset);
                fields.insert(QStringLiteral("sent"), sent);
                log->write(QStringLiteral("request"), fields);
                return answer;
            });
        });
}

} // namespace ff::service
