// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/Authority.h"

namespace ff {

namespace {
QString codeOf(const FieldSpec& spec)
{
    return spec.refusal.isEmpty() ? Authority::notAuthorised() : spec.refusal;
}

const Transition* transitionOf(const FieldSpec& spec, const QVariant& current, const QVariant& next)
{
    const QString from = current.toString();
    const QString to = next.toString();
    for (const Transition& t : spec.transitions) {
        if ((t.from.isEmpty() || t.from == from) && (t.to.isEmpty() || t.to == to))
            return &t;
    }
    return nullptr;
}
} // namespace

QString Authority::notAuthorised() { return QStringLiteral("not_authorised"); }

QString Authority::Verdict::reason() const { return reasonText(refusal); }

Authority::Verdict Authority::create(Role role, const RecordType& type, const QVariantMap& fields)
{
    if (!type.mayCreate.testFlag(role))
        return {type.refusal.isEmpty() ? notAuthorised() : type.refusal};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldSpec* spec = type.field(it.key());
        if (!spec || !it.value().isValid() || it.value().isNull())
            continue; // an empty value sets nothing a rule could guard
        if (!spec->mayCreate.testFlag(role))
            return {codeOf(*spec)};
        // A value only some roles may give is theirs on creating the record too (a review created
        // already approved); transitions from one stated value cannot apply to a new record.
        for (const Transition& t : spec->transitions) {
            if (t.from.isEmpty() && (t.to.isEmpty() || t.to == it.value().toString()) &&
                !t.roles.testFlag(role))
                return {t.refusal.isEmpty() ? notAuthorised() : t.refusal};
        }
    }
    return {};
}

Authority::Verdict Authority::change(Role role, const RecordType& type, const QString& field,
                                     const QVariant& current, const QVariant& next)
{
    const FieldSpec* spec = type.field(field);
    if (!spec)
        return {}; // the removal marker and unknown fields are judged elsewhere
    if (current == next)
        return {};
    if (!spec->mayChange.testFlag(role))
        return {codeOf(*spec)};
    if (const Transition* t = transitionOf(*spec, current, next); t && !t->roles.testFlag(role))
        return {t->refusal.isEmpty() ? notAuthorised() : t->refusal};
    return {};
}

Authority::Verdict Authority::remove(Role role, const RecordType& type)
{
    if (type.mayRemove.testFlag(role))
        return {};
    return {type.refusal.isEmpty() ? notAuthorised() : type.refusal};
}

bool Authority::mayChange(Role role, const RecordType& type, const QString& field)
{
    const FieldSpec* spec = type.field(field);
    return !spec || spec->mayChange.testFlag(role);
}

Authority::Verdict Authority::mayEverChange(Role role, const RecordType& type, const QString& field)
{
    if (mayChange(role, type, field))
        return {};
    const FieldSpec* spec = type.field(field);
    return {spec && !spec->refusal.isEmpty() ? spec->refusal : notAuthorised()};
}

bool Authority::isGuarded(const RecordType& type, const QString& field)
{
    const FieldSpec* spec = type.field(field);
    return spec &&
           (spec->mayCreate != allRoles() || spec->mayChange != allRoles() || !spec->transitions.isEmpty());
}

QString Authority::reasonText(const QString& code)
{
    if (code == QLatin1String("decision_not_authorised"))
        return tr("A status review decision made outside the county: only county staff confirm or refuse a "
                  "status review.");
    if (code == QLatin1String("recommendation_not_authorised"))
        return tr("A status review recommended or returned on a caseworker's device: only a station "
                  "supervisor or county staff may do that.");
    if (code == QLatin1String("review_not_authorised"))
        return tr("A note approved or returned on a caseworker's device: only a station supervisor or county "
                  "staff review notes.");
    if (code == QLatin1String("comment_is_final"))
        return tr("A review comment was changed or removed: comments are kept as they were written.");
    if (code == QLatin1String("status_not_authorised"))
        return tr(
            "An assistance status changed outside the county: a household's status changes only through "
            "a status review confirmed by county staff.");
    if (code == QLatin1String("submission_final"))
        return tr("A submitted assessment was changed back: a submission is final, and a reassessment is a "
                  "new assessment.");
    if (code == QLatin1String("confirmation_not_authorised"))
        return tr("A household's status marked confirmed on a caseworker's device: only a station supervisor "
                  "or county staff may confirm a status.");
    if (code == QLatin1String("file_open_is_final"))
        return tr("A record that a household file was opened was changed or removed: those records are "
                  "never changed.");
    if (code == QLatin1String("assignment_not_authorised"))
        return tr("A household's caseworker or station changed on a caseworker's device: only the station "
                  "supervisor or the county assigns households.");
    if (code == QLatin1String("station_record_not_authorised"))
        return tr("A volunteer or service project written on a caseworker's device: only a station "
                  "supervisor or county staff keep the station's records.");
    if (code == QLatin1String("station_is_final"))
        return tr("A volunteer or service project moved to another station: a station record stays with "
                  "the station it was made for.");
    if (code == QLatin1String("merge_not_authorised"))
        return tr("A household merged into another on a caseworker's device: only a station supervisor or "
                  "county staff merge households filed twice.");
    if (code == QLatin1String("case_note_is_kept"))
        return tr("A case note was removed or its author changed: case notes are kept, and a mistake is "
                  "corrected with its earlier text kept in the history.");
    if (code == QLatin1String("attachment_is_final"))
        return tr("An attachment's file, size or author was changed: what was attached stays as it was; a "
                  "wrong file is removed and the right one added.");
    return tr("A change its author's role may not make.");
}

QString Authority::forPerson(const QString& code)
{
    if (code == QLatin1String("decision_not_authorised"))
        return tr("Only the county confirms or refuses a status review, after the station supervisor has "
                  "recommended it.");
    if (code == QLatin1String("recommendation_not_authorised"))
        return tr("Only the station supervisor (or the county) recommends a status review or returns it.");
    if (code == QLatin1String("review_not_authorised"))
        return tr("Only the station supervisor or the county approves or returns a note.");
    if (code == QLatin1String("comment_is_final"))
        return tr("A comment is kept as it was written: add another comment instead.");
    if (code == QLatin1String("status_not_authorised"))
        return tr(
            "The assistance status changes only through a status review (tab Status review): the station "
            "supervisor recommends it and the county confirms it.");
    if (code == QLatin1String("submission_final"))
        return tr("A submitted assessment is final: start a reassessment instead.");
    if (code == QLatin1String("confirmation_not_authorised"))
        return tr("Only the station supervisor or the county confirms a household's status.");
    if (code == QLatin1String("file_open_is_final"))
        return tr("Who opened a household file, and when, is kept as it was recorded.");
    if (code == QLatin1String("assignment_not_authorised"))
        return tr("The station supervisor assigns households to the station's caseworkers (File → "
                  "Assign to caseworker); the station follows the county's assignment.");
    if (code == QLatin1String("station_record_not_authorised"))
        return tr("Only the station supervisor or the county keeps the volunteers and service projects.");
    if (code == QLatin1String("station_is_final"))
        return tr("A volunteer or project stays with the station it was made for.");
    if (code == QLatin1String("merge_not_authorised"))
        return tr("Only the station supervisor or the county merges a household filed twice.");
    if (code == QLatin1String("case_note_is_kept"))
        return tr("A case note is kept as it was written: correct it instead, and its earlier text stays in "
                  "its history.");
    if (code == QLatin1String("attachment_is_final"))
        return tr("An attached file stays as it was added: remove it and add the right file instead.");
    return tr("Your role may not do this.");
}

} // namespace ff
