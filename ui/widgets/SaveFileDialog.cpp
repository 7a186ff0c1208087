// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/SaveFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace ff {

bool SaveFileDialog::s_scripted = false;
QString SaveFileDialog::s_nextFileName;

QString SaveFileDialog::ask(QWidget* parent, const QString& caption, const QString& fileName,
                            const QString& filter)
{
    if (s_scripted) {
        s_scripted = false;
        return std::exchange(s_nextFileName, QString());
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QFileDialog::getSaveFileName(parent, caption, folder + QLatin1Char('/') + fileName, filter);
}

void SaveFileDialog::setNextFileName(const QString& path)
{
    s_scripted = true;
    s_nextFileName = path;
}

} // namespace ff
