// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace ff {

/// Fieldfile's message catalogue (translations/fieldfile_zh_CN.ts compiled). lupdate names the
/// context of a QObject class in namespace ff by its bare class name ("MainWindow"), whichever way
/// it is run, while such a class asks for its messages under its full name ("ff::MainWindow"): a
/// context not found is looked up again without "ff::". Every other context is found as it is.
class CatalogueTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace ff
