// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Migrations.h"

#include "core/db/SqlFunctions.h"
#include "core/db/SqlStatement.h"
#include "core/schema/RecordTypes.h"
#include "core/storage/EncryptedVfs.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ff {

namespace {

// The statements of each version that are not a record type's table: the journal and the merge
// state, parked changes, the county server's own tables, data fixes. The record types' tables,
// columns and indexes are derived from their declarations (core/schema/RecordTypes.cpp), each at the
// version its `since` names. Never edit a released version; add a new one.
struct Explicit
{
    int version;
    QStringList before; ///< run before the version's record tables
    QStringList after;  ///< run after them (data fixes of their columns)
};

const QList<Explicit>& explicitSteps()
{
    static const QList<Explicit> steps = {
        // Version 1: the journal, the merge state and the search index.
        {1,
         {QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
          QStringLiteral(
              "CREATE TABLE journal("
              " seq INTEGER PRIMARY KEY,"
              " device TEXT NOT NULL, device_seq INTEGER NOT NULL, hlc INTEGER NOT NULL,"
              " author TEXT NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL,"
              " household_id TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL, bases TEXT NOT NULL,"
              " UNIQUE(device, device_seq))"),
          QStringLiteral("CREATE INDEX journal_household ON journal(household_id, hlc)"),
          QStringLiteral(
              "CREATE TABLE record_heads(entity TEXT NOT NULL, record_id TEXT NOT NULL, heads TEXT NOT NULL,"
              " PRIMARY KEY(entity, record_id)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE pending_supersede(device TEXT NOT NULL, device_seq INTEGER NOT NULL,"
                         " entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,"
                         " PRIMARY KEY(device, device_seq, entity, record_id, field)) WITHOUT ROWID"),
          QStringLiteral(
              "CREATE TABLE conflict(entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,"
              " household_id TEXT NOT NULL, PRIMARY KEY(entity, record_id, field)) WITHOUT ROWID"),
          QStringLiteral("CREATE INDEX conflict_household ON conflict(household_id)")},
         {QStringLiteral("CREATE TABLE search_key(key TEXT NOT NULL, household_id TEXT NOT NULL,"
                         " PRIMARY KEY(key, household_id)) WITHOUT ROWID"),
          QStringLiteral("CREATE INDEX search_key_household ON search_key(household_id)")}},
        // Version 2: changes received from elsewhere that could not be applied are parked, with
        // the reason, never dropped.
        {2,
         {QStringLiteral("CREATE TABLE parked_change("
                         " id INTEGER PRIMARY KEY, device TEXT NOT NULL, device_seq INTEGER NOT NULL,"
                         " reason TEXT NOT NULL, change TEXT NOT NULL, parked_at INTEGER NOT NULL,"
                         " UNIQUE(device, device_seq))")},
         {}},
        // Version 3: the county server's own tables (empty on laptops): users, enrolled devices,
        // one-time enrollment codes, which caseworker holds which household, the packages imported.
        {3,
         {QStringLiteral(
              "CREATE TABLE server_user(name TEXT PRIMARY KEY, role TEXT NOT NULL"
              " CHECK(role IN ('caseworker', 'supervisor', 'county')), station TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE server_device(id TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES "
                         "server_user(name),"
                         " signing_key BLOB NOT NULL, box_key BLOB NOT NULL, enrolled_at INTEGER NOT NULL,"
                         " revoked_at INTEGER)"),
          QStringLiteral(
              "CREATE TABLE server_enrollment(code TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES "
              "server_user(name),"
              " created_at INTEGER NOT NULL, used_at INTEGER, device TEXT)"),
          // assigned_seq: the journal position when the household was (re)assigned; a device
          // whose pull cursor is below it receives the household's whole history.
          QStringLiteral(
              "CREATE TABLE server_assignment(household_id TEXT PRIMARY KEY, caseworker TEXT NOT NULL"
              " REFERENCES server_user(name), assigned_at INTEGER NOT NULL, assigned_seq INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX server_assignment_caseworker ON server_assignment(caseworker)"),
          // A household leaving a caseworker (reassigned): at_seq is the journal position then;
          // their laptops are told to forget it at their next pull.
          QStringLiteral(
              "CREATE TABLE server_scope_exit(household_id TEXT NOT NULL, caseworker TEXT NOT NULL,"
              " at_seq INTEGER NOT NULL)"),
          QStringLiteral(
              "CREATE INDEX server_scope_exit_caseworker ON server_scope_exit(caseworker, at_seq)"),
          QStringLiteral("CREATE TABLE server_import(package_hash BLOB PRIMARY KEY, sender TEXT NOT NULL,"
                         " imported_at INTEGER NOT NULL, applied INTEGER NOT NULL, already INTEGER NOT NULL,"
                         " parked INTEGER NOT NULL, conflicts INTEGER NOT NULL)")},
         {}},
        // Version 6: journal fields and bases, and record heads, are written as CBOR instead of
        // JSON text (core/journal/ChangeCodec.h); rows written before stay as they are and are
        // still read. The step only marks the file, so that versions that cannot read the new rows
        // refuse it.
        {6,
         {QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('journal_encoding', 'cbor')")},
         {}},
        // Version 7: the household's open risks (derived from its open risk flags, kept by
        // HouseholdSummary). risk_markers stays for old data: until a household has a risk flag,
        // its old markers count as open risks, so no risk disappears from the list; they are not
        // turned into flags here because a flag needs a severity and a description that a marker
        // never had, and a migration cannot write journal entries every replica agrees on.
        {7,
         {},
         {QStringLiteral(
             "UPDATE household SET open_risks = replace(risk_markers, 'violence', 'domestic_violence')"
             " WHERE risk_markers <> ''")}},
        // Version 12: the household a record belongs to, kept with its merge state: the household
        // its first change named. The county judges by it whether a change is in the sender's scope
        // (a change naming another household than its record's is refused), without an index over
        // the whole journal. Filled from the journal in one grouped pass.
        {12,
         {QStringLiteral("ALTER TABLE record_heads ADD COLUMN household_id TEXT"),
          QStringLiteral("UPDATE record_heads SET household_id = j.household_id FROM"
                         " (SELECT entity, record_id, household_id, min(seq) FROM journal"
                         " GROUP BY entity, record_id) AS j"
                         " WHERE j.entity = record_heads.entity AND j.record_id = record_heads.record_id"),
          // At the county: how far each device has pulled (the cursor of its latest pull), and who
          // created each household, so a household that left a device's scope, or that no
          // caseworker holds yet, can be judged.
          QStringLiteral("ALTER TABLE server_device ADD COLUMN pulled_seq INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("CREATE INDEX journal_household_create ON journal(record_id)"
                         " WHERE entity = 'household' AND op = 'create'")},
         {}},
        // Version 16: the case notes' word index (kept by CaseNoteIndex, a projection): the text
        // by trigrams, answering words of three characters or more, and a contentless index of the
        // text's overlapping character pairs, answering two-character words (Chinese words are
        // mostly two characters, which trigrams cannot find). Their pages fit an encrypted file's.
        {16,
         {},
         {QStringLiteral("CREATE VIRTUAL TABLE case_note_text USING fts5(text, tokenize = 'trigram')"),
          storage::EncryptedVfs::ftsPageSizeStatement(QStringLiteral("case_note_text")),
          QStringLiteral("CREATE VIRTUAL TABLE case_note_pairs USING fts5(pairs, content = '', detail = none,"
                         " tokenize = 'unicode61 remove_diacritics 0')"),
          storage::EncryptedVfs::ftsPageSizeStatement(QStringLiteral("case_note_pairs")),
          // Both indexes know a note by a key that orders it newest first (its day, then its rowid),
          // so a search reads only as many hits as it shows; this table says each note's key.
          QStringLiteral("CREATE TABLE case_note_key(note INTEGER PRIMARY KEY, key INTEGER NOT NULL)")}},
        // Version 17: the pinyin sort key of each household's village (household.village_sort,
        // derived, kept by HouseholdSummary from now on), filled here as the projection computes
        // it: pinyin_sort_key() is PinyinTable::sortKey(), lent by the records layer
        // (SqlFunctions). One pass over the households, rather than a replay of the whole journal.
        {17, {}, {QStringLiteral("UPDATE household SET village_sort = pinyin_sort_key(village)")}},
        // Version 18: the documents the county publishes (form versions, the agencies, the visit
        // rules; core/forms/PublishedDocument), at the county as published and on a laptop as
        // received through sync, each with the county's signature. Inside the database, so on a
        // laptop they are encrypted with the profile like everything else.
        {18,
         {QStringLiteral("CREATE TABLE published_document(name TEXT PRIMARY KEY,"
                         " kind TEXT NOT NULL CHECK(kind IN ('form', 'agencies', 'visit-rules')),"
                         " sha256 TEXT NOT NULL, signature BLOB NOT NULL, published_at INTEGER NOT NULL,"
                         " content BLOB NOT NULL)")},
         {}},
        // Version 19: when each device last pulled, so that county IT sees who has not synced
        // (fieldfile-server devices --stale N); its last package is in server_import.
        {19, {QStringLiteral("ALTER TABLE server_device ADD COLUMN last_pull_at INTEGER")}, {}},
        // Version 20: the content of attachments (the `attachment` record type says what each file
        // is), kept once per content by its SHA-256 in chunks of 1 MiB, so that a transfer cut
        // short resumes at its last whole chunk (AttachmentContentStore). `received`: the bytes held
        // from the start, in whole chunks; `sent`: on a laptop, those the county has acknowledged.
        // Inside the database, so on a laptop they are encrypted with the profile.
        {20,
         {QStringLiteral(
              "CREATE TABLE attachment_content(sha256 TEXT PRIMARY KEY, byte_size INTEGER NOT NULL,"
              " received INTEGER NOT NULL DEFAULT 0, sent INTEGER NOT NULL DEFAULT 0, thumbnail BLOB)"),
          QStringLiteral("CREATE TABLE attachment_chunk(sha256 TEXT NOT NULL, part INTEGER NOT NULL,"
                         " data BLOB NOT NULL, UNIQUE(sha256, part))")},
         {}},
        // Version 21: up to where this laptop's own changes may have holes in their sequence
        // numbers (households forgotten), so that the unsent changes are counted by subtracting
        // two sequence numbers rather than by reading the journal (DeviceSync::unsentCount). Nothing
        // recorded the holes before: none when the journal holds every number from 1 to the
        // highest (a new database, a laptop that never forgot a household), else up to the highest.
        {21,
         {QStringLiteral("INSERT OR REPLACE INTO meta(key, value) SELECT 'sync_own_gaps_through',"
                         " CASE WHEN count(*) = coalesce(max(device_seq), 0) THEN 0 ELSE max(device_seq) END"
                         " FROM journal WHERE device = (SELECT value FROM meta WHERE key = 'device_id')")},
         {}},
        // Version 23: a search key names its household by the household's rowid rather than its
        // 36-character id, and carries what the list's default order sorts by (village_sort,
        // village, head_sort, as the household row holds them; HouseholdSummary writes both), so
        // that the thousand households one keystroke matches are put in the list's order from the
        // keys alone, without reading a row of each (HouseholdListQuery). Every household's keys
        // are carried over as they were, in key order so that the new B-tree is written left to
        // right.
        {23,
         // Without ALTER TABLE … RENAME, which would leave this connection a page of the temporary
         // database that releasing its memory cannot free (EncryptedVfsTest's lock test): the old
         // keys are set aside, the table made anew under its name and filled from them.
         {QStringLiteral("CREATE TABLE search_key_v22(key TEXT NOT NULL, household_id TEXT NOT NULL)"),
          QStringLiteral(
              "INSERT INTO search_key_v22(key, household_id) SELECT key, household_id FROM search_key"),
          QStringLiteral("DROP TABLE search_key"),
          QStringLiteral("CREATE TABLE search_key(key TEXT NOT NULL, household_rowid INTEGER NOT NULL,"
                         " village_sort TEXT, village TEXT, head_sort TEXT,"
                         " PRIMARY KEY(key, household_rowid)) WITHOUT ROWID"),
          QStringLiteral("INSERT INTO search_key(key, household_rowid, village_sort, village, head_sort)"
                         " SELECT k.key, h.rowid, h.village_sort, h.village, h.head_sort"
                         " FROM search_key_v22 k JOIN household h ON h.id = k.household_id ORDER BY 1, 2"),
          QStringLiteral("DROP TABLE search_key_v22"),
          QStringLiteral("CREATE INDEX search_key_household ON search_key(household_rowid)")},
         {}},
    };
    return steps;
}

/// The functions the data fixes above call that a layer above core/db lends (SqlFunctions).
const QStringList& lentFunctions()
{
    static const QStringList names = {QStringLiteral("pinyin_sort_key")};
    return names;
}

QString columnsOf(const RecordType& type, int version)
{
    QStringList columns = {
        QStringLiteral("id TEXT PRIMARY KEY"),
        type.belongsToHousehold()
            ? QStringLiteral("household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE"
                             " INITIALLY DEFERRED")
            : QStringLiteral("household_id TEXT NOT NULL"),
        QStringLiteral("deleted INTEGER NOT NULL DEFAULT 0")};
    for (const FieldSpec& f : type.fields) {
        if (f.since <= version)
            columns.append(f.name + QLatin1Char(' ') + f.columnType());
    }
    for (const RecordType::DerivedColumn& d : type.derived) {
        if (d.since <= version)
            columns.append(d.name + QLatin1Char(' ') + d.definition);
    }
    return columns.join(QStringLiteral(", "));
}

/// The record types' statements of one version, from their declarations.
QStringList derivedStatements(int version)
{
    QStringList statements;
    for (const RecordType& type : RecordTypes::all()) {
        if (type.since == version) {
            statements.append(
                QStringLiteral("CREATE TABLE %1(%2)").arg(type.table, columnsOf(type, version)));
        } else if (type.since < version) {
            for (const FieldSpec& f : type.fields) {
                if (f.since == version)
                    statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                          .arg(type.table, f.name, f.columnType()));
            }
            for (const RecordType::DerivedColumn& d : type.derived) {
                if (d.since == version)
                    statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                          .arg(type.table, d.name, d.definition));
            }
        }
    }
    // An index another took the place of goes first, so that the new one can reuse its pages.
    for (const RecordType& type : RecordTypes::all()) {
        for (const RecordType::Index& index : type.indexes) {
            if (index.until == version)
                statements.append(QStringLiteral("DROP INDEX %1").arg(index.name));
        }
    }
    for (const RecordType& type : RecordTypes::all()) {
        for (const RecordType::Index& index : type.indexes) {
            if (index.since == version)
                statements.append(
                    QStringLiteral("CREATE INDEX %1 ON %2(%3)").arg(index.name, type.table, index.columns) +
                    (index.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + index.where));
        }
    }
    return statements;
}

/// The latest version any declaration names.
int latestDeclared()
{
    int latest = 0;
    for (const Explicit& e : explicitSteps())
        latest = std::max(latest, e.version);
    for (const RecordType& type : RecordTypes::all()) {
        latest = std::max(latest, type.since);
        for (const FieldSpec& f : type.fields)
            latest = std::max(latest, f.since);
        for (const RecordType::DerivedColumn& d : type.derived)
            latest = std::max(latest, d.since);
        for (const RecordType::Index& i : type.indexes)
            latest = std::max({latest, i.since, i.until});
    }
    return latest;
}

QList<Migrations::Step> buildSteps()
{
    const int latest = latestDeclared();
    QList<Migrations::Step> steps;
    for (int version = 1; version <= latest; ++version) {
        Migrations::Step step;
        QStringList after;
        for (const Explicit& e : explicitSteps()) {
            if (e.version == version) {
                step += e.before;
                after += e.after;
            }
        }
        step += derivedStatements(version);
        step += after;
        steps.append(step);
    }
    return steps;
}

int userVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool hasTables(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next() && q.value(0).toInt() > 0;
}

} // namespace

const QList<Migrations::Step>& Migrations::steps()
{
    static const QList<Step> all = buildSteps();
    return all;
}

int Migrations::latestVersion()
{
    static const int latest = latestDeclared();
    return latest;
}

Status Migrations::run(QSqlDatabase& db, const QString& path)
{
    if (userVersion(db) == latestVersion())
        return Status::ok();
    return run(db, path, steps());
}

QString Migrations::backupPath(const QString& path, int from)
{
    return path + QStringLiteral(".v%1.bak").arg(from);
}

Status Migrations::run(QSqlDatabase& db, const QString& path, const QList<Step>& steps)
{
    const int current = userVersion(db);
    const int latest = int(steps.size());
    if (current < 0)
        return Error{tr("The database file could not be read."), db.lastError().text()};
    if (current > latest) {
        return Error{tr("This database was made by a newer version of Fieldfile. Please update Fieldfile."),
                     QStringLiteral("user_version %1 > %2").arg(current).arg(latest)};
    }
    if (current == latest)
        return Status::ok();
    // The functions a step's data fix may call (a derived column computed as its projection does).
    if (Status s = SqlFunctions::registerOn(SqlStatement::handleOf(db), lentFunctions()); !s)
        return s;

    if (hasTables(db) && path != QStringLiteral(":memory:")) {
        const QString backup = backupPath(path, current);
        QFile::remove(backup);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        if (storage::EncryptedVfs::hasKey(path)) {
            // The copy of an encrypted file is encrypted with the same key (never plaintext),
            // through the VFS; its key stays registered so that it can be opened to restore.
            for (const QString& leftover :
                 {storage::EncryptedVfs::walPath(backup), backup + QStringLiteral("-shm"),
                  backup + QStringLiteral("-journal")})
                QFile::remove(leftover);
            storage::EncryptedVfs::copyKey(path, backup);
            q.addBindValue(storage::EncryptedVfs::uri(backup));
        } else {
            q.addBindValue(backup);
        }
        if (!q.exec()) {
            return Error{
                tr("Could not make a backup copy before updating the database. Nothing was changed."),
                q.lastError().text()};
        }
    }

    for (int version = current + 1; version <= latest; ++version) {
        if (!db.transaction())
            return Error{tr("Could not update the database."), db.lastError().text()};
        QSqlQuery q(db);
        for (const QString& statement : steps.at(version - 1)) {
            if (!q.exec(statement)) {
                const QString detail =
                    QStringLiteral("step %1: %2: %3").arg(version).arg(statement, q.lastError().text());
                db.rollback();
                return Error{
                    tr("Could not update the database to version %1. Nothing was changed.").arg(version),
                    detail};
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            return Error{tr("Could not update the database to version %1. Nothing was changed.").arg(version),
                         detail};
        }
    }
    return Status::ok();
}

} // namespace ff
