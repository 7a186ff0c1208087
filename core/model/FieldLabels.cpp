// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/FieldLabels.h"

#include "core/model/AgencyList.h"
#include "core/model/CodeList.h"

#include <QCoreApplication>
#include <QHash>

namespace ff {

namespace {
struct Label
{
    const char* field;
    const char* text;
};

const Label kLabels[] = {
    {"household_no", QT_TRANSLATE_NOOP("Fields", "Household number")},
    {"county", QT_TRANSLATE_NOOP("Fields", "County")},
    {"township", QT_TRANSLATE_NOOP("Fields", "Township")},
    {"village", QT_TRANSLATE_NOOP("Fields", "Village")},
    {"address", QT_TRANSLATE_NOOP("Fields", "Address")},
    {"phone", QT_TRANSLATE_NOOP("Fields", "Phone")},
    {"housing", QT_TRANSLATE_NOOP("Fields", "Housing")},
    {"annual_income", QT_TRANSLATE_NOOP("Fields", "Annual household income (yuan)")},
    {"income_sources", QT_TRANSLATE_NOOP("Fields", "Main income sources")},
    {"status", QT_TRANSLATE_NOOP("Fields", "Assistance status")},
    {"hardship_causes", QT_TRANSLATE_NOOP("Fields", "Causes of hardship")},
    {"relocated", QT_TRANSLATE_NOOP("Fields", "Relocated household")},
    {"caseworker", QT_TRANSLATE_NOOP("Fields", "Caseworker")},
    {"station", QT_TRANSLATE_NOOP("Fields", "Social-work station")},
    {"risk_markers", QT_TRANSLATE_NOOP("Fields", "Risk markers")},
    {"last_visit", QT_TRANSLATE_NOOP("Fields", "Last visit")},
    {"notes", QT_TRANSLATE_NOOP("Fields", "Notes")},
    {"name", QT_TRANSLATE_NOOP("Fields", "Name")},
    {"sex", QT_TRANSLATE_NOOP("Fields", "Sex")},
    {"birth_date", QT_TRANSLATE_NOOP("Fields", "Date of birth")},
    {"id_number", QT_TRANSLATE_NOOP("Fields", "Resident ID number")},
    {"relation", QT_TRANSLATE_NOOP("Fields", "Relation to head")},
    {"health", QT_TRANSLATE_NOOP("Fields", "Health")},
    {"disability_type", QT_TRANSLATE_NOOP("Fields", "Disability type")},
    {"disability_grade", QT_TRANSLATE_NOOP("Fields", "Disability grade")},
    {"schooling", QT_TRANSLATE_NOOP("Fields", "Schooling")},
    {"work_ability", QT_TRANSLATE_NOOP("Fields", "Work ability")},
    {"special_groups", QT_TRANSLATE_NOOP("Fields", "Special groups")},
    {"_deleted", QT_TRANSLATE_NOOP("Fields", "Removed or kept")},
    {"form_id", QT_TRANSLATE_NOOP("Fields", "Form")},
    {"form_version", QT_TRANSLATE_NOOP("Fields", "Form version")},
    {"member_id", QT_TRANSLATE_NOOP("Fields", "Member")},
    {"assessed_on", QT_TRANSLATE_NOOP("Fields", "Date of assessment")},
    {"question_id", QT_TRANSLATE_NOOP("Fields", "Question")},
    {"assessment_id", QT_TRANSLATE_NOOP("Fields", "Assessment")},
    {"value", QT_TRANSLATE_NOOP("Fields", "Answer")},
    {"agency", QT_TRANSLATE_NOOP("Fields", "Referred to")},
    {"reason", QT_TRANSLATE_NOOP("Fields", "Reason for referral")},
    {"consent", QT_TRANSLATE_NOOP("Fields", "Household consented")},
    {"consent_on", QT_TRANSLATE_NOOP("Fields", "Date of consent")},
    {"referral_status", QT_TRANSLATE_NOOP("Fields", "Referral status")},
    {"sent_on", QT_TRANSLATE_NOOP("Fields", "Sent on")},
    {"sent_note", QT_TRANSLATE_NOOP("Fields", "Note on sending")},
    {"accepted_on", QT_TRANSLATE_NOOP("Fields", "Accepted on")},
    {"accepted_note", QT_TRANSLATE_NOOP("Fields", "Note on acceptance")},
    {"declined_on", QT_TRANSLATE_NOOP("Fields", "Declined on")},
    {"declined_note", QT_TRANSLATE_NOOP("Fields", "Reason declined")},
    {"completed_on", QT_TRANSLATE_NOOP("Fields", "Completed on")},
    {"completed_note", QT_TRANSLATE_NOOP("Fields", "Outcome")},
    {"risk_type", QT_TRANSLATE_NOOP("Fields", "Kind of risk")},
    {"severity", QT_TRANSLATE_NOOP("Fields", "Severity")},
    {"description", QT_TRANSLATE_NOOP("Fields", "Description")},
    {"raised_by", QT_TRANSLATE_NOOP("Fields", "Raised by")},
    {"raised_at", QT_TRANSLATE_NOOP("Fields", "Raised at")},
    {"flag_status", QT_TRANSLATE_NOOP("Fields", "Flag status")},
    {"closed_by", QT_TRANSLATE_NOOP("Fields", "Closed by")},
    {"closed_at", QT_TRANSLATE_NOOP("Fields", "Closed at")},
    {"closing_note", QT_TRANSLATE_NOOP("Fields", "Closing note")},
    {"reported_to", QT_TRANSLATE_NOOP("Fields", "Reported to")},
    {"mandatory_report", QT_TRANSLATE_NOOP("Fields", "Mandatory report")},
    {"reported_on", QT_TRANSLATE_NOOP("Fields", "Reported on")},
    {"from_status", QT_TRANSLATE_NOOP("Fields", "Status when proposed")},
    {"proposed_status", QT_TRANSLATE_NOOP("Fields", "Proposed status")},
    {"reasons", QT_TRANSLATE_NOOP("Fields", "Reasons")},
    {"evidence", QT_TRANSLATE_NOOP("Fields", "Evidence")},
    {"proposed_by", QT_TRANSLATE_NOOP("Fields", "Proposed by")},
    {"proposed_on", QT_TRANSLATE_NOOP("Fields", "Proposed on")},
    {"decision", QT_TRANSLATE_NOOP("Fields", "Decision")},
    {"decided_by", QT_TRANSLATE_NOOP("Fields", "Decided by")},
    {"decided_on", QT_TRANSLATE_NOOP("Fields", "Decided on")},
    {"decision_comment", QT_TRANSLATE_NOOP("Fields", "Decision comment")},
    {"goal", QT_TRANSLATE_NOOP("Fields", "Goal")},
    {"review_on", QT_TRANSLATE_NOOP("Fields", "Review date")},
    {"goal_id", QT_TRANSLATE_NOOP("Fields", "Goal")},
    {"action", QT_TRANSLATE_NOOP("Fields", "Action")},
    {"category", QT_TRANSLATE_NOOP("Fields", "Service category")},
    {"responsible", QT_TRANSLATE_NOOP("Fields", "Responsible")},
    {"due_on", QT_TRANSLATE_NOOP("Fields", "Due date")},
    {"session_id", QT_TRANSLATE_NOOP("Fields", "Session")},
    {"served_on", QT_TRANSLATE_NOOP("Fields", "Date of service")},
    {"duration_min", QT_TRANSLATE_NOOP("Fields", "Duration (minutes)")},
    {"method", QT_TRANSLATE_NOOP("Fields", "Method")},
    {"member_ids", QT_TRANSLATE_NOOP("Fields", "Members involved")},
    {"activity", QT_TRANSLATE_NOOP("Fields", "What was done")},
    {"outcome", QT_TRANSLATE_NOOP("Fields", "Outcome")},
    {"follow_up_on", QT_TRANSLATE_NOOP("Fields", "Follow-up date")},
    {"planned_on", QT_TRANSLATE_NOOP("Fields", "Planned date")},
    {"purpose", QT_TRANSLATE_NOOP("Fields", "Purpose")},
    {"visited_on", QT_TRANSLATE_NOOP("Fields", "Date of visit")},
    {"met_member_ids", QT_TRANSLATE_NOOP("Fields", "Members met")},
    {"met_others", QT_TRANSLATE_NOOP("Fields", "Others met")},
};

/// Labels that depend on the entity: a plan action's or a visit's status is not the assistance
/// status, an action's category is the need it addresses.
struct EntityLabel
{
    const char* entity;
    const char* field;
    const char* text;
};
const EntityLabel kEntityLabels[] = {
    {"plan_action", "status", QT_TRANSLATE_NOOP("Fields", "Action status")},
    {"plan_action", "category", QT_TRANSLATE_NOOP("Fields", "Need category")},
    {"plan_action", "need_key", QT_TRANSLATE_NOOP("Fields", "Need addressed")},
    {"visit", "status", QT_TRANSLATE_NOOP("Fields", "Visit status")},
    {"risk_flag", "member_id", QT_TRANSLATE_NOOP("Fields", "About whom")},
    {"visit", "notes", QT_TRANSLATE_NOOP("Fields", "What was found")},
    {"referral", "follow_up_on", QT_TRANSLATE_NOOP("Fields", "Follow up by")},
};
} // namespace

QString FieldLabels::field(const QString& entity, const QString& field)
{
    for (const EntityLabel& l : kEntityLabels) {
        if (entity == QLatin1String(l.entity) && field == QLatin1String(l.field))
            return QCoreApplication::translate("Fields", l.text);
    }
    for (const Label& l : kLabels) {
        if (field == QLatin1String(l.field))
            return QCoreApplication::translate("Fields", l.text);
    }
    return field;
}

QString FieldLabels::formLabel(const QString& entity, const QString& field)
{
    return QCoreApplication::translate("Fields", "%1:", "form label").arg(FieldLabels::field(entity, field));
}

QString FieldLabels::entity(const QString& entity)
{
    if (entity == QLatin1String("household"))
        return QCoreApplication::translate("Fields", "Household");
    if (entity == QLatin1String("member"))
        return QCoreApplication::translate("Fields", "Member");
    if (entity == QLatin1String("assessment"))
        return QCoreApplication::translate("Fields", "Assessment");
    if (entity == QLatin1String("answer"))
        return QCoreApplication::translate("Fields", "Answer");
    if (entity == QLatin1String("referral"))
        return QCoreApplication::translate("Fields", "Referral");
    if (entity == QLatin1String("risk_flag"))
        return QCoreApplication::translate("Fields", "Risk flag");
    if (entity == QLatin1String("status_review"))
        return QCoreApplication::translate("Fields", "Status review");
    if (entity == QLatin1String("plan_goal"))
        return QCoreApplication::translate("Fields", "Plan goal");
    if (entity == QLatin1String("plan_action"))
        return QCoreApplication::translate("Fields", "Plan action");
    if (entity == QLatin1String("service_log"))
        return QCoreApplication::translate("Fields", "Service log");
    if (entity == QLatin1String("visit"))
        return QCoreApplication::translate("Fields", "Visit");
    return entity;
}

QString FieldLabels::value(const QString& field, const QVariant& value)
{
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return QCoreApplication::translate("Fields", "(empty)");
    if (field == QLatin1String("agency"))
        return AgencyList::builtIn().label(value.toString());
    // A removal in conflict with an edit: the two sides as a person would say them.
    if (field == QLatin1String("_deleted"))
        return value.toBool() ? QCoreApplication::translate("Fields", "Removed")
                              : QCoreApplication::translate("Fields", "Kept (changed)");
    if (field == QLatin1String("relocated") || field == QLatin1String("consent") ||
        field == QLatin1String("mandatory_report"))
        return value.toBool() ? QCoreApplication::translate("Fields", "Yes")
                              : QCoreApplication::translate("Fields", "No");
    if (const CodeList* list = CodeList::forField(field))
        return list->labels(value.toString());
    return value.toString();
}

QString FieldLabels::value(const QString& entity, const QString& field, const QVariant& value)
{
    if (const CodeList* list = CodeList::forField(entity, field); list && !value.toString().isEmpty())
        return list->labels(value.toString());
    return FieldLabels::value(field, value);
}

} // namespace ff
