// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/JournalPayload.h"

#include "core/db/SqlStatement.h"
#include "core/journal/Change.h"
#include "core/journal/ChangeCodec.h"

#include <QtEndian>

namespace ff {

namespace {
enum Major : quint8
{
    kUnsigned = 0,
    kNegative = 1,
    kText = 3,
    kArray = 4,
    kMap = 5,
};

/// A CBOR head in its shortest form (RFC 8949 §3), as QCborStreamWriter writes every head.
void appendHead(QByteArray& out, Major major, quint64 argument)
{
    const char type = char(major << 5);
    if (argument < 24) {
        out.append(char(type | char(argument)));
    } else if (argument <= 0xff) {
        out.append(char(type | 24));
        out.append(char(argument));
    } else if (argument <= 0xffff) {
        char b[3] = {char(type | 25)};
        qToBigEndian(quint16(argument), b + 1);
        out.append(b, sizeof b);
    } else if (argument <= 0xffffffffu) {
        char b[5] = {char(type | 26)};
        qToBigEndian(quint32(argument), b + 1);
        out.append(b, sizeof b);
    } else {
        char b[9] = {char(type | 27)};
        qToBigEndian(argument, b + 1);
        out.append(b, sizeof b);
    }
}

void appendText(QByteArray& out, QByteArrayView utf8)
{
    appendHead(out, kText, quint64(utf8.size()));
    out.append(utf8.data(), utf8.size());
}

void appendInteger(QByteArray& out, qint64 value)
{
    if (value >= 0)
        appendHead(out, kUnsigned, quint64(value));
    else
        appendHead(out, kNegative, quint64(-1 - value));
}

void appendKey(QByteArray& out, char key)
{
    out.append(char((kText << 5) | 1));
    out.append(key);
}

bool isLegacyJson(const QByteArray& bytes) { return bytes.startsWith('{'); }
} // namespace

void JournalPayload::append(const SqlStatement& row)
{
    const QByteArray device = row.columnBytes(0);
    const qint64 seq = row.columnInt(1);
    const quint64 hlc = quint64(row.columnInt(2));
    const QByteArray household = row.columnBytes(6);
    // The operation as Change reads it: an unknown name is an update.
    QByteArray op = row.columnBytes(7);
    bool known = false;
    for (const Change::Op o :
         {Change::Op::Create, Change::Op::Update, Change::Op::Delete, Change::Op::Resolve})
        known = known || op == EncodedChange::opText(o);
    if (!known)
        op = EncodedChange::opText(Change::Op::Update);
    QByteArray fields = row.columnBytes(8);
    if (isLegacyJson(fields) || fields.isEmpty())
        fields = ChangeCodec::fieldsToBytes(ChangeCodec::fieldsFromBytes(fields));
    QByteArray bases = row.columnBytes(9);
    if (isLegacyJson(bases) || bases.isEmpty())
        bases = ChangeCodec::basesToBytes(ChangeCodec::basesFromBytes(bases));

    m_body.reserve(m_body.size() + 96 + fields.size() + bases.size());
    appendHead(m_body, kMap, 10);
    appendKey(m_body, 'd');
    appendText(m_body, device);
    appendKey(m_body, 's');
    appendInteger(m_body, seq);
    appendKey(m_body, 'h');
    appendHead(m_body, kUnsigned, hlc);
    appendKey(m_body, 'a');
    appendText(m_body, row.columnBytes(3));
    appendKey(m_body, 'e');
    appendText(m_body, row.columnBytes(4));
    appendKey(m_body, 'r');
    appendText(m_body, row.columnBytes(5));
    appendKey(m_body, 'o');
    appendText(m_body, household);
    appendKey(m_body, 'p');
    appendText(m_body, op);
    appendKey(m_body, 'f');
    m_body.append(fields);
    appendKey(m_body, 'b');
    m_body.append(bases);

    ++m_count;
    m_lastHlc = hlc;
    auto range = m_ranges.find(device);
    if (range == m_ranges.end()) {
        m_ranges.insert(device, {QString(), seq, seq});
    } else {
        range->first = std::min(range->first, seq);
        range->last = std::max(range->last, seq);
    }
    m_households.insert(household);
}

QByteArray JournalPayload::payload() const
{
    QByteArray out;
    out.reserve(m_body.size() + 9);
    appendHead(out, kArray, quint64(m_count));
    out.append(m_body);
    return out;
}

QList<PackageHeader::Range> JournalPayload::ranges() const
{
    // In the order of the devices' ids as text, as PackageWriter::write() lists them.
    QMap<QString, PackageHeader::Range> byDevice;
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it)
        byDevice.insert(QString::fromUtf8(it.key()), {QString::fromUtf8(it.key()), it->first, it->last});
    return byDevice.values();
}

QStringList JournalPayload::households() const
{
    QStringList out;
    out.reserve(m_households.size());
    for (const QByteArray& h : m_households)
        out.append(QString::fromUtf8(h));
    out.sort();
    return out;
}

} // namespace ff
