// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fieldfile-server: the county's command line. Links only core libraries. The commands are in
// core/server/cli/ (ServerCommands lists them); `fieldfile-server --help` shows them.

#include "core/records/RecordProjections.h"
#include "core/server/cli/ServerCommands.h"
#include "core/server/ServerTranslator.h"
#include "core/util/PrivateFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char** argv)
{
    ff::PrivateFiles::restrictNewFiles();
    QCoreApplication app(argc, argv);
    ff::RecordProjections::install();
    QCoreApplication::setOrganizationName(QStringLiteral("Fieldfile"));
    QCoreApplication::setApplicationName(QStringLiteral("fieldfile-server"));
    // County IT reads the messages in the system's language; each laptop gets its answers in the
    // language it asks for (ServerTranslator).
    ff::ServerTranslator translator;
    if (translator.loadCatalogue())
        QCoreApplication::installTranslator(&translator);
    // Qt's own messages (an unknown option, a missing value) in the same language.
    QTranslator qtMessages;
    if (QLocale::system().language() == QLocale::Chinese &&
        qtMessages.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtMessages);

    const ff::ServerCommands commands;
    QCommandLineParser parser;
    commands.setUp(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commands.run(parser, QCoreApplication::arguments(), out, err);
}
