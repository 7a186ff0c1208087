// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"
#include "core/util/Result.h"

#include <QList>
#include <QVariantMap>

namespace ff {

class Database;

/// The writes every station record shares (volunteers, government-purchased service projects):
/// who may keep them (the authority rule), a refusal that lists every issue, and one journaled
/// change kept with the station's records (StationScope), the station written once, at creation.
class StationRecordWriter
{
public:
    StationRecordWriter(Database& db, const Session& session, const QString& typeName);

    /// Why nothing may be saved: the session's role may not keep this kind of record, or `issues`
    /// (all of them, one line each). Ok when neither.
    Status refusal(const QList<ValidationIssue>& issues) const;
    /// Creates (`isNew`, with `station`) or updates the record `id` to `fields`.
    [[nodiscard]] Status write(const QString& id, const QString& station, bool isNew,
                               QVariantMap fields) const;
    [[nodiscard]] Status remove(const QString& id, const QString& station) const;

private:
    Database& m_db;
    Session m_session;
    QString m_type;
};

} // namespace ff
