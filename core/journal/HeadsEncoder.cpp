// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/HeadsEncoder.h"

#include "core/journal/ChangeCodec.h"

namespace ff {

namespace {
constexpr qsizetype kShapes = 32;
} // namespace

HeadsEncoder::HeadsEncoder() : m_writer(&m_sink) {}

QByteArrayView HeadsEncoder::encode(const RecordHeads& heads)
{
    m_sink.clear();
    ChangeCodec::writeHeads(m_writer, heads);
    return {m_sink.data(), m_sink.size()};
}

QByteArrayView HeadsEncoder::encodeSole(const FieldHead& head, const QList<EncodedChange::Edit>& edits)
{
    if (edits.isEmpty()) {
        m_sink.clear();
        ChangeCodec::writeSoleHead(m_writer, head, edits);
        return {m_sink.data(), m_sink.size()};
    }
    // {"c": [[device, seq, hlc]], "f": null} through the writer, then the null (one byte, the last
    // item of the map) replaced by the shape's encoded {"field": [0], …}: a definite-length map
    // is the concatenation of its items, so these are the bytes writeSoleHead() writes.
    const QByteArray& fields = shapeOf(edits);
    m_sink.clear();
    m_writer.startMap(2);
    m_writer.append(QLatin1StringView("c"));
    m_writer.startArray(1);
    m_writer.startArray(3);
    m_writer.append(QStringView(head.change.device));
    m_writer.append(head.change.seq);
    m_writer.append(quint64(head.hlc));
    m_writer.endArray();
    m_writer.endArray();
    m_writer.append(QLatin1StringView("f"));
    m_writer.appendNull();
    m_writer.endMap();
    m_sink.chop(1);
    m_sink.write(fields);
    return {m_sink.data(), m_sink.size()};
}

const QByteArray& HeadsEncoder::shapeOf(const QList<EncodedChange::Edit>& edits)
{
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        const QStringList& fields = m_shapes[i].fields;
        if (fields.size() != edits.size())
            continue;
        qsizetype f = 0;
        while (f < fields.size() && fields[f] == edits[f].field)
            ++f;
        if (f == fields.size()) {
            if (i > 0)
                m_shapes.move(i, 0);
            return m_shapes.first().encoded;
        }
    }
    Shape shape;
    shape.fields.reserve(edits.size());
    {
        QCborStreamWriter w(&shape.encoded);
        w.startMap(quint64(edits.size()));
        for (const EncodedChange::Edit& e : edits) {
            shape.fields.append(e.field);
            w.append(e.field);
            w.startArray(1);
            w.append(qint64(0));
            w.endArray();
        }
        w.endMap();
    }
    if (m_shapes.size() == kShapes)
        m_shapes.removeLast();
    m_shapes.prepend(std::move(shape));
    return m_shapes.first().encoded;
}

} // namespace ff
