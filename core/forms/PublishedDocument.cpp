// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/PublishedDocument.h"

#include "core/forms/BuiltInForms.h"
#include "core/model/AgencyList.h"
#include "core/model/VisitRules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace ff {

namespace {
const QRegularExpression& formName()
{
    static const QRegularExpression re(QStringLiteral("^([a-z0-9][a-z0-9_-]*)\\.v([1-9][0-9]{0,5})\\.json$"));
    return re;
}
} // namespace

QStringList PublishedDocument::kinds() { return {kForm, kAgencies, kVisitRules}; }

QString PublishedDocument::kindOfName(const QString& fileName)
{
    if (fileName == QStringLiteral("agencies.json"))
        return kAgencies;
    if (fileName == QStringLiteral("visit-rules.json"))
        return kVisitRules;
    if (formName().match(fileName).hasMatch())
        return kForm;
    return {};
}

QString PublishedDocument::sha256Of(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString PublishedDocument::nameFor(const QString& kind, const QString& fileName, const QByteArray& content)
{
    if (kind == kAgencies)
        return QStringLiteral("agencies.json");
    if (kind == kVisitRules)
        return QStringLiteral("visit-rules.json");
    if (kind == kForm && !formName().match(fileName).hasMatch()) {
        if (const std::optional<FormDefinition> form = FormDefinition::parse(content, nullptr))
            return QStringLiteral("%1.v%2.json").arg(form->id).arg(form->version);
    }
    return fileName;
}

QByteArray PublishedDocument::signedMessage(const QString& kind, const QString& name, const QString& sha256)
{
    return QByteArrayLiteral("fieldfile-published-v1\n") + kind.toUtf8() + '\n' + name.toUtf8() + '\n' +
           sha256.toLatin1();
}

QList<FormDefinitionError> PublishedDocument::check(const QString& kind, const QString& name,
                                                    const QByteArray& content)
{
    if (kind == kForm) {
        const QRegularExpressionMatch m = formName().match(name);
        if (!m.hasMatch())
            return {{0, tr("A form is published as <form id>.v<version>.json, e.g. needs-assessment.v4.json, "
                           "not “%1”.")
                            .arg(name)}};
        const QString id = m.captured(1);
        const int version = m.captured(2).toInt();
        if (QFile::exists(QStringLiteral(":/forms/%1").arg(name)))
            return {{0, tr("Version %1 of “%2” is built into Fieldfile already; a published version never "
                           "changes: give it a new number.")
                            .arg(version)
                            .arg(id)}};
        QList<FormDefinitionError> problems;
        const std::optional<FormDefinition> definition = FormDefinition::parse(content, &problems);
        if (!definition)
            return problems.isEmpty() ? QList<FormDefinitionError>{{0, tr("The form could not be read.")}}
                                      : problems;
        if (definition->id != id || definition->version != version)
            return {{0, tr("The file is named for version %1 of “%2”, but holds version %3 of “%4”.")
                            .arg(version)
                            .arg(id)
                            .arg(definition->version)
                            .arg(definition->id)}};
        return {};
    }
    if (kind == kAgencies) {
        if (name != QStringLiteral("agencies.json"))
            return {{0, tr("The list of agencies is published as agencies.json, not “%1”.").arg(name)}};
        QString error;
        int line = 0;
        if (!AgencyList::parse(content, &error, &line))
            return {{line, error}};
        return {};
    }
    if (kind == kVisitRules) {
        if (name != QStringLiteral("visit-rules.json"))
            return {{0, tr("The visit rules are published as visit-rules.json, not “%1”.").arg(name)}};
        QList<VisitRulesError> errors;
        if (VisitRules::parse(content, &errors))
            return {};
        QList<FormDefinitionError> problems;
        for (const VisitRulesError& e : errors)
            problems.append({e.line, e.message});
        return problems;
    }
    return {
        {0,
         tr("“%1” is not a kind of document the county publishes (form, agencies, visit-rules).").arg(kind)}};
}

void PublishedDocument::install(const QList<PublishedDocument>& documents)
{
    QHash<QString, QByteArray> forms;
    QByteArray agencies;
    QByteArray rules;
    for (const PublishedDocument& d : documents) {
        if (d.kind == kForm)
            forms.insert(d.name, d.content);
        else if (d.kind == kAgencies)
            agencies = d.content;
        else if (d.kind == kVisitRules)
            rules = d.content;
    }
    BuiltInForms::setPublishedDocuments(forms);
    AgencyList::setPublished(agencies);
    VisitRules::setPublished(rules);
}

} // namespace ff
