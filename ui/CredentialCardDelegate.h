// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Credfolio::Ui {

class ThumbnailCache;

/// A credential in the library grid: a rounded card with the badge image (or a placeholder with the initials, in
/// a colour of the issuer), the name on up to two lines, the issuer, the date issued and the status pill. Reads
/// the roles of Services::CredentialListModel.
class CredentialCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int kImageSize = 88;

    /// `thumbnails` is not owned; nullptr draws placeholders only.
    explicit CredentialCardDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The card's fill and the grid's background for a palette (cards stand out in light and dark).
    static QColor cardColor(const QPalette &palette);
    static QColor gridColor(const QPalette &palette);
    /// Up to two initials of a name ("Data Visualization" -> "DV").
    static QString initials(const QString &name);

private:
    ThumbnailCache *m_thumbnails;
};

} // namespace Credfolio::Ui
