// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QRectF>
#include <QString>

// What the portfolio PDF and the review PDF draw with: geometry in points scaled to device units, and text.
// Internal to core/portfolio.
namespace Credfolio::Portfolio {

inline constexpr int kPdfResolution = 600; // device units per inch

struct Canvas {
    QPaintDevice *device = nullptr;
    qreal k = kPdfResolution / 72.0;

    qreal u(qreal points) const { return points * k; }
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, device); }
    qreal lineHeight(const QFont &font) const { return metrics(font).height(); }
    qreal wrappedHeight(const QFont &font, const QString &text, qreal width) const
    {
        if (text.isEmpty())
            return 0;
        return metrics(font).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }
};

inline void drawText(QPainter &painter, const QRectF &rect, const QFont &font, const QColor &color, const QString &text,
                     int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, flags, text);
}

} // namespace Credfolio::Portfolio
