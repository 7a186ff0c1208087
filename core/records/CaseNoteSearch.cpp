// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/CaseNoteSearch.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/records/CaseNoteIndex.h"

#include <QRegularExpression>

namespace ff {

namespace {
/// An FTS5 string: the word in double quotes, its own quotes doubled.
QString quoted(const QString& word)
{
    return QLatin1Char('"') + QString(word).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString likePattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("%"), QStringLiteral("\\%"))
        .replace(QStringLiteral("_"), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QStringList CaseNoteSearch::terms(const QString& words)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    return words.split(spaces, Qt::SkipEmptyParts);
}

QString CaseNoteSearch::excerpt(const QString& text, const QStringList& terms, int width)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    qsizetype at = -1;
    for (const QString& term : terms) {
        const qsizetype i = flat.indexOf(term, 0, Qt::CaseInsensitive);
        if (i >= 0 && (at < 0 || i < at))
            at = i;
    }
    if (flat.size() <= width)
        return flat;
    const qsizetype start = std::clamp<qsizetype>(at - width / 3, 0, flat.size() - width);
    const QChar ellipsis(0x2026);
    return (start > 0 ? QString(ellipsis) : QString()) + flat.mid(start, width) +
           (start + width < flat.size() ? QString(ellipsis) : QString());
}

CaseNoteSearch::Found CaseNoteSearch::find(const QString& words, int limit, const QString& householdId) const
{
    Found found;
    const QStringList all = terms(words);
    if (all.isEmpty() || limit <= 0)
        return found;
    const QString columns = QStringLiteral("n.id, n.household_id, n.written_on, n.written_by, n.text,"
                                           " h.household_no, h.head_name, h.village");
    const QString joinHousehold =
        QStringLiteral(" CROSS JOIN household h ON h.id = n.household_id AND h.deleted = 0");
    Query q(m_db);
    q.setForwardOnly(true);
    if (!householdId.isEmpty()) {
        // One household's notes are few: read them all, newest first, and keep those holding
        // every word (the same test the indexes answer).
        q.prepare(QStringLiteral("SELECT %1 FROM case_note n%2 WHERE n.household_id = ? AND n.deleted = 0"
                                 " ORDER BY n.written_on DESC, n.rowid DESC")
                      .arg(columns, joinHousehold));
        q.addBindValue(householdId);
    } else {
        // Each word to the index that can answer it.
        QStringList trigrams, pairs, scanned;
        for (const QString& word : all) {
            // By characters, not UTF-16 units: a rare character (生僻字) beyond the BMP is one.
            const qsizetype characters = word.toUcs4().size();
            if (characters >= 3)
                trigrams.append(quoted(word));
            else if (word.size() == 2 && CaseNoteIndex::pairs(word) == word.toCaseFolded())
                pairs.append(quoted(word.toCaseFolded()));
            else
                scanned.append(word);
        }
        // One index drives, in its key order (newest first), so only as many notes are read as
        // are listed; the other words are read from the text of the notes it yields.
        QString from;
        QString order;
        QStringList where = {QStringLiteral("n.deleted = 0")};
        QVariantList binds;
        const QString byKey = QStringLiteral(" CROSS JOIN case_note n ON n.rowid = (m.rowid & %1)")
                                  .arg(CaseNoteIndex::kRowidMask);
        if (!trigrams.isEmpty()) {
            from = QStringLiteral("case_note_text m") + byKey;
            where.append(QStringLiteral("case_note_text MATCH ?"));
            binds.append(trigrams.join(QLatin1Char(' ')));
            // Two-character words beside it are read from the text of the notes it yields: a
            // second index as a subquery would be read whole for every row (measured: 1.5 s).
            for (const QString& word : all) {
                if (word.toUcs4().size() < 3 && !scanned.contains(word))
                    scanned.append(word);
            }
            order = QStringLiteral("m.rowid DESC");
        } else if (!pairs.isEmpty()) {
            from = QStringLiteral("case_note_pairs m") + byKey;
            where.append(QStringLiteral("case_note_pairs MATCH ?"));
            binds.append(pairs.join(QLatin1Char(' ')));
            order = QStringLiteral("m.rowid DESC");
        } else {
            from = QStringLiteral("case_note n INDEXED BY case_note_written");
            order = QStringLiteral("n.written_on DESC, n.rowid DESC");
        }
        for (const QString& word : std::as_const(scanned)) {
            where.append(QStringLiteral("n.text LIKE ? ESCAPE '\\'"));
            binds.append(likePattern(word));
        }
        q.prepare(QStringLiteral("SELECT %1 FROM %2%3 WHERE %4 ORDER BY %5 LIMIT ?")
                      .arg(columns, from, joinHousehold, where.join(QStringLiteral(" AND ")), order));
        for (const QVariant& b : std::as_const(binds))
            q.addBindValue(b);
        q.addBindValue(limit + 1);
    }
    if (!q.exec())
        return found;
    while (q.next()) {
        const QString text = q.value(4).toString();
        if (!householdId.isEmpty() && !std::all_of(all.cbegin(), all.cend(), [&](const QString& w) {
                return text.contains(w, Qt::CaseInsensitive);
            }))
            continue;
        if (found.hits.size() == limit) {
            found.more = true;
            break;
        }
        CaseNoteHit hit;
        hit.noteId = q.value(0).toString();
        hit.householdId = q.value(1).toString();
        hit.writtenOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        hit.writtenBy = q.value(3).toString();
        hit.excerpt = excerpt(text, all);
        hit.householdNo = q.value(5).toString();
        hit.headName = q.value(6).toString();
        hit.village = q.value(7).toString();
        found.hits.append(hit);
    }
    return found;
}

} // namespace ff
