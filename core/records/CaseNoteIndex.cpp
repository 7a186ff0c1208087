// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/CaseNoteIndex.h"

#include "core/db/Database.h"

namespace ff {

CaseNoteIndex::CaseNoteIndex(Database& db)
    : m_db(db), m_notes(db), m_indexed(db), m_removeText(db), m_removePairs(db), m_addText(db), m_addPairs(db)
{
    m_notes.prepare(QStringLiteral("SELECT rowid, text, deleted FROM case_note WHERE household_id = ?"));
    m_indexed.prepare(QStringLiteral("SELECT text FROM case_note_text WHERE rowid = ?"));
    m_removeText.prepare(QStringLiteral("DELETE FROM case_note_text WHERE rowid = ?"));
    // A contentless table forgets a row by being told what it indexed.
    m_removePairs.prepare(
        QStringLiteral("INSERT INTO case_note_pairs(case_note_pairs, rowid, pairs) VALUES('delete', ?, ?)"));
    m_addText.prepare(QStringLiteral("INSERT INTO case_note_text(rowid, text) VALUES(?, ?)"));
    m_addPairs.prepare(QStringLiteral("INSERT INTO case_note_pairs(rowid, pairs) VALUES(?, ?)"));
}

bool CaseNoteIndex::affectedBy(const EncodedChange& change)
{
    return change.entity == QLatin1String("case_note");
}

QStringList CaseNoteIndex::clearStatements()
{
    return {QStringLiteral("DELETE FROM case_note_text"),
            QStringLiteral("INSERT INTO case_note_pairs(case_note_pairs) VALUES('delete-all')")};
}

QString CaseNoteIndex::pairs(const QString& text)
{
    const QString folded = text.toCaseFolded();
    QString out;
    out.reserve(folded.size() * 3);
    for (qsizetype i = 0; i + 1 < folded.size(); ++i) {
        const QChar a = folded.at(i);
        const QChar b = folded.at(i + 1);
        if (!a.isLetterOrNumber() || !b.isLetterOrNumber())
            continue;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += a;
        out += b;
    }
    return out;
}

Status CaseNoteIndex::refresh(const QString& householdId)
{
    const auto failed = [](const Query& q) {
        return Error{QCoreApplication::translate("CaseNoteIndex", "The notes could not be indexed."),
                     q.lastErrorText()};
    };
    struct Note
    {
        qint64 rowid;
        QString text;
        bool live;
    };
    QList<Note> notes;
    m_notes.addBindValue(householdId);
    if (!m_notes.exec())
        return failed(m_notes);
    while (m_notes.next())
        notes.append(
            {m_notes.value(0).toLongLong(), m_notes.value(1).toString(), m_notes.value(2).toInt() == 0});
    m_notes.finish();

    for (const Note& note : std::as_const(notes)) {
        m_indexed.addBindValue(note.rowid);
        if (!m_indexed.exec())
            return failed(m_indexed);
        const bool indexed = m_indexed.next();
        const QString old = indexed ? m_indexed.value(0).toString() : QString();
        m_indexed.finish();
        if (indexed && note.live && old == note.text)
            continue;
        if (indexed) {
            m_removeText.addBindValue(note.rowid);
            if (!m_removeText.exec())
                return failed(m_removeText);
            const QString oldPairs = pairs(old);
            if (!oldPairs.isEmpty()) {
                m_removePairs.addBindValue(note.rowid);
                m_removePairs.addBindValue(oldPairs);
                if (!m_removePairs.exec())
                    return failed(m_removePairs);
            }
        }
        if (!note.live || note.text.isEmpty())
            continue;
        m_addText.addBindValue(note.rowid);
        m_addText.addBindValue(note.text);
        if (!m_addText.exec())
            return failed(m_addText);
        const QString newPairs = pairs(note.text);
        if (!newPairs.isEmpty()) {
            m_addPairs.addBindValue(note.rowid);
            m_addPairs.addBindValue(newPairs);
            if (!m_addPairs.exec())
                return failed(m_addPairs);
        }
    }
    return Status::ok();
}

} // namespace ff
