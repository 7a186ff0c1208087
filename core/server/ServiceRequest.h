// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/RequestSignature.h"
#include "core/util/Result.h"

#include <QElapsedTimer>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <functional>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;
class QThreadPool;

namespace ff {

class Database;
class RequestAuthenticator;

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

} // namespace service
} // namespace ff
