// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace ff {

/// A write transaction begun with BEGIN IMMEDIATE, so that what is read inside it (the device's
/// sequence number, the clock) cannot race another writer; rolled back unless committed.
class WriteTransaction
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(QSqlDatabase& db) : m_db(db)
    {
        QSqlQuery q(db);
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_error = q.lastError().text();
    }
    ~WriteTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool isOpen() const { return m_open; }
    [[nodiscard]] bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace ff
