// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ff::test {

/// The font files this process has opened, in order: every face Qt opens goes through FreeType's
/// FT_New_Face, which the GUI test program defines over FreeType's own (FontFilesOpened.cpp; the
/// program exports it, so Qt's call binds to it) to note the file and call FreeType's.
QStringList fontFilesOpened();

/// The file fontconfig chooses for `pattern` (fc-match), its canonical path; empty if none.
QString fontFileFor(const QString& pattern);

/// The heaviest weight among the faces of the font file `path`, on fontconfig's scale (fc-query:
/// 80 regular, 100 medium, 180 demibold, 200 bold); -1 if it cannot be read.
int heaviestWeightIn(const QString& path);

} // namespace ff::test
