// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

/// Text from outside (a laptop's package: a sender's id, a household number, a village, a reason)
/// made safe to print on a terminal or into a log: every control character — the escape that
/// starts terminal codes, carriage returns, line breaks, C1 controls, Unicode line separators and
/// the bidirectional overrides that reorder what is shown — becomes U+FFFD, so such text can
/// neither move the cursor, recolour or rewrite what was printed, nor fake a line or a column.
class PrintableText
{
public:
    /// One value: no control character at all (tabs and line breaks included).
    static QString field(const QString& text);
    /// A message of several lines: line breaks and tabs kept, every other control replaced.
    static QString lines(const QString& text);
};

} // namespace ff
