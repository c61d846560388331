// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QStackedLayout;

namespace Credfolio::Ui {

class EmptyState;

/// The Library area. With no credentials it shows the first-start empty state that offers the import action.
class LibraryPage : public QWidget {
    Q_OBJECT

public:
    /// `importAction` is owned by the main window and shared with the File menu.
    explicit LibraryPage(QAction *importAction, QWidget *parent = nullptr);

    bool isShowingEmptyState() const;
    void retranslate();

private:
    EmptyState *m_emptyState = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace Credfolio::Ui
