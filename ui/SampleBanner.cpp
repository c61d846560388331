// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SampleBanner.h"

#include "ui/StatusColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace Credfolio::Ui {

SampleBanner::SampleBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sampleBanner"));
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/status-warn.svg")).pixmap(QSize(18, 18), devicePixelRatioF()));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("sampleBannerText"));
    m_text->setWordWrap(true);
    QFont font = m_text->font();
    font.setWeight(QFont::DemiBold);
    m_text->setFont(font);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importOwnButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeSamplesButton"));
    connect(m_importButton, &QPushButton::clicked, this, &SampleBanner::importOwnRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &SampleBanner::closeRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_importButton);
    layout->addWidget(m_closeButton);
    applyColors();
    retranslate();
}

QString SampleBanner::text() const
{
    return m_text->text();
}

void SampleBanner::retranslate()
{
    m_text->setText(tr("Sample portfolio — these credentials are examples, not yours."));
    m_importButton->setText(tr("Import &Your Own…"));
    m_importButton->setAccessibleName(tr("Import your own credentials"));
    m_importButton->setToolTip(tr("Close the samples and import your credentials into your own library"));
    m_closeButton->setText(tr("Close Samples"));
    m_closeButton->setAccessibleName(tr("Close the sample portfolio"));
    setAccessibleName(tr("Sample portfolio notice"));
}

void SampleBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        applyColors();
    QFrame::changeEvent(event);
}

void SampleBanner::applyColors()
{
    // A warm tint of the window colour, so it reads as a notice in light and dark palettes alike.
    // Derived from the parent's palette: this widget's own Window colour is the tint.
    const QPalette source = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = source.color(QPalette::Window);
    const QColor accent = warningColor(source);
    const qreal amount = isDark(source) ? 0.22 : 0.16;
    const QColor tint = QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                                         base.greenF() + (accent.greenF() - base.greenF()) * amount,
                                         base.blueF() + (accent.blueF() - base.blueF()) * amount);
    if (palette().color(QPalette::Window) == tint)
        return;
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, tint);
    setPalette(tinted);
}

} // namespace Credfolio::Ui
