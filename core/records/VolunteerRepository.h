// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"
#include "core/records/Volunteer.h"
#include "core/util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace ff {

class Database;

/// The station's volunteer roster: a volunteer record belongs to its station (StationScope), is
/// written by the station supervisor or the county, and read by everyone of the station.
class VolunteerRepository
{
    Q_DECLARE_TR_FUNCTIONS(VolunteerRepository)

public:
    explicit VolunteerRepository(Database& db, const Session& session = Session::none());

    /// Every volunteer on this laptop (its station's; the county's: every station's), by name.
    QList<Volunteer> all() const;
    std::optional<Volunteer> load(const QString& id) const;

    QList<ValidationIssue> validate(const Volunteer& volunteer) const;
    /// Validates and saves; a new volunteer without a station is the session's station's.
    [[nodiscard]] Status save(Volunteer& volunteer, QList<ValidationIssue>* issues = nullptr);
    [[nodiscard]] Status remove(const QString& id);

private:
    Database& m_db;
    Session m_session;
};

} // namespace ff
