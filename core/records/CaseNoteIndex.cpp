// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/CaseNoteIndex.h"

#include "core/db/Database.h"

#include <QDate>

namespace ff {

CaseNoteIndex::CaseNoteIndex(Database& db)
    : m_db(db), m_notes(db), m_key(db), m_indexed(db), m_removeText(db), m_removePairs(db), m_removeKey(db),
      m_addText(db), m_addPairs(db), m_addKey(db)
{
    m_notes.prepare(
        QStringLiteral("SELECT rowid, text, deleted, written_on FROM case_note WHERE household_id = ?"));
    m_key.prepare(QStringLiteral("SELECT key FROM case_note_key WHERE note = ?"));
    m_indexed.prepare(QStringLiteral("SELECT text FROM case_note_text WHERE rowid = ?"));
    m_removeText.prepare(QStringLiteral("DELETE FROM case_note_text WHERE rowid = ?"));
    // A contentless table forgets a row by being told what it indexed.
    m_removePairs.prepare(
        QStringLiteral("INSERT INTO case_note_pairs(case_note_pairs, rowid, pairs) VALUES('delete', ?, ?)"));
    m_removeKey.prepare(QStringLiteral("DELETE FROM case_note_key WHERE note = ?"));
    m_addText.prepare(QStringLiteral("INSERT INTO case_note_text(rowid, text) VALUES(?, ?)"));
    m_addPairs.prepare(QStringLiteral("INSERT INTO case_note_pairs(rowid, pairs) VALUES(?, ?)"));
    m_addKey.prepare(QStringLiteral("INSERT INTO case_note_key(note, key) VALUES(?, ?)"));
}

bool CaseNoteIndex::affectedBy(const EncodedChange& change)
{
    return change.entity == QLatin1String("case_note");
}

QStringList CaseNoteIndex::clearStatements()
{
    return {QStringLiteral("DELETE FROM case_note_text"),
            QStringLiteral("INSERT INTO case_note_pairs(case_note_pairs) VALUES('delete-all')"),
            QStringLiteral("DELETE FROM case_note_key")};
}

qint64 CaseNoteIndex::key(const QString& writtenOn, qint64 rowid)
{
    const QDate day = QDate::fromString(writtenOn, Qt::ISODate);
    return ((day.isValid() ? day.toJulianDay() : 0) << kRowidBits) | (rowid & kRowidMask);
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
    const auto run = [](Query& q, const QVariantList& binds) {
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return q.exec();
    };
    struct Note
    {
        qint64 rowid;
        QString text;
        bool live;
        qint64 key;
    };
    QList<Note> notes;
    if (!run(m_notes, {householdId}))
        return failed(m_notes);
    while (m_notes.next()) {
        const qint64 rowid = m_notes.value(0).toLongLong();
        notes.append({rowid, m_notes.value(1).toString(), m_notes.value(2).toInt() == 0,
                      key(m_notes.value(3).toString(), rowid)});
    }
    m_notes.finish();

    for (const Note& note : std::as_const(notes)) {
        if (!run(m_key, {note.rowid}))
            return failed(m_key);
        const bool indexed = m_key.next();
        const qint64 oldKey = indexed ? m_key.value(0).toLongLong() : 0;
        m_key.finish();
        QString old;
        if (indexed) {
            if (!run(m_indexed, {oldKey}))
                return failed(m_indexed);
            if (m_indexed.next())
                old = m_indexed.value(0).toString();
            m_indexed.finish();
            if (note.live && oldKey == note.key && old == note.text)
                continue;
            if (!run(m_removeText, {oldKey}))
                return failed(m_removeText);
            if (const QString oldPairs = pairs(old);
                !oldPairs.isEmpty() && !run(m_removePairs, {oldKey, oldPairs}))
                return failed(m_removePairs);
            if (!run(m_removeKey, {note.rowid}))
                return failed(m_removeKey);
        }
        if (!note.live || note.text.isEmpty())
            continue;
        if (!run(m_addText, {note.key, note.text}))
            return failed(m_addText);
        if (const QString newPairs = pairs(note.text);
            !newPairs.isEmpty() && !run(m_addPairs, {note.key, newPairs}))
            return failed(m_addPairs);
        if (!run(m_addKey, {note.rowid, note.key}))
            return failed(m_addKey);
    }
    return Status::ok();
}

} // namespace ff
