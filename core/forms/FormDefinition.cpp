// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/FormDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
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
};

/// Finds the line of a definition element: JSON parsers do not keep positions, so the line is the
/// first one where the element's `"id": "…"` appears (ids are unique in a valid definition).
class LineFinder
{
public:
    explicit LineFinder(const QByteArray& json) : m_text(QString::fromUtf8(json)) {}

    int lineOfOffset(qsizetype offset) const { return int(m_text.left(offset).count(QLatin1Char('\n'))) + 1; }

    /// The line of the `occurrence`-th (0-based) element with this id.
    int lineOfId(const QString& id, int occurrence = 0) const
    {
        const QRegularExpression re(
            QStringLiteral("\"id\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(id)));
        QRegularExpressionMatchIterator it = re.globalMatch(m_text);
        for (int i = 0; it.hasNext(); ++i) {
            const QRegularExpressionMatch m = it.next();
            if (i == occurrence)
                return lineOfOffset(m.capturedStart());
        }
        return 0;
    }

    /// The line of the `index`-th (0-based) rule in the `occurrence`-th "needs" list of the file: the
    /// list is scanned for the objects directly inside it, skipping the text of strings.
    int lineOfNeed(int occurrence, int index) const
    {
        static const QRegularExpression re(QStringLiteral("\"needs\"\\s*:\\s*\\["));
        QRegularExpressionMatchIterator it = re.globalMatch(m_text);
        qsizetype start = -1;
        for (int i = 0; it.hasNext(); ++i) {
            const QRegularExpressionMatch m = it.next();
            if (i == occurrence) {
                start = m.capturedEnd();
                break;
            }
        }
        if (start < 0)
            return 0;
        int depth = 0;
        int found = 0;
        bool inString = false;
        for (qsizetype i = start; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    inString = false;
            } else if (c == QLatin1Char('"')) {
                inString = true;
            } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                if (depth == 0 && c == QLatin1Char('{') && found++ == index)
                    return lineOfOffset(i);
                ++depth;
            } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                if (depth-- == 0)
                    break;
            }
        }
        return lineOfOffset(start);
    }

private:
    QString m_text;
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
    const LineFinder lines(json);
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
    form.version = root.value(QStringLiteral("version")).toInt();
    form.title = labels(root.value(QStringLiteral("title")));
    if (form.id.isEmpty())
        problem(1, tr("The form has no \"id\"."));
    if (form.version < 1)
        problem(1, tr("The form needs a \"version\" of 1 or more."));
    needBothLanguages(form.title, 1, tr("The form's title"));

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
    };
    QList<PendingRule> rules;
    // Need rules are checked the same way: (section index, rule index, line, condition text).
    struct PendingNeed
    {
        qsizetype section;
        qsizetype rule;
        int line;
        QString text;
    };
    QList<PendingNeed> needRules;
    int needLists = 0;
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    if (sections.isEmpty())
        problem(1, tr("The form has no sections."));
    for (const QJsonValue& sv : sections) {
        const QJsonObject so = sv.toObject();
        Section section;
        section.id = so.value(QStringLiteral("id")).toString();
        const int sectionLine = lines.lineOfId(section.id);
        section.title = labels(so.value(QStringLiteral("title")));
        section.appliesTo = so.value(QStringLiteral("appliesTo")).toString(QStringLiteral("household"));
        if (section.id.isEmpty())
            problem(sectionLine, tr("A section has no \"id\"."));
        else if (ids.contains(section.id))
            problem(sectionLine, tr("The id “%1” is used twice.").arg(section.id));
        ids.insert(section.id);
        needBothLanguages(section.title, sectionLine, tr("Section “%1”").arg(section.id));
        if (section.appliesTo != QStringLiteral("household") && section.appliesTo != QStringLiteral("member"))
            problem(sectionLine,
                    tr("Section “%1”: \"appliesTo\" must be household or member.").arg(section.id));
        if (so.contains(QStringLiteral("showIf")))
            rules.append({section.id, Rule::SectionShowIf, so.value(QStringLiteral("showIf")).toString()});

        for (const QJsonValue& qv : so.value(QStringLiteral("questions")).toArray()) {
            const QJsonObject qo = qv.toObject();
            Question q;
            q.id = qo.value(QStringLiteral("id")).toString();
            const int line = lines.lineOfId(q.id, ids.contains(q.id) ? 1 : 0);
            if (q.id.isEmpty()) {
                problem(sectionLine, tr("A question in section “%1” has no \"id\".").arg(section.id));
                continue;
            }
            if (ids.contains(q.id))
                problem(line, tr("The id “%1” is used twice.").arg(q.id));
            ids.insert(q.id);
            const QString type = qo.value(QStringLiteral("type")).toString();
            if (!kTypes.contains(type)) {
                problem(line, tr("Question “%1”: unknown type “%2” (known: %3).")
                                  .arg(q.id, type, QStringList(kTypes.keys()).join(QStringLiteral(", "))));
            }
            q.type = kTypes.value(type);
            q.label = labels(qo.value(QStringLiteral("label")));
            needBothLanguages(q.label, line, tr("Question “%1”").arg(q.id));
            q.required = qo.value(QStringLiteral("required")).toBool();
            for (const QJsonValue& cv : qo.value(QStringLiteral("choices")).toArray()) {
                const Choice c{cv.toObject().value(QStringLiteral("code")).toString(),
                               labels(cv.toObject().value(QStringLiteral("label")))};
                if (c.code.isEmpty())
                    problem(line, tr("Question “%1”: a choice has no \"code\".").arg(q.id));
                needBothLanguages(c.label, line, tr("Choice “%1” of question “%2”").arg(c.code, q.id));
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
                    problem(line, tr("Question “%1”: a scale needs \"min\" below \"max\".").arg(q.id));
            }
            if (qo.contains(QStringLiteral("showIf")))
                rules.append({q.id, Rule::ShowIf, qo.value(QStringLiteral("showIf")).toString()});
            if (qo.contains(QStringLiteral("constraint"))) {
                rules.append({q.id, Rule::Constraint, qo.value(QStringLiteral("constraint")).toString()});
                q.constraintMessage = labels(qo.value(QStringLiteral("constraintMessage")));
                needBothLanguages(q.constraintMessage, line,
                                  tr("The constraint message of question “%1”").arg(q.id));
            }
            section.questions.append(q);
        }

        if (so.contains(QStringLiteral("needs"))) {
            const int list = needLists++;
            if (!so.value(QStringLiteral("needs")).isArray())
                problem(sectionLine,
                        tr("Section “%1”: \"needs\" must be a list of need rules.").arg(section.id));
            const QJsonArray needs = so.value(QStringLiteral("needs")).toArray();
            for (qsizetype k = 0; k < needs.size(); ++k) {
                const QJsonObject no = needs.at(k).toObject();
                const int line = std::max(lines.lineOfNeed(list, int(k)), sectionLine);
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
                    needRules.append(
                        {form.sections.size(), k, line, no.value(QStringLiteral("when")).toString()});
                section.needs.append(rule);
            }
        }
        form.sections.append(section);
    }

    // Rules: each must parse and name only questions of this form.
    for (const PendingRule& r : std::as_const(rules)) {
        const int line = lines.lineOfId(r.owner);
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
