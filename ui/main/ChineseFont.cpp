// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ChineseFont.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QStringList>

#include <fontconfig/fontconfig.h>

namespace ff {

namespace {

/// The family of the font fontconfig matches for `pattern`, the way Qt's own lookup substitutes it;
/// empty if the match fails or (with `language`) the matched font does not cover that language.
/// `*han` (if given) says whether the font has Chinese characters (一, U+4E00).
QString matchedFamily(FcPattern* pattern, const char* language, bool* han = nullptr)
{
    QString family;
    if (han)
        *han = false;
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
        FcCharSet* characters = nullptr;
        if (han && FcPatternGetCharSet(match, FC_CHARSET, 0, &characters) == FcResultMatch)
            *han = FcCharSetHasChar(characters, 0x4E00);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    return family;
}

/// The family an alias such as "Sans Serif" stands for under the system's language; a family that
/// is installed stands for itself. `*han`: whether that font has Chinese characters.
QString resolvedFamily(const QString& family, bool* han)
{
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.toUtf8().constData()));
    const QString resolved = matchedFamily(pattern, nullptr, han);
    return resolved.isEmpty() ? family : resolved;
}

/// Installs the substitutes again for a font the desktop sets later: the application sees the
/// change before its widgets do (QGuiApplication::setFont).
class FontChangeWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationFontChange)
            ChineseFont::install();
        return QObject::eventFilter(watched, event);
    }
};

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
        bool han = false;
        const QString resolved = resolvedFamily(family, &han);
        if (resolved.compare(chinese, Qt::CaseInsensitive) == 0)
            continue; // a Chinese system's own font already
        // Qt tries a family's substitutes, in order, after the family itself: an alias such as
        // "Sans Serif" first gives way to the family it stands for, so Latin text keeps it, unless
        // that font has Chinese of its own (a Japanese or Traditional Chinese system's): then the
        // Simplified Chinese font draws everything, as on a Chinese system.
        QStringList substitutes;
        if (resolved.compare(family, Qt::CaseInsensitive) != 0 && !han)
            substitutes << resolved;
        substitutes << chinese;
        QFont::insertSubstitutions(family, substitutes);
    }
    static bool watching = false;
    if (!watching && qApp) {
        qApp->installEventFilter(new FontChangeWatcher(qApp));
        watching = true;
    }
}

} // namespace ff
