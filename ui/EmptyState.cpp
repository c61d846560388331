// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EmptyState.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Credfolio::Ui {

EmptyState::EmptyState(const QIcon &icon, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_secondaryButton(new QPushButton(this))
{
    m_icon->setPixmap(icon.pixmap(QSize(96, 96), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setFixedWidth(480); // a wrapped label needs a definite width to compute its height
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setObjectName(QStringLiteral("emptyStateText"));

    m_button->setObjectName(QStringLiteral("emptyStateButton"));
    m_button->setVisible(false);
    m_button->setDefault(true);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action) {
            m_action->trigger();
        }
    });

    m_secondaryButton->setObjectName(QStringLiteral("emptyStateSecondaryButton"));
    m_secondaryButton->setVisible(false);
    m_secondaryButton->setFlat(true);
    connect(m_secondaryButton, &QPushButton::clicked, this, [this] {
        if (m_secondaryAction) {
            m_secondaryAction->trigger();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(3);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addWidget(m_secondaryButton, 0, Qt::AlignHCenter);
    layout->addStretch(4);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    // Layouts ask an aligned label for its size hint only, not its height for our width.
    m_text->setMinimumHeight(m_text->heightForWidth(m_text->width()));
}

void EmptyState::setAction(QAction *action)
{
    if (m_action) {
        disconnect(m_action, nullptr, this, nullptr);
    }
    m_action = action;
    if (m_action) {
        connect(m_action, &QAction::changed, this, &EmptyState::syncButton);
    }
    syncButton();
}

void EmptyState::setSecondaryAction(QAction *action)
{
    if (m_secondaryAction) {
        disconnect(m_secondaryAction, nullptr, this, nullptr);
    }
    m_secondaryAction = action;
    if (m_secondaryAction) {
        connect(m_secondaryAction, &QAction::changed, this, &EmptyState::syncSecondaryButton);
    }
    syncSecondaryButton();
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::syncButton()
{
    m_button->setVisible(m_action != nullptr);
    if (!m_action) {
        return;
    }
    m_button->setText(m_action->iconText().isEmpty() ? m_action->text() : m_action->iconText());
    m_button->setIcon(m_action->icon());
    m_button->setEnabled(m_action->isEnabled());
    m_button->setToolTip(m_action->toolTip());
    m_button->setAccessibleName(m_button->text());
}

void EmptyState::syncSecondaryButton()
{
    m_secondaryButton->setVisible(m_secondaryAction != nullptr);
    if (!m_secondaryAction) {
        return;
    }
    m_secondaryButton->setText(m_secondaryAction->iconText().isEmpty() ? m_secondaryAction->text()
                                                                       : m_secondaryAction->iconText());
    m_secondaryButton->setEnabled(m_secondaryAction->isEnabled());
    m_secondaryButton->setToolTip(m_secondaryAction->toolTip());
    m_secondaryButton->setAccessibleName(m_secondaryButton->text());
}

} // namespace Credfolio::Ui
