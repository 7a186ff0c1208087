// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CatalogueTranslator.h"

#include <QTranslator>

namespace ff {

/// The server's translator: answers each request in the language its client asked for.
///
/// One process serves laptops set to Chinese and to English at once, and imports run on their own
/// thread, so a global translator cannot follow the request. This one holds the Chinese catalogue
/// and translates only for threads whose current language is Chinese; the HTTP service sets the
/// language of the thread that handles a request from its Accept-Language header, the command line
/// from the system locale. Installed once with QCoreApplication::installTranslator.
class ServerTranslator : public QTranslator
{
public:
    /// Loads the Chinese catalogue from the resources; false if it is missing.
    bool loadCatalogue();

    /// The language of messages made on the calling thread from now on: "zh" or "en".
    static void setThreadLanguage(const QString& language);
    static QString threadLanguage();
    /// "zh" when an Accept-Language header prefers Chinese, otherwise "en".
    static QString languageOf(const QByteArray& acceptLanguage);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override;

private:
    CatalogueTranslator m_chinese;
};

} // namespace ff
