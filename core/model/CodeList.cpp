// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/CodeList.h"

#include "core/schema/RecordTypes.h"

#include <QCoreApplication>

namespace ff {

QStringList CodeList::codes() const
{
    QStringList out;
    for (const Entry& e : m_entries)
        out.append(QString::fromLatin1(e.code));
    return out;
}

bool CodeList::contains(const QString& code) const
{
    for (const Entry& e : m_entries) {
        if (code == QLatin1String(e.code))
            return true;
    }
    return false;
}

QString CodeList::label(const QString& code) const
{
    for (const Entry& e : m_entries) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("Codes", e.label);
    }
    return code;
}

QString CodeList::labels(const QString& codes) const
{
    QStringList out;
    for (const QString& c : codes.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        out.append(label(c));
    return out.join(QCoreApplication::translate("Codes", ", ", "list separator"));
}

const CodeList* CodeList::named(const QString& name)
{
    struct Named
    {
        const char* name;
        const CodeList& (*list)();
    };
    static const Named lists[] = {{"assistance_status", &assistanceStatus},
                                  {"hardship_causes", &hardshipCauses},
                                  {"housing", &housing},
                                  {"income_sources", &incomeSources},
                                  {"risk_markers", &riskMarkers},
                                  {"sex", &sex},
                                  {"relation", &relation},
                                  {"health", &health},
                                  {"disability_type", &disabilityType},
                                  {"disability_grade", &disabilityGrade},
                                  {"schooling", &schooling},
                                  {"work_ability", &workAbility},
                                  {"special_groups", &specialGroups},
                                  {"risk_type", &riskType},
                                  {"risk_severity", &riskSeverity},
                                  {"flag_status", &flagStatus},
                                  {"referral_status", &referralStatus},
                                  {"review_decision", &reviewDecision},
                                  {"review_recommendation", &reviewRecommendation},
                                  {"note_review_state", &noteReviewState},
                                  {"review_comment_kind", &reviewCommentKind},
                                  {"service_categories", &serviceCategories},
                                  {"service_methods", &serviceMethods},
                                  {"plan_action_status", &planActionStatus},
                                  {"visit_status", &visitStatus},
                                  {"attachment_category", &attachmentCategory}};
    for (const Named& n : lists) {
        if (name == QLatin1String(n.name))
            return &n.list();
    }
    return nullptr;
}

const CodeList* CodeList::forField(const QString& field)
{
    // The first declared field of that name that has a list (RecordTypes.cpp).
    for (const RecordType& type : RecordTypes::all()) {
        if (const FieldSpec* spec = type.field(field); spec && !spec->codes.isEmpty())
            return named(spec->codes);
    }
    return nullptr;
}

const CodeList* CodeList::forField(const QString& entity, const QString& field)
{
    const RecordType* type = RecordTypes::find(entity);
    const FieldSpec* spec = type ? type->field(field) : nullptr;
    if (spec)
        return spec->codes.isEmpty() ? nullptr : named(spec->codes);
    return forField(field);
}

const CodeList& CodeList::assistanceStatus()
{
    static const CodeList list(QStringLiteral("status"),
                               {{"dibao", QT_TRANSLATE_NOOP("Codes", "Minimum living allowance")},
                                {"tekun", QT_TRANSLATE_NOOP("Codes", "Extreme-poverty support")},
                                {"low_income", QT_TRANSLATE_NOOP("Codes", "Low-income household")},
                                {"marginal", QT_TRANSLATE_NOOP("Codes", "Marginal household at risk")},
                                {"temporary", QT_TRANSLATE_NOOP("Codes", "Temporary assistance")},
                                {"none", QT_TRANSLATE_NOOP("Codes", "No assistance")}});
    return list;
}

const CodeList& CodeList::hardshipCauses()
{
    static const CodeList list(QStringLiteral("hardship_causes"),
                               {{"illness", QT_TRANSLATE_NOOP("Codes", "Illness")},
                                {"disability", QT_TRANSLATE_NOOP("Codes", "Disability")},
                                {"education", QT_TRANSLATE_NOOP("Codes", "Education costs")},
                                {"disaster", QT_TRANSLATE_NOOP("Codes", "Disaster")},
                                {"no_land", QT_TRANSLATE_NOOP("Codes", "Lack of land")},
                                {"no_water", QT_TRANSLATE_NOOP("Codes", "Lack of water")},
                                {"no_skills", QT_TRANSLATE_NOOP("Codes", "Lack of skills")},
                                {"no_labour", QT_TRANSLATE_NOOP("Codes", "Lack of labour")},
                                {"no_capital", QT_TRANSLATE_NOOP("Codes", "Lack of capital")},
                                {"transport", QT_TRANSLATE_NOOP("Codes", "Poor transport")},
                                {"motivation", QT_TRANSLATE_NOOP("Codes", "Weak own motivation")},
                                {"other", QT_TRANSLATE_NOOP("Codes", "Other")}});
    return list;
}

const CodeList& CodeList::housing()
{
    static const CodeList list(QStringLiteral("housing"),
                               {{"own_safe", QT_TRANSLATE_NOOP("Codes", "Own house, safe")},
                                {"own_unsafe", QT_TRANSLATE_NOOP("Codes", "Own house, dilapidated")},
                                {"relocation", QT_TRANSLATE_NOOP("Codes", "Relocation housing")},
                                {"rented", QT_TRANSLATE_NOOP("Codes", "Rented")},
                                {"with_relatives", QT_TRANSLATE_NOOP("Codes", "Living with relatives")},
                                {"other", QT_TRANSLATE_NOOP("Codes", "Other")}});
    return list;
}

const CodeList& CodeList::incomeSources()
{
    static const CodeList list(QStringLiteral("income_sources"),
                               {{"wages", QT_TRANSLATE_NOOP("Codes", "Wages from work")},
                                {"farming", QT_TRANSLATE_NOOP("Codes", "Farming and livestock")},
                                {"business", QT_TRANSLATE_NOOP("Codes", "Own business")},
                                {"pension", QT_TRANSLATE_NOOP("Codes", "Pension")},
                                {"assistance", QT_TRANSLATE_NOOP("Codes", "Assistance payments")},
                                {"subsidies", QT_TRANSLATE_NOOP("Codes", "Policy subsidies")},
                                {"relatives", QT_TRANSLATE_NOOP("Codes", "Support from relatives")},
                                {"other", QT_TRANSLATE_NOOP("Codes", "Other")}});
    return list;
}

const CodeList& CodeList::riskMarkers()
{
    static const CodeList list(QStringLiteral("risk_markers"),
                               {{"child_protection", QT_TRANSLATE_NOOP("Codes", "Child protection")},
                                {"violence", QT_TRANSLATE_NOOP("Codes", "Violence")},
                                {"health_emergency", QT_TRANSLATE_NOOP("Codes", "Health emergency")},
                                {"other", QT_TRANSLATE_NOOP("Codes", "Other risk")}});
    return list;
}

const CodeList& CodeList::sex()
{
    static const CodeList list(QStringLiteral("sex"), {{"male", QT_TRANSLATE_NOOP("Codes", "Male")},
                                                       {"female", QT_TRANSLATE_NOOP("Codes", "Female")}});
    return list;
}

const CodeList& CodeList::relation()
{
    static const CodeList list(QStringLiteral("relation"),
                               {{"head", QT_TRANSLATE_NOOP("Codes", "Head of household")},
                                {"spouse", QT_TRANSLATE_NOOP("Codes", "Spouse")},
                                {"son", QT_TRANSLATE_NOOP("Codes", "Son")},
                                {"daughter", QT_TRANSLATE_NOOP("Codes", "Daughter")},
                                {"father", QT_TRANSLATE_NOOP("Codes", "Father")},
                                {"mother", QT_TRANSLATE_NOOP("Codes", "Mother")},
                                {"grandson", QT_TRANSLATE_NOOP("Codes", "Grandson")},
                                {"granddaughter", QT_TRANSLATE_NOOP("Codes", "Granddaughter")},
                                {"daughter_in_law", QT_TRANSLATE_NOOP("Codes", "Daughter-in-law")},
                                {"son_in_law", QT_TRANSLATE_NOOP("Codes", "Son-in-law")},
                                {"grandparent", QT_TRANSLATE_NOOP("Codes", "Grandparent")},
                                {"sibling", QT_TRANSLATE_NOOP("Codes", "Brother or sister")},
                                {"other", QT_TRANSLATE_NOOP("Codes", "Other relative")}});
    return list;
}

const CodeList& CodeList::health()
{
    static const CodeList list(QStringLiteral("health"),
                               {{"healthy", QT_TRANSLATE_NOOP("Codes", "Healthy")},
                                {"chronic", QT_TRANSLATE_NOOP("Codes", "Chronic illness")},
                                {"serious", QT_TRANSLATE_NOOP("Codes", "Serious illness")},
                                {"frail", QT_TRANSLATE_NOOP("Codes", "Frail")}});
    return list;
}

const CodeList& CodeList::disabilityType()
{
    static const CodeList list(QStringLiteral("disability_type"),
                               {{"visual", QT_TRANSLATE_NOOP("Codes", "Visual")},
                                {"hearing", QT_TRANSLATE_NOOP("Codes", "Hearing")},
                                {"speech", QT_TRANSLATE_NOOP("Codes", "Speech")},
                                {"physical", QT_TRANSLATE_NOOP("Codes", "Physical")},
                                {"intellectual", QT_TRANSLATE_NOOP("Codes", "Intellectual")},
                                {"mental", QT_TRANSLATE_NOOP("Codes", "Mental")},
                                {"multiple", QT_TRANSLATE_NOOP("Codes", "Multiple")}});
    return list;
}

const CodeList& CodeList::disabilityGrade()
{
    static const CodeList list(QStringLiteral("disability_grade"),
                               {{"1", QT_TRANSLATE_NOOP("Codes", "Grade 1 (most severe)")},
                                {"2", QT_TRANSLATE_NOOP("Codes", "Grade 2")},
                                {"3", QT_TRANSLATE_NOOP("Codes", "Grade 3")},
                                {"4", QT_TRANSLATE_NOOP("Codes", "Grade 4 (mildest)")}});
    return list;
}

const CodeList& CodeList::schooling()
{
    static const CodeList list(QStringLiteral("schooling"),
                               {{"preschool", QT_TRANSLATE_NOOP("Codes", "Below school age")},
                                {"in_primary", QT_TRANSLATE_NOOP("Codes", "In primary school")},
                                {"in_junior", QT_TRANSLATE_NOOP("Codes", "In junior middle school")},
                                {"in_senior", QT_TRANSLATE_NOOP("Codes", "In senior or vocational school")},
                                {"in_college", QT_TRANSLATE_NOOP("Codes", "In college")},
                                {"dropped_out", QT_TRANSLATE_NOOP("Codes", "Left school early")},
                                {"illiterate", QT_TRANSLATE_NOOP("Codes", "Illiterate")},
                                {"primary", QT_TRANSLATE_NOOP("Codes", "Primary school")},
                                {"junior", QT_TRANSLATE_NOOP("Codes", "Junior middle school")},
                                {"senior", QT_TRANSLATE_NOOP("Codes", "Senior or vocational school")},
                                {"college", QT_TRANSLATE_NOOP("Codes", "College or above")}});
    return list;
}

const CodeList& CodeList::workAbility()
{
    static const CodeList list(QStringLiteral("work_ability"),
                               {{"skilled", QT_TRANSLATE_NOOP("Codes", "Skilled labour")},
                                {"ordinary", QT_TRANSLATE_NOOP("Codes", "Ordinary labour")},
                                {"weak", QT_TRANSLATE_NOOP("Codes", "Weak or half labour")},
                                {"lost", QT_TRANSLATE_NOOP("Codes", "Lost ability to work")},
                                {"none", QT_TRANSLATE_NOOP("Codes", "Not of working age")}});
    return list;
}

const CodeList& CodeList::specialGroups()
{
    static const CodeList list(
        QStringLiteral("special_groups"),
        {{"left_behind_child", QT_TRANSLATE_NOOP("Codes", "Left-behind child")},
         {"child_in_difficulty", QT_TRANSLATE_NOOP("Codes", "Child in difficulty")},
         {"left_behind_elderly", QT_TRANSLATE_NOOP("Codes", "Left-behind elderly")},
         {"left_behind_woman", QT_TRANSLATE_NOOP("Codes", "Left-behind woman")},
         {"empty_nest", QT_TRANSLATE_NOOP("Codes", "Empty-nest elderly")},
         {"bereaved_parent", QT_TRANSLATE_NOOP("Codes", "Bereaved of only child")},
         {"sick_disabled_elderly", QT_TRANSLATE_NOOP("Codes", "Sick or disabled elderly")},
         {"dependent_elderly", QT_TRANSLATE_NOOP("Codes", "Elderly unable to care for themselves")},
         {"woman_in_difficulty", QT_TRANSLATE_NOOP("Codes", "Woman in special difficulty")},
         {"disabled_person", QT_TRANSLATE_NOOP("Codes", "Person with disability")},
         {"youth_at_risk", QT_TRANSLATE_NOOP("Codes", "Youth with behaviour problems")},
         {"community_correction", QT_TRANSLATE_NOOP("Codes", "Under community correction")},
         {"released_prisoner", QT_TRANSLATE_NOOP("Codes", "Released prisoner")}});
    return list;
}

const CodeList& CodeList::riskType()
{
    static const CodeList list(
        QStringLiteral("risk_type"),
        {{"child_protection", QT_TRANSLATE_NOOP("Codes", "Child protection / mandatory report")},
         {"domestic_violence", QT_TRANSLATE_NOOP("Codes", "Domestic violence")},
         {"health_emergency", QT_TRANSLATE_NOOP("Codes", "Health emergency")},
         {"other", QT_TRANSLATE_NOOP("Codes", "Other risk")}});
    return list;
}

const CodeList& CodeList::riskSeverity()
{
    static const CodeList list(QStringLiteral("severity"), {{"high", QT_TRANSLATE_NOOP("Codes", "High")},
                                                            {"medium", QT_TRANSLATE_NOOP("Codes", "Medium")},
                                                            {"low", QT_TRANSLATE_NOOP("Codes", "Low")}});
    return list;
}

const CodeList& CodeList::flagStatus()
{
    static const CodeList list(
        QStringLiteral("flag_status"),
        {{"open", QT_TRANSLATE_NOOP("Codes", "Open")}, {"closed", QT_TRANSLATE_NOOP("Codes", "Closed")}});
    return list;
}

const CodeList& CodeList::referralStatus()
{
    static const CodeList list(QStringLiteral("referral_status"),
                               {{"sent", QT_TRANSLATE_NOOP("Codes", "Sent")},
                                {"accepted", QT_TRANSLATE_NOOP("Codes", "Accepted")},
                                {"declined", QT_TRANSLATE_NOOP("Codes", "Declined")},
                                {"completed", QT_TRANSLATE_NOOP("Codes", "Completed")}});
    return list;
}

const CodeList& CodeList::reviewDecision()
{
    static const CodeList list(QStringLiteral("decision"),
                               {{"approved", QT_TRANSLATE_NOOP("Codes", "Confirmed")},
                                {"returned", QT_TRANSLATE_NOOP("Codes", "Refused")}});
    return list;
}

const CodeList& CodeList::reviewRecommendation()
{
    static const CodeList list(QStringLiteral("recommendation"),
                               {{"recommended", QT_TRANSLATE_NOOP("Codes", "Recommended to the county")},
                                {"returned", QT_TRANSLATE_NOOP("Codes", "Returned to the caseworker")}});
    return list;
}

const CodeList& CodeList::noteReviewState()
{
    static const CodeList list(QStringLiteral("review_state"),
                               {{"pending", QT_TRANSLATE_NOOP("Codes", "Awaiting review")},
                                {"approved", QT_TRANSLATE_NOOP("Codes", "Approved")},
                                {"returned", QT_TRANSLATE_NOOP("Codes", "Returned")},
                                {"withdrawn", QT_TRANSLATE_NOOP("Codes", "Withdrawn")}});
    return list;
}

const CodeList& CodeList::reviewCommentKind()
{
    static const CodeList list(QStringLiteral("comment_kind"),
                               {{"return", QT_TRANSLATE_NOOP("Codes", "Returned with comment")},
                                {"approve", QT_TRANSLATE_NOOP("Codes", "Approved with comment")},
                                {"answer", QT_TRANSLATE_NOOP("Codes", "Answer")},
                                {"comment", QT_TRANSLATE_NOOP("Codes", "Comment")}});
    return list;
}

const CodeList& CodeList::serviceCategories()
{
    // The codes are the ids of the assessment's household sections for the same areas.
    static const CodeList list(
        QStringLiteral("category"),
        {{"social_integration", QT_TRANSLATE_NOOP("Codes", "Social integration")},
         {"capacity_building", QT_TRANSLATE_NOOP("Codes", "Capacity building")},
         {"psychological_counselling", QT_TRANSLATE_NOOP("Codes", "Psychological counselling")},
         {"resource_linking", QT_TRANSLATE_NOOP("Codes", "Resource linking")},
         {"policy_advocacy", QT_TRANSLATE_NOOP("Codes", "Policy advocacy")}});
    return list;
}

const CodeList& CodeList::serviceMethods()
{
    static const CodeList list(QStringLiteral("method"),
                               {{"casework", QT_TRANSLATE_NOOP("Codes", "Casework")},
                                {"group", QT_TRANSLATE_NOOP("Codes", "Group work")},
                                {"community", QT_TRANSLATE_NOOP("Codes", "Community work")}});
    return list;
}

const CodeList& CodeList::planActionStatus()
{
    static const CodeList list(QStringLiteral("status"),
                               {{"planned", QT_TRANSLATE_NOOP("Codes", "Planned")},
                                {"in_progress", QT_TRANSLATE_NOOP("Codes", "In progress")},
                                {"done", QT_TRANSLATE_NOOP("Codes", "Done")},
                                {"dropped", QT_TRANSLATE_NOOP("Codes", "Dropped")}});
    return list;
}

const CodeList& CodeList::visitStatus()
{
    static const CodeList list(QStringLiteral("status"), {{"planned", QT_TRANSLATE_NOOP("Codes", "Planned")},
                                                          {"done", QT_TRANSLATE_NOOP("Codes", "Done")}});
    return list;
}

const CodeList& CodeList::attachmentCategory()
{
    static const CodeList list(QStringLiteral("category"),
                               {{"id_card", QT_TRANSLATE_NOOP("Codes", "ID card")},
                                {"hukou", QT_TRANSLATE_NOOP("Codes", "Household register (hukou)")},
                                {"income", QT_TRANSLATE_NOOP("Codes", "Proof of income")},
                                {"consent", QT_TRANSLATE_NOOP("Codes", "Consent form")},
                                {"housing", QT_TRANSLATE_NOOP("Codes", "Housing")},
                                {"medical", QT_TRANSLATE_NOOP("Codes", "Medical or disability certificate")},
                                {"other", QT_TRANSLATE_NOOP("Codes", "Other")}});
    return list;
}

} // namespace ff
