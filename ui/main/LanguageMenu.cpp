// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/LanguageMenu.h"

#include "core/util/CatalogueTranslator.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ff {

namespace {
const QString kKey = QStringLiteral("language");

QTranslator& appTranslator()
{
    static CatalogueTranslator t;
    return t;
}
QTranslator& qtTranslator()
{
    static QTranslator t;
    return t;
}
} // namespace

QString LanguageMenu::saved() { return QSettings().value(kKey).toString(); }

void LanguageMenu::apply(const QString& language)
{
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::Chinese) {
        if (appTranslator().load(QStringLiteral(":/i18n/fieldfile_zh_CN.qm")))
            QCoreApplication::installTranslator(&appTranslator());
        if (qtTranslator().load(QStringLiteral("qtbase_zh_CN"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator());
    }
}

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    // Language names are written in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> choices = {{QString(), QString()},
                                                    {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
                                                    {QStringLiteral("en"), QStringLiteral("English")}};
    const QString current = saved();
    for (const auto& [code, name] : choices) {
        QAction* action = addAction(name);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == current);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction* action) {
        const QString code = action->data().toString();
        QSettings().setValue(kKey, code);
        apply(code);
    });
    retranslate();
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_group->actions().first()->setText(tr("Follow the system"));
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace ff
