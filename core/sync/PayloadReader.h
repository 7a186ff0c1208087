// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/EncodedChange.h"
#include "core/util/StringInterner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborStreamReader>
#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace ff {

/// Reads a package payload — a CBOR array of changes (docs/sync-protocol.md §1) — in one pass
/// with QCborStreamReader, straight into EncodedChanges: no QCborValue tree, no QVariantMap.
///
/// A change's `f` and `b` maps are kept as the very bytes the payload carries when those bytes are
/// already what ChangeCodec writes for the journal (definite lengths, shortest heads, keys in
/// QMap order, doubles as 64-bit floats, change ids as `device:seq`), which is what every
/// Fieldfile writer sends. Any other well-formed encoding is accepted as before and re-encoded,
/// so the journal always holds the one canonical form. Text is checked to be valid UTF-8.
///
/// Anything that is not a well-formed payload — broken CBOR, a missing or mistyped key, a value
/// of a kind a field cannot hold, bytes after the array, more than the allowed number of changes —
/// refuses the whole payload, with error() naming the change and what was wrong (a detail for
/// the log; the person importing is told that the package is damaged).
class PayloadReader
{
    Q_DISABLE_COPY_MOVE(PayloadReader)

public:
    /// What made a payload unreadable, for the sentence the person importing reads
    /// (PackageReader::unreadablePayload); error() holds the detail for the log.
    struct Fault
    {
        enum class Kind
        {
            None,
            List,           ///< not an array of changes, broken around the changes, or bytes after it
            TooManyChanges, ///< more than maxChanges
            Change,         ///< one change cannot be read (broken, a key missing, a wrong type …)
        };
        Kind kind = Kind::None;
        qsizetype change = 0;     ///< for Change: which one, 1 for the first
        qsizetype maxChanges = 0; ///< for TooManyChanges
    };

    explicit PayloadReader(const QByteArray& cbor);

    /// Reads every change, at most `maxChanges`; on failure `changes` is left untouched.
    [[nodiscard]] bool read(qsizetype maxChanges, QList<EncodedChange>* changes);

    /// The same in steps, for a caller that applies changes while the rest are read
    /// (PayloadPipeline): begin(), then next() until atEnd(), then end(). Any false is final.
    [[nodiscard]] bool begin(qsizetype maxChanges);
    /// Appends up to `count` more changes to `batch`.
    [[nodiscard]] bool next(qsizetype count, QList<EncodedChange>* batch);
    bool atEnd();
    /// Checks what follows the last change; `total` receives how many were read.
    [[nodiscard]] bool end(qsizetype* total = nullptr);
    QString error() const { return m_error; }
    Fault fault() const { return m_fault; }

private:
    using Text = QVarLengthArray<char, 256>;
    struct Bases
    {
        QString field;
        QList<ChangeId> ids;
    };

    bool readChange(EncodedChange* change);
    bool readFields(EncodedChange* change);
    bool readBases(QList<Bases>* bases, QByteArray* bytes);
    bool readValue(bool* canonical);
    bool readChangeId(ChangeId* id, bool* canonical);
    bool readText(Text* text, bool* canonical);
    /// `fits`: the value is within 64-bit signed integers.
    bool readInteger(qint64* value, bool* fits, bool* canonical);
    /// The shared QString for a field name, device or entity read as UTF-8.
    QString intern(QByteArrayView utf8);
    QByteArray bytesBetween(qint64 from, qint64 to) const;
    bool fail(const QString& what);
    /// fail(), naming the fault too when none is named yet.
    bool fail(Fault::Kind kind, const QString& what);

    QByteArray m_cbor;
    QCborStreamReader m_reader;
    QString m_error;
    Fault m_fault;
    qsizetype m_maxChanges = 0;
    qsizetype m_read = 0;
    StringInterner m_strings;
    // The previous change's UTF-8 columns: consecutive changes mostly share them, and sharing
    // the bytes saves an allocation per column.
    QByteArray m_lastAuthor;
    QByteArray m_lastHousehold;
    QByteArray m_lastDevice;
};

} // namespace ff
