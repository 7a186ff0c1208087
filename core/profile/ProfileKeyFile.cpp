// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileKeyFile.h"

#include "core/crypto/KeyWrap.h"
#include "core/util/PrivateFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ff {

namespace {
constexpr int kFormat = 1;
constexpr qint64 kMaxFileSize = 64 * 1024;
QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }
QByteArray unb64(const QJsonValue& v) { return QByteArray::fromBase64(v.toString().toLatin1()); }
} // namespace

ProfileKeyFile ProfileKeyFile::create(const crypto::SecretBytes& dataKey, const QString& password,
                                      const QByteArray& recoveryPublicKey, crypto::PasswordKey::Cost cost)
{
    ProfileKeyFile file;
    file.m_kind = Kind::County;
    if (!file.setPassword(dataKey, password, cost))
        file.m_wrapped.clear();
    if (!recoveryPublicKey.isEmpty() && !file.setRecovery(dataKey, recoveryPublicKey))
        file.m_wrapped.clear(); // a profile that should be recoverable and is not: not written
    return file;
}

ProfileKeyFile ProfileKeyFile::demo()
{
    ProfileKeyFile file;
    file.m_kind = Kind::Demo;
    return file;
}

Status ProfileKeyFile::read(const QString& path, ProfileKeyFile* out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The profile's key file %1 could not be read.").arg(path), file.errorString()};
    if (file.size() > kMaxFileSize)
        return Error{tr("The file %1 is not a Fieldfile profile key file.").arg(path),
                     QStringLiteral("size")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject o = doc.object();
    if (doc.isNull() || o.value(QStringLiteral("format")).toInt() != kFormat)
        return Error{tr("The file %1 is not a Fieldfile profile key file.").arg(path),
                     parseError.errorString()};
    ProfileKeyFile k;
    k.m_kind =
        o.value(QStringLiteral("kind")).toString() == QStringLiteral("demo") ? Kind::Demo : Kind::County;
    k.m_identity = ProfileIdentity::fromJson(o.value(QStringLiteral("identity")).toObject());
    k.m_policy = ProfilePolicy::fromJson(o.value(QStringLiteral("policy")).toObject());
    k.m_failedAttempts = qBound(0, o.value(QStringLiteral("failedAttempts")).toInt(), 1000000);
    k.m_encryptionPending = o.value(QStringLiteral("encryptionPending")).toBool();
    const QJsonObject password = o.value(QStringLiteral("password")).toObject();
    k.m_cost = {quint64(password.value(QStringLiteral("ops")).toInteger()),
                quint64(password.value(QStringLiteral("mem")).toInteger())};
    k.m_salt = unb64(password.value(QStringLiteral("salt")));
    k.m_wrapped = unb64(password.value(QStringLiteral("wrapped")));
    const QJsonObject recovery = o.value(QStringLiteral("recovery")).toObject();
    k.m_recoveryPublicKey = unb64(recovery.value(QStringLiteral("publicKey")));
    k.m_recoverySealed = unb64(recovery.value(QStringLiteral("sealed")));
    // A cost outside what Fieldfile writes (a changed file) would make unlocking hang or fail.
    const bool costInRange = k.m_cost.operations >= 1 && k.m_cost.operations <= 10 &&
                             k.m_cost.memoryBytes >= 8 * 1024 && k.m_cost.memoryBytes <= (quint64(1) << 30);
    if (k.m_kind == Kind::County &&
        (k.m_wrapped.isEmpty() || k.m_salt.size() != crypto::PasswordKey::kSaltSize || !costInRange ||
         password.value(QStringLiteral("kdf")).toString() != QStringLiteral("argon2id13")))
        return Error{tr("The profile's key file %1 is damaged.").arg(path), QStringLiteral("password")};
    *out = std::move(k);
    return Status::ok();
}

Status ProfileKeyFile::write(const QString& path) const
{
    if (m_kind == Kind::County && m_wrapped.isEmpty())
        return Error{tr("The profile's key could not be protected with the password."), {}};
    QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("kind"), m_kind == Kind::Demo ? QStringLiteral("demo") : QStringLiteral("county")},
        {QStringLiteral("identity"), m_identity.toJson()},
        {QStringLiteral("policy"), m_policy.toJson()},
        {QStringLiteral("failedAttempts"), m_failedAttempts}};
    if (m_encryptionPending)
        o.insert(QStringLiteral("encryptionPending"), true);
    if (m_kind == Kind::County) {
        o.insert(QStringLiteral("password"),
                 QJsonObject{{QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                             {QStringLiteral("ops"), qint64(m_cost.operations)},
                             {QStringLiteral("mem"), qint64(m_cost.memoryBytes)},
                             {QStringLiteral("salt"), b64(m_salt)},
                             {QStringLiteral("wrapped"), b64(m_wrapped)}});
        if (hasRecovery())
            o.insert(QStringLiteral("recovery"),
                     QJsonObject{{QStringLiteral("publicKey"), b64(m_recoveryPublicKey)},
                                 {QStringLiteral("sealed"), b64(m_recoverySealed)}});
    }
    const QByteArray json = QJsonDocument(o).toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(json) != json.size() || !file.commit())
        return Error{tr("The profile's key file %1 could not be written.").arg(path), file.errorString()};
    PrivateFiles::makePrivate(path);
    return Status::ok();
}

crypto::SecretBytes ProfileKeyFile::unlock(const QString& password) const
{
    if (m_kind != Kind::County)
        return {};
    const crypto::SecretBytes wrappingKey = crypto::PasswordKey::derive(password, m_salt, m_cost);
    if (wrappingKey.isNull())
        return {};
    crypto::SecretBytes key = crypto::KeyWrap::unwrap(m_wrapped, wrappingKey);
    return key.size() == kDataKeySize ? std::move(key) : crypto::SecretBytes();
}

bool ProfileKeyFile::setPassword(const crypto::SecretBytes& dataKey, const QString& newPassword,
                                 crypto::PasswordKey::Cost cost)
{
    if (dataKey.size() != kDataKeySize)
        return false;
    const QByteArray salt = crypto::PasswordKey::newSalt();
    const crypto::SecretBytes wrappingKey = crypto::PasswordKey::derive(newPassword, salt, cost);
    const QByteArray wrapped = crypto::KeyWrap::wrap(dataKey, wrappingKey);
    if (wrapped.isEmpty())
        return false;
    m_cost = cost;
    m_salt = salt;
    m_wrapped = wrapped;
    m_failedAttempts = 0;
    return true;
}

bool ProfileKeyFile::setRecovery(const crypto::SecretBytes& dataKey, const QByteArray& recoveryPublicKey)
{
    const QByteArray sealed = crypto::KeyWrap::seal(dataKey, recoveryPublicKey);
    if (sealed.isEmpty())
        return false;
    m_recoveryPublicKey = recoveryPublicKey;
    m_recoverySealed = sealed;
    return true;
}

crypto::SecretBytes ProfileKeyFile::recover(const QByteArray& recoverySecretKey) const
{
    crypto::SecretBytes key =
        crypto::KeyWrap::unseal(m_recoverySealed, m_recoveryPublicKey, recoverySecretKey);
    return key.size() == kDataKeySize ? std::move(key) : crypto::SecretBytes();
}

} // namespace ff
