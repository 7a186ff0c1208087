// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/CountyRecordCopy.h"

#include "core/db/Query.h"
#include "core/db/ReadTransaction.h"
#include "core/db/SqlStatement.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/ChangeCodec.h"
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
    // Beside the county database; on PostgreSQL beside the county's key file, on the machine
    // the command runs on.
    m_dir = std::make_unique<QTemporaryDir>(QFileInfo(county.localPath()).absolutePath() +
                                            QStringLiteral("/.report-XXXXXX"));
    if (!m_dir->isValid())
        return Error{failed, m_dir->errorString()};
    const QString path = m_dir->filePath(QStringLiteral("records.db"));
    if (county.dialect().isPostgres()) {
        if (Status s = copyFromPostgres(county, path); !s)
            return Error{failed, s.error().message + QLatin1Char(' ') + s.error().detail};
        return JournalReplayer::rebuild(*m_db);
    }
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

Status CountyRecordCopy::copyFromPostgres(Database& county, const QString& path)
{
    m_db = std::make_unique<Database>();
    if (Status s = m_db->open(path); !s)
        return s;
    // One snapshot of the county (as a pull reads one), written to the copy in one transaction.
    ReadTransaction snapshot(county);
    WriteTransaction tx(*m_db);
    if (!snapshot.isOpen() || !tx.isOpen())
        return Error{{}, tx.isOpen() ? county.lastErrorText() : tx.error()};
    const auto copyRows = [&](const QString& select, const QString& insert, int columns) -> Status {
        Query from(county);
        from.setForwardOnly(true);
        if (!from.exec(select))
            return Error{{}, from.lastErrorText()};
        SqlStatement to(*m_db, insert);
        while (from.next()) {
            for (int i = 0; i < columns; ++i)
                to.bindValue(i + 1, from.value(i));
            if (!to.run())
                return Error{{}, to.error()};
        }
        return Status::ok();
    };
    const QString journal = QStringLiteral("seq, ") + ChangeCodec::journalColumns();
    if (Status s = copyRows(
            QStringLiteral("SELECT %1 FROM journal ORDER BY seq").arg(journal),
            QStringLiteral("INSERT INTO journal(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(journal),
            11);
        !s)
        return s;
    // The forms the county published, to read the needs of assessments made with them.
    const QString documents = QStringLiteral("name, kind, sha256, signature, published_at, content");
    if (Status s = copyRows(
            QStringLiteral("SELECT %1 FROM published_document").arg(documents),
            QStringLiteral("INSERT INTO published_document(%1) VALUES(?, ?, ?, ?, ?, ?)").arg(documents), 6);
        !s)
        return s;
    for (const QString& key : {QStringLiteral("county_id"), QStringLiteral("journal_encoding")}) {
        if (!county.meta(key).isEmpty() && !m_db->setMeta(key, county.meta(key)))
            return Error{{}, m_db->lastErrorText()};
    }
    if (!tx.commit())
        return Error{{}, tx.error()};
    return Status::ok();
}

} // namespace ff
