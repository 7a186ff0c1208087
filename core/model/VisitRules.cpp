// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/VisitRules.h"

#include "core/model/CodeList.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ff {

namespace {
constexpr int kMaxInterval = 366;

QMutex& publishedMutex()
{
    static QMutex m;
    return m;
}

std::optional<VisitRules>& publishedRules()
{
    static std::optional<VisitRules> rules;
    return rules;
}

int lineOfOffset(const QString& text, qsizetype offset)
{
    return int(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

/// JSON keeps no positions: a rule's line is where its `"group": "…"` appears (the n-th time).
int lineOfGroup(const QString& text, const QString& group, int occurrence)
{
    const QRegularExpression re(
        QStringLiteral("\"group\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(group)));
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    for (int i = 0; it.hasNext(); ++i) {
        const QRegularExpressionMatch m = it.next();
        if (i == occurrence)
            return lineOfOffset(text, m.capturedStart());
    }
    return 0;
}

int lineOfKey(const QString& text, const QString& key)
{
    const qsizetype at = text.indexOf(QLatin1Char('"') + key + QLatin1Char('"'));
    return at < 0 ? 0 : lineOfOffset(text, at);
}

/// A whole number of days in 1..366, or -1.
int days(const QJsonValue& v)
{
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    if (d != double(int(d)) || d < 1 || d > kMaxInterval)
        return -1;
    return int(d);
}
} // namespace

int VisitRules::requiredInterval(const QStringList& groups, QString* ruleGroup) const
{
    int best = 0;
    QString decided;
    for (const Rule& r : rules) {
        if (groups.contains(r.group) && (best == 0 || r.intervalDays < best)) {
            best = r.intervalDays;
            decided = r.group;
        }
    }
    if (best == 0)
        best = defaultIntervalDays;
    if (ruleGroup)
        *ruleGroup = decided;
    return best;
}

QString VisitRules::reason(const QString& group) const
{
    const QString language =
        QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (const Rule& r : rules) {
        if (r.group == group)
            return r.reason.value(language, r.reason.value(QStringLiteral("en")));
    }
    return {};
}

std::optional<VisitRules> VisitRules::parse(const QByteArray& json, QList<VisitRulesError>* errors)
{
    QList<VisitRulesError> problems;
    const QString text = QString::fromUtf8(json);
    auto finish = [&](std::optional<VisitRules> result) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const VisitRulesError& a, const VisitRulesError& b) { return a.line < b.line; });
        if (errors)
            *errors = problems;
        return problems.isEmpty() ? result : std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.append({lineOfOffset(text, parseError.offset),
                         tr("The file is not valid JSON: %1.").arg(parseError.errorString())});
        return finish(std::nullopt);
    }
    if (!doc.isObject()) {
        problems.append({1, tr("The file must hold one JSON object with \"version\" and \"rules\".")});
        return finish(std::nullopt);
    }
    const QJsonObject root = doc.object();
    VisitRules result;
    if (root.value(QStringLiteral("version")).toInt(-1) != 1)
        problems.append({lineOfKey(text, QStringLiteral("version")),
                         tr("\"version\" must be 1 (the only version this Fieldfile reads).")});
    if (root.contains(QStringLiteral("default_interval_days"))) {
        const QJsonValue v = root.value(QStringLiteral("default_interval_days"));
        if (v.isNull() || (v.isDouble() && v.toDouble() == 0))
            result.defaultIntervalDays = 0;
        else if (const int d = days(v); d > 0)
            result.defaultIntervalDays = d;
        else
            problems.append({lineOfKey(text, QStringLiteral("default_interval_days")),
                             tr("\"default_interval_days\" must be a whole number of days from 1 to %1, or 0 "
                                "for no default.")
                                 .arg(kMaxInterval)});
    }
    const QJsonValue rulesValue = root.value(QStringLiteral("rules"));
    if (!rulesValue.isArray()) {
        problems.append({lineOfKey(text, QStringLiteral("rules")), tr("\"rules\" must be a list of rules.")});
        return finish(std::nullopt);
    }
    QHash<QString, int> seen;
    const QJsonArray array = rulesValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Rule r;
        r.group = o.value(QStringLiteral("group")).toString();
        const int occurrence = seen.value(r.group, 0);
        seen.insert(r.group, occurrence + 1);
        const int line = r.group.isEmpty() ? lineOfKey(text, QStringLiteral("rules"))
                                           : lineOfGroup(text, r.group, occurrence);
        const QString which = tr("Rule %1").arg(i + 1);
        if (r.group.isEmpty()) {
            problems.append({line, tr("%1 has no \"group\".").arg(which)});
            continue;
        }
        if (!CodeList::specialGroups().contains(r.group))
            problems.append({line, tr("%1: unknown special group “%2” (known: %3).")
                                       .arg(which, r.group,
                                            CodeList::specialGroups().codes().join(QStringLiteral(", ")))});
        if (occurrence > 0)
            problems.append({line, tr("%1: the group “%2” has a rule already.").arg(which, r.group)});
        r.intervalDays = days(o.value(QStringLiteral("interval_days")));
        if (r.intervalDays < 0)
            problems.append({line, tr("%1: \"interval_days\" must be a whole number of days from 1 to %2.")
                                       .arg(which)
                                       .arg(kMaxInterval)});
        const QJsonObject reason = o.value(QStringLiteral("reason")).toObject();
        for (auto it = reason.begin(); it != reason.end(); ++it)
            r.reason.insert(it.key(), it.value().toString());
        if (r.reason.value(QStringLiteral("zh_CN")).isEmpty() ||
            r.reason.value(QStringLiteral("en")).isEmpty())
            problems.append(
                {line, tr("%1: \"reason\" needs a text in Chinese (zh_CN) and in English (en).").arg(which)});
        result.rules.append(r);
    }
    return finish(result);
}

std::optional<VisitRules> VisitRules::builtIn(QList<VisitRulesError>* errors)
{
    QFile file(QStringLiteral(":/rules/visit-rules.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            *errors = {{0, tr("The built-in visit rules are missing from this build.")}};
        return std::nullopt;
    }
    return parse(file.readAll(), errors);
}

QString VisitRules::replacementPath(const QString& databasePath)
{
    return QFileInfo(databasePath).dir().filePath(QStringLiteral("visit-rules.json"));
}

VisitRules VisitRules::forDatabase(const QString& databasePath, QList<VisitRulesError>* errors,
                                   QString* usedFile)
{
    if (errors)
        errors->clear();
    {
        QMutexLocker lock(&publishedMutex());
        if (publishedRules()) {
            if (usedFile)
                *usedFile = kPublished;
            return *publishedRules();
        }
    }
    const QString path = replacementPath(databasePath);
    QFile file(path);
    if (!databasePath.isEmpty() && file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (errors)
                *errors = {{0, tr("The file could not be read: %1").arg(file.errorString())}};
        } else if (auto rules = parse(file.readAll(), errors)) {
            if (usedFile)
                *usedFile = path;
            return *rules;
        }
    }
    if (usedFile)
        *usedFile = QString();
    return builtIn().value_or(VisitRules{});
}

void VisitRules::setPublished(const QByteArray& json)
{
    std::optional<VisitRules> rules = json.isEmpty() ? std::nullopt : parse(json, nullptr);
    QMutexLocker lock(&publishedMutex());
    publishedRules() = std::move(rules);
}

} // namespace ff
