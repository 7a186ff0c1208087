// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/EntityType.h"

namespace ff {

const EntityType::Field* EntityType::field(const QString& fieldName) const
{
    for (const Field& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QStringList EntityType::fieldNames() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const Field& f : fields)
        names.append(f.name);
    return names;
}

const QList<EntityType>& EntityType::all()
{
    using K = FieldKind;
    static const QList<EntityType> entities = {
        {QStringLiteral("household"),
         QStringLiteral("household"),
         {{QStringLiteral("household_no"), K::Text},
          {QStringLiteral("county"), K::Text},
          {QStringLiteral("township"), K::Text},
          {QStringLiteral("village"), K::Text},
          {QStringLiteral("address"), K::Text},
          {QStringLiteral("phone"), K::Text},
          {QStringLiteral("housing"), K::Text},
          {QStringLiteral("annual_income"), K::Real},
          {QStringLiteral("income_sources"), K::Codes},
          {QStringLiteral("status"), K::Text},
          {QStringLiteral("hardship_causes"), K::Codes},
          {QStringLiteral("relocated"), K::Bool},
          {QStringLiteral("caseworker"), K::Text},
          {QStringLiteral("station"), K::Text},
          {QStringLiteral("risk_markers"), K::Codes},
          {QStringLiteral("last_visit"), K::Date},
          {QStringLiteral("notes"), K::Text}}},
        {QStringLiteral("member"),
         QStringLiteral("member"),
         {{QStringLiteral("name"), K::Text},
          {QStringLiteral("sex"), K::Text},
          {QStringLiteral("birth_date"), K::Date},
          {QStringLiteral("id_number"), K::Text},
          {QStringLiteral("relation"), K::Text},
          {QStringLiteral("health"), K::Text},
          {QStringLiteral("disability_type"), K::Text},
          {QStringLiteral("disability_grade"), K::Integer},
          {QStringLiteral("schooling"), K::Text},
          {QStringLiteral("work_ability"), K::Text},
          {QStringLiteral("special_groups"), K::Codes}}},
        // A needs assessment (or any form) filled for the household or one member.
        {QStringLiteral("assessment"),
         QStringLiteral("assessment"),
         {{QStringLiteral("form_id"), K::Text},
          {QStringLiteral("form_version"), K::Integer},
          {QStringLiteral("status"), K::Text},
          {QStringLiteral("member_id"), K::Text},
          {QStringLiteral("assessed_on"), K::Date}}},
        // One answer of an assessment; its id is "<assessment id>/<question id>", so people answering
        // the same question offline meet in one record and the per-field merge applies per answer.
        {QStringLiteral("answer"),
         QStringLiteral("answer"),
         {{QStringLiteral("assessment_id"), K::Text},
          {QStringLiteral("question_id"), K::Text},
          {QStringLiteral("value"), K::Text}}},
        // A referral to another agency (转介), tracked from sending to completion.
        {QStringLiteral("referral"),
         QStringLiteral("referral"),
         {{QStringLiteral("agency"), K::Text},
          {QStringLiteral("reason"), K::Text},
          {QStringLiteral("consent"), K::Bool},
          {QStringLiteral("consent_on"), K::Date},
          {QStringLiteral("mandatory_report"), K::Bool},
          {QStringLiteral("referral_status"), K::Text},
          {QStringLiteral("sent_on"), K::Date},
          {QStringLiteral("sent_note"), K::Text},
          {QStringLiteral("accepted_on"), K::Date},
          {QStringLiteral("accepted_note"), K::Text},
          {QStringLiteral("declined_on"), K::Date},
          {QStringLiteral("declined_note"), K::Text},
          {QStringLiteral("completed_on"), K::Date},
          {QStringLiteral("completed_note"), K::Text},
          {QStringLiteral("follow_up_on"), K::Date}}},
        // A risk flag (风险标记), open until closed with a note; raised_at and closed_at are
        // "yyyy-MM-dd HH:mm" text. member_id is whom it is about (empty: the household);
        // reported_to / reported_on record the mandatory report of a child-protection concern.
        {QStringLiteral("risk_flag"),
         QStringLiteral("risk_flag"),
         {{QStringLiteral("risk_type"), K::Text},
          {QStringLiteral("severity"), K::Text},
          {QStringLiteral("member_id"), K::Text},
          {QStringLiteral("description"), K::Text},
          {QStringLiteral("reported_to"), K::Text},
          {QStringLiteral("reported_on"), K::Date},
          {QStringLiteral("raised_by"), K::Text},
          {QStringLiteral("raised_at"), K::Text},
          {QStringLiteral("flag_status"), K::Text},
          {QStringLiteral("closed_by"), K::Text},
          {QStringLiteral("closed_at"), K::Text},
          {QStringLiteral("closing_note"), K::Text}}},
        // A proposal that the household's assistance status changes (动态调整); the decision fields
        // are set only by a supervisor or county user (see sync/DecisionAuthority).
        {QStringLiteral("status_review"),
         QStringLiteral("status_review"),
         {{QStringLiteral("from_status"), K::Text},
          {QStringLiteral("proposed_status"), K::Text},
          {QStringLiteral("reasons"), K::Text},
          {QStringLiteral("evidence"), K::Text},
          {QStringLiteral("proposed_by"), K::Text},
          {QStringLiteral("proposed_on"), K::Date},
          {QStringLiteral("decision"), K::Text},
          {QStringLiteral("decided_by"), K::Text},
          {QStringLiteral("decided_on"), K::Date},
          {QStringLiteral("decision_comment"), K::Text}}},
        // The assistance plan 一户一策: goals, and actions under a goal that address an identified need
        // (need_key, IdentifiedNeed::key()) of a service category.
        {QStringLiteral("plan_goal"),
         QStringLiteral("plan_goal"),
         {{QStringLiteral("goal"), K::Text}, {QStringLiteral("review_on"), K::Date}}},
        {QStringLiteral("plan_action"),
         QStringLiteral("plan_action"),
         {{QStringLiteral("goal_id"), K::Text},
          {QStringLiteral("action"), K::Text},
          {QStringLiteral("need_key"), K::Text},
          {QStringLiteral("category"), K::Text},
          {QStringLiteral("responsible"), K::Text},
          {QStringLiteral("due_on"), K::Date},
          {QStringLiteral("status"), K::Text}}},
        // One service given to one household. A group or community session is one record per
        // household sharing session_id (each household syncs and scopes on its own).
        {QStringLiteral("service_log"),
         QStringLiteral("service_log"),
         {{QStringLiteral("session_id"), K::Text},
          {QStringLiteral("served_on"), K::Date},
          {QStringLiteral("duration_min"), K::Integer},
          {QStringLiteral("method"), K::Text},
          {QStringLiteral("category"), K::Text},
          {QStringLiteral("caseworker"), K::Text},
          {QStringLiteral("member_ids"), K::Codes},
          {QStringLiteral("activity"), K::Text},
          {QStringLiteral("outcome"), K::Text},
          {QStringLiteral("follow_up_on"), K::Date}}},
        // A home visit, planned or done.
        {QStringLiteral("visit"),
         QStringLiteral("visit"),
         {{QStringLiteral("status"), K::Text},
          {QStringLiteral("planned_on"), K::Date},
          {QStringLiteral("purpose"), K::Text},
          {QStringLiteral("visited_on"), K::Date},
          {QStringLiteral("met_member_ids"), K::Codes},
          {QStringLiteral("met_others"), K::Text},
          {QStringLiteral("notes"), K::Text}}},
    };
    return entities;
}

const EntityType* EntityType::find(const QString& name)
{
    for (const EntityType& e : all()) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace ff
