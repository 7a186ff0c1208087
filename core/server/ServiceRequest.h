// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/RequestSignature.h"
#include "core/util/Result.h"

#include <QElapsedTimer>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;
class QThreadPool;

namespace ff {

class Database;
class RequestAuthenticator;
class ServiceLog;

/// What every route of the county service does the same way (docs/sync-protocol.md §8.2): the
/// language of its refusals, its JSON errors, the proof of the signing device, the answer worked
/// out on a worker thread, the log line's common fields.
namespace service {

using Code = QHttpServerResponse::StatusCode;

/// Refusals are written in the language the client asked for (ServerTranslator).
QString languageOf(const QHttpServerRequest& request);
/// `{"error": message}` with `code`.
QHttpServerResponse error(const QString& message, Code code);

/// What a signed request claims, read on the serving thread (the request stays there).
struct SignedRequest
{
    RequestSignature::Claim claim;
    QByteArray method;
    QByteArray target;
};
SignedRequest signedRequest(const QHttpServerRequest& request, const QByteArray& method);

/// The fields every request's log line has (ServiceLog).
QJsonObject requestFields(const char* method, const char* path, const SignedRequest& signature,
                          const QString& device, const QHttpServerResponse& response,
                          const QElapsedTimer& timer);
/// 401, with the county's clock so that a laptop whose clock is off can sign by it.
QHttpServerResponse unauthorized(const QString& message);

/// Works out an answer on `pool` and sends it from the serving thread, if its connection is still
/// open. (Qt HttpServer 6.4 sends the answer of a handler that returns a QFuture to the socket the
/// request came on even when the client has gone and the socket has been deleted meanwhile: any
/// client could crash the server by closing its connection at once.)
void answerOnWorker(QThreadPool* pool, QObject* context, QHttpServerResponder&& responder,
                    std::function<QHttpServerResponse()> work);
/// This worker thread's connection to the county database, opened on first use and kept while
/// the thread lives (its page cache stays warm from one pull page to the next).
Database* threadDatabase(const QString& path, Status* status);
/// Proves which enrolled device signed a request (RequestAuthenticator), on this worker thread's
/// connection: its id in `device`, or the answer that refuses the request (401, or 500 when the
/// database cannot be opened).
std::optional<QHttpServerResponse> prove(const QString& path, RequestAuthenticator& authenticator,
                                         const SignedRequest& signature, const QByteArray& body,
                                         QString* device);

/// What a signed request's answer is worked out from (answerSigned()).
struct SignedWork
{
    QString databasePath;
    std::shared_ptr<RequestAuthenticator> authenticator;
    std::shared_ptr<ServiceLog> log;
    QString language;
    SignedRequest signature;
    QByteArray body;
    const char* method;
    const char* path; ///< for the log line
};
/// The SignedWork of `request`, read on the serving thread.
SignedWork signedWork(const QHttpServerRequest& request, const char* method, const char* path,
                      const QString& databasePath, const std::shared_ptr<RequestAuthenticator>& authenticator,
                      const std::shared_ptr<ServiceLog>& log, const QByteArray& body = {});
/// Answers a signed request on `pool` as every route but a push does: in the client's language,
/// once the device is proven (401 otherwise, 500 when the database cannot be opened), `work` on
/// this worker's connection with the proven device's id; then one `request` log line with the
/// common fields and those `work` adds to `fields`.
void answerSigned(
    QThreadPool* pool, QObject* context, QHttpServerResponder&& responder, SignedWork request,
    std::function<QHttpServerResponse(Database& db, const QString& device, QJsonObject& fields)> work);

} // namespace service
} // namespace ff
