// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Credfolio::Ui {

/// A reviewed credential in the advisor's list: its name and issuer, then two verdict pills ("As sent · Valid",
/// "Today · Revoked", or "Today · offline").
class ReviewCredentialDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum Role {
        SubtitleRole = Qt::UserRole + 40, ///< QString: the issuer
        AsSentStandingRole,               ///< int: Pathways::Standing
        AsSentLabelRole,                  ///< QString
        TodayStandingRole,                ///< int: Pathways::Standing, or -1 when there was no live check
        TodayLabelRole,                   ///< QString
    };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Credfolio::Ui
