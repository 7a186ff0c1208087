// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PlainHeaderView.h"

#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QStyleOptionHeader>
#include <QTreeView>

namespace ff {

PlainHeaderView* PlainHeaderView::install(QTreeView* view)
{
    const QHeaderView* old = view->header();
    auto* header = new PlainHeaderView(old->orientation(), view);
    header->setDefaultAlignment(old->defaultAlignment());
    header->setSectionsMovable(old->sectionsMovable());
    header->setFirstSectionMovable(old->isFirstSectionMovable());
    header->setStretchLastSection(old->stretchLastSection());
    header->setHighlightSections(old->highlightSections());
    header->setSortIndicatorShown(old->isSortIndicatorShown());
    header->setSectionsClickable(old->sectionsClickable());
    view->setHeader(header); // the view deletes its old header
    return header;
}

QSize PlainHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (highlightSections() || !model())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    const QVariant size = model()->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
    if (size.isValid())
        return size.toSize();

    ensurePolished();
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    option.fontMetrics = QFontMetrics(font.canConvert<QFont>() ? font.value<QFont>() : this->font());
    option.text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration = model()->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    switch (decoration.typeId()) {
    case QMetaType::QPixmap:
        option.icon = QIcon(decoration.value<QPixmap>());
        break;
    case QMetaType::QImage:
        option.icon = QIcon(QPixmap::fromImage(decoration.value<QImage>()));
        break;
    default:
        option.icon = decoration.value<QIcon>();
    }
    if (isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown; // room for the arrow
    return style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
}

} // namespace ff
