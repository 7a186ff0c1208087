// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/PrivateFiles.h"

#include <QFile>

#include <sys/stat.h>

namespace ff {

void PrivateFiles::restrictNewFiles() { ::umask(077); }

bool PrivateFiles::makePrivate(const QString& path)
{
    if (!QFile::exists(path))
        return true;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace ff
