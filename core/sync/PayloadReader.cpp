// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PayloadReader.h"

#include "core/journal/ChangeCodec.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>
#include <limits>

namespace ff {

namespace {
/// Bytes of the shortest CBOR head for an argument (RFC 8949 §3.1), the head QCborStreamWriter
/// writes: what tells the canonical encoding from a longer one of the same value.
qint64 headSize(quint64 argument)
{
    if (argument < 24)
        return 1;
    if (argument <= 0xff)
        return 2;
    if (argument <= 0xffff)
        return 3;
    if (argument <= 0xffffffffULL)
        return 5;
    return 9;
}

/// The change map's keys, in the order of the bits that record which were seen.
constexpr char kKeys[] = "dshaeropfb";
constexpr quint16 kAllKeys = (1 << 10) - 1;
} // namespace

PayloadReader::PayloadReader(const QByteArray& cbor) : m_cbor(cbor), m_reader(cbor) {}

bool PayloadReader::fail(const QString& what)
{
    if (m_error.isEmpty()) {
        const QCborError cborError = m_reader.lastError();
        m_error = cborError == QCborError::NoError
                      ? what
                      : what + QStringLiteral(" (") + cborError.toString() + QLatin1Char(')');
    }
    return false;
}

bool PayloadReader::fail(Fault::Kind kind, const QString& what)
{
    if (m_fault.kind == Fault::Kind::None) {
        m_fault.kind = kind;
        m_fault.change = m_read + 1;
        m_fault.maxChanges = m_maxChanges;
    }
    return fail(what);
}

bool PayloadReader::read(qsizetype maxChanges, QList<EncodedChange>* changes)
{
    if (!begin(maxChanges))
        return false;
    QList<EncodedChange> out;
    if (m_reader.isLengthKnown())
        // A change takes more than 16 bytes, so a length the bytes cannot hold reserves nothing absurd.
        out.reserve(qsizetype(std::min<quint64>(m_reader.length(), quint64(m_cbor.size() / 16))));
    while (!atEnd()) {
        if (!next(std::numeric_limits<qsizetype>::max(), &out))
            return false;
    }
    if (!end())
        return false;
    *changes = std::move(out);
    return true;
}

bool PayloadReader::begin(qsizetype maxChanges)
{
    m_maxChanges = maxChanges;
    m_read = 0;
    if (!m_reader.isArray())
        return fail(Fault::Kind::List, QStringLiteral("the payload is not a CBOR array"));
    if (m_reader.isLengthKnown() && m_reader.length() > quint64(maxChanges))
        return fail(Fault::Kind::TooManyChanges, QStringLiteral("more than %1 changes").arg(maxChanges));
    if (!m_reader.enterContainer())
        return fail(Fault::Kind::List, QStringLiteral("the payload is not a CBOR array"));
    return true;
}

bool PayloadReader::atEnd() { return m_reader.lastError() != QCborError::NoError || !m_reader.hasNext(); }

bool PayloadReader::next(qsizetype count, QList<EncodedChange>* batch)
{
    for (qsizetype i = 0; i < count && !atEnd(); ++i) {
        if (m_read == m_maxChanges)
            return fail(Fault::Kind::TooManyChanges,
                        QStringLiteral("more than %1 changes").arg(m_maxChanges));
        EncodedChange c;
        if (!readChange(&c)) {
            m_error = QStringLiteral("change %1: ").arg(m_read + 1) + m_error;
            return fail(Fault::Kind::Change, {});
        }
        batch->append(std::move(c));
        ++m_read;
    }
    return true;
}

bool PayloadReader::end(qsizetype* total)
{
    if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
        return fail(Fault::Kind::List, QStringLiteral("the array of changes is broken"));
    if (m_reader.currentOffset() != m_cbor.size())
        return fail(Fault::Kind::List, QStringLiteral("bytes after the array of changes"));
    if (total)
        *total = m_read;
    return true;
}

bool PayloadReader::readChange(EncodedChange* c)
{
    if (!m_reader.isMap() || !m_reader.enterContainer())
        return fail(QStringLiteral("not a CBOR map"));
    quint16 seen = 0;
    Text key;
    Text text;
    QList<Bases> bases;
    bool canonical = true; // of the values outside `f` and `b`: not kept as bytes, so it does not matter
    while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
        if (!readText(&key, &canonical))
            return fail(QStringLiteral("a key that is not text"));
        const char* found = key.size() == 1 ? std::find(kKeys, kKeys + 10, key[0]) : kKeys + 10;
        const int k = int(found - kKeys);
        if (k == 10) {
            // A key this version does not know (a later version may add one): skipped.
            if (!m_reader.next())
                return fail(QStringLiteral("a broken value"));
            continue;
        }
        if (seen & (1 << k))
            return fail(QStringLiteral("the key %1 twice").arg(QLatin1Char(kKeys[k])));
        seen |= quint16(1 << k);
        bool fits = true;
        qint64 number = 0;
        switch (kKeys[k]) {
        case 'd':
            if (!readText(&text, &canonical))
                return fail(QStringLiteral("d (device) is not text"));
            if (QByteArrayView(m_lastDevice) != QByteArrayView(text.data(), text.size()))
                m_lastDevice = QByteArray(text.data(), text.size());
            c->device = m_lastDevice;
            c->id.device = intern(QByteArrayView(text.data(), text.size()));
            break;
        case 's':
            if (!readInteger(&number, &fits, &canonical) || !fits)
                return fail(QStringLiteral("s (sequence) is not an integer"));
            c->id.seq = number;
            break;
        case 'h':
            if (!readInteger(&number, &fits, &canonical) || !fits)
                return fail(QStringLiteral("h (clock) is not an integer"));
            c->hlc = quint64(number);
            break;
        case 'a':
            if (!readText(&text, &canonical))
                return fail(QStringLiteral("a (author) is not text"));
            if (QByteArrayView(m_lastAuthor) != QByteArrayView(text.data(), text.size()))
                m_lastAuthor = QByteArray(text.data(), text.size());
            c->author = m_lastAuthor;
            break;
        case 'e':
            if (!readText(&text, &canonical))
                return fail(QStringLiteral("e (entity) is not text"));
            c->entity = intern(QByteArrayView(text.data(), text.size()));
            break;
        case 'r':
            if (!readText(&text, &canonical))
                return fail(QStringLiteral("r (record) is not text"));
            c->recordId = QByteArray(text.data(), text.size());
            break;
        case 'o':
            if (!readText(&text, &canonical))
                return fail(QStringLiteral("o (household) is not text"));
            if (QByteArrayView(m_lastHousehold) != QByteArrayView(text.data(), text.size()))
                m_lastHousehold = QByteArray(text.data(), text.size());
            c->householdId = m_lastHousehold;
            break;
        case 'p': {
            if (!readText(&text, &canonical))
                return fail(QStringLiteral("p (operation) is not text"));
            const QByteArrayView name(text.data(), text.size());
            bool known = false;
            for (Change::Op op :
                 {Change::Op::Create, Change::Op::Update, Change::Op::Delete, Change::Op::Resolve}) {
                if (name == QByteArrayView(EncodedChange::opText(op))) {
                    c->op = op;
                    known = true;
                }
            }
            if (!known)
                return fail(QStringLiteral("p (operation) is not create, update, delete or resolve"));
            break;
        }
        case 'f':
            if (!readFields(c))
                return false;
            break;
        case 'b':
            if (!readBases(&bases, &c->bases))
                return false;
            break;
        }
    }
    if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
        return fail(QStringLiteral("the change's map is broken"));
    if (seen != kAllKeys) {
        QString missing;
        for (int k = 0; k < 10; ++k) {
            if (!(seen & (1 << k)))
                missing += QLatin1Char(kKeys[k]);
        }
        return fail(QStringLiteral("keys missing: ") + missing);
    }
    // Both lists are in field order: attach each field's bases to its edit.
    qsizetype i = 0;
    for (Bases& b : bases) {
        while (i < c->edits.size() && c->edits[i].field < b.field)
            ++i;
        if (i < c->edits.size() && c->edits[i].field == b.field)
            c->edits[i].bases = std::move(b.ids);
        else
            c->basesOutsideFields = true;
    }
    return true;
}

bool PayloadReader::readFields(EncodedChange* c)
{
    if (!m_reader.isMap())
        return fail(QStringLiteral("f (fields) is not a map"));
    const qint64 start = m_reader.currentOffset();
    bool canonical = m_reader.isLengthKnown();
    const quint64 length = canonical ? m_reader.length() : 0;
    if (!m_reader.enterContainer())
        return fail(QStringLiteral("f (fields) is broken"));
    canonical = canonical && m_reader.currentOffset() - start == headSize(length);
    QList<EncodedChange::Edit> edits;
    edits.reserve(qsizetype(std::min<quint64>(length, 64)));
    Text key;
    while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
        if (!readText(&key, &canonical))
            return fail(QStringLiteral("a field name that is not text"));
        QString name = intern(QByteArrayView(key.data(), key.size()));
        // QMap order, every name once: what ChangeCodec writes.
        if (!edits.isEmpty() && !(edits.last().field < name))
            canonical = false;
        if (!readValue(&canonical))
            return fail(QStringLiteral("the value of field %1 is not text, a number or null").arg(name));
        edits.append({std::move(name), {}});
    }
    if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
        return fail(QStringLiteral("f (fields) is broken"));
    const QByteArray bytes = bytesBetween(start, m_reader.currentOffset());
    if (canonical) {
        c->fields = bytes;
        c->edits = std::move(edits);
        return true;
    }
    // Well-formed, but not as ChangeCodec writes it: read as a whole and written again.
    QVariantMap values;
    if (!ChangeCodec::readFields(QCborValue::fromCbor(bytes).toMap(), &values))
        return fail(QStringLiteral("f (fields) holds a value of a kind fields cannot hold"));
    c->fields = ChangeCodec::fieldsToBytes(values);
    c->edits.clear();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        c->edits.append({it.key(), {}});
    return true;
}

bool PayloadReader::readBases(QList<Bases>* bases, QByteArray* bytes)
{
    if (!m_reader.isMap())
        return fail(QStringLiteral("b (bases) is not a map"));
    const qint64 start = m_reader.currentOffset();
    bool canonical = m_reader.isLengthKnown();
    const quint64 length = canonical ? m_reader.length() : 0;
    if (!m_reader.enterContainer())
        return fail(QStringLiteral("b (bases) is broken"));
    canonical = canonical && m_reader.currentOffset() - start == headSize(length);
    Text key;
    while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
        if (!readText(&key, &canonical))
            return fail(QStringLiteral("a field name in b (bases) that is not text"));
        QString name = intern(QByteArrayView(key.data(), key.size()));
        if (!bases->isEmpty() && !(bases->last().field < name))
            canonical = false;
        if (!m_reader.isArray())
            return fail(QStringLiteral("the bases of field %1 are not an array").arg(name));
        const qint64 arrayStart = m_reader.currentOffset();
        const bool known = m_reader.isLengthKnown();
        const quint64 count = known ? m_reader.length() : 0;
        if (!m_reader.enterContainer())
            return fail(QStringLiteral("the bases of field %1 are broken").arg(name));
        canonical = canonical && known && m_reader.currentOffset() - arrayStart == headSize(count);
        QList<ChangeId> ids;
        while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
            ChangeId id;
            if (!readChangeId(&id, &canonical))
                return fail(QStringLiteral("a base of field %1 is not a change id").arg(name));
            ids.append(std::move(id));
        }
        if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
            return fail(QStringLiteral("the bases of field %1 are broken").arg(name));
        bases->append({std::move(name), std::move(ids)});
    }
    if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
        return fail(QStringLiteral("b (bases) is broken"));
    *bytes = bytesBetween(start, m_reader.currentOffset());
    if (canonical)
        return true;
    QMap<QString, QList<ChangeId>> map;
    if (!ChangeCodec::readBases(QCborValue::fromCbor(*bytes).toMap(), &map))
        return fail(QStringLiteral("b (bases) is not a map of change ids"));
    *bytes = ChangeCodec::basesToBytes(map);
    bases->clear();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        bases->append({it.key(), it.value()});
    return true;
}

bool PayloadReader::readValue(bool* canonical)
{
    switch (m_reader.type()) {
    case QCborStreamReader::UnsignedInteger:
    case QCborStreamReader::NegativeInteger: {
        qint64 value = 0;
        bool fits = true;
        if (!readInteger(&value, &fits, canonical))
            return false;
        // Beyond 64-bit signed, QCborValue reads it as a double: the re-encoding path does the same.
        *canonical = *canonical && fits;
        return true;
    }
    case QCborStreamReader::Double:
        return m_reader.next();
    case QCborStreamReader::Float16:
    case QCborStreamReader::Float:
        *canonical = false; // ChangeCodec writes every double in 64 bits
        return m_reader.next();
    case QCborStreamReader::String: {
        Text text;
        return readText(&text, canonical);
    }
    case QCborStreamReader::SimpleType:
        return m_reader.isNull() && m_reader.next();
    default:
        return false;
    }
}

bool PayloadReader::readChangeId(ChangeId* id, bool* canonical)
{
    Text text;
    if (!readText(&text, canonical))
        return false;
    // "device:seq" exactly as ChangeId::toString() writes it, and nothing else (ChangeId::split).
    qsizetype colon = 0;
    qint64 seq = 0;
    if (!ChangeId::split(QByteArrayView(text.data(), text.size()), &colon, &seq))
        return false;
    *id = {intern(QByteArrayView(text.data(), colon)), seq};
    return true;
}

bool PayloadReader::readText(Text* text, bool* canonical)
{
    if (!m_reader.isString())
        return false;
    const qint64 start = m_reader.currentOffset();
    text->clear();
    if (m_reader.isLengthKnown()) {
        // One chunk, as every writer sends short text: read it, then step past its end.
        const quint64 length = m_reader.length();
        // A length beyond the bytes left is a lie: never allocate for it.
        if (length > quint64(m_cbor.size() - start))
            return false;
        text->resize(qsizetype(length));
        QCborStreamReader::StringResult<qsizetype> r = m_reader.readStringChunk(text->data(), text->size());
        if (r.status != QCborStreamReader::Ok || r.data != text->size())
            return false;
        char end;
        r = m_reader.readStringChunk(&end, 0);
        if (r.status != QCborStreamReader::EndOfString)
            return false;
        if (m_reader.currentOffset() - start != headSize(length) + qint64(length))
            *canonical = false;
    } else {
        *canonical = false;
        for (;;) {
            const qsizetype chunk = std::max<qsizetype>(0, m_reader.currentStringChunkSize());
            if (chunk > m_cbor.size() - m_reader.currentOffset())
                return false;
            const qsizetype at = text->size();
            text->resize(at + chunk);
            const QCborStreamReader::StringResult<qsizetype> r =
                m_reader.readStringChunk(text->data() + at, chunk);
            if (r.status == QCborStreamReader::Error)
                return false;
            text->resize(at + (r.status == QCborStreamReader::Ok ? r.data : 0));
            if (r.status == QCborStreamReader::EndOfString)
                break;
        }
    }
    return QByteArrayView(text->data(), text->size()).isValidUtf8();
}

bool PayloadReader::readInteger(qint64* value, bool* fits, bool* canonical)
{
    if (!m_reader.isInteger())
        return false;
    const qint64 start = m_reader.currentOffset();
    const bool negative = m_reader.isNegativeInteger();
    // The CBOR argument: n for n, and n for -1 - n.
    const quint64 argument =
        negative ? quint64(m_reader.toNegativeInteger()) - 1 : m_reader.toUnsignedInteger();
    *fits = argument <= quint64(std::numeric_limits<qint64>::max());
    *value = *fits ? (negative ? -qint64(argument) - 1 : qint64(argument)) : 0;
    if (!m_reader.next())
        return false;
    if (m_reader.currentOffset() - start != headSize(argument))
        *canonical = false;
    return true;
}

QString PayloadReader::intern(QByteArrayView utf8) { return m_strings.intern(utf8); }

QByteArray PayloadReader::bytesBetween(qint64 from, qint64 to) const { return m_cbor.mid(from, to - from); }

} // namespace ff
