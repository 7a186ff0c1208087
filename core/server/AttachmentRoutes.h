// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QHttpServer;
class QThreadPool;

namespace ff {

class RequestAuthenticator;
class ServiceLog;

namespace service {

/// `POST` and `GET /api/v1/attachment` (docs/sync-protocol.md §8.11): a laptop sends an
/// attachment's content in chunks of 1 MiB, and receives the content of the attachments of its
/// scope the same way; each request signed (§8.2), answered on `pool` (CountyAttachments).
void routeAttachments(QHttpServer& http, QThreadPool* pool, const QString& databasePath,
                      const std::shared_ptr<RequestAuthenticator>& authenticator,
                      const std::shared_ptr<ServiceLog>& log);

} // namespace service
} // namespace ff
