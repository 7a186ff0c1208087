// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ChineseFont.h"

#include <QApplication>
#include <QFont>
#include <QStringList>

#include <fontconfig/fontconfig.h>

namespace ff {

namespace {

/// The family of the font fontconfig matches for `pattern`, the way Qt's own lookup substitutes it;
/// empty if the match fails or (with `language`) the matched font does not cover that language.
QString matchedFamily(FcPattern* pattern, const char* language)
{
    QString family;
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    if (match) {
        FcLangSet* languages = nullptr;
        FcChar8* name = nullptr;
        const bool covers =
            !language ||
            (FcPatternGetLangSet(match, FC_LANG, 0, &languages) == FcResultMatch &&
             FcLangSetHasLang(languages, reinterpret_cast<const FcChar8*>(language)) == FcLangEqual);
        if (covers && FcPatternGetString(match, FC_FAMILY, 0, &name) == FcResultMatch)
            family = QString::fromUtf8(reinterpret_cast<const char*>(name));
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    return family;
}

/// The family an alias such as "Sans Serif" stands for under the system's language; a family that
/// is installed stands for itself.
QString resolvedFamily(const QString& family)
{
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.toUtf8().constData()));
    const QString resolved = matchedFamily(pattern, nullptr);
    return resolved.isEmpty() ? family : resolved;
}

} // namespace

QString ChineseFont::simplifiedFamily()
{
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
    FcLangSet* languages = FcLangSetCreate();
    FcLangSetAdd(languages, reinterpret_cast<const FcChar8*>("zh-cn"));
    FcPatternAddLangSet(pattern, FC_LANG, languages);
    FcLangSetDestroy(languages);
    return matchedFamily(pattern, "zh-cn");
}

void ChineseFont::install()
{
    const QString chinese = simplifiedFamily();
    if (chinese.isEmpty())
        return; // no Chinese font at all: Qt's own fallback is all there is
    // The application's font, and those the platform's theme gives some kinds of widget (a desktop
    // may set the menus' or the tooltips' apart): whichever a widget takes, Chinese falls to `chinese`.
    static const char* const kinds[] = {"QMenu",
                                        "QMenuBar",
                                        "QMenuItem",
                                        "QMessageBox",
                                        "QLabel",
                                        "QTipLabel",
                                        "QStatusBar",
                                        "QMdiSubWindowTitleBar",
                                        "QDockWidgetTitle",
                                        "QPushButton",
                                        "QCheckBox",
                                        "QRadioButton",
                                        "QToolButton",
                                        "QAbstractItemView",
                                        "QListView",
                                        "QHeaderView",
                                        "QListBox",
                                        "QComboMenuItem",
                                        "QComboLineEdit",
                                        "QSmallFont",
                                        "QMiniFont"};
    QStringList families = QApplication::font().families();
    for (const char* kind : kinds)
        families += QApplication::font(kind).families();
    families.removeDuplicates();
    for (const QString& family : std::as_const(families)) {
        const QString resolved = resolvedFamily(family);
        if (resolved.compare(chinese, Qt::CaseInsensitive) == 0)
            continue; // a Chinese system's own font already
        // Qt tries a family's substitutes, in order, after the family itself: an alias such as
        // "Sans Serif" first gives way to the family it stands for, so Latin text keeps it.
        QStringList substitutes;
        if (resolved.compare(family, Qt::CaseInsensitive) != 0)
            substitutes << resolved;
        substitutes << chinese;
        QFont::insertSubstitutions(family, substitutes);
    }
}

} // namespace ff
