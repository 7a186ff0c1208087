// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AgencyList.h"

#include "core/forms/JsonLocator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace ff {

namespace {
QString s_builtInError;

QMutex& publishedMutex()
{
    static QMutex m;
    return m;
}

std::optional<AgencyList>& publishedList()
{
    static std::optional<AgencyList> list;
    return list;
}
} // namespace

QString AgencyList::Agency::name() const
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString preferred = chinese ? nameZh : nameEn;
    return preferred.isEmpty() ? (chinese ? nameEn : nameZh) : preferred;
}

std::optional<AgencyList> AgencyList::parse(const QByteArray& json, QString* error, int* line)
{
    int at = 0;
    const auto fail = [error, line, &at](const QString& message) {
        if (error)
            *error = message;
        if (line)
            *line = at;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        at = int(json.left(parseError.offset).count('\n')) + 1;
        return fail(tr("The list of agencies is not valid JSON (at character %1: %2).")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    }
    const JsonLocator locator(json);
    at = locator.line(QStringLiteral("agencies"));
    const QJsonValue items = doc.object().value(QStringLiteral("agencies"));
    if (!items.isArray() || items.toArray().isEmpty())
        return fail(tr("The list of agencies has no \"agencies\" array."));
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    AgencyList list;
    QSet<QString> seen;
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        at = locator.line(QStringLiteral("agencies/%1").arg(i));
        Agency a{o.value(QStringLiteral("code")).toString(),
                 o.value(QStringLiteral("zh_CN")).toString().trimmed(),
                 o.value(QStringLiteral("en")).toString().trimmed()};
        if (!codePattern.match(a.code).hasMatch())
            return fail(
                tr("Agency %1 of the list has no valid code (lower-case letters, digits and _).").arg(i + 1));
        if (seen.contains(a.code))
            return fail(tr("The agency code “%1” appears twice in the list.").arg(a.code));
        if (a.nameZh.isEmpty() || a.nameEn.isEmpty())
            return fail(
                tr("The agency “%1” needs a name in Chinese (zh_CN) and in English (en).").arg(a.code));
        seen.insert(a.code);
        list.m_agencies.append(a);
    }
    return list;
}

const AgencyList& AgencyList::builtIn()
{
    static const AgencyList list = [] {
        QFile file(QStringLiteral(":/reference/agencies.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            s_builtInError = tr("The built-in list of agencies is missing from this build.");
            return AgencyList();
        }
        QString error;
        std::optional<AgencyList> parsed = parse(file.readAll(), &error);
        if (!parsed) {
            s_builtInError = tr("The built-in list of agencies could not be read: %1").arg(error);
            return AgencyList();
        }
        return *parsed;
    }();
    return list;
}

QString AgencyList::builtInError()
{
    builtIn();
    return s_builtInError;
}

AgencyList AgencyList::current()
{
    std::optional<AgencyList> published;
    {
        QMutexLocker lock(&publishedMutex());
        published = publishedList();
    }
    if (!published)
        return builtIn();
    for (const Agency& a : builtIn().agencies()) {
        if (!published->find(a.code))
            published->m_agencies.append(a);
    }
    return *published;
}

void AgencyList::setPublished(const QByteArray& json)
{
    std::optional<AgencyList> list = json.isEmpty() ? std::nullopt : parse(json);
    QMutexLocker lock(&publishedMutex());
    publishedList() = std::move(list);
}

const AgencyList::Agency* AgencyList::find(const QString& code) const
{
    for (const Agency& a : m_agencies) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

QString AgencyList::label(const QString& code) const
{
    const Agency* a = find(code);
    return a ? a->name() : code;
}

} // namespace ff
