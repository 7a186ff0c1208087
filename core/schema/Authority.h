// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schema/RecordType.h"

#include <QCoreApplication>
#include <QVariant>

namespace ff {

/// The authority rule: who may create a record, change which of its fields, make which state
/// transition, or remove it — a pure function of (acting role, record type, field or operation,
/// current state), read from the declarations (RecordTypes.cpp). Repositories ask it before
/// saving, the UI to disable what the person may not do, and the county's import to park what a
/// device may not do; nothing else knows a rule.
class Authority
{
    Q_DECLARE_TR_FUNCTIONS(Authority)

public:
    /// Allowed, or why not: a reason code (kept with a parked change, docs/sync-protocol.md 5.2)
    /// and its words in the reader's language.
    struct Verdict
    {
        QString refusal; ///< empty when allowed

        bool allowed() const { return refusal.isEmpty(); }
        explicit operator bool() const { return allowed(); }
        /// The refusal in words (Authority::reasonText()).
        QString reason() const;
    };

    /// Creating a record of `type` that sets `fields` (their values as the change carries them).
    static Verdict create(Role role, const RecordType& type, const QVariantMap& fields);
    /// Setting `field` of an existing record from `current` to `next`.
    static Verdict change(Role role, const RecordType& type, const QString& field, const QVariant& current,
                          const QVariant& next);
    /// Removing a record.
    static Verdict remove(Role role, const RecordType& type);
    /// Whether `role` may ever change `field` of an existing record (for enabling a form's field).
    static bool mayChange(Role role, const RecordType& type, const QString& field);
    /// The same, with the reason when not (for the tooltip of a disabled control).
    static Verdict mayEverChange(Role role, const RecordType& type, const QString& field);
    /// Whether a change of `field` can ever be refused to someone: only such fields need the
    /// current value looked up (import reads it only for them).
    static bool isGuarded(const RecordType& type, const QString& field);

    /// The generic reason code, for rules that declare none.
    static QString notAuthorised();
    /// A reason code in words, for a change that was parked.
    static QString reasonText(const QString& code);
    /// A reason code in words for the person at the controls: why a control is disabled.
    static QString forPerson(const QString& code);
};

} // namespace ff
