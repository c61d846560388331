// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TwoLineDelegate.h"

#include "ui/RequirementDelegate.h"
#include "ui/StatusColors.h"

#include <QApplication>
#include <QPainter>

namespace Credfolio::Ui {

namespace {
constexpr int kPadX = 10;
constexpr int kPadY = 7;
constexpr int kLineGap = 2;
constexpr int kBarGap = 6;
constexpr int kBarHeight = 4;
constexpr int kIconSize = 18;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}
} // namespace

TwoLineDelegate::TwoLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    int height = 2 * kPadY + QFontMetrics(titleFont(option.font)).height();
    if (!index.data(SubtitleRole).toString().isEmpty()) {
        height += kLineGap + fm.height();
    }
    if (!index.data(WarningRole).toString().isEmpty()) {
        height += kLineGap + fm.height();
    }
    if (index.data(FractionRole).isValid()) {
        height += kBarGap + kBarHeight;
    }
    return {200, height};
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = selected ? text : pal.color(QPalette::PlaceholderText);
    if (selected) {
        dim.setAlphaF(0.85f);
    }

    QRect area = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        const QRect iconRect(area.left(), area.top() + 1, kIconSize, kIconSize);
        icon.paint(painter, iconRect);
        area.setLeft(iconRect.right() + 8);
    }

    painter->save();
    const QFont bold = titleFont(opt.font);
    const QFontMetrics boldFm(bold);
    const QFontMetrics fm(opt.font);
    int y = area.top();

    const QString trailing = index.data(TrailingRole).toString();
    int trailingWidth = 0;
    if (!trailing.isEmpty()) {
        trailingWidth = boldFm.horizontalAdvance(trailing);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRect(area.right() - trailingWidth, y, trailingWidth, boldFm.height()),
                          Qt::AlignRight | Qt::AlignVCenter, trailing);
        trailingWidth += 10;
    }
    painter->setFont(bold);
    painter->setPen(text);
    const QRect titleRect(area.left(), y, area.width() - trailingWidth, boldFm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldFm.elidedText(title, Qt::ElideRight, titleRect.width()));
    y += boldFm.height();

    painter->setFont(opt.font);
    const QString subtitle = index.data(SubtitleRole).toString();
    if (!subtitle.isEmpty()) {
        y += kLineGap;
        painter->setPen(dim);
        painter->drawText(QRect(area.left(), y, area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(subtitle, Qt::ElideRight, area.width()));
        y += fm.height();
    }
    const QString warning = index.data(WarningRole).toString();
    if (!warning.isEmpty()) {
        y += kLineGap;
        painter->setPen(selected ? text : warningColor(pal));
        painter->drawText(QRect(area.left(), y, area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(warning, Qt::ElideRight, area.width()));
        y += fm.height();
    }
    painter->restore();

    const QVariant fraction = index.data(FractionRole);
    if (fraction.isValid()) {
        y += kBarGap;
        QPalette barPalette = pal;
        if (selected) {
            barPalette.setColor(QPalette::Text, text);
            barPalette.setColor(QPalette::Highlight, text);
        }
        paintSlimBar(painter, QRectF(area.left(), y, area.width(), kBarHeight), fraction.toDouble(), barPalette);
    }
}

} // namespace Credfolio::Ui
