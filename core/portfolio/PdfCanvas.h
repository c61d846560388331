// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/portfolio/PageFlow.h"
#include "core/portfolio/PdfStyle.h"

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

inline void hairline(QPainter &painter, const Canvas &canvas, qreal x1, qreal x2, qreal y, const QColor &color,
                     qreal points = 0.6)
{
    painter.fillRect(QRectF(x1, y, x2 - x1, canvas.u(points)), color);
}

/// The small spaced capitals that name a section ("SKILLS").
inline QFont kickerFont(const Canvas &canvas)
{
    QFont font = Style::font(7.6, true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, canvas.u(0.35));
    return font;
}

/// A section heading `width` wide: the title in spaced capitals over a hairline, kept with what follows it.
inline FlowBlock sectionHeading(const Canvas &canvas, qreal width, const QString &title)
{
    const QFont font = kickerFont(canvas);
    const QString text = title.toUpper();
    const qreal textH = canvas.wrappedHeight(font, text, width);
    FlowBlock block;
    block.spaceBefore = canvas.u(22);
    block.keepWithNext = true;
    block.height = textH + canvas.u(5) + canvas.u(0.6);
    block.paint = [canvas, width, font, text, textH](QPainter &painter, const QRectF &area) {
        drawText(painter, QRectF(area.left(), area.top(), width, textH), font, Style::accent, text);
        hairline(painter, canvas, area.left(), area.left() + width, area.top() + textH + canvas.u(5), Style::rule);
    };
    return block;
}

} // namespace Credfolio::Portfolio
