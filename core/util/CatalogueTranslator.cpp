// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/CatalogueTranslator.h"

#include <cstring>

namespace ff {

QString CatalogueTranslator::translate(const char* context, const char* sourceText,
                                       const char* disambiguation, int n) const
{
    QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (found.isNull() && context && std::strncmp(context, "ff::", 4) == 0)
        found = QTranslator::translate(context + 4, sourceText, disambiguation, n);
    return found;
}

} // namespace ff
