// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProgressRing.h"

#include "ui/StatusColors.h"

#include <QPainter>

namespace Credfolio::Ui {

ProgressRing::ProgressRing(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Overall progress"));
}

void ProgressRing::setFraction(double fraction)
{
    m_fraction = qBound(0.0, fraction, 1.0);
    setAccessibleDescription(text());
    update();
}

QString ProgressRing::text() const
{
    return tr("%1%").arg(qRound(m_fraction * 100));
}

QSize ProgressRing::sizeHint() const
{
    return {88, 88};
}

void ProgressRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = 8;
    const qreal side = qMin(width(), height()) - pen;
    const QRectF ring((width() - side) / 2, (height() - side) / 2, side, side);

    painter.setPen(QPen(trackColor(palette()), pen, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);
    if (m_fraction > 0) {
        const QColor color = m_fraction >= 1 ? metColor(palette()) : progressColor(palette());
        painter.setPen(QPen(color, pen, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(ring, 90 * 16, -qRound(m_fraction * 360 * 16));
    }

    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(ring, Qt::AlignCenter, text());
}

} // namespace Credfolio::Ui
