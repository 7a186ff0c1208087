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
    const auto chunkWork = [databasePath, authenticator, log](const QHttpServerRequest& request,
                                                              const char* method, const QByteArray& body) {
        return signedWork(request, method, "/api/v1/attachment", databasePath, authenticator, log, body);
    };
    // A chunk of an attachment's content, sent by the laptop that holds it.
    http.route(QStringLiteral("/api/v1/attachment"), QHttpServerRequest::Method::Post,
               [&http, pool, chunkWork](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                   const ChunkRequest chunk = chunkRequest(request);
                   const QByteArray body = request.body();
                   answerSigned(pool, &http, std::move(responder), chunkWork(request, "POST", body),
                                [chunk, body](Database& db, const QString& proven, QJsonObject& fields) {
                                    fields.insert(QStringLiteral("record"), chunk.record.left(64));
                                    fields.insert(QStringLiteral("offset"), chunk.offset);
                                    fields.insert(QStringLiteral("bytes"), body.size());
                                    if (!chunk.valid())
                                        return error(malformed(), Code::BadRequest);
                                    if (proven != chunk.device)
                                        return error(notOwnDevice(), Code::Forbidden);
                                    const CountyAttachments::Answer a = CountyAttachments(db).receive(
                                        chunk.device, chunk.record, chunk.offset, body,
                                        CountyStore(db).boxKeys());
                                    fields.insert(QStringLiteral("received"), a.received);
                                    QJsonObject json{{QStringLiteral("received"), a.received},
                                                     {QStringLiteral("size"), a.byteSize}};
                                    if (a.status != 200)
                                        json.insert(QStringLiteral("error"), a.error);
                                    return QHttpServerResponse(json, Code(a.status));
                                });
               });

    // A chunk of an attachment's content, for a laptop whose scope holds the attachment.
    http.route(QStringLiteral("/api/v1/attachment"), QHttpServerRequest::Method::Get,
               [&http, pool, chunkWork](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                   const ChunkRequest chunk = chunkRequest(request);
                   answerSigned(pool, &http, std::move(responder), chunkWork(request, "GET", {}),
                                [chunk](Database& db, const QString& proven, QJsonObject& fields) {
                                    fields.insert(QStringLiteral("record"), chunk.record.left(64));
                                    fields.insert(QStringLiteral("offset"), chunk.offset);
                                    fields.insert(QStringLiteral("sent"), 0);
                                    if (!chunk.valid())
                                        return error(malformed(), Code::BadRequest);
                                    if (proven != chunk.device)
                                        return error(notOwnDevice(), Code::Forbidden);
                                    const CountyAttachments::Answer a =
                                        CountyAttachments(db).send(chunk.device, chunk.record, chunk.offset);
                                    if (a.status != 200)
                                        return error(a.error, Code(a.status));
                                    fields.insert(QStringLiteral("sent"), a.bytes.size());
                                    QHttpServerResponse response(
                                        QByteArrayLiteral("application/octet-stream"), a.bytes);
                                    response.setHeader(QByteArrayLiteral("X-Fieldfile-Size"),
                                                       QByteArray::number(a.byteSize));
                                    return response;
                                });
               });
}

} // namespace ff::service
