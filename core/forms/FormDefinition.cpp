// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/FormDefinition.h"

#include "core/forms/JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace ff {

namespace {

const QMap<QString, FormDefinition::QuestionType> kTypes = {
    {QStringLiteral("text"), FormDefinition::QuestionType::Text},
    {QStringLiteral("number"), FormDefinition::QuestionType::Number},
    {QStringLiteral("date"), FormDefinition::QuestionType::Date},
    {QStringLiteral("single"), FormDefinition::QuestionType::SingleChoice},
    {QStringLiteral("multiple"), FormDefinition::QuestionType::MultipleChoice},
    {QStringLiteral("yesno"), FormDefinition::QuestionType::YesNo},
    {QStringLiteral("member"), FormDefinition::QuestionType::Member},
    {QStringLiteral("scale"), FormDefinition::QuestionType::Scale},
    {QStringLiteral("total"), FormDefinition::QuestionType::Total},
};

QMap<QString, QString> labels(const QJsonValue& v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

QString FormDefinition::text(const QMap<QString, QString>& label)
{
    const QString preferred =
        QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const QString other = preferred == QStringLiteral("en") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    return label.value(preferred, label.value(other));
}

const QStringList& FormDefinition::contextNames()
{
    static const QStringList names = {QStringLiteral("member_age"), QStringLiteral("member_sex"),
                                      QStringLiteral("member_groups")};
    return names;
}

const QStringList& FormDefinition::serviceCategories()
{
    static const QStringList codes = {QStringLiteral("social_integration"),
                                      QStringLiteral("capacity_building"),
                                      QStringLiteral("psychological_counselling"),
                                      QStringLiteral("resource_linking"), QStringLiteral("policy_advocacy")};
    return codes;
}

const FormDefinition::Band* FormDefinition::bandOf(const Question& total, double value)
{
    for (const Band& b : total.bands) {
        if (value >= b.from)
            return &b;
    }
    return nullptr;
}

const FormDefinition::Question* FormDefinition::question(const QString& questionId) const
{
    for (const Section& s : sections) {
        for (const Question& q : s.questions) {
            if (q.id == questionId)
                return &q;
        }
    }
    return nullptr;
}

std::optional<FormDefinition> FormDefinition::parse(const QByteArray& json,
                                                    QList<FormDefinitionError>* errors)
{
    QList<FormDefinitionError> problems;
    const JsonLocator lines(json);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.append({lines.lineOfOffset(parseError.offset),
                         tr("The file is not valid JSON: %1.").arg(parseError.errorString())});
        if (errors)
            *errors = problems;
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    auto problem = [&](int line, const QString& message) { problems.append({line, message}); };
    auto needBothLanguages = [&](const QMap<QString, QString>& label, int line, const QString& what) {
        if (label.value(QStringLiteral("zh_CN")).isEmpty() || label.value(QStringLiteral("en")).isEmpty())
            problem(line, tr("%1 needs a label in Chinese (zh_CN) and in English (en).").arg(what));
    };

    FormDefinition form;
    form.id = root.value(QStringLiteral("id")).toString();
    const QJsonValue version = root.value(QStringLiteral("version"));
    form.version = version.toInt();
    form.title = labels(root.value(QStringLiteral("title")));
    if (form.id.isEmpty())
        problem(lines.line(QStringLiteral("id")), tr("The form has no \"id\"."));
    if (version.isUndefined()) {
        problem(1, tr("The form has no \"version\": give it a whole number, 1 for a new form, one more "
                      "than the last published version for a new version."));
    } else if (form.version < 1) {
        const QByteArray shown = QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact);
        problem(lines.line(QStringLiteral("version")),
                tr("The form's \"version\" must be a whole number of 1 or more, not %1.")
                    .arg(QString::fromUtf8(shown.mid(1, shown.size() - 2))));
    }
    needBothLanguages(form.title, lines.line(QStringLiteral("title")), tr("The form's title"));

    QSet<QString> ids;
    // Rules are checked once every id is known: (owner id, which rule, expression text).
    enum class Rule
    {
        SectionShowIf,
        ShowIf,
        Constraint
    };
    struct PendingRule
    {
        QString owner;
        Rule rule;
        QString text;
        int line; ///< of the rule itself
    };
    QList<PendingRule> rules;
    // Totals of the section being read, checked once all its questions are known.
    struct PendingTotal
    {
        qsizetype question;
        int line;
    };
    QList<PendingTotal> totals;
    // Need rules are checked the same way: (section index, rule index, line, condition text).
    struct PendingNeed
    {
        qsizetype section;
        qsizetype rule;
        int line;
        QString text;
    };
    QList<PendingNeed> needRules;
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    if (sections.isEmpty())
        problem(1, tr("The form has no sections."));
    for (qsizetype si = 0; si < sections.size(); ++si) {
        const QJsonObject so = sections.at(si).toObject();
        const QString sectionPath = QStringLiteral("sections/%1/").arg(si);
        const auto lineOf = [&](const QString& path) { return lines.line(sectionPath + path); };
        Section section;
        section.id = so.value(QStringLiteral("id")).toString();
        const int sectionLine = lineOf(QStringLiteral("id"));
        section.title = labels(so.value(QStringLiteral("title")));
        section.appliesTo = so.value(QStringLiteral("appliesTo")).toString(QStringLiteral("household"));
        if (section.id.isEmpty())
            problem(sectionLine, tr("A section has no \"id\"."));
        else if (ids.contains(section.id))
            problem(sectionLine, tr("The id “%1” is used twice.").arg(section.id));
        ids.insert(section.id);
        needBothLanguages(section.title, sectionLine, tr("Section “%1”").arg(section.id));
        if (section.appliesTo != QStringLiteral("household") && section.appliesTo != QStringLiteral("member"))
            problem(lineOf(QStringLiteral("appliesTo")),
                    tr("Section “%1”: \"appliesTo\" must be household (answered once for the household) or "
                       "member (answered for each member), not “%2”.")
                        .arg(section.id, section.appliesTo));
        if (so.contains(QStringLiteral("showIf")))
            rules.append({section.id, Rule::SectionShowIf, so.value(QStringLiteral("showIf")).toString(),
                          lineOf(QStringLiteral("showIf"))});

        const QJsonArray questions = so.value(QStringLiteral("questions")).toArray();
        for (qsizetype qi = 0; qi < questions.size(); ++qi) {
            const QJsonObject qo = questions.at(qi).toObject();
            const QString questionPath = QStringLiteral("questions/%1/").arg(qi);
            Question q;
            q.id = qo.value(QStringLiteral("id")).toString();
            const int line = lineOf(questionPath + QStringLiteral("id"));
            if (q.id.isEmpty()) {
                problem(sectionLine, tr("A question in section “%1” has no \"id\".").arg(section.id));
                continue;
            }
            if (ids.contains(q.id))
                problem(line, tr("The id “%1” is used twice.").arg(q.id));
            ids.insert(q.id);
            const QString type = qo.value(QStringLiteral("type")).toString();
            if (!kTypes.contains(type)) {
                problem(lineOf(questionPath + QStringLiteral("type")),
                        tr("Question “%1”: unknown type “%2” (known: %3).")
                            .arg(q.id, type, QStringList(kTypes.keys()).join(QStringLiteral(", "))));
            }
            q.type = kTypes.value(type);
            q.label = labels(qo.value(QStringLiteral("label")));
            needBothLanguages(q.label, line, tr("Question “%1”").arg(q.id));
            q.required = qo.value(QStringLiteral("required")).toBool();
            const QJsonArray choices = qo.value(QStringLiteral("choices")).toArray();
            for (qsizetype ci = 0; ci < choices.size(); ++ci) {
                const QJsonObject co = choices.at(ci).toObject();
                const int choiceLine = lineOf(questionPath + QStringLiteral("choices/%1").arg(ci));
                Choice c{co.value(QStringLiteral("code")).toString(),
                         labels(co.value(QStringLiteral("label"))),
                         {}};
                if (co.contains(QStringLiteral("score"))) {
                    if (co.value(QStringLiteral("score")).isDouble())
                        c.score = co.value(QStringLiteral("score")).toDouble();
                    else
                        problem(lineOf(questionPath + QStringLiteral("choices/%1/score").arg(ci)),
                                tr("Question “%1”: the \"score\" of choice “%2” must be a number.")
                                    .arg(q.id, c.code));
                }
                if (c.code.isEmpty())
                    problem(choiceLine, tr("Question “%1”: a choice has no \"code\".").arg(q.id));
                needBothLanguages(c.label, choiceLine, tr("Choice “%1” of question “%2”").arg(c.code, q.id));
                q.choices.append(c);
            }
            const bool choice =
                q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice;
            if (choice && q.choices.size() < 2)
                problem(line, tr("Question “%1”: a choice question needs at least two choices.").arg(q.id));
            if (q.type == QuestionType::Scale) {
                q.scaleMin = qo.value(QStringLiteral("min")).toInt();
                q.scaleMax = qo.value(QStringLiteral("max")).toInt();
                if (q.scaleMax <= q.scaleMin)
                    problem(lineOf(questionPath + QStringLiteral("min")),
                            tr("Question “%1”: a scale needs \"min\" below \"max\" (here %2 and %3).")
                                .arg(q.id)
                                .arg(q.scaleMin)
                                .arg(q.scaleMax));
            }
            if (q.type == QuestionType::Total) {
                const QJsonValue of = qo.value(QStringLiteral("of"));
                for (const QJsonValue& v : of.toArray())
                    q.totalOf << v.toString();
                if (!of.isArray() || q.totalOf.isEmpty() || q.totalOf.contains(QString()))
                    problem(
                        lineOf(questionPath + QStringLiteral("of")),
                        tr("Question “%1”: a total needs \"of\", the list of the ids of the questions whose "
                           "scores it adds.")
                            .arg(q.id));
                else
                    totals.append({section.questions.size(), lineOf(questionPath + QStringLiteral("of"))});
                const QJsonArray bands = qo.value(QStringLiteral("bands")).toArray();
                for (qsizetype bi = 0; bi < bands.size(); ++bi) {
                    const QJsonObject bo = bands.at(bi).toObject();
                    const int bandLine = lineOf(questionPath + QStringLiteral("bands/%1").arg(bi));
                    const Band band{bo.value(QStringLiteral("from")).toDouble(),
                                    labels(bo.value(QStringLiteral("label")))};
                    if (!bo.value(QStringLiteral("from")).isDouble())
                        problem(bandLine,
                                tr("Question “%1”: band %2 needs \"from\", the lowest total it covers.")
                                    .arg(q.id)
                                    .arg(bi + 1));
                    needBothLanguages(band.label, bandLine,
                                      tr("Band %1 of question “%2”").arg(bi + 1).arg(q.id));
                    for (const Band& other : std::as_const(q.bands)) {
                        if (other.from == band.from)
                            problem(bandLine,
                                    tr("Question “%1”: two bands start at %2.").arg(q.id).arg(band.from));
                    }
                    q.bands.append(band);
                }
                std::sort(q.bands.begin(), q.bands.end(),
                          [](const Band& a, const Band& b) { return a.from > b.from; });
            }
            if (qo.contains(QStringLiteral("showIf")))
                rules.append({q.id, Rule::ShowIf, qo.value(QStringLiteral("showIf")).toString(),
                              lineOf(questionPath + QStringLiteral("showIf"))});
            if (qo.contains(QStringLiteral("constraint"))) {
                rules.append({q.id, Rule::Constraint, qo.value(QStringLiteral("constraint")).toString(),
                              lineOf(questionPath + QStringLiteral("constraint"))});
                q.constraintMessage = labels(qo.value(QStringLiteral("constraintMessage")));
                needBothLanguages(q.constraintMessage,
                                  lineOf(questionPath + QStringLiteral("constraintMessage")),
                                  tr("The constraint message of question “%1”").arg(q.id));
            }
            section.questions.append(q);
        }
        // A total adds the scores of single-choice questions of its own section, each of whose
        // answers has a score, so it is always the same sum of the same answers.
        for (const PendingTotal& t : std::as_const(totals)) {
            const Question& total = section.questions.at(t.question);
            for (const QString& itemId : total.totalOf) {
                const Question* item = nullptr;
                for (const Question& other : std::as_const(section.questions)) {
                    if (other.id == itemId)
                        item = &other;
                }
                if (!item) {
                    problem(t.line, tr("Question “%1” adds “%2”, which is not a question of section “%3”.")
                                        .arg(total.id, itemId, section.id));
                    continue;
                }
                if (item->type != QuestionType::SingleChoice) {
                    problem(t.line, tr("Question “%1” adds “%2”, which is not a single-choice question.")
                                        .arg(total.id, itemId));
                    continue;
                }
                for (const Choice& c : item->choices) {
                    if (!c.score)
                        problem(t.line, tr("Question “%1” adds “%2”, whose choice “%3” has no \"score\".")
                                            .arg(total.id, itemId, c.code));
                }
            }
        }
        totals.clear();

        if (so.contains(QStringLiteral("needs"))) {
            if (!so.value(QStringLiteral("needs")).isArray())
                problem(lineOf(QStringLiteral("needs")),
                        tr("Section “%1”: \"needs\" must be a list of need rules.").arg(section.id));
            const QJsonArray needs = so.value(QStringLiteral("needs")).toArray();
            for (qsizetype k = 0; k < needs.size(); ++k) {
                const QJsonObject no = needs.at(k).toObject();
                const QString needPath = QStringLiteral("needs/%1").arg(k);
                const int line = lineOf(needPath);
                const QString what = tr("Need rule %1 of section “%2”").arg(k + 1).arg(section.id);
                NeedRule rule;
                rule.category = no.value(QStringLiteral("category")).toString();
                rule.label = labels(no.value(QStringLiteral("label")));
                if (!serviceCategories().contains(rule.category)) {
                    problem(line,
                            tr("%1: unknown service category “%2” (known: %3).")
                                .arg(what, rule.category, serviceCategories().join(QStringLiteral(", "))));
                }
                needBothLanguages(rule.label, line, what);
                if (no.value(QStringLiteral("when")).toString().trimmed().isEmpty())
                    problem(line, tr("%1 has no \"when\" condition.").arg(what));
                else
                    needRules.append({form.sections.size(), k, lineOf(needPath + QStringLiteral("/when")),
                                      no.value(QStringLiteral("when")).toString()});
                section.needs.append(rule);
            }
        }
        form.sections.append(section);
    }

    // Rules: each must parse and name only questions of this form.
    for (const PendingRule& r : std::as_const(rules)) {
        const int line = r.line;
        ExpressionError error;
        const std::optional<Expression> e = Expression::parse(r.text, &error);
        if (!e) {
            problem(line, tr("The rule of “%1” is wrong at character %2: %3")
                              .arg(r.owner)
                              .arg(error.position + 1)
                              .arg(error.message));
            continue;
        }
        for (const QString& name : e->references()) {
            if (!ids.contains(name) && !contextNames().contains(name))
                problem(line, tr("The rule of “%1” refers to ${%2}, which is not a question of this form.")
                                  .arg(r.owner, name));
        }
        for (Section& s : form.sections) {
            if (r.rule == Rule::SectionShowIf && s.id == r.owner)
                s.showIf = e;
            for (Question& q : s.questions) {
                if (q.id != r.owner)
                    continue;
                if (r.rule == Rule::ShowIf)
                    q.showIf = e;
                else if (r.rule == Rule::Constraint)
                    q.constraint = e;
            }
        }
    }
    for (const PendingNeed& n : std::as_const(needRules)) {
        const QString what =
            tr("Need rule %1 of section “%2”").arg(n.rule + 1).arg(form.sections[n.section].id);
        ExpressionError error;
        const std::optional<Expression> e = Expression::parse(n.text, &error);
        if (!e) {
            problem(n.line, tr("%1: the condition is wrong at character %2: %3")
                                .arg(what)
                                .arg(error.position + 1)
                                .arg(error.message));
            continue;
        }
        for (const QString& name : e->references()) {
            if (!ids.contains(name) && !contextNames().contains(name))
                problem(n.line, tr("%1: the condition refers to ${%2}, which is not a question of this form.")
                                    .arg(what, name));
        }
        form.sections[n.section].needs[n.rule].when = e;
    }
    if (!problems.isEmpty()) {
        std::sort(problems.begin(), problems.end(),
                  [](const FormDefinitionError& a, const FormDefinitionError& b) { return a.line < b.line; });
        if (errors)
            *errors = problems;
        return std::nullopt;
    }
    if (errors)
        errors->clear();
    return form;
}

} // namespace ff
