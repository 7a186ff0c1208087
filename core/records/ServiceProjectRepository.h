// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"
#include "core/records/ServiceProject.h"
#include "core/util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace ff {

class Database;

/// Government-purchased service projects: a project belongs to its station, or to the whole county
/// (empty station); written by the station supervisor or the county, read by everyone who sees it.
class ServiceProjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceProjectRepository)

public:
    explicit ServiceProjectRepository(Database& db, const Session& session = Session::none());

    /// Every project on this laptop, the latest start first.
    QList<ServiceProject> all() const;
    std::optional<ServiceProject> load(const QString& id) const;

    QList<ValidationIssue> validate(const ServiceProject& project) const;
    /// Validates and saves. The station of a new project is what it says (empty: county-wide); a
    /// supervisor's projects are their station's.
    [[nodiscard]] Status save(ServiceProject& project, QList<ValidationIssue>* issues = nullptr);
    [[nodiscard]] Status remove(const QString& id);

private:
    Database& m_db;
    Session m_session;
};

} // namespace ff
