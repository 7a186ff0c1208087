-- The schema of versions 1 to 11 as written by hand before the record types were declared
-- (core/schema/RecordTypes.cpp): the migrations derived from the declarations must give the same
-- tables, columns and indexes (tests/core/MigrationsTest.cpp).
-- version 1
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE journal( seq INTEGER PRIMARY KEY, device TEXT NOT NULL, device_seq INTEGER NOT NULL, hlc INTEGER NOT NULL, author TEXT NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL, household_id TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL, bases TEXT NOT NULL, UNIQUE(device, device_seq));
CREATE INDEX journal_household ON journal(household_id, hlc);
CREATE TABLE record_heads(entity TEXT NOT NULL, record_id TEXT NOT NULL, heads TEXT NOT NULL, PRIMARY KEY(entity, record_id)) WITHOUT ROWID;
CREATE TABLE pending_supersede(device TEXT NOT NULL, device_seq INTEGER NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY(device, device_seq, entity, record_id, field)) WITHOUT ROWID;
CREATE TABLE conflict(entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL, household_id TEXT NOT NULL, PRIMARY KEY(entity, record_id, field)) WITHOUT ROWID;
CREATE INDEX conflict_household ON conflict(household_id);
CREATE TABLE household( id TEXT PRIMARY KEY, household_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, household_no TEXT, county TEXT, township TEXT, village TEXT, address TEXT, phone TEXT, housing TEXT, annual_income REAL, income_sources TEXT, status TEXT, hardship_causes TEXT, relocated INTEGER, caseworker TEXT, station TEXT, risk_markers TEXT, last_visit TEXT, notes TEXT, head_name TEXT, head_sort TEXT, special_groups TEXT, member_count INTEGER NOT NULL DEFAULT 0);
CREATE INDEX household_no ON household(household_no);
CREATE INDEX household_village ON household(village, head_sort);
CREATE INDEX household_status ON household(status);
CREATE INDEX household_head ON household(head_sort);
CREATE INDEX household_visit ON household(last_visit);
CREATE INDEX household_groups ON household(special_groups);
CREATE INDEX household_risk ON household(risk_markers);
CREATE TABLE member( id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, name TEXT, sex TEXT, birth_date TEXT, id_number TEXT, relation TEXT, health TEXT, disability_type TEXT, disability_grade INTEGER, schooling TEXT, work_ability TEXT, special_groups TEXT);
CREATE INDEX member_household ON member(household_id);
CREATE TABLE search_key(key TEXT NOT NULL, household_id TEXT NOT NULL, PRIMARY KEY(key, household_id)) WITHOUT ROWID;
CREATE INDEX search_key_household ON search_key(household_id);
-- version 2
CREATE TABLE parked_change( id INTEGER PRIMARY KEY, device TEXT NOT NULL, device_seq INTEGER NOT NULL, reason TEXT NOT NULL, change TEXT NOT NULL, parked_at INTEGER NOT NULL, UNIQUE(device, device_seq));
-- version 3
CREATE TABLE server_user(name TEXT PRIMARY KEY, role TEXT NOT NULL CHECK(role IN ('caseworker', 'supervisor', 'county')), station TEXT NOT NULL DEFAULT '');
CREATE TABLE server_device(id TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES server_user(name), signing_key BLOB NOT NULL, box_key BLOB NOT NULL, enrolled_at INTEGER NOT NULL, revoked_at INTEGER);
CREATE TABLE server_enrollment(code TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES server_user(name), created_at INTEGER NOT NULL, used_at INTEGER, device TEXT);
CREATE TABLE server_assignment(household_id TEXT PRIMARY KEY, caseworker TEXT NOT NULL REFERENCES server_user(name), assigned_at INTEGER NOT NULL, assigned_seq INTEGER NOT NULL);
CREATE INDEX server_assignment_caseworker ON server_assignment(caseworker);
CREATE TABLE server_scope_exit(household_id TEXT NOT NULL, caseworker TEXT NOT NULL, at_seq INTEGER NOT NULL);
CREATE INDEX server_scope_exit_caseworker ON server_scope_exit(caseworker, at_seq);
CREATE TABLE server_import(package_hash BLOB PRIMARY KEY, sender TEXT NOT NULL, imported_at INTEGER NOT NULL, applied INTEGER NOT NULL, already INTEGER NOT NULL, parked INTEGER NOT NULL, conflicts INTEGER NOT NULL);
-- version 4
CREATE INDEX household_removed ON household(deleted) WHERE deleted <> 0;
-- version 5
CREATE TABLE assessment(id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, form_id TEXT, form_version INTEGER, status TEXT, member_id TEXT, assessed_on TEXT);
CREATE INDEX assessment_household ON assessment(household_id);
CREATE TABLE answer(id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, assessment_id TEXT, question_id TEXT, value TEXT);
CREATE INDEX answer_assessment ON answer(assessment_id);
-- version 6
INSERT OR REPLACE INTO meta(key, value) VALUES('journal_encoding', 'cbor');
-- version 7
CREATE TABLE referral(id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, agency TEXT, reason TEXT, consent INTEGER, consent_on TEXT, referral_status TEXT, sent_on TEXT, sent_note TEXT, accepted_on TEXT, accepted_note TEXT, declined_on TEXT, declined_note TEXT, completed_on TEXT, completed_note TEXT, follow_up_on TEXT);
CREATE INDEX referral_household ON referral(household_id);
CREATE TABLE risk_flag(id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, risk_type TEXT, severity TEXT, description TEXT, raised_by TEXT, raised_at TEXT, flag_status TEXT, closed_by TEXT, closed_at TEXT, closing_note TEXT);
CREATE INDEX risk_flag_household ON risk_flag(household_id);
CREATE TABLE status_review(id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, from_status TEXT, proposed_status TEXT, reasons TEXT, evidence TEXT, proposed_by TEXT, proposed_on TEXT, decision TEXT, decided_by TEXT, decided_on TEXT, decision_comment TEXT);
CREATE INDEX status_review_household ON status_review(household_id);
ALTER TABLE household ADD COLUMN open_risks TEXT;
UPDATE household SET open_risks = replace(risk_markers, 'violence', 'domestic_violence') WHERE risk_markers <> '';
CREATE INDEX household_open_risks ON household(open_risks);
-- version 8
CREATE TABLE plan_goal(id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, goal TEXT, review_on TEXT);
CREATE INDEX plan_goal_household ON plan_goal(household_id);
CREATE TABLE plan_action(id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, goal_id TEXT, action TEXT, category TEXT, responsible TEXT, due_on TEXT, status TEXT);
CREATE INDEX plan_action_household ON plan_action(household_id);
CREATE TABLE service_log(id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, session_id TEXT, served_on TEXT, duration_min INTEGER, method TEXT, category TEXT, caseworker TEXT, member_ids TEXT, activity TEXT, outcome TEXT, follow_up_on TEXT);
CREATE INDEX service_log_household ON service_log(household_id, served_on);
CREATE INDEX service_log_session ON service_log(session_id);
CREATE TABLE visit(id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES household(id) DEFERRABLE INITIALLY DEFERRED, deleted INTEGER NOT NULL DEFAULT 0, status TEXT, planned_on TEXT, purpose TEXT, visited_on TEXT, met_member_ids TEXT, met_others TEXT, notes TEXT);
CREATE INDEX visit_household ON visit(household_id, visited_on);
-- version 9
ALTER TABLE plan_action ADD COLUMN need_key TEXT;
-- version 10
ALTER TABLE risk_flag ADD COLUMN member_id TEXT;
ALTER TABLE risk_flag ADD COLUMN reported_to TEXT;
ALTER TABLE risk_flag ADD COLUMN reported_on TEXT;
-- version 11
ALTER TABLE referral ADD COLUMN mandatory_report INTEGER;
