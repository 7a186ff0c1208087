// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

class QTreeView;

namespace ff {

/// A header that measures its sections in the font it draws them in. QHeaderView measures every
/// section's label in bold, to leave room for the section it highlights in bold when a cell of its
/// column is current. A header that highlights none (a tree's, by default) never draws bold, and
/// that measure only made the start open the font's bold face before the first paint (for Chinese,
/// Noto Sans CJK Bold: tests/bench/README.md). With highlightSections() on, it measures as
/// QHeaderView does.
class PlainHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    using QHeaderView::QHeaderView;

    /// Gives `view` a plain header in place of its own, with the settings a view gives its header
    /// (the labels' alignment, movable sections, the last section's stretch, the sort indicator's
    /// showing). Install it before setting up the header: sections' sizes and modes, and whether
    /// the header is hidden, are not carried over.
    static PlainHeaderView* install(QTreeView* view);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace ff
