// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace ff {

/// An append-only, sequential QIODevice over one byte array, emptied with clear() but keeping its
/// memory: the target of a QCborStreamWriter that encodes many small documents in turn (a record's
/// heads, per change), where a QBuffer's seeking and signals cost more than the bytes written.
class ByteSink : public QIODevice
{
    Q_DISABLE_COPY_MOVE(ByteSink)

public:
    ByteSink() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

    const char* data() const { return m_bytes.constData(); }
    qsizetype size() const { return m_size; }
    /// Forgets what was written, keeping the allocation for the next document.
    void clear() { m_size = 0; }
    /// Forgets the last `n` bytes written.
    void chop(qsizetype n) { m_size -= std::min(n, m_size); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_size + size > m_bytes.size())
            m_bytes.resize(std::max<qsizetype>(2 * m_bytes.size(), m_size + size + 256));
        std::memcpy(m_bytes.data() + m_size, data, size_t(size));
        m_size += size;
        return size;
    }

private:
    QByteArray m_bytes; // its size is the capacity; m_size bytes are written
    qsizetype m_size = 0;
};

} // namespace ff
