// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schema/FieldSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ff {

/// One kind of journaled record, declared once in core/schema/RecordTypes.cpp: its table and
/// fields, how people read it, and who may do what with it. The tables and migrations
/// (core/db/Migrations), the journal's value rules, labels, history titles, list columns and the
/// authority rule (Authority) all derive from this declaration.
struct RecordType
{
    /// A column the projections keep (not journaled), e.g. the household list's summary.
    struct DerivedColumn
    {
        QString name;
        QString definition; ///< SQL type and constraints, e.g. "INTEGER NOT NULL DEFAULT 0"
        int since = 1;
    };
    struct Index
    {
        QString name;
        QString columns; ///< e.g. "household_id, served_on"
        int since = 1;
        QString where; ///< a partial index's condition, or empty
        int until = 0; ///< the version that drops it (another index took its place), or 0
    };

    /// What decides where a record syncs (docs/sync-protocol.md §9): the household it belongs to,
    /// or the social-work station it belongs to (a volunteer, a purchased-service project). A
    /// station record's household id is its station's scope id (StationScope::scopeId).
    enum class Scope
    {
        Household,
        Station
    };

    QString name;
    QString table;
    Scope scope = Scope::Household;
    /// The label of the kind of record, a source text of the "Fields" translation context.
    const char* label = nullptr;
    /// The schema version whose migration created its table.
    int since = 1;
    QList<FieldSpec> fields;
    QList<DerivedColumn> derived;
    QList<Index> indexes;
    /// One part of how the history names a record.
    struct TitlePart
    {
        /// The first of these fields with a value gives the part (a visit: its date of visit, else
        /// its planned date). A member's id reads as their name, a code as its label, a form's id as
        /// the form's title, a long text is cut short.
        QStringList fields;
        /// Written before the value ("→ " before the status a review proposes).
        QString prefix;
        /// What the part reads when no field has a value, a source text of the "History" context;
        /// null leaves the part out.
        const char* whenEmpty = nullptr;
    };
    /// How the history names one record: its parts joined with " · ".
    QList<TitlePart> title;
    /// The fields a list of these records shows, in order.
    QStringList columns;
    /// Who may create and remove records of this kind (fields have their own rule).
    Roles mayCreate = allRoles();
    Roles mayRemove = allRoles();
    /// The reason code of a refused create or removal (empty: "not_authorised").
    QString refusal;

    /// Supervision (督导): whether a caseworker's change to a record of this kind puts it in the
    /// station supervisor's review queue, as a `note_review` record written in the same commit
    /// (core/journal/README.md). Only once the record is ready: `readyField` empty, or holding
    /// `readyValue` (a visit once done, an assessment once submitted, a risk flag once closed).
    struct Supervision
    {
        bool reviewed = false;
        QString readyField;
        QString readyValue;
    };
    Supervision supervision;

    const FieldSpec* field(const QString& name) const;
    QStringList fieldNames() const;
    /// Whether its rows belong to a household other than themselves (a foreign key to household).
    bool belongsToHousehold() const
    {
        return scope == Scope::Household && name != QStringLiteral("household");
    }
    bool belongsToStation() const { return scope == Scope::Station; }
};

} // namespace ff
