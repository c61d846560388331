// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WrappingRow.h"

#include <QBoxLayout>
#include <QResizeEvent>

namespace Credfolio::Ui {
namespace {

int minimumWidthOf(const QWidget *widget)
{
    return qMax(widget->minimumWidth(), widget->minimumSizeHint().width());
}

} // namespace

WrappingRow::WrappingRow(QWidget *lead, QWidget *trailing, QWidget *parent)
    : QWidget(parent)
    , m_box(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_lead(lead)
    , m_trailing(trailing)
{
    m_box->setContentsMargins(0, 0, 0, 0);
    m_box->setSpacing(12);
    m_box->addWidget(lead, 1);
    m_box->addWidget(trailing);
}

QSize WrappingRow::minimumSizeHint() const
{
    // As narrow as the wider part: below the width of both side by side, they stack.
    return QSize(qMax(minimumWidthOf(m_lead), minimumWidthOf(m_trailing)), QWidget::minimumSizeHint().height());
}

void WrappingRow::resizeEvent(QResizeEvent *event)
{
    const bool wrap =
        event->size().width() < minimumWidthOf(m_lead) + m_box->spacing() + m_trailing->sizeHint().width();
    if (wrap != m_wrapped) {
        m_wrapped = wrap;
        m_box->setDirection(wrap ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    }
    QWidget::resizeEvent(event);
}

} // namespace Credfolio::Ui
