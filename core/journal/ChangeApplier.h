// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Query.h"
#include "core/journal/Change.h"
#include "core/journal/EncodedChange.h"
#include "core/journal/FieldHead.h"
#include "core/journal/HeadsDecoder.h"
#include "core/journal/HeadsEncoder.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ff {

class Database;
class PostgresRowBatch;
class Projection;
struct RecordType;
class SqlStatement;
class StatementCache;

/// Applies changes to the record tables by the multi-value-register rule; used by every path that
/// changes data (the writer, replay, and later sync), so they cannot disagree.
///
/// Must be called inside a transaction the caller owns. For each field a change sets, the change's
/// bases are removed from the field's heads and the change becomes a head unless a change already
/// seen supersedes it. The row then holds, per field, the winning head's value; fields with several
/// heads of different values get a conflict row.
class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)
    Q_DISABLE_COPY_MOVE(ChangeApplier)

public:
    /// `statements`: the connection's kept statements (Database::statements()), for an applier made
    /// per commit; without it the applier prepares its own and finalizes them when destroyed.
    explicit ChangeApplier(Database& db, StatementCache* statements = nullptr);
    ~ChangeApplier();

    enum class Outcome
    {
        Applied,
        Duplicate
    };

    /// Appends the change to the journal (unless already there) and materialises it.
    [[nodiscard]] Status apply(const Change& change, Outcome* outcome = nullptr);
    /// The same for a change in its stored form (import): its fields and bases bytes go to the
    /// journal as they are.
    [[nodiscard]] Status apply(const EncodedChange& change, Outcome* outcome = nullptr);
    /// Materialises a change that is already in the journal (replay).
    [[nodiscard]] Status materialize(const Change& change);
    [[nodiscard]] Status materialize(const EncodedChange& change);
    /// Whether the record tables' rows are written (the default). The county server keeps only the
    /// journal and the merge state (heads, pending supersessions, conflicts): nothing on the server
    /// reads the rows, and JournalReplayer rebuilds them if the app ever opens its file.
    void keepRecordRows(bool keep) { m_keepRows = keep; }

    /// Runs the installed projections (Projections) once for each household whose derived data
    /// the changes materialised since the last call altered; call before committing. Without
    /// record rows it marks the file for a rebuild instead (JournalReplayer::markStale), as the
    /// derived data are computed from the rows.
    [[nodiscard]] Status finishProjections();

    /// Provisioning a fresh laptop: finishProjections() refreshes nothing and instead marks the
    /// file (meta `projections_deferred`, in the caller's transaction) so that
    /// refreshDeferredProjections() recomputes every household once when the last page is in,
    /// rather than each household once per page that touches it. The mark also tells that a
    /// provisioning is under way (DeviceSync::isProvisioning).
    void deferProjections(bool defer) { m_deferProjections = defer; }
    /// Whether projections are waiting for refreshDeferredProjections().
    static bool projectionsDeferred(Database& db);
    /// Runs every installed projection for every household (and station scope) with records here,
    /// and clears the mark, in one transaction (a savepoint inside the caller's); nothing when no
    /// mark is set. `progress`, when given, is told the refreshes done of all there are after
    /// each household (from the thread running this).
    using Progress = std::function<void(qint64 done, qint64 total)>;
    [[nodiscard]] static Status refreshDeferredProjections(Database& db, const Progress& progress = {});

    /// The fields (entity, record, field) in conflict now that were not before this applier
    /// applied anything: what an import reports as conflicts opened.
    int conflictsOpened() const { return int(m_opened.size()); }

    /// Current heads of a record's fields (empty for a record never seen).
    RecordHeads heads(const QString& entity, const QString& recordId);
    /// The record's row as stored: its fields' displayed values, and "_deleted" (empty without
    /// record rows: keepRecordRows(false)).
    QVariantMap currentValues(const QString& entity, const QString& recordId);
    /// The value a change in the journal set for a field.
    QVariant valueOf(const ChangeId& change, const QString& field);
    /// A field's value as the records show it: its shown head's (invalid when it has none).
    QVariant shownValue(const RecordHeads& heads, const QString& field);

    /// The household a record here belongs to (the one its first change named), or nothing when
    /// the record is not here.
    std::optional<QByteArray> householdOf(const QString& entity, const QByteArray& recordId);

    /// Reads the merge state (record_heads) of every record `changes` name, one statement per
    /// entity, so that householdOf() and heads() answer from memory for them, and this applier's
    /// own writes keep what it read up to date; and which of the changes' ids the journal holds
    /// already, one statement per device. For the county's PostgreSQL store, where every
    /// statement is a round trip (docs/postgresql.md); on SQLite it saves nothing.
    ///
    /// On PostgreSQL a change whose id was looked up is then not written at once: whether it is a
    /// duplicate is known, so its journal row is held in a PostgresRowBatch and written with the
    /// others before the next statement on the connection, whichever it is; so are its record's
    /// heads when their outcome is known (an upsert, or the first heads of a record read ahead
    /// and not found) and a pending supersession of a base the journal does not hold.
    [[nodiscard]] Status readAhead(const QList<EncodedChange>& changes);
    /// Whether the record's merge state is here, when what readAhead() read (kept up to date by
    /// this applier's writes) tells it; nothing when it was not read ahead.
    std::optional<bool> knownHere(const QString& entity, const QByteArray& recordId) const;

private:
    /// A record's row of record_heads as last read: its household and encoded heads.
    struct ReadRecord
    {
        QByteArray entity, recordId;
        bool found = false;
        QByteArray household, heads;
    };
    RecordHeads heads(const QString& entity, const QByteArray& recordId);
    /// On PostgreSQL, for a change that supersedes nothing while no supersession is pending: its
    /// journal row and, when that is new, its record's first heads (kept only if the record is
    /// new) in one statement, one round trip instead of two, with the same outcomes.
    [[nodiscard]] Status applyFirst(const EncodedChange& change, Outcome* outcome);
    /// On PostgreSQL, for a change whose id readAhead() looked up: its journal row held back
    /// (PostgresRowBatch) rather than written now, and its heads too where what was read ahead
    /// tells their outcome. False (and nothing done) when the journal's answer is not known.
    bool applyHeldBack(const EncodedChange& change, bool first, Outcome* outcome, Status* status);
    /// Whether the journal holds the change (device as UTF-8), when readAhead() looked it up.
    std::optional<bool> journalHolds(const QByteArray& device, qint64 seq) const;
    /// Remembers that the journal holds the change now (for journalHolds()).
    void noteJournaled(const EncodedChange& change);
    /// The batch rows are held back in, made on first use; null on SQLite.
    PostgresRowBatch* batch();
    /// Holds back a record's heads: replaces those held for it already, or holds a new row
    /// (an upsert, or the first heads of a record new here).
    void holdHeads(const EncodedChange& change, QByteArrayView bytes, bool upsert);
    /// Whether pending_supersede may hold a row that supersedes one of the fields `change` sets.
    bool mayBePending(const EncodedChange& change) const;
    /// `soleSaved`: the change's sole heads were saved already (applyFirst), and whether they were new.
    [[nodiscard]] Status materialize(const EncodedChange& change, const bool* soleSaved);
    /// Keeps what was read of the record up to date after its heads were saved (`written`: a row
    /// was inserted or updated).
    void headsSaved(const EncodedChange& change, QByteArrayView bytes, bool written, bool upsert);
    /// The record's row of record_heads: read once for both householdOf() and heads() (an import
    /// asks for both of the record it applies), kept until this applier writes heads again.
    const ReadRecord& readRecord(const QString& entity, const QByteArray& recordId);
    [[nodiscard]] Status writeRow(const EncodedChange& change, const RecordHeads& heads);
    /// writeRow() for a change that is the one head of every field it sets (a record's first
    /// change, or an update that superseded every head it touches) while no conflict is open
    /// anywhere: each column takes the change's own value, bound from its CBOR bytes without a
    /// QVariantMap (nor, for a first change, the heads' map). `written` false: bytes this path
    /// does not read; writeRow()'s general path then.
    ///
    /// `existing`: the record had heads before this change (an update), so its row is probably
    /// here; then only the columns whose stored value differs are written (updateChangedColumns).
    [[nodiscard]] Status writeSoleHeadRow(const EncodedChange& change, bool existing, bool* written);
    /// A value of a record row's column as writeSoleHeadRow() read it from a change's bytes.
    struct RowValue
    {
        enum class Kind
        {
            Integer,
            Real,
            Text,
            Null
        };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        QByteArray text; // UTF-8
    };
    static void bindRowValue(SqlStatement& statement, int index, const RowValue& value);
    /// Whether a column read back (SqlStatement::columnValue) holds exactly this value, with the
    /// same type: then writing the value again would leave it as it is.
    static bool storedAs(const QVariant& stored, const RowValue& value);
    /// For writeSoleHeadRow(): reads the row's household and `columns` and writes, with an UPDATE,
    /// only those whose stored value differs from the change's (m_soleValues), or nothing. Found
    /// false (and nothing written) when the row is not here.
    [[nodiscard]] Status updateChangedColumns(const RecordType& type, const EncodedChange& change,
                                              const QStringList& columns, bool* found);
    /// The upsert of the entity's row that sets `columns`, prepared once per shape.
    SqlStatement& upsertFor(const RecordType& type, const QString& entity, const QStringList& columns);
    /// The entity's name as UTF-8, kept from the last call (changes come in runs of one entity).
    const QByteArray& entityText(const QString& entity);
    /// Encodes the record's heads and saves them; with no heads, the
    /// record's first change as every field's one head, saved only if the record is new (*saved).
    [[nodiscard]] Status saveHeads(const EncodedChange& change, const RecordHeads* heads,
                                   bool* saved = nullptr);
    Query& prepared(const QString& sql);
    SqlStatement& statement(const QString& sql);
    [[nodiscard]] Status failed(const SqlStatement& statement) const;

    Database& m_db;
    QHash<QString, Query*> m_statements;
    // The hot statements of apply(), on the C API (core/db/SqlStatement.h).
    QHash<QString, SqlStatement*> m_fast;
    // The statements every change runs, looked up once (not by their SQL each time).
    SqlStatement* m_insertJournal = nullptr;
    SqlStatement* m_insertFirst = nullptr;
    SqlStatement* m_selectRecord = nullptr;
    SqlStatement* m_saveHeads = nullptr;
    SqlStatement* m_saveSoleHeads = nullptr;
    // Row upserts by entity and the fields a change sets, so the SQL is built once per shape.
    QHash<QString, SqlStatement*> m_upserts;
    /// updateChangedColumns(): the row's columns read, by entity and columns; the UPDATEs, by
    /// entity and the columns they set; the values of the change being written, and which of them
    /// differ from the row's.
    QHash<QString, SqlStatement*> m_rowReaders;
    QHash<QString, SqlStatement*> m_rowUpdates;
    QList<RowValue> m_soleValues;
    QList<int> m_changedColumns;
    /// Made on first use, one per installed projection kind.
    std::vector<std::unique_ptr<Projection>> m_projections;
    /// Households whose derived data changed, per installed projection kind (UTF-8 ids).
    std::vector<QSet<QByteArray>> m_touched;
    bool m_projectionsStale = false;
    /// Conflicts opened, and conflicts that were open before (keys "entity/record/field").
    QSet<QString> m_opened;
    QSet<QString> m_existedBefore;
    HeadsEncoder m_headsEncoder;
    HeadsDecoder m_headsDecoder;
    QString m_lastEntity;
    QByteArray m_lastEntityText;
    StatementCache* m_cache;
    // Pending supersessions and conflicts are rare: while their tables are empty, the per-field
    // statements that look for them are skipped (the applier lives inside one write transaction).
    bool m_mayHavePending = true;
    bool m_mayHaveConflicts = true;
    /// Whether pending_supersede had rows when this applier was made. When it had none, its rows
    /// are among the ones this applier added (keys "device/seq/entity/record/field"; kept after
    /// their row is deleted, so the set stays a superset whatever a savepoint undoes), and a
    /// change's field is looked for there only when its key is among them.
    bool m_pendingBefore = true;
    QSet<QString> m_pendingAdded;
    std::optional<ReadRecord> m_read;
    /// The records readAhead() read (found or not), by entity and record id.
    QHash<QPair<QByteArray, QByteArray>, ReadRecord> m_readAhead;
    /// For each device, the range of its sequence numbers readAhead() last looked up in the
    /// journal, and those of them the journal holds (kept up to date by this applier's writes).
    struct Journaled
    {
        qint64 first = 0, last = -1;
        QSet<qint64> seqs;
    };
    QHash<QByteArray, Journaled> m_journaled;
    std::unique_ptr<PostgresRowBatch> m_batch;
    bool m_batchMade = false;
    int m_journalRows = -1;
    int m_headsRows = -1;
    int m_headsUpserts = -1;
    int m_pendingRows = -1;
    /// The held row of each record whose heads are held, while its batch's generation lasts.
    struct HeldHeads
    {
        quint64 generation = 0;
        int table = -1, row = -1;
    };
    QHash<QPair<QByteArray, QByteArray>, HeldHeads> m_heldHeads;
    bool m_keepRows = true;
    bool m_deferProjections = false;
};

} // namespace ff
