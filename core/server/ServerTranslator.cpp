// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/ServerTranslator.h"

#include <QLocale>

namespace ff {

namespace {
QString& currentLanguage()
{
    thread_local QString language =
        QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    return language;
}
} // namespace

bool ServerTranslator::loadCatalogue() { return m_chinese.load(QStringLiteral(":/i18n/fieldfile_zh_CN.qm")); }

void ServerTranslator::setThreadLanguage(const QString& language) { currentLanguage() = language; }

QString ServerTranslator::threadLanguage() { return currentLanguage(); }

QString ServerTranslator::languageOf(const QByteArray& acceptLanguage)
{
    // The first tag is the client's own language (the app sends exactly one).
    const QByteArray first = acceptLanguage.split(',').value(0).trimmed().toLower();
    return first.startsWith("zh") ? QStringLiteral("zh") : QStringLiteral("en");
}

QString ServerTranslator::translate(const char* context, const char* sourceText, const char* disambiguation,
                                    int n) const
{
    if (currentLanguage() != QStringLiteral("zh"))
        return {};
    return m_chinese.translate(context, sourceText, disambiguation, n);
}

bool ServerTranslator::isEmpty() const { return m_chinese.isEmpty(); }

} // namespace ff
