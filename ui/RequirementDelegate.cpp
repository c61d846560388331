// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RequirementDelegate.h"

#include "core/services/PathwayProgressModel.h"
#include "ui/StatusColors.h"

#include <QApplication>
#include <QPainter>

namespace Credfolio::Ui {

using Model = Services::PathwayProgressModel;

void paintSlimBar(QPainter *painter, const QRectF &rect, double fraction, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const qreal radius = rect.height() / 2;
    painter->setBrush(trackColor(palette));
    painter->drawRoundedRect(rect, radius, radius);
    if (fraction > 0) {
        QRectF filled = rect;
        filled.setWidth(qMax(rect.height(), rect.width() * qBound(0.0, fraction, 1.0)));
        painter->setBrush(fraction >= 1 ? metColor(palette) : progressColor(palette));
        painter->drawRoundedRect(filled, radius, radius);
    }
    painter->restore();
}

RequirementDelegate::RequirementDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_met(QStringLiteral(":/icons/requirement-met.svg"))
    , m_partial(QStringLiteral(":/icons/requirement-partial.svg"))
    , m_missing(QStringLiteral(":/icons/requirement-missing.svg"))
    , m_warning(QStringLiteral(":/icons/would-count.svg"))
{
}

void RequirementDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString state = index.data(Model::StateRole).toString();
    const QString type = index.data(Model::ItemTypeRole).toString();
    // A group's would-count credentials are rows of their own; only a leaf flags them in its status.
    const bool wouldCount =
        type == QLatin1String("wouldCount") ||
        (state != QLatin1String("met") && index.data(Model::KindRole).toString() == QLatin1String("credential") &&
         !index.data(Model::WouldCountRole).toStringList().isEmpty());
    const bool selected = option->state & QStyle::State_Selected;
    auto setText = [&](const QColor &color) {
        if (!selected) {
            option->palette.setColor(QPalette::Text, color);
        }
    };

    switch (index.column()) {
    case Model::RequirementColumn:
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        if (type == QLatin1String("wouldCount")) {
            option->icon = m_warning;
            option->font.setItalic(true);
        } else if (state == QLatin1String("met")) {
            option->icon = m_met;
        } else if (state == QLatin1String("inProgress")) {
            option->icon = m_partial;
        } else {
            option->icon = m_missing;
        }
        if (!index.parent().isValid()) {
            option->font.setWeight(QFont::DemiBold);
        }
        break;
    case Model::CreditsColumn:
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        if (state != QLatin1String("met")) {
            setText(option->palette.color(QPalette::PlaceholderText));
        }
        break;
    case Model::StatusColumn:
        if (wouldCount) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(14, 14);
            option->icon = m_warning;
            setText(warningColor(option->palette));
        } else if (state == QLatin1String("met") && !index.data(Model::CredentialIdRole).toString().isEmpty()) {
            setText(option->palette.color(QPalette::Link)); // activating the row opens the credential
        } else if (state == QLatin1String("met")) {
            setText(metColor(option->palette));
        } else {
            setText(option->palette.color(QPalette::PlaceholderText));
        }
        break;
    default:
        break;
    }
}

void RequirementDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == Model::ProgressColumn) {
        paintProgress(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void RequirementDelegate::paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty()) {
        return;
    }
    const QRect area = opt.rect.adjusted(6, 0, -6, 0);
    const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("00 of 00 cr"));
    const QRect textRect(area.right() - textWidth, area.top(), textWidth, area.height());
    const QRectF bar(area.left(), area.center().y() - 2.5, qMax(0, textRect.left() - area.left() - 8), 5);
    paintSlimBar(painter, bar, index.data(Model::FractionRole).toDouble(), opt.palette);
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize RequirementDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace Credfolio::Ui
