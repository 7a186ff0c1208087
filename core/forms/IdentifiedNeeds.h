// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/Assessment.h"
#include "core/forms/FormDefinition.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace ff {

/// One need identified by a need rule of a submitted assessment. A plan action names the need it
/// addresses by key() and carries the need's category.
struct IdentifiedNeed
{
    QString category;             ///< a service category code, FormDefinition::serviceCategories()
    QMap<QString, QString> label; ///< the rule's label by language; FormDefinition::text() picks one
    QString assessmentId;
    QString memberId; ///< empty when the need is the household's
    QString formId;
    int formVersion = 0;
    QString sectionId;
    int rule = 0; ///< the index of the need rule in its section
    QDate assessedOn;

    /// Names this need for links from elsewhere (a plan action): "<assessment id>/<section id>/<rule>".
    /// Stable for as long as the assessment is the one that counts.
    QString key() const { return QStringLiteral("%1/%2/%3").arg(assessmentId, sectionId).arg(rule); }

    bool operator==(const IdentifiedNeed&) const = default;
};

/// The parts of an IdentifiedNeed::key().
struct NeedKey
{
    QString assessmentId;
    QString sectionId;
    int rule = -1;

    /// Splits "<assessment id>/<section id>/<rule>"; nullopt when the text is not such a key.
    static std::optional<NeedKey> parse(const QString& key);
};

/// Works out a household's needs from its submitted assessments with the need rules of the form
/// version each was made with: needs come from the definition, not from code.
///
/// Only submitted assessments count, and of those only the latest per form and per person (the
/// household or one member): a reassessment replaces what the earlier one said. Rules are evaluated
/// on the day of the assessment (member_age is the age then), so the result is the same every day
/// and on every replica.
class IdentifiedNeeds
{
    Q_DECLARE_TR_FUNCTIONS(IdentifiedNeeds)

public:
    /// The needs one assessment identifies: the rules of the sections it answers (its scope, shown).
    static QList<IdentifiedNeed> of(const FormDefinition& definition, const Assessment& assessment,
                                    const QVariantMap& memberContext);
    /// Orders needs by service category, then date, then person (as a household's are listed).
    static void sort(QList<IdentifiedNeed>& needs);
    /// The name of a service category in the current language.
    static QString categoryLabel(const QString& category);
    /// The label, in the current language, of the need rule a key names in `definition` (the form
    /// version the assessment was made with); empty when the definition has no such rule.
    static QString ruleLabel(const FormDefinition& definition, const NeedKey& key);
};

} // namespace ff
