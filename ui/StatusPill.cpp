// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatusPill.h"

#include "core/services/CredentialListModel.h"
#include "ui/StatusColors.h"

#include <QApplication>
#include <QPainter>

namespace Credfolio::Ui {

using Pathways::Standing;

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 2;
constexpr int kDot = 6;
constexpr int kDotGap = 5;

QFont pillFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setWeight(QFont::DemiBold);
    return font;
}
} // namespace

QColor standingColor(Standing standing, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (standing) {
    case Standing::Valid:
        return metColor(palette);
    case Standing::Invalid:
        return dark ? QColor(0xf2, 0x6d, 0x6d) : QColor(0xc0, 0x2f, 0x2f);
    case Standing::Revoked:
        return dark ? QColor(0xe8, 0x7a, 0xc8) : QColor(0xa3, 0x23, 0x7a);
    case Standing::Expired:
        return warningColor(palette);
    case Standing::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QSize statusPillSize(const QFont &font, const QString &label)
{
    const QFontMetrics fm(pillFont(font));
    return {kPadX * 2 + kDot + kDotGap + fm.horizontalAdvance(label), fm.height() + 2 * kPadY};
}

void paintStatusPill(QPainter *painter, const QPoint &topLeft, Standing standing, const QString &label,
                     const QFont &font, const QPalette &palette, bool onHighlight)
{
    const QSize size = statusPillSize(font, label);
    const QRectF rect(topLeft, size);
    const QColor colour = onHighlight ? palette.color(QPalette::HighlightedText) : standingColor(standing, palette);
    QColor tint = colour;
    tint.setAlphaF(onHighlight ? 0.22f : isDark(palette) ? 0.20f : 0.12f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setBrush(colour);
    const QRectF dot(rect.left() + kPadX, rect.center().y() - kDot / 2.0, kDot, kDot);
    if (standing == Standing::Valid) {
        painter->drawEllipse(dot);
    } else {
        // A ring: the state is not told by colour alone.
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colour, 1.6));
        painter->drawEllipse(dot.adjusted(0.8, 0.8, -0.8, -0.8));
    }
    painter->setPen(colour);
    painter->setFont(pillFont(font));
    painter->drawText(rect.adjusted(kPadX + kDot + kDotGap, 0, -kPadX + 1, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
    painter->restore();
}

void StatusPillDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto standing = Standing(index.data(Services::CredentialListModel::StandingRole).toInt());
    const QString label = index.data(Services::CredentialListModel::StandingLabelRole).toString();
    const QSize size = statusPillSize(opt.font, label);
    const QPoint at(opt.rect.left() + 6, opt.rect.center().y() - size.height() / 2 + 1);
    paintStatusPill(painter, at, standing, label, opt.font, opt.palette, opt.state & QStyle::State_Selected);
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize pill =
        statusPillSize(option.font, index.data(Services::CredentialListModel::StandingLabelRole).toString());
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {pill.width() + 12, std::max(base.height(), pill.height() + 8)};
}

} // namespace Credfolio::Ui
