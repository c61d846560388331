// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QAction;

namespace Credfolio::Ui {

/// A centred "nothing here yet" panel: a large icon, a title, an explanation, and optionally a button that
/// triggers an action (the button follows the action's text, enabled state and tooltip).
class EmptyState : public QWidget {
    Q_OBJECT

public:
    explicit EmptyState(const QIcon &icon, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    /// Shows a button for `action` (not owned). nullptr removes it.
    void setAction(QAction *action);
    /// A second, quieter button below the first (e.g. "Open Sample Portfolio"). nullptr removes it.
    void setSecondaryAction(QAction *action);

    QString title() const;
    QString text() const;

private:
    void syncButton();
    void syncSecondaryButton();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
    QAction *m_action = nullptr;
    QPushButton *m_secondaryButton = nullptr;
    QAction *m_secondaryAction = nullptr;
};

} // namespace Credfolio::Ui
