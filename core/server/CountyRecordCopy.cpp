// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/CountyRecordCopy.h"

#include "core/db/Query.h"
#include "core/journal/JournalReplayer.h"

#include <QFileInfo>

namespace ff {

CountyRecordCopy::CountyRecordCopy() = default;

CountyRecordCopy::~CountyRecordCopy()
{
    if (m_db)
        m_db->close();
}

Status CountyRecordCopy::make(Database& county)
{
    const QString failed = tr("The county's records could not be prepared for counting.");
    m_dir = std::make_unique<QTemporaryDir>(QFileInfo(county.path()).absolutePath() +
                                            QStringLiteral("/.report-XXXXXX"));
    if (!m_dir->isValid())
        return Error{failed, m_dir->errorString()};
    const QString path = m_dir->filePath(QStringLiteral("records.db"));
    Query q(county);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec())
        return Error{failed, q.lastErrorText()};
    q.finish();
    m_db = std::make_unique<Database>();
    if (Status s = m_db->open(path); !s)
        return s;
    return JournalReplayer::rebuild(*m_db);
}

} // namespace ff
