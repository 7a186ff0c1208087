// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The declaration of every journaled record type: the one place its fields are listed. To add a
// type, add an entry here (CONTRIBUTING.md, "Adding a record type"). Never change a released
// field's `since` or remove a field: the migrations are derived from them and stay append-only.
#include "core/schema/RecordTypes.h"

#include "core/schema/StationScope.h"

#include <QCoreApplication>

namespace ff {

namespace {
using K = FieldKind;

FieldSpec maskedField(FieldSpec spec)
{
    spec.masked = true;
    return spec;
}

FieldSpec f(const char* name, FieldKind kind, const char* label, int since = 0, const char* codes = nullptr)
{
    FieldSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.kind = kind;
    spec.label = label;
    spec.since = since;
    spec.codes = codes ? QString::fromLatin1(codes) : QString();
    return spec;
}

/// A field only a station supervisor or county staff may set (or change, once the record exists).
FieldSpec decided(FieldSpec spec, bool alsoOnCreate, const char* refusal)
{
    if (alsoOnCreate)
        spec.mayCreate = deciders();
    spec.mayChange = deciders();
    spec.refusal = QString::fromLatin1(refusal);
    return spec;
}

/// A field only county staff may set or change (the county's decision on a status review).
FieldSpec byCounty(FieldSpec spec, const char* refusal)
{
    spec.mayCreate = {Role::County};
    spec.mayChange = {Role::County};
    spec.refusal = QString::fromLatin1(refusal);
    return spec;
}

/// Who a household belongs to (`caseworker`) and its station: recorded by whoever files it; changed
/// only by an assignment, the station supervisor's (among the station's caseworkers) or the
/// county's. The station follows the caseworker: the county writes it with the assignment.
FieldSpec assignedField(const char* name, const char* label, Roles mayChange)
{
    FieldSpec spec = f(name, K::Text, label);
    spec.mayChange = mayChange;
    spec.refusal = QStringLiteral("assignment_not_authorised");
    return spec;
}

/// The household's assistance status: recorded by anyone when the household is registered; changed
/// only by the county's confirmation of a status review (the decision chain, schema 14).
FieldSpec statusField()
{
    FieldSpec spec =
        f("status", K::Text, QT_TRANSLATE_NOOP("Fields", "Assistance status"), 0, "assistance_status");
    spec.mayChange = {Role::County};
    spec.refusal = QStringLiteral("status_not_authorised");
    return spec;
}

/// Reviewed by the station supervisor once `readyField` holds `readyValue` (always, when null).
void supervised(RecordType& type, const char* readyField = nullptr, const char* readyValue = nullptr)
{
    type.supervision.reviewed = true;
    type.supervision.readyField = readyField ? QString::fromLatin1(readyField) : QString();
    type.supervision.readyValue = readyValue ? QString::fromLatin1(readyValue) : QString();
}

/// A value only `roles` may give a field, on creating the record as on changing it.
Transition onlyBy(const char* to, Roles roles, const char* refusal)
{
    return {QString(), QString::fromLatin1(to), roles, QString::fromLatin1(refusal)};
}

RecordType type(const char* name, const char* label, int since, QList<FieldSpec> fields)
{
    RecordType t;
    t.name = QString::fromLatin1(name);
    t.table = t.name;
    t.label = label;
    t.since = since;
    for (FieldSpec& spec : fields) {
        if (spec.since == 0)
            spec.since = since;
    }
    t.fields = std::move(fields);
    t.indexes = {{t.name + QStringLiteral("_household"), QStringLiteral("household_id"), since, {}}};
    return t;
}

QList<RecordType> declare()
{
    QList<RecordType> all;

    // The household file's household (一户一档): its own id is its household id.
    RecordType household =
        type("household", QT_TRANSLATE_NOOP("Fields", "Household"), 1,
             {f("household_no", K::Text, QT_TRANSLATE_NOOP("Fields", "Household number")),
              f("county", K::Text, QT_TRANSLATE_NOOP("Fields", "County")),
              f("township", K::Text, QT_TRANSLATE_NOOP("Fields", "Township")),
              f("village", K::Text, QT_TRANSLATE_NOOP("Fields", "Village")),
              f("address", K::Text, QT_TRANSLATE_NOOP("Fields", "Address")),
              f("phone", K::Text, QT_TRANSLATE_NOOP("Fields", "Phone")),
              f("housing", K::Text, QT_TRANSLATE_NOOP("Fields", "Housing"), 0, "housing"),
              f("annual_income", K::Real, QT_TRANSLATE_NOOP("Fields", "Annual household income (yuan)")),
              f("income_sources", K::Codes, QT_TRANSLATE_NOOP("Fields", "Main income sources"), 0,
                "income_sources"),
              // Recorded by anyone when the household is registered; changed only through a status
              // review decided above the caseworker (动态调整).
              statusField(),
              // The status a household was filed with is what the person filing it said (an
              // existing beneficiary): unconfirmed until a station supervisor or the county
              // confirms it, or a status review decides a new one.
              decided(f("status_confirmed", K::Bool, QT_TRANSLATE_NOOP("Fields", "Status confirmed"), 13),
                      true, "confirmation_not_authorised"),
              f("hardship_causes", K::Codes, QT_TRANSLATE_NOOP("Fields", "Causes of hardship"), 0,
                "hardship_causes"),
              f("relocated", K::Bool, QT_TRANSLATE_NOOP("Fields", "Relocated household")),
              assignedField("caseworker", QT_TRANSLATE_NOOP("Fields", "Caseworker"),
                            {Role::Supervisor, Role::County}),
              assignedField("station", QT_TRANSLATE_NOOP("Fields", "Social-work station"), {Role::County}),
              f("risk_markers", K::Codes, QT_TRANSLATE_NOOP("Fields", "Risk markers"), 0, "risk_markers"),
              f("last_visit", K::Date, QT_TRANSLATE_NOOP("Fields", "Last visit")),
              f("notes", K::Text, QT_TRANSLATE_NOOP("Fields", "Notes")),
              // Schema 16: a household filed twice and merged into another (HouseholdMerge) names
              // the one it was merged into as it is removed; only a station supervisor or the
              // county merges.
              decided(f("merged_into", K::Text, QT_TRANSLATE_NOOP("Fields", "Merged into"), 16), true,
                      "merge_not_authorised")});
    // The list's summary of the members and open risks (HouseholdSummary, a projection).
    household.derived = {{QStringLiteral("head_name"), QStringLiteral("TEXT"), 1},
                         {QStringLiteral("head_sort"), QStringLiteral("TEXT"), 1},
                         {QStringLiteral("special_groups"), QStringLiteral("TEXT"), 1},
                         {QStringLiteral("member_count"), QStringLiteral("INTEGER NOT NULL DEFAULT 0"), 1},
                         {QStringLiteral("open_risks"), QStringLiteral("TEXT"), 7},
                         // The village's pinyin, so the list sorts villages as people look for them
                         // (岸堤村 before 北山村), not by code point.
                         {QStringLiteral("village_sort"), QStringLiteral("TEXT"), 17}};
    household.indexes = {
        {QStringLiteral("household_no"), QStringLiteral("household_no"), 1, {}},
        {QStringLiteral("household_village"), QStringLiteral("village, head_sort"), 1, {}},
        {QStringLiteral("household_status"), QStringLiteral("status"), 1, {}},
        {QStringLiteral("household_head"), QStringLiteral("head_sort"), 1, {}},
        {QStringLiteral("household_visit"), QStringLiteral("last_visit"), 1, {}},
        {QStringLiteral("household_groups"), QStringLiteral("special_groups"), 1, {}},
        {QStringLiteral("household_risk"), QStringLiteral("risk_markers"), 1, {}},
        // Counting the caseload without reading every row: all − removed, both from indexes. The
        // index is partial, so the planner never prefers it over the sort indexes for a page.
        {QStringLiteral("household_removed"), QStringLiteral("deleted"), 4, QStringLiteral("deleted <> 0")},
        {QStringLiteral("household_open_risks"), QStringLiteral("open_risks"), 7, {}},
        // The list sorted by village: villages in pinyin order, homophones apart, each village's
        // households by the head's name; the rowid breaks ties as the list's order does.
        // household_village stays for the search's range over the village name as typed.
        {QStringLiteral("household_village_sort"),
         QStringLiteral("village_sort, village, head_sort"),
         17,
         {}},
        // A search's matches put in the list's order without reading their rows: a household by its
        // id, with what the default (village) order sorts by. One keystroke matches a thousand
        // households; reading each one's row was most of the time it took (schema 21).
        {QStringLiteral("household_id_order"),
         QStringLiteral("id, deleted, village_sort, village, head_sort"),
         21,
         {}},
        // The search's range over the village name as typed, with what it needs of each household
        // (removed or not, its id): answered from the index alone (schema 21).
        {QStringLiteral("household_village_id"), QStringLiteral("village, deleted, id"), 21, {}},
        // The same range with what the default order sorts by (and the rowid, which every index
        // holds): a search's village matches put in the list's order from the index alone, as its
        // key matches are from the search keys (schema 23).
        {QStringLiteral("household_village_order"),
         QStringLiteral("village, deleted, village_sort, head_sort"),
         23,
         {}},
        // A report's scope (core/indicators IndicatorScope): the households of a station, a township
        // or a caseworker, found by the very expression the scope's condition compares, so that a
        // station's figures read its households' records through their household indexes
        // instead of every record of the county.
        {QStringLiteral("household_station_scope"), QStringLiteral("trim(coalesce(station, ''))"), 22, {}},
        {QStringLiteral("household_township_scope"), QStringLiteral("trim(coalesce(township, ''))"), 22, {}},
        {QStringLiteral("household_caseworker_scope"),
         QStringLiteral("trim(coalesce(caseworker, ''))"),
         22,
         {}},
        // The households whose old notes text is still to become a case note (it comes only from a
        // laptop not yet updated, CaseNoteRepository::adoptHouseholdNotes): every start looks for
        // them, and the partial index answers from its few entries, nearly always none, instead of
        // reading every household's row (schema 24). Its condition is the query's, word for word.
        {QStringLiteral("household_notes_left"), QStringLiteral("id"), 24,
         QStringLiteral("deleted = 0 AND notes <> ''")}};
    household.title = {{{QStringLiteral("household_no")}}};
    household.columns = {QStringLiteral("household_no"), QStringLiteral("village"), QStringLiteral("status")};
    all.append(household);

    RecordType member = type(
        "member", QT_TRANSLATE_NOOP("Fields", "Member"), 1,
        {f("name", K::Text, QT_TRANSLATE_NOOP("Fields", "Name")),
         f("sex", K::Text, QT_TRANSLATE_NOOP("Fields", "Sex"), 0, "sex"),
         f("birth_date", K::Date, QT_TRANSLATE_NOOP("Fields", "Date of birth")),
         maskedField(f("id_number", K::Text, QT_TRANSLATE_NOOP("Fields", "Resident ID number"))),
         f("relation", K::Text, QT_TRANSLATE_NOOP("Fields", "Relation to head"), 0, "relation"),
         f("health", K::Text, QT_TRANSLATE_NOOP("Fields", "Health"), 0, "health"),
         f("disability_type", K::Text, QT_TRANSLATE_NOOP("Fields", "Disability type"), 0, "disability_type"),
         f("disability_grade", K::Integer, QT_TRANSLATE_NOOP("Fields", "Disability grade"), 0,
           "disability_grade"),
         f("schooling", K::Text, QT_TRANSLATE_NOOP("Fields", "Schooling"), 0, "schooling"),
         f("work_ability", K::Text, QT_TRANSLATE_NOOP("Fields", "Work ability"), 0, "work_ability"),
         f("special_groups", K::Codes, QT_TRANSLATE_NOOP("Fields", "Special groups"), 0, "special_groups")});
    member.indexes = {
        // Until schema 25: a household's members by the household alone.
        {QStringLiteral("member_household"), QStringLiteral("household_id"), 1, {}, 25},
        // A household's members in the order the list's search reads them (the head first, then by
        // id; HouseholdListQuery::markMatchedMembers), with what it reads of each: a page's hundred
        // member reads each answered from one page of this index, without the table's rows
        // (schema 25). Every statement that finds members by their household uses it as it used
        // member_household.
        {QStringLiteral("member_household_order"),
         QStringLiteral("household_id, deleted, relation <> 'head', id, name, relation, id_number"),
         25,
         {}}};
    member.title = {{{QStringLiteral("name")}}};
    member.columns = {QStringLiteral("name"), QStringLiteral("relation"), QStringLiteral("birth_date")};
    all.append(member);

    // A needs assessment (or any form) filled for the household or one member. Once submitted it
    // is final: a reassessment is a new assessment.
    FieldSpec assessmentStatus = f("status", K::Text, QT_TRANSLATE_NOOP("Fields", "Assessment status"));
    assessmentStatus.transitions = {
        {QStringLiteral("submitted"), QString(), Roles(), QStringLiteral("submission_final")}};
    RecordType assessment =
        type("assessment", QT_TRANSLATE_NOOP("Fields", "Assessment"), 5,
             {f("form_id", K::Text, QT_TRANSLATE_NOOP("Fields", "Form")),
              f("form_version", K::Integer, QT_TRANSLATE_NOOP("Fields", "Form version")), assessmentStatus,
              f("member_id", K::Text, QT_TRANSLATE_NOOP("Fields", "Member")),
              f("assessed_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Date of assessment"))});
    assessment.title = {{{QStringLiteral("form_id")}},
                        {{QStringLiteral("member_id")}, {}, QT_TRANSLATE_NOOP("History", "the household")}};
    assessment.columns = {QStringLiteral("assessed_on"), QStringLiteral("form_id"),
                          QStringLiteral("member_id"), QStringLiteral("status")};
    supervised(assessment, "status", "submitted");
    all.append(assessment);

    // One answer of an assessment; its id is "<assessment id>/<question id>", so people answering
    // the same question offline meet in one record and the per-field merge applies per answer.
    RecordType answer = type("answer", QT_TRANSLATE_NOOP("Fields", "Answer"), 5,
                             {f("assessment_id", K::Text, QT_TRANSLATE_NOOP("Fields", "Assessment")),
                              f("question_id", K::Text, QT_TRANSLATE_NOOP("Fields", "Question")),
                              f("value", K::Text, QT_TRANSLATE_NOOP("Fields", "Answer"))});
    answer.indexes = {{QStringLiteral("answer_assessment"), QStringLiteral("assessment_id"), 5, {}}};
    all.append(answer);

    // A referral to another agency (转介), tracked from sending to completion.
    RecordType referral = type(
        "referral", QT_TRANSLATE_NOOP("Fields", "Referral"), 7,
        {f("agency", K::Text, QT_TRANSLATE_NOOP("Fields", "Referred to"), 0, "agencies"),
         f("reason", K::Text, QT_TRANSLATE_NOOP("Fields", "Reason for referral")),
         f("consent", K::Bool, QT_TRANSLATE_NOOP("Fields", "Household consented")),
         f("consent_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Date of consent")),
         // The mandatory report of a child-protection concern (强制报告), made without consent.
         f("mandatory_report", K::Bool, QT_TRANSLATE_NOOP("Fields", "Mandatory report"), 11),
         f("referral_status", K::Text, QT_TRANSLATE_NOOP("Fields", "Referral status"), 0, "referral_status"),
         f("sent_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Sent on")),
         f("sent_note", K::Text, QT_TRANSLATE_NOOP("Fields", "Note on sending")),
         f("accepted_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Accepted on")),
         f("accepted_note", K::Text, QT_TRANSLATE_NOOP("Fields", "Note on acceptance")),
         f("declined_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Declined on")),
         f("declined_note", K::Text, QT_TRANSLATE_NOOP("Fields", "Reason declined")),
         f("completed_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Completed on")),
         f("completed_note", K::Text, QT_TRANSLATE_NOOP("Fields", "Outcome")),
         f("follow_up_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Follow up by"))});
    referral.title = {{{QStringLiteral("agency")}}, {{QStringLiteral("sent_on")}}};
    referral.columns = {QStringLiteral("agency"), QStringLiteral("referral_status"),
                        QStringLiteral("sent_on"), QStringLiteral("follow_up_on")};
    supervised(referral);
    all.append(referral);

    // A risk flag (风险标记), open until closed with a note; raised_at and closed_at are
    // "yyyy-MM-dd HH:mm" text. member_id is whom it is about (empty: the household);
    // reported_to / reported_on record the mandatory report of a child-protection concern.
    RecordType riskFlag =
        type("risk_flag", QT_TRANSLATE_NOOP("Fields", "Risk flag"), 7,
             {f("risk_type", K::Text, QT_TRANSLATE_NOOP("Fields", "Kind of risk"), 0, "risk_type"),
              f("severity", K::Text, QT_TRANSLATE_NOOP("Fields", "Severity"), 0, "risk_severity"),
              f("member_id", K::Text, QT_TRANSLATE_NOOP("Fields", "About whom"), 10),
              f("description", K::Text, QT_TRANSLATE_NOOP("Fields", "Description")),
              f("reported_to", K::Text, QT_TRANSLATE_NOOP("Fields", "Reported to"), 10),
              f("reported_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Reported on"), 10),
              f("raised_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Raised by")),
              f("raised_at", K::Text, QT_TRANSLATE_NOOP("Fields", "Raised at")),
              f("flag_status", K::Text, QT_TRANSLATE_NOOP("Fields", "Flag status"), 0, "flag_status"),
              f("closed_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Closed by")),
              f("closed_at", K::Text, QT_TRANSLATE_NOOP("Fields", "Closed at")),
              f("closing_note", K::Text, QT_TRANSLATE_NOOP("Fields", "Closing note"))});
    riskFlag.title = {{{QStringLiteral("risk_type")}}, {{QStringLiteral("member_id")}}};
    riskFlag.columns = {QStringLiteral("risk_type"), QStringLiteral("severity"), QStringLiteral("member_id"),
                        QStringLiteral("flag_status"), QStringLiteral("raised_at")};
    supervised(riskFlag, "flag_status", "closed");
    all.append(riskFlag);

    // A proposal that the household's assistance status changes (动态调整); the decision is taken
    // above the caseworker.
    // The chain (应保尽保, 应退尽退): the caseworker proposes, the station supervisor recommends
    // or returns, the county confirms (decision approved) or refuses (returned); the household's
    // status changes only with the county's confirmation.
    const char* decision = "decision_not_authorised";
    const char* recommendation = "recommendation_not_authorised";
    RecordType review = type(
        "status_review", QT_TRANSLATE_NOOP("Fields", "Status review"), 7,
        {f("from_status", K::Text, QT_TRANSLATE_NOOP("Fields", "Status when proposed"), 0,
           "assistance_status"),
         f("proposed_status", K::Text, QT_TRANSLATE_NOOP("Fields", "Proposed status"), 0,
           "assistance_status"),
         f("reasons", K::Text, QT_TRANSLATE_NOOP("Fields", "Reasons")),
         f("evidence", K::Text, QT_TRANSLATE_NOOP("Fields", "Evidence")),
         f("proposed_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Proposed by")),
         f("proposed_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Proposed on")),
         byCounty(f("decision", K::Text, QT_TRANSLATE_NOOP("Fields", "Decision"), 0, "review_decision"),
                  decision),
         byCounty(f("decided_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Decided by")), decision),
         byCounty(f("decided_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Decided on")), decision),
         byCounty(f("decision_comment", K::Text, QT_TRANSLATE_NOOP("Fields", "Decision comment")), decision),
         // The station supervisor's step of the chain (schema 14): recommend to the county,
         // or return to the caseworker.
         decided(f("recommendation", K::Text, QT_TRANSLATE_NOOP("Fields", "Station recommendation"), 14,
                   "review_recommendation"),
                 true, recommendation),
         decided(f("recommended_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Recommended by"), 14), true,
                 recommendation),
         decided(f("recommended_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Recommended on"), 14), true,
                 recommendation),
         decided(f("recommendation_comment", K::Text,
                   QT_TRANSLATE_NOOP("Fields", "Station supervisor's opinion"), 14),
                 true, recommendation)});
    review.title = {{{QStringLiteral("proposed_status")}, QStringLiteral("→ ")}};
    review.columns = {QStringLiteral("proposed_on"), QStringLiteral("from_status"),
                      QStringLiteral("proposed_status"), QStringLiteral("decision")};
    all.append(review);

    // The assistance plan 一户一策: goals, and actions under a goal that address an identified need
    // (need_key, IdentifiedNeed::key()) of a service category.
    RecordType goal = type("plan_goal", QT_TRANSLATE_NOOP("Fields", "Plan goal"), 8,
                           {f("goal", K::Text, QT_TRANSLATE_NOOP("Fields", "Goal")),
                            f("review_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Review date"))});
    goal.title = {{{QStringLiteral("goal")}}};
    goal.columns = {QStringLiteral("goal"), QStringLiteral("review_on")};
    supervised(goal);
    all.append(goal);

    RecordType action =
        type("plan_action", QT_TRANSLATE_NOOP("Fields", "Plan action"), 8,
             {f("goal_id", K::Text, QT_TRANSLATE_NOOP("Fields", "Goal")),
              f("action", K::Text, QT_TRANSLATE_NOOP("Fields", "Action")),
              f("need_key", K::Text, QT_TRANSLATE_NOOP("Fields", "Need addressed"), 9),
              f("category", K::Text, QT_TRANSLATE_NOOP("Fields", "Need category"), 0, "service_categories"),
              f("responsible", K::Text, QT_TRANSLATE_NOOP("Fields", "Responsible")),
              f("due_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Due date")),
              f("status", K::Text, QT_TRANSLATE_NOOP("Fields", "Action status"), 0, "plan_action_status")});
    action.title = {{{QStringLiteral("action")}}};
    action.columns = {QStringLiteral("action"), QStringLiteral("category"), QStringLiteral("responsible"),
                      QStringLiteral("due_on"), QStringLiteral("status")};
    supervised(action);
    all.append(action);

    // One service given to one household. A group or community session is one record per
    // household sharing session_id (each household syncs and scopes on its own).
    RecordType service = type(
        "service_log", QT_TRANSLATE_NOOP("Fields", "Service log"), 8,
        {f("session_id", K::Text, QT_TRANSLATE_NOOP("Fields", "Session")),
         f("served_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Date of service")),
         f("duration_min", K::Integer, QT_TRANSLATE_NOOP("Fields", "Duration (minutes)")),
         f("method", K::Text, QT_TRANSLATE_NOOP("Fields", "Method"), 0, "service_methods"),
         f("category", K::Text, QT_TRANSLATE_NOOP("Fields", "Service category"), 0, "service_categories"),
         f("caseworker", K::Text, QT_TRANSLATE_NOOP("Fields", "Caseworker")),
         f("member_ids", K::Codes, QT_TRANSLATE_NOOP("Fields", "Members involved")),
         f("activity", K::Text, QT_TRANSLATE_NOOP("Fields", "What was done")),
         f("outcome", K::Text, QT_TRANSLATE_NOOP("Fields", "Outcome")),
         f("follow_up_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Follow-up date")),
         // Schema 15: the purchased-service project the service was given under, and the station's
         // volunteers who took part (shared by every record of a session, like the date).
         f("project_id", K::Text, QT_TRANSLATE_NOOP("Fields", "Service project"), 15),
         f("volunteer_ids", K::Codes, QT_TRANSLATE_NOOP("Fields", "Volunteers"), 15)});
    service.indexes = {
        {QStringLiteral("service_log_household"), QStringLiteral("household_id, served_on"), 8, {}},
        {QStringLiteral("service_log_session"), QStringLiteral("session_id"), 8, {}},
        {QStringLiteral("service_log_project"), QStringLiteral("project_id, served_on"), 15,
         QStringLiteral("project_id IS NOT NULL")},
        // The county's services of a span of months (the dashboard's first chart, the report's
        // services) read from this index alone, without the records' rows.
        {QStringLiteral("service_log_day"),
         QStringLiteral("served_on, household_id, session_id, id, method, category, duration_min, deleted"),
         22, QStringLiteral("deleted = 0")}};
    service.title = {{{QStringLiteral("served_on")}}};
    service.columns = {QStringLiteral("served_on"), QStringLiteral("method"), QStringLiteral("category"),
                       QStringLiteral("duration_min"), QStringLiteral("outcome")};
    supervised(service);
    all.append(service);

    // A home visit, planned or done.
    RecordType visit =
        type("visit", QT_TRANSLATE_NOOP("Fields", "Visit"), 8,
             {f("status", K::Text, QT_TRANSLATE_NOOP("Fields", "Visit status"), 0, "visit_status"),
              f("planned_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Planned date")),
              f("purpose", K::Text, QT_TRANSLATE_NOOP("Fields", "Purpose")),
              f("visited_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Date of visit")),
              f("met_member_ids", K::Codes, QT_TRANSLATE_NOOP("Fields", "Members met")),
              f("met_others", K::Text, QT_TRANSLATE_NOOP("Fields", "Others met")),
              f("notes", K::Text, QT_TRANSLATE_NOOP("Fields", "What was found"))});
    visit.indexes = {{QStringLiteral("visit_household"), QStringLiteral("household_id, visited_on"), 8, {}},
                     // The county's planned visits of a span of months (visits on time), from the index.
                     {QStringLiteral("visit_planned"),
                      QStringLiteral("planned_on, household_id, status, visited_on, deleted"), 22,
                      QStringLiteral("deleted = 0 AND planned_on IS NOT NULL")}};
    visit.title = {{{QStringLiteral("visited_on"), QStringLiteral("planned_on")}}};
    visit.columns = {QStringLiteral("visited_on"), QStringLiteral("planned_on"), QStringLiteral("status"),
                     QStringLiteral("purpose")};
    supervised(visit, "status", "done");
    all.append(visit);

    // A household file was opened: who (the change's author and device) and when. Written by the
    // app, never changed or removed; it reaches the county like every record, so the county can
    // answer "who looked at this file".
    RecordType opened = type("file_open", QT_TRANSLATE_NOOP("Fields", "File opened"), 13,
                             {f("opened_at", K::Text, QT_TRANSLATE_NOOP("Fields", "Opened at")),
                              f("opened_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Opened by"))});
    for (FieldSpec& spec : opened.fields) {
        spec.mayChange = {};
        spec.refusal = QStringLiteral("file_open_is_final");
    }
    opened.mayRemove = {};
    opened.indexes = {
        {QStringLiteral("file_open_household"), QStringLiteral("household_id, opened_at"), 13, {}}};
    opened.title = {{{QStringLiteral("opened_by")}}};
    opened.columns = {QStringLiteral("opened_at"), QStringLiteral("opened_by")};
    all.append(opened);

    // The station supervisor's review of a caseworker's note (督导): one per reviewed record, with
    // that record's id, so that a note is in the queue once however often it is edited. The
    // journal writer keeps it (a caseworker's change to a reviewed record makes it pending); only
    // a supervisor or county user approves or returns it.
    const char* reviewRefusal = "review_not_authorised";
    FieldSpec reviewState =
        f("state", K::Text, QT_TRANSLATE_NOOP("Fields", "Review state"), 0, "note_review_state");
    reviewState.transitions = {onlyBy("approved", deciders(), reviewRefusal),
                               onlyBy("returned", deciders(), reviewRefusal)};
    RecordType noteReview = type(
        "note_review", QT_TRANSLATE_NOOP("Fields", "Supervisor's review"), 14,
        {f("subject_type", K::Text, QT_TRANSLATE_NOOP("Fields", "Kind of record")), reviewState,
         f("submitted_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Submitted by")),
         f("submitted_at", K::Text, QT_TRANSLATE_NOOP("Fields", "Submitted at")),
         f("reopened", K::Bool, QT_TRANSLATE_NOOP("Fields", "Changed after approval")),
         decided(f("reviewed_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Reviewed by")), true, reviewRefusal),
         decided(f("reviewed_at", K::Text, QT_TRANSLATE_NOOP("Fields", "Reviewed at")), true,
                 reviewRefusal)});
    noteReview.mayRemove = {};
    noteReview.indexes = {
        {QStringLiteral("note_review_household"), QStringLiteral("household_id"), 14, {}},
        {QStringLiteral("note_review_queue"), QStringLiteral("state, submitted_at"), 14, {}}};
    // No title of its own: the history names a review by the record it reviews (the same id).
    noteReview.columns = {QStringLiteral("subject_type"), QStringLiteral("state"),
                          QStringLiteral("submitted_at")};
    all.append(noteReview);

    // A comment in a review's thread: the supervisor's on returning or approving, the caseworker's
    // answer. Never changed or removed: the thread is what was said.
    RecordType comment =
        type("review_comment", QT_TRANSLATE_NOOP("Fields", "Review comment"), 14,
             {f("review_id", K::Text, QT_TRANSLATE_NOOP("Fields", "Review")),
              f("kind", K::Text, QT_TRANSLATE_NOOP("Fields", "Kind of comment"), 0, "review_comment_kind"),
              f("written_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Written by")),
              f("written_at", K::Text, QT_TRANSLATE_NOOP("Fields", "Written at")),
              f("text", K::Text, QT_TRANSLATE_NOOP("Fields", "Comment"))});
    for (FieldSpec& spec : comment.fields) {
        spec.mayChange = {};
        spec.refusal = QStringLiteral("comment_is_final");
    }
    comment.fields[1].transitions = {onlyBy("approve", deciders(), reviewRefusal),
                                     onlyBy("return", deciders(), reviewRefusal)};
    comment.mayRemove = {};
    comment.indexes = {
        {QStringLiteral("review_comment_household"), QStringLiteral("household_id"), 14, {}},
        {QStringLiteral("review_comment_review"), QStringLiteral("review_id, written_at"), 14, {}}};
    comment.title = {{{QStringLiteral("kind")}}, {{QStringLiteral("written_by")}}};
    comment.columns = {QStringLiteral("written_at"), QStringLiteral("written_by"), QStringLiteral("kind"),
                       QStringLiteral("text")};
    all.append(comment);

    // A case note (个案记录, schema 16): a dated entry in the household's notes, written by the
    // person signed in. Entries are never removed and their author never changes; a correction
    // changes the text (or date) and says who corrected it and when, and the journal keeps every
    // earlier text (CaseNoteRepository). The household's old free-text `notes` field is adopted as
    // its first entry (CaseNoteRepository::adoptHouseholdNotes).
    const char* noteKept = "case_note_is_kept";
    RecordType caseNote = type("case_note", QT_TRANSLATE_NOOP("Fields", "Case note"), 16,
                               {f("written_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Date")),
                                f("written_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Written by")),
                                f("written_at", K::Text, QT_TRANSLATE_NOOP("Fields", "Written at")),
                                f("text", K::Text, QT_TRANSLATE_NOOP("Fields", "Note")),
                                f("corrected_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Corrected by")),
                                f("corrected_at", K::Text, QT_TRANSLATE_NOOP("Fields", "Corrected at"))});
    for (FieldSpec& spec : caseNote.fields) {
        if (spec.name == QLatin1String("written_by") || spec.name == QLatin1String("written_at")) {
            spec.mayChange = {};
            spec.refusal = QString::fromLatin1(noteKept);
        }
    }
    caseNote.mayRemove = {};
    caseNote.refusal = QString::fromLatin1(noteKept);
    caseNote.indexes = {
        {QStringLiteral("case_note_household"), QStringLiteral("household_id, written_on"), 16, {}},
        {QStringLiteral("case_note_written"), QStringLiteral("written_on"), 16, {}}};
    caseNote.title = {{{QStringLiteral("written_on")}}};
    caseNote.columns = {QStringLiteral("written_on"), QStringLiteral("written_by"), QStringLiteral("text")};
    all.append(caseNote);

    // An attachment (附件, schema 20): a photo or scan of a document (ID card, hukou page, proof of
    // income, a signed consent form, the housing) kept with the household, or with one member of it
    // (`member_id`). The record says what the file is; its bytes are kept apart, once per content
    // (attachment_content, by `sha256`), and travel in chunks after the records
    // (AttachmentContentStore, AttachmentTransfer). What the file is never changes: a wrong file is
    // removed and the right one added; its category, title and member can be corrected.
    const char* attachmentFinal = "attachment_is_final";
    RecordType attachment = type(
        "attachment", QT_TRANSLATE_NOOP("Fields", "Attachment"), 20,
        {f("member_id", K::Text, QT_TRANSLATE_NOOP("Fields", "Member")),
         f("category", K::Text, QT_TRANSLATE_NOOP("Fields", "Kind of document"), 0, "attachment_category"),
         f("title", K::Text, QT_TRANSLATE_NOOP("Fields", "Title")),
         f("file_name", K::Text, QT_TRANSLATE_NOOP("Fields", "File name")),
         f("media_type", K::Text, QT_TRANSLATE_NOOP("Fields", "Type of file")),
         f("byte_size", K::Integer, QT_TRANSLATE_NOOP("Fields", "Size in bytes")),
         f("sha256", K::Text, QT_TRANSLATE_NOOP("Fields", "SHA-256 of the content")),
         f("added_by", K::Text, QT_TRANSLATE_NOOP("Fields", "Added by")),
         f("added_at", K::Text, QT_TRANSLATE_NOOP("Fields", "Added at"))});
    for (FieldSpec& spec : attachment.fields) {
        if (spec.name != QLatin1String("member_id") && spec.name != QLatin1String("category") &&
            spec.name != QLatin1String("title")) {
            spec.mayChange = {};
            spec.refusal = QString::fromLatin1(attachmentFinal);
        }
    }
    attachment.indexes = {
        {QStringLiteral("attachment_household"), QStringLiteral("household_id, added_at"), 20, {}},
        {QStringLiteral("attachment_content_of"), QStringLiteral("sha256"), 20, {}}};
    attachment.title = {{{QStringLiteral("category")}}, {{QStringLiteral("title")}}};
    attachment.columns = {QStringLiteral("category"), QStringLiteral("title"), QStringLiteral("added_at")};
    all.append(attachment);

    // The station's records (schema 15): they belong to a social-work station, not to a household
    // (RecordType::Scope::Station, StationScope). Kept by the station supervisor or county staff;
    // caseworkers read them. `station` is the station they were made for and never changes (their
    // sync scope is fixed by their first change).
    auto stationRecord = [](RecordType& t) {
        t.scope = RecordType::Scope::Station;
        t.mayCreate = deciders();
        t.mayRemove = deciders();
        t.refusal = StationScope::refusal();
        for (FieldSpec& spec : t.fields) {
            spec.mayCreate = deciders();
            spec.mayChange = deciders();
            spec.refusal = StationScope::refusal();
        }
        t.fields[0].mayChange = {};
        t.fields[0].refusal = QStringLiteral("station_is_final");
        t.indexes = {
            {t.name + QStringLiteral("_station"), QStringLiteral("household_id, name"), t.since, {}}};
    };

    // A volunteer of the station's roster (志愿者).
    RecordType volunteer = type("volunteer", QT_TRANSLATE_NOOP("Fields", "Volunteer"), 15,
                                {f("station", K::Text, QT_TRANSLATE_NOOP("Fields", "Social-work station")),
                                 f("name", K::Text, QT_TRANSLATE_NOOP("Fields", "Name")),
                                 f("phone", K::Text, QT_TRANSLATE_NOOP("Fields", "Contact")),
                                 f("skills", K::Text, QT_TRANSLATE_NOOP("Fields", "Skills")),
                                 f("trainings", K::Text, QT_TRANSLATE_NOOP("Fields", "Trainings attended")),
                                 f("joined_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Joined on")),
                                 f("notes", K::Text, QT_TRANSLATE_NOOP("Fields", "Notes"))});
    stationRecord(volunteer);
    volunteer.title = {{{QStringLiteral("name")}}};
    volunteer.columns = {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("skills")};
    all.append(volunteer);

    // A government-purchased service project (政府购买服务, e.g. 三区计划): who buys what from which
    // organisation, for how long, and how many hours and households were contracted. An empty
    // station makes it county-wide.
    RecordType project =
        type("service_project", QT_TRANSLATE_NOOP("Fields", "Service project"), 15,
             {f("station", K::Text, QT_TRANSLATE_NOOP("Fields", "Social-work station")),
              f("name", K::Text, QT_TRANSLATE_NOOP("Fields", "Project name")),
              f("purchaser", K::Text, QT_TRANSLATE_NOOP("Fields", "Purchaser")),
              f("provider", K::Text, QT_TRANSLATE_NOOP("Fields", "Provider organisation")),
              f("starts_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Starts on")),
              f("ends_on", K::Date, QT_TRANSLATE_NOOP("Fields", "Ends on")),
              f("contracted_hours", K::Real, QT_TRANSLATE_NOOP("Fields", "Contracted service hours")),
              f("contracted_households", K::Integer, QT_TRANSLATE_NOOP("Fields", "Contracted households")),
              f("notes", K::Text, QT_TRANSLATE_NOOP("Fields", "Notes"))});
    stationRecord(project);
    project.title = {{{QStringLiteral("name")}}};
    project.columns = {QStringLiteral("name"), QStringLiteral("purchaser"), QStringLiteral("provider"),
                       QStringLiteral("starts_on"), QStringLiteral("ends_on")};
    all.append(project);

    return all;
}
} // namespace

QString FieldSpec::columnType() const
{
    switch (kind) {
    case FieldKind::Integer:
    case FieldKind::Bool:
        return QStringLiteral("INTEGER");
    case FieldKind::Real:
        return QStringLiteral("REAL");
    case FieldKind::Text:
    case FieldKind::Date:
    case FieldKind::Codes:
        return QStringLiteral("TEXT");
    }
    return QStringLiteral("TEXT");
}

const FieldSpec* RecordType::field(const QString& fieldName) const
{
    for (const FieldSpec& spec : fields) {
        if (spec.name == fieldName)
            return &spec;
    }
    return nullptr;
}

QStringList RecordType::fieldNames() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const FieldSpec& spec : fields)
        names.append(spec.name);
    return names;
}

const QList<RecordType>& RecordTypes::all()
{
    static const QList<RecordType> types = declare();
    return types;
}

const RecordType* RecordTypes::find(QStringView name)
{
    for (const RecordType& t : all()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const RecordType* RecordTypes::find(const QString& name) { return find(QStringView(name)); }

const QString& RecordTypes::deletedField()
{
    static const QString name = QStringLiteral("_deleted");
    return name;
}

const QString& RecordTypes::noteReview()
{
    static const QString name = QStringLiteral("note_review");
    return name;
}

const QString& RecordTypes::volunteer()
{
    static const QString name = QStringLiteral("volunteer");
    return name;
}

const QString& RecordTypes::serviceProject()
{
    static const QString name = QStringLiteral("service_project");
    return name;
}

const QString& RecordTypes::reviewComment()
{
    static const QString name = QStringLiteral("review_comment");
    return name;
}

} // namespace ff
