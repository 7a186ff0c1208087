// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/Expression.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace ff {

/// One problem of a form definition file, with the line it is on.
struct FormDefinitionError
{
    int line = 0; ///< 1-based; 0 when the file as a whole is wrong
    QString message;
};

/// A form (the needs assessment and its later versions), read from its JSON definition.
///
/// Forms are data, not code: the county publishes new versions, and answers keep the version they
/// were made with. A definition is accepted only whole: every question has a known type, ids are
/// unique, choice questions have choices, labels exist in Chinese and English, and every show-if
/// rule and constraint parses and names only questions of the form. Otherwise it is refused with
/// the line and the reason of each problem. A section may list need rules ("needs"): a service
/// category, a condition over the answers and a label; they are checked like the other rules.
/// Choices may carry a "score"; a question of type "total" adds the scores of the questions it names
/// ("of", single-choice questions of its section whose every choice is scored), may name bands of
/// its range, and is used in rules like any answer (`${adl_total} <= 60`).
class FormDefinition
{
    Q_DECLARE_TR_FUNCTIONS(FormDefinition)

public:
    enum class QuestionType
    {
        Text,
        Number,
        Date,
        SingleChoice,
        MultipleChoice,
        YesNo,
        Member,
        Scale,
        /// Computed, never answered: the sum of the scores of the chosen answers of the questions
        /// it names (`of`), null until every one of them is answered (ScoreTotals).
        Total
    };

    struct Choice
    {
        QString code;
        QMap<QString, QString> label; ///< by language: "zh_CN", "en"
        std::optional<double> score;  ///< points this answer counts towards a total
    };
    /// A named range of a total, from `from` up to the next band's `from` (e.g. Barthel index
    /// 61–99: mildly dependent).
    struct Band
    {
        double from = 0;
        QMap<QString, QString> label;
    };
    struct Question
    {
        QString id;
        QuestionType type = QuestionType::Text;
        QMap<QString, QString> label;
        bool required = false;
        QList<Choice> choices;
        std::optional<Expression> showIf;
        std::optional<Expression> constraint;
        QMap<QString, QString> constraintMessage;
        int scaleMin = 0;
        int scaleMax = 0;
        /// Total questions: the single-choice questions of the same section whose scores it adds,
        /// and its bands, highest `from` first.
        QStringList totalOf;
        QList<Band> bands;
    };
    /// A need a section identifies when its condition holds on a submitted assessment: the service
    /// category it calls for (one of serviceCategories()) and what to call it.
    struct NeedRule
    {
        QString category;
        std::optional<Expression> when;
        QMap<QString, QString> label;
    };
    struct Section
    {
        QString id;
        QMap<QString, QString> title;
        /// "household", or "member" for a section answered once per member.
        QString appliesTo;
        std::optional<Expression> showIf;
        QList<Question> questions;
        QList<NeedRule> needs;
    };

    QString id;
    int version = 0;
    QMap<QString, QString> title;
    QList<Section> sections;

    /// Parses and checks a definition; on any problem returns nothing and lists every problem.
    static std::optional<FormDefinition> parse(const QByteArray& json, QList<FormDefinitionError>* errors);

    const Question* question(const QString& id) const;
    /// The band of a total's value, or nullptr (no bands, or below the lowest).
    static const Band* bandOf(const Question& total, double value);
    /// Names a rule may use besides the questions: facts about the member a per-member section is
    /// answered for (member_age in years, member_sex, member_groups = the special-group codes).
    static const QStringList& contextNames();
    /// The codes of the five service categories (DOMAIN.md) a need rule may name.
    static const QStringList& serviceCategories();
    /// The label in the current language (zh_CN or en), falling back to the other.
    static QString text(const QMap<QString, QString>& label);
};

} // namespace ff
