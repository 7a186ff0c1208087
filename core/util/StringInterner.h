// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace ff {

/// Hands out one shared QString per distinct UTF-8 text, for the few texts a package or a record's
/// heads repeat thousands of times (field names, entities, device ids): the caller gets a copy of
/// the same string instead of a new conversion and allocation each time.
///
/// A small open-addressing table with a cheap hash of the bytes and a fixed number of slots.
/// Bounded by construction: at most kSlots texts are kept, and a lookup probes at most kProbes
/// slots, so input crafted to collide costs a conversion per text, never a long search.
class StringInterner
{
public:
    QString intern(QByteArrayView utf8);

private:
    static constexpr std::size_t kSlots = 1024; // a power of two
    static constexpr std::size_t kProbes = 8;
    struct Slot
    {
        QByteArray utf8;
        QString text;
        bool used = false;
    };
    std::array<Slot, kSlots> m_slots;
};

} // namespace ff
