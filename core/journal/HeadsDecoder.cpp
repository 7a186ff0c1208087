// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/HeadsDecoder.h"

#include "core/journal/ChangeCodec.h"

#include <QCborStreamReader>
#include <QVarLengthArray>

#include <limits>

namespace ff {

namespace {
using Text = QVarLengthArray<char, 64>;

/// A definite-length text string of one chunk, as the writers write it.
bool readText(QCborStreamReader& r, Text* text)
{
    if (!r.isString() || !r.isLengthKnown())
        return false;
    const quint64 length = r.length();
    if (length > 4096)
        return false;
    text->resize(qsizetype(length));
    QCborStreamReader::StringResult<qsizetype> s = r.readStringChunk(text->data(), text->size());
    if (s.status != QCborStreamReader::Ok || s.data != text->size())
        return false;
    char end;
    s = r.readStringChunk(&end, 0);
    return s.status == QCborStreamReader::EndOfString;
}

bool isKey(QCborStreamReader& r, char key)
{
    Text text;
    return readText(r, &text) && text.size() == 1 && text[0] == key;
}

bool readInteger(QCborStreamReader& r, qint64* value)
{
    if (!r.isUnsignedInteger())
        return false;
    const quint64 v = r.toUnsignedInteger();
    if (v > quint64(std::numeric_limits<qint64>::max()))
        return false;
    *value = qint64(v);
    return r.next();
}

/// A definite-length container entered: its length.
bool enter(QCborStreamReader& r, bool map, quint64* length)
{
    if ((map ? !r.isMap() : !r.isArray()) || !r.isLengthKnown())
        return false;
    *length = r.length();
    return r.enterContainer();
}
} // namespace

RecordHeads HeadsDecoder::decode(const QByteArray& bytes)
{
    RecordHeads heads;
    if (decodeCanonical(bytes, &heads))
        return heads;
    return ChangeCodec::headsFromBytes(bytes);
}

bool HeadsDecoder::decodeCanonical(const QByteArray& bytes, RecordHeads* heads)
{
    QCborStreamReader r(bytes);
    quint64 length = 0;
    if (!enter(r, true, &length) || length != 2 || !isKey(r, 'c') || !enter(r, false, &length))
        return false;
    QVarLengthArray<FieldHead, 8> changes;
    Text text;
    for (quint64 i = 0; i < length; ++i) {
        quint64 parts = 0;
        FieldHead head;
        qint64 hlc = 0;
        if (!enter(r, false, &parts) || parts != 3 || !readText(r, &text) ||
            !readInteger(r, &head.change.seq) || !readInteger(r, &hlc) || !r.leaveContainer())
            return false;
        head.change.device = m_strings.intern(QByteArrayView(text.data(), text.size()));
        head.hlc = quint64(hlc);
        changes.append(head);
    }
    if (!r.leaveContainer() || !isKey(r, 'f') || !enter(r, true, &length))
        return false;
    for (quint64 f = 0; f < length; ++f) {
        quint64 count = 0;
        if (!readText(r, &text) || !enter(r, false, &count) || count > quint64(changes.size()))
            return false;
        QList<FieldHead> list;
        list.reserve(qsizetype(count));
        for (quint64 i = 0; i < count; ++i) {
            qint64 index = 0;
            if (!readInteger(r, &index) || index >= changes.size())
                return false;
            list.append(changes[index]);
        }
        if (!r.leaveContainer())
            return false;
        heads->insert(m_strings.intern(QByteArrayView(text.data(), text.size())), std::move(list));
    }
    if (!r.leaveContainer() || !r.leaveContainer() || r.lastError() != QCborError::NoError ||
        r.currentOffset() != bytes.size()) {
        heads->clear();
        return false;
    }
    return true;
}

} // namespace ff
