// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/PostgresLocalPaths.h"

#include <QHash>
#include <QMutex>

namespace ff {

namespace {
QMutex s_lock;
QHash<QString, QString>& paths()
{
    static QHash<QString, QString> registered;
    return registered;
}
} // namespace

void PostgresLocalPaths::set(const QString& url, const QString& localPath)
{
    const QMutexLocker locked(&s_lock);
    paths().insert(url, localPath);
}

QString PostgresLocalPaths::of(const QString& url)
{
    const QMutexLocker locked(&s_lock);
    return paths().value(url);
}

} // namespace ff
