// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Credfolio::Ui {

/// Paints a PathwayProgressModel row: a met / in-progress / not-started icon before the requirement, a slim
/// progress bar in the Progress column, and credentials that would count if valid in a warning colour.
class RequirementDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit RequirementDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QIcon m_met;
    QIcon m_partial;
    QIcon m_missing;
    QIcon m_warning;
};

/// Draws a slim rounded progress bar in `rect` (shared by the delegates).
void paintSlimBar(QPainter *painter, const QRectF &rect, double fraction, const QPalette &palette);

} // namespace Credfolio::Ui
