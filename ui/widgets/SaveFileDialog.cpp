// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/SaveFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace ff {

std::optional<QString>& SaveFileDialog::scripted()
{
    static std::optional<QString> next;
    return next;
}

QString SaveFileDialog::ask(QWidget* parent, const QString& caption, const QString& fileName,
                            const QString& filter)
{
    if (std::optional<QString>& next = scripted()) {
        const QString answer = *next;
        next.reset();
        return answer;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QFileDialog::getSaveFileName(parent, caption, folder + QLatin1Char('/') + fileName, filter);
}

void SaveFileDialog::setNextFileName(const QString& path) { scripted() = path; }

} // namespace ff
