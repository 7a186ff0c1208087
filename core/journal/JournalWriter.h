// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Change.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ff {

class Database;

/// The single writer every local edit goes through.
///
/// commit() turns a batch of edits into changes (this device's next sequence numbers, a hybrid
/// logical clock timestamp, the heads each field had as bases) and, in one SQLite transaction,
/// appends them to the journal and applies them to the tables. Either every edit of the batch is
/// saved with its journal entry, or nothing is.
class JournalWriter
{
    Q_DECLARE_TR_FUNCTIONS(JournalWriter)

public:
    /// What the user changed in one record.
    struct Edit
    {
        QString entity;
        QString recordId;
        QString householdId;
        Change::Op op = Change::Op::Update;
        /// New values; for an update only the fields that differ from the stored ones become part
        /// of the change, and an update that changes nothing writes nothing.
        QVariantMap fields;
    };

    explicit JournalWriter(Database& db, const Clock& clock = Clock::system());

    [[nodiscard]] Status commit(const QList<Edit>& edits, const QString& author,
                                QList<Change>* made = nullptr);

    /// This database's device id, made on first use.
    QString deviceId();
    /// A new record id (a UUID made here; nothing waits for a server).
    static QString newId();
    /// Brings a value to the form the journal keeps for a field of that kind (see EntityType).
    static QVariant normalize(const QString& entity, const QString& field, const QVariant& value);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ff
