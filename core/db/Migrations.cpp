// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ff {

namespace {

// Version 1: the journal, the record tables it materialises, and the search index.
// Never edit a released step; add a new one.
const Migrations::Step kVersion1 = {
    QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE journal("
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
    QStringLiteral("CREATE TABLE conflict(entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,"
                   " household_id TEXT NOT NULL, PRIMARY KEY(entity, record_id, field)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX conflict_household ON conflict(household_id)"),
    QStringLiteral(
        "CREATE TABLE household("
        " id TEXT PRIMARY KEY, household_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
        " household_no TEXT, county TEXT, township TEXT, village TEXT, address TEXT, phone TEXT,"
        " housing TEXT, annual_income REAL, income_sources TEXT, status TEXT, hardship_causes TEXT,"
        " relocated INTEGER, caseworker TEXT, station TEXT, risk_markers TEXT, last_visit TEXT,"
        " notes TEXT,"
        // Summary of the members, kept by the journal writer (see core/journal/README.md).
        " head_name TEXT, head_sort TEXT, special_groups TEXT, member_count INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX household_no ON household(household_no)"),
    QStringLiteral("CREATE INDEX household_village ON household(village, head_sort)"),
    QStringLiteral("CREATE INDEX household_status ON household(status)"),
    QStringLiteral("CREATE INDEX household_head ON household(head_sort)"),
    QStringLiteral("CREATE INDEX household_visit ON household(last_visit)"),
    QStringLiteral("CREATE INDEX household_groups ON household(special_groups)"),
    QStringLiteral("CREATE INDEX household_risk ON household(risk_markers)"),
    QStringLiteral("CREATE TABLE member("
                   " id TEXT PRIMARY KEY,"
                   " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
                   " deleted INTEGER NOT NULL DEFAULT 0,"
                   " name TEXT, sex TEXT, birth_date TEXT, id_number TEXT, relation TEXT, health TEXT,"
                   " disability_type TEXT, disability_grade INTEGER, schooling TEXT, work_ability TEXT,"
                   " special_groups TEXT)"),
    QStringLiteral("CREATE INDEX member_household ON member(household_id)"),
    QStringLiteral("CREATE TABLE search_key(key TEXT NOT NULL, household_id TEXT NOT NULL,"
                   " PRIMARY KEY(key, household_id)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX search_key_household ON search_key(household_id)"),
};

// Version 2: changes received from elsewhere that could not be applied are parked, with the
// reason, never dropped (issue 3: "a bad record is parked with a reason").
const Migrations::Step kVersion2 = {
    QStringLiteral("CREATE TABLE parked_change("
                   " id INTEGER PRIMARY KEY, device TEXT NOT NULL, device_seq INTEGER NOT NULL,"
                   " reason TEXT NOT NULL, change TEXT NOT NULL, parked_at INTEGER NOT NULL,"
                   " UNIQUE(device, device_seq))"),
};

// Version 3: the county server's own tables (empty on laptops): users, enrolled devices, one-time
// enrollment codes, which caseworker holds which household, and the packages imported.
const Migrations::Step kVersion3 = {
    QStringLiteral(
        "CREATE TABLE server_user(name TEXT PRIMARY KEY, role TEXT NOT NULL"
        " CHECK(role IN ('caseworker', 'supervisor', 'county')), station TEXT NOT NULL DEFAULT '')"),
    QStringLiteral(
        "CREATE TABLE server_device(id TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES server_user(name),"
        " signing_key BLOB NOT NULL, box_key BLOB NOT NULL, enrolled_at INTEGER NOT NULL,"
        " revoked_at INTEGER)"),
    QStringLiteral("CREATE TABLE server_enrollment(code TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES "
                   "server_user(name),"
                   " created_at INTEGER NOT NULL, used_at INTEGER, device TEXT)"),
    // assigned_seq: the journal position when the household was (re)assigned; a device whose
    // pull cursor is below it receives the household's whole history.
    QStringLiteral(
        "CREATE TABLE server_assignment(household_id TEXT PRIMARY KEY, caseworker TEXT NOT NULL"
        " REFERENCES server_user(name), assigned_at INTEGER NOT NULL, assigned_seq INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX server_assignment_caseworker ON server_assignment(caseworker)"),
    // A household leaving a caseworker (reassigned): at_seq is the journal position then; their
    // laptops are told to forget it at their next pull.
    QStringLiteral("CREATE TABLE server_scope_exit(household_id TEXT NOT NULL, caseworker TEXT NOT NULL,"
                   " at_seq INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX server_scope_exit_caseworker ON server_scope_exit(caseworker, at_seq)"),
    QStringLiteral("CREATE TABLE server_import(package_hash BLOB PRIMARY KEY, sender TEXT NOT NULL,"
                   " imported_at INTEGER NOT NULL, applied INTEGER NOT NULL, already INTEGER NOT NULL,"
                   " parked INTEGER NOT NULL, conflicts INTEGER NOT NULL)"),
};

// Version 4: counting the caseload without reading every household row. The list's total is
// count(all) - count(removed); both are answered from indexes. The index is partial, so the
// planner never prefers it over the sort indexes for a page of the list.
const Migrations::Step kVersion4 = {
    QStringLiteral("CREATE INDEX household_removed ON household(deleted) WHERE deleted <> 0"),
};

// Version 5: assessments and their answers (issue 4), journaled like every record.
const Migrations::Step kVersion5 = {
    QStringLiteral("CREATE TABLE assessment(id TEXT PRIMARY KEY,"
                   " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
                   " deleted INTEGER NOT NULL DEFAULT 0, form_id TEXT, form_version INTEGER, status TEXT,"
                   " member_id TEXT, assessed_on TEXT)"),
    QStringLiteral("CREATE INDEX assessment_household ON assessment(household_id)"),
    QStringLiteral("CREATE TABLE answer(id TEXT PRIMARY KEY,"
                   " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
                   " deleted INTEGER NOT NULL DEFAULT 0, assessment_id TEXT, question_id TEXT, value TEXT)"),
    QStringLiteral("CREATE INDEX answer_assessment ON answer(assessment_id)"),
};

// Version 6: journal fields and bases, and record heads, are written as CBOR instead of JSON text
// (core/journal/ChangeCodec.h); rows written before stay as they are and are still read. The step
// only marks the file, so that versions that cannot read the new rows refuse it.
const Migrations::Step kVersion6 = {
    QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('journal_encoding', 'cbor')"),
};

// Version 7: referrals, risk flags and status reviews (issue 4), journaled like every record, and
// the household's open risks (derived from its open risk flags, kept by HouseholdSummary) for the
// list's risk column and filter. risk_markers stays for old data: until a household has a risk
// flag, its old markers count as open risks (see HouseholdSummary), so no risk disappears from the
// list; they are not turned into flags here because a flag needs a severity and a description
// that a marker never had, and a migration cannot write journal entries every replica agrees on.
const Migrations::Step kVersion7 = {
    QStringLiteral("CREATE TABLE referral(id TEXT PRIMARY KEY,"
                   " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
                   " deleted INTEGER NOT NULL DEFAULT 0, agency TEXT, reason TEXT, consent INTEGER,"
                   " consent_on TEXT, referral_status TEXT, sent_on TEXT, sent_note TEXT, accepted_on TEXT,"
                   " accepted_note TEXT, declined_on TEXT, declined_note TEXT, completed_on TEXT,"
                   " completed_note TEXT, follow_up_on TEXT)"),
    QStringLiteral("CREATE INDEX referral_household ON referral(household_id)"),
    QStringLiteral("CREATE TABLE risk_flag(id TEXT PRIMARY KEY,"
                   " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
                   " deleted INTEGER NOT NULL DEFAULT 0, risk_type TEXT, severity TEXT, description TEXT,"
                   " raised_by TEXT, raised_at TEXT, flag_status TEXT, closed_by TEXT, closed_at TEXT,"
                   " closing_note TEXT)"),
    QStringLiteral("CREATE INDEX risk_flag_household ON risk_flag(household_id)"),
    QStringLiteral(
        "CREATE TABLE status_review(id TEXT PRIMARY KEY,"
        " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
        " deleted INTEGER NOT NULL DEFAULT 0, from_status TEXT, proposed_status TEXT, reasons TEXT,"
        " evidence TEXT, proposed_by TEXT, proposed_on TEXT, decision TEXT, decided_by TEXT,"
        " decided_on TEXT, decision_comment TEXT)"),
    QStringLiteral("CREATE INDEX status_review_household ON status_review(household_id)"),
    QStringLiteral("ALTER TABLE household ADD COLUMN open_risks TEXT"),
    QStringLiteral("UPDATE household SET open_risks = replace(risk_markers, 'violence', 'domestic_violence')"
                   " WHERE risk_markers <> ''"),
    QStringLiteral("CREATE INDEX household_open_risks ON household(open_risks)"),
};

// Version 8: the casework records of issue 4 — the assistance plan (goals and actions), service
// logs (one record per household; a group session shares session_id) and visits.
const Migrations::Step kVersion8 = {
    QStringLiteral("CREATE TABLE plan_goal(id TEXT PRIMARY KEY,"
                   " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
                   " deleted INTEGER NOT NULL DEFAULT 0, goal TEXT, review_on TEXT)"),
    QStringLiteral("CREATE INDEX plan_goal_household ON plan_goal(household_id)"),
    QStringLiteral("CREATE TABLE plan_action(id TEXT PRIMARY KEY,"
                   " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
                   " deleted INTEGER NOT NULL DEFAULT 0, goal_id TEXT, action TEXT, category TEXT,"
                   " responsible TEXT, due_on TEXT, status TEXT)"),
    QStringLiteral("CREATE INDEX plan_action_household ON plan_action(household_id)"),
    QStringLiteral("CREATE TABLE service_log(id TEXT PRIMARY KEY,"
                   " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
                   " deleted INTEGER NOT NULL DEFAULT 0, session_id TEXT, served_on TEXT,"
                   " duration_min INTEGER, method TEXT, category TEXT, caseworker TEXT, member_ids TEXT,"
                   " activity TEXT, outcome TEXT, follow_up_on TEXT)"),
    QStringLiteral("CREATE INDEX service_log_household ON service_log(household_id, served_on)"),
    QStringLiteral("CREATE INDEX service_log_session ON service_log(session_id)"),
    QStringLiteral("CREATE TABLE visit(id TEXT PRIMARY KEY,"
                   " household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED,"
                   " deleted INTEGER NOT NULL DEFAULT 0, status TEXT, planned_on TEXT, purpose TEXT,"
                   " visited_on TEXT, met_member_ids TEXT, met_others TEXT, notes TEXT)"),
    QStringLiteral("CREATE INDEX visit_household ON visit(household_id, visited_on)"),
};

// Version 9: a plan action names the identified need it addresses (IdentifiedNeed::key()), not only
// its service category; older actions keep an empty need_key and their category.
const Migrations::Step kVersion9 = {
    QStringLiteral("ALTER TABLE plan_action ADD COLUMN need_key TEXT"),
};

// Version 10: a risk flag says about whom (a member, or the household) and, for the mandatory
// report of a child-protection concern, to whom and when it was reported.
const Migrations::Step kVersion10 = {
    QStringLiteral("ALTER TABLE risk_flag ADD COLUMN member_id TEXT"),
    QStringLiteral("ALTER TABLE risk_flag ADD COLUMN reported_to TEXT"),
    QStringLiteral("ALTER TABLE risk_flag ADD COLUMN reported_on TEXT"),
};

// Version 11: a referral may be the mandatory report of a child-protection concern (强制报告),
// which is made without the household's consent.
const Migrations::Step kVersion11 = {
    QStringLiteral("ALTER TABLE referral ADD COLUMN mandatory_report INTEGER"),
};

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
    static const QList<Step> all = {kVersion1, kVersion2, kVersion3, kVersion4,  kVersion5, kVersion6,
                                    kVersion7, kVersion8, kVersion9, kVersion10, kVersion11};
    return all;
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

    if (hasTables(db) && path != QStringLiteral(":memory:")) {
        const QString backup = backupPath(path, current);
        QFile::remove(backup);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
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
