// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalWriter.h"
#include "core/journal/Session.h"
#include "core/records/Record.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace ff {

class Database;
struct RecordType;

/// The records of any declared record type, read and written by their declaration alone: the
/// columns come from the type's fields, values are converted by their kinds, and every write goes
/// through the journal writer as the session's person (so the authority rule, the merge rule and
/// the history apply). A record type without domain rules needs nothing else; a typed repository
/// keeps only its rules (validation, the edits a save implies elsewhere) and reads and writes
/// through this store.
class RecordStore
{
public:
    RecordStore(Database& db, const Session& session);

    /// A live record (not removed) by id.
    std::optional<Record> load(const RecordType& type, const QString& id) const;
    /// The live records among `ids`, by id, read in one statement (an id not found is absent).
    QHash<QString, Record> loadMany(const RecordType& type, const QStringList& ids) const;
    /// The live records of a household; `orderBy` is what follows ORDER BY (empty: as stored).
    QList<Record> forHousehold(const RecordType& type, const QString& householdId,
                               const QString& orderBy = {}) const;

    /// load() and forHousehold() as a typed repository's values, each made by `from` (Record →
    /// its value type).
    template <typename From>
    auto loadAs(const RecordType& type, const QString& id, From from) const
        -> std::optional<decltype(from(std::declval<const Record&>()))>
    {
        if (const std::optional<Record> record = load(type, id))
            return from(*record);
        return std::nullopt;
    }
    template <typename From>
    auto forHouseholdAs(const RecordType& type, const QString& householdId, const QString& orderBy,
                        From from) const -> QList<decltype(from(std::declval<const Record&>()))>
    {
        QList<decltype(from(std::declval<const Record&>()))> out;
        for (const Record& record : forHousehold(type, householdId, orderBy))
            out.append(from(record));
        return out;
    }

    /// The edit that saves `record`: a create when its id is empty (an id is made and set), else
    /// an update to the values it holds (a declared field it does not hold is emptied). Fields the
    /// type does not declare are refused by the writer.
    static JournalWriter::Edit saving(const RecordType& type, Record& record);
    /// The edit that removes `record`.
    static JournalWriter::Edit removing(const RecordType& type, const Record& record);

    /// Saves `record` (saving()) with any edits it implies elsewhere, in one commit.
    [[nodiscard]] Status save(const RecordType& type, Record& record,
                              const QList<JournalWriter::Edit>& with = {});
    /// Removes `record` with any edits it implies elsewhere, in one commit.
    [[nodiscard]] Status remove(const RecordType& type, const Record& record,
                                const QList<JournalWriter::Edit>& with = {});

private:
    Database& m_db;
    Session m_session;
};

} // namespace ff
