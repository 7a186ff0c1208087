// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/CountyKeyFile.h"

#include "core/util/PrivateFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ff {

QString CountyKeyFile::pathFor(const QString& databasePath) { return databasePath + QStringLiteral(".keys"); }

Status CountyKeyFile::write(const QString& path, const Secrets& secrets)
{
    QJsonObject keys{{QStringLiteral("signing"), QString::fromLatin1(secrets.signing.toBase64())},
                     {QStringLiteral("box"), QString::fromLatin1(secrets.box.toBase64())}};
    if (!secrets.recovery.isEmpty())
        keys.insert(QStringLiteral("recovery"), QString::fromLatin1(secrets.recovery.toBase64()));
    const QByteArray json = QJsonDocument(keys).toJson();
    QSaveFile file(path);
    // Private before a byte is written, whatever the umask.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(json) != json.size() || !file.commit())
        return Error{tr("The county's key file %1 could not be written.").arg(path), file.errorString()};
    PrivateFiles::makePrivate(path);
    return Status::ok();
}

std::optional<CountyKeyFile::Secrets> CountyKeyFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    Secrets s{QByteArray::fromBase64(o.value(QStringLiteral("signing")).toString().toLatin1()),
              QByteArray::fromBase64(o.value(QStringLiteral("box")).toString().toLatin1()),
              QByteArray::fromBase64(o.value(QStringLiteral("recovery")).toString().toLatin1())};
    if (s.signing.isEmpty() || s.box.isEmpty())
        return std::nullopt;
    return s;
}

} // namespace ff
