// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// DeviceSync's pinned certificates: in a source of their own because QSslCertificate is Qt
// Network's. The app links only what it calls, and its start calls none of these: Qt Network is
// loaded with the module that syncs (ui/main/OnDemandParts.h).
#include "core/sync/DeviceSync.h"

#include "core/db/Database.h"

namespace ff {

QSslCertificate DeviceSync::serverCertificate() const
{
    const QString pem = m_db.meta(QLatin1String(kServerCertificateKey));
    return pem.isEmpty() ? QSslCertificate() : QSslCertificate(pem.toLatin1(), QSsl::Pem);
}

QSslCertificate DeviceSync::nextServerCertificate() const
{
    const QString pem = m_db.meta(QLatin1String(kNextServerCertificateKey));
    return pem.isEmpty() ? QSslCertificate() : QSslCertificate(pem.toLatin1(), QSsl::Pem);
}

Status DeviceSync::setNextServerCertificate(const QSslCertificate& certificate)
{
    // Announced still after the change-over: it is the pinned one already.
    if (certificate == nextServerCertificate() || certificate == serverCertificate())
        return Status::ok();
    if (!m_db.setMeta(QLatin1String(kNextServerCertificateKey), QString::fromLatin1(certificate.toPem())))
        return Error{tr("Could not store the county's next certificate."), m_db.lastErrorText()};
    return Status::ok();
}

} // namespace ff
