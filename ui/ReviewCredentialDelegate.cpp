// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReviewCredentialDelegate.h"

#include "core/pathways/Evaluation.h"
#include "ui/StatusPill.h"

#include <QApplication>
#include <QPainter>

namespace Credfolio::Ui {

namespace {
constexpr int kPad = 10;
constexpr int kGap = 6;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}
} // namespace

void ReviewCredentialDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = opt.palette;
    const QRect area = opt.rect.adjusted(kPad, kPad - 2, -kPad, -kPad);
    const QFont bold = nameFont(opt.font);
    const QFontMetrics nameMetrics(bold);
    const QFontMetrics subMetrics(opt.font);
    painter->save();
    painter->setFont(bold);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(name, Qt::ElideRight, area.width()));
    int y = area.top() + nameMetrics.height();
    const QString subtitle = index.data(SubtitleRole).toString();
    if (!subtitle.isEmpty()) {
        painter->setFont(opt.font);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(area.left(), y, area.width(), subMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          subMetrics.elidedText(subtitle, Qt::ElideRight, area.width()));
        y += subMetrics.height();
    }
    painter->restore();

    y += kGap;
    const auto sent = Pathways::Standing(index.data(AsSentStandingRole).toInt());
    const QString sentLabel = index.data(AsSentLabelRole).toString();
    paintStatusPill(painter, QPoint(area.left(), y), sent, sentLabel, opt.font, palette, selected);
    const int todayValue = index.data(TodayStandingRole).toInt();
    const auto today = todayValue < 0 ? Pathways::Standing::Unknown : Pathways::Standing(todayValue);
    paintStatusPill(painter, QPoint(area.left() + statusPillSize(opt.font, sentLabel).width() + kGap, y), today,
                    index.data(TodayLabelRole).toString(), opt.font, palette, selected);
}

QSize ReviewCredentialDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics nameMetrics(nameFont(option.font));
    const QFontMetrics subMetrics(option.font);
    int height = 2 * kPad - 2 + nameMetrics.height() + kGap + statusPillSize(option.font, QStringLiteral("X")).height();
    if (!index.data(SubtitleRole).toString().isEmpty())
        height += subMetrics.height();
    const int pills = statusPillSize(option.font, index.data(AsSentLabelRole).toString()).width() + kGap +
                      statusPillSize(option.font, index.data(TodayLabelRole).toString()).width();
    return {qMax(240, pills + 2 * kPad), height};
}

} // namespace Credfolio::Ui
