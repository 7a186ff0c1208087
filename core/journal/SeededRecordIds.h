// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace ff {

/// While an instance is alive, JournalWriter::newId() on the same thread draws its UUIDs from a
/// seeded generator instead of the system's random source, so the demo generator, which writes
/// through the real repositories, gives the same record ids for the same seed.
///
/// Only for invented data: real records must get random ids, or two laptops could make the same one.
/// Scopes nest; the innermost one on a thread is used.
class SeededRecordIds
{
    Q_DISABLE_COPY_MOVE(SeededRecordIds)

public:
    explicit SeededRecordIds(quint32 seed);
    ~SeededRecordIds();

    /// The next version-4 UUID (without braces) of this sequence.
    QString next() { return uuid(m_rng); }
    /// A version-4 UUID (without braces) made of 16 bytes drawn from `rng`.
    static QString uuid(QRandomGenerator& rng);

    /// The innermost live scope of this thread, or null.
    static SeededRecordIds* current();

private:
    QRandomGenerator m_rng;
    SeededRecordIds* m_outer;
};

} // namespace ff
