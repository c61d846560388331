// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Credfolio::Ui {

/// A list row of two lines: a title (Qt::DisplayRole) with an optional trailing text, a dimmer subtitle, and
/// optionally a slim progress bar underneath. Used by the pathway list and the "What's missing" list.
class TwoLineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum Role {
        SubtitleRole = Qt::UserRole + 100, ///< QString
        TrailingRole,                      ///< QString shown right of the title ("36%", "3 cr")
        FractionRole,                      ///< double 0..1; no bar when absent
        WarningRole,                       ///< QString: a third line in the warning colour
    };

    explicit TwoLineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Credfolio::Ui
