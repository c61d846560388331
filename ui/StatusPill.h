// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Evaluation.h"

#include <QColor>
#include <QStyledItemDelegate>

class QPainter;

namespace Credfolio::Ui {

/// The colour of a standing, readable on the light and the dark palette's base.
QColor standingColor(Pathways::Standing standing, const QPalette &palette);

/// A small rounded "pill": a dot (a ring unless valid) and the standing's word in its colour on a tint of it;
/// `onHighlight` draws it in the highlighted text colour, for a selected row.
QSize statusPillSize(const QFont &font, const QString &label);
void paintStatusPill(QPainter *painter, const QPoint &topLeft, Pathways::Standing standing, const QString &label,
                     const QFont &font, const QPalette &palette, bool onHighlight = false);

/// Draws the list view's status column as a pill (model: StandingRole and StandingLabelRole).
class StatusPillDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Credfolio::Ui
