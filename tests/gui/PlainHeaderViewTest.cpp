// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlainHeaderView: a tree's header measured in the font it draws its labels in, not in bold as
// QHeaderView measures them, with the tree's header settings kept and the same height.
#include "ui/widgets/PlainHeaderView.h"

#include <catch2/catch.hpp>

#include <QIcon>
#include <QPixmap>
#include <QTreeWidget>

using namespace ff;

namespace {

const QStringList kLabels = {QStringLiteral("Household"), QStringLiteral("What to do and when, in full"),
                             QStringLiteral("要做什么")};

/// A tree with the labels and `highlight` set on its header; its header's section hints and height.
struct Measured
{
    QList<int> hints;
    int height = 0;
};

Measured measure(QTreeWidget& tree)
{
    Measured m;
    for (int i = 0; i < tree.columnCount(); ++i)
        m.hints << tree.header()->sectionSizeHint(i);
    m.height = tree.header()->sizeHint().height();
    return m;
}

} // namespace

TEST_CASE("a plain header keeps its tree's header settings and measures its labels in the font it draws "
          "them in",
          "[gui][header]")
{
    QTreeWidget standard;
    standard.setHeaderLabels(kLabels);
    const Measured bold = measure(standard);

    QTreeWidget tree;
    const QHeaderView* before = tree.header();
    const Qt::Alignment alignment = before->defaultAlignment();
    const bool movable = before->sectionsMovable();
    const bool stretch = before->stretchLastSection();
    PlainHeaderView* header = PlainHeaderView::install(&tree);
    REQUIRE(tree.header() == header);
    CHECK(header->defaultAlignment() == alignment);
    CHECK(header->defaultAlignment() ==
          (Qt::AlignLeft | Qt::AlignVCenter)); // a tree's, not a header's centre
    CHECK(header->sectionsMovable() == movable);
    CHECK(header->stretchLastSection() == stretch);
    CHECK_FALSE(header->highlightSections());

    tree.setHeaderLabels(kLabels);
    const Measured plain = measure(tree);
    // The same height: the regular and the bold face have the same line height.
    CHECK(plain.height == bold.height);
    // Latin labels are narrower in the regular face (Chinese characters are an em wide in both).
    CHECK(plain.hints.at(0) < bold.hints.at(0));
    CHECK(plain.hints.at(1) < bold.hints.at(1));
    CHECK(plain.hints.at(2) <= bold.hints.at(2));
    // Measured in the font drawn: the label's width in that font, plus what the style adds around it
    // (the same for every label).
    const QFontMetrics metrics(header->font());
    CHECK(plain.hints.at(1) - metrics.horizontalAdvance(kLabels.at(1)) ==
          plain.hints.at(0) - metrics.horizontalAdvance(kLabels.at(0)));

    // A header that highlights the current column's label in bold measures as QHeaderView does.
    header->setHighlightSections(true);
    standard.header()->setHighlightSections(true);
    CHECK(measure(tree).hints == measure(standard).hints);
}

TEST_CASE("a plain header leaves room for a section's icon as QHeaderView does, given as an icon, a pixmap "
          "or an image",
          "[gui][header]")
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::red);
    const QList<QVariant> decorations = {QIcon(pixmap), pixmap, pixmap.toImage()};
    for (const QVariant& decoration : decorations) {
        QTreeWidget standard;
        QTreeWidget tree;
        PlainHeaderView::install(&tree);
        for (QTreeWidget* t : {&standard, &tree}) {
            t->setHeaderLabels({QStringLiteral("Household"), QStringLiteral("Household")});
            t->headerItem()->setData(0, Qt::DecorationRole, decoration);
        }
        INFO(decoration.typeName());
        // The icon takes the same room beside the label in both.
        const int plainRoom = tree.header()->sectionSizeHint(0) - tree.header()->sectionSizeHint(1);
        const int standardRoom =
            standard.header()->sectionSizeHint(0) - standard.header()->sectionSizeHint(1);
        CHECK(plainRoom > 0);
        CHECK(plainRoom == standardRoom);
        CHECK(tree.header()->sizeHint().height() == standard.header()->sizeHint().height());
    }
}
