// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/ServiceRequest.h"

#include "core/db/Database.h"
#include "core/server/CountyStore.h"
#include "core/server/RequestAuthenticator.h"
#include "core/server/ServerTranslator.h"
#include "core/server/ServiceLog.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>

namespace ff::service {

QString languageOf(const QHttpServerRequest& request)
{
    return ServerTranslator::languageOf(request.value(QByteArrayLiteral("Accept-Language")));
}

QHttpServerResponse error(const QString& message, Code code)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, code);
}

SignedRequest signedRequest(const QHttpServerRequest& request, const QByteArray& method)
{
    return {
        RequestSignature::read(
            request.value(RequestSignature::kDevice), request.value(RequestSignature::kTime),
            request.value(RequestSignature::kNonce), request.value(RequestSignature::kSignature)),
        method,
        RequestSignature::signedTarget(request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority))};
}

QJsonObject requestFields(const char* method, const char* path, const SignedRequest& signature,
                          const QString& device, const QHttpServerResponse& response,
                          const QElapsedTimer& timer)
{
    QJsonObject fields{{QStringLiteral("method"), QLatin1String(method)},
                       {QStringLiteral("path"), QLatin1String(path)},
                       {QStringLiteral("status"), int(response.statusCode())},
                       {QStringLiteral("ms"), timer.elapsed()}};
    if (!device.isEmpty())
        fields.insert(QStringLiteral("device"), device);
    else if (!signature.claim.device.isEmpty())
        fields.insert(QStringLiteral("claimedDevice"), signature.claim.device); // not proven
    return fields;
}

QHttpServerResponse unauthorized(const QString& message)
{
    QHttpServerResponse response = error(message, Code::Unauthorized);
    response.setHeader(RequestSignature::kServerTime,
                       QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    return response;
}

void answerOnWorker(QThreadPool* pool, QObject* context, QHttpServerResponder&& responder,
                    std::function<QHttpServerResponse()> work)
{
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto socket = std::make_shared<QPointer<QTcpSocket>>(held->socket());
    pool->start([context, held, socket, work = std::move(work)] {
        auto response = std::make_shared<QHttpServerResponse>(work());
        QMetaObject::invokeMethod(
            context,
            [held, socket, response] {
                if (*socket && (*socket)->state() == QAbstractSocket::ConnectedState)
                    response->write(std::move(*held));
            },
            Qt::QueuedConnection);
    });
}

Database* threadDatabase(const QString& path, Status* status)
{
    thread_local std::unique_ptr<Database> db;
    thread_local QString openPath;
    if (!db || openPath != path) {
        db = std::make_unique<Database>();
        openPath = path;
        if (Status s = db->open(path); !s) {
            db.reset();
            *status = s;
            return nullptr;
        }
    }
    return db.get();
}
std::optional<QHttpServerResponse> prove(const QString& path, RequestAuthenticator& authenticator,
                                         const SignedRequest& signature, const QByteArray& body,
                                         QString* device)
{
    Status opened = Status::ok();
    Database* db = threadDatabase(path, &opened);
    if (!db)
        return error(opened.error().message, Code::InternalServerError);
    CountyStore store(*db);
    const RequestAuthenticator::Outcome who =
        authenticator.check(store, signature.claim, signature.method, signature.target, body,
                            QDateTime::currentMSecsSinceEpoch());
    if (!who.ok())
        return unauthorized(who.refusal);
    *device = who.device;
    return std::nullopt;
}

SignedWork signedWork(const QHttpServerRequest& request, const char* method, const char* path,
                      const QString& databasePath, const std::shared_ptr<RequestAuthenticator>& authenticator,
                      const std::shared_ptr<ServiceLog>& log, const QByteArray& body)
{
    return {databasePath, authenticator, log, languageOf(request), signedRequest(request, method),
            body,         method,        path};
}

void answerSigned(
    QThreadPool* pool, QObject* context, QHttpServerResponder&& responder, SignedWork request,
    std::function<QHttpServerResponse(Database& db, const QString& device, QJsonObject& fields)> work)
{
    answerOnWorker(
        pool, context, std::move(responder), [request = std::move(request), work = std::move(work)] {
            QElapsedTimer timer;
            timer.start();
            ServerTranslator::setThreadLanguage(request.language);
            QString proven;
            QJsonObject extra;
            QHttpServerResponse answer = [&] {
                if (std::optional<QHttpServerResponse> refused =
                        prove(request.databasePath, *request.authenticator, request.signature, request.body,
                              &proven))
                    return std::move(*refused);
                Status opened = Status::ok();
                Database* db = threadDatabase(request.databasePath, &opened); // open: prove() opened it
                return work(*db, proven, extra);
            }();
            QJsonObject fields =
                requestFields(request.method, request.path, request.signature, proven, answer, timer);
            for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
                fields.insert(it.key(), it.value());
            request.log->write(QStringLiteral("request"), fields);
            return answer;
        });
}

} // namespace ff::service
