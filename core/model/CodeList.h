// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ff {

/// A fixed list of choices for a field (assistance status, relation to the head, special groups …).
///
/// The database keeps the stable English code; people see the translated label.
class CodeList
{
public:
    struct Entry
    {
        const char* code;
        const char* label; // marked with QT_TRANSLATE_NOOP("Codes", …)
    };

    CodeList(QString field, QList<Entry> entries) : m_field(std::move(field)), m_entries(std::move(entries))
    {}

    const QString& field() const { return m_field; }
    QStringList codes() const;
    /// The label in the current language; the code itself when unknown (never loses data).
    QString label(const QString& code) const;
    /// Labels of a ';'-joined list of codes, joined with the language's list separator.
    QString labels(const QString& codes) const;
    bool contains(const QString& code) const;

    /// A list by the name a field's declaration gives it (FieldSpec::codes), or nullptr.
    static const CodeList* named(const QString& name);
    /// The list for an entity field, or nullptr when the field is free text.
    static const CodeList* forField(const QString& field);
    /// The list for a field of one entity: entity-specific lists (a plan action's or a visit's
    /// status) first, then the list for the field name.
    static const CodeList* forField(const QString& entity, const QString& field);

    static const CodeList& assistanceStatus();
    static const CodeList& hardshipCauses();
    static const CodeList& housing();
    static const CodeList& incomeSources();
    static const CodeList& riskMarkers();
    static const CodeList& sex();
    static const CodeList& relation();
    static const CodeList& health();
    static const CodeList& disabilityType();
    static const CodeList& disabilityGrade();
    static const CodeList& schooling();
    static const CodeList& workAbility();
    static const CodeList& specialGroups();
    /// Risk flags: kind, severity (high first) and open/closed.
    static const CodeList& riskType();
    static const CodeList& riskSeverity();
    static const CodeList& flagStatus();
    /// Where a referral is in its lifecycle: sent, accepted, declined, completed.
    static const CodeList& referralStatus();
    /// A supervisor's decision on a status review: approved or returned.
    static const CodeList& reviewDecision();
    static const CodeList& reviewRecommendation();
    static const CodeList& noteReviewState();
    static const CodeList& reviewCommentKind();
    /// The five service categories (DOMAIN.md); also the need categories of the assessment.
    static const CodeList& serviceCategories();
    static const CodeList& serviceMethods();
    static const CodeList& planActionStatus();
    static const CodeList& visitStatus();
    static const CodeList& attachmentCategory();

private:
    QString m_field;
    QList<Entry> m_entries;
};

} // namespace ff
