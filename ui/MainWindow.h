// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AboutDialog.h"
#include "ui/Appearance.h"
#include "ui/Sidebar.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace Credfolio::Ui {

class EmptyState;
class LibraryPage;

/// The application's main window: sidebar of areas, the area pages, menus and shortcuts. Remembers its
/// geometry, state, current area and appearance in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(AboutInfo aboutInfo, QWidget *parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    void showArea(Area area);
    Appearance appearance() const;
    void setAppearance(Appearance appearance);
    /// The undo stack shared by every undoable command (deleting credentials, editing notes, ...).
    QUndoStack *undoStack() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupEditActions();
    void setupViewActions();
    void setupMenus();
    void setupCentralArea();
    void retranslate();
    void restoreWindowState();
    void saveWindowState() const;
    void forwardToFocusWidget(const char *slot);
    void showAbout();

    AboutInfo m_aboutInfo;
    Appearance m_appearance = Appearance::System;
    QUndoStack *m_undoStack = nullptr;

    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    LibraryPage *m_libraryPage = nullptr;
    EmptyState *m_pathwaysPage = nullptr;
    EmptyState *m_reviewPage = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_areaActions[3] = {};
    QAction *m_sidebarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QActionGroup *m_appearanceGroup = nullptr;
    QAction *m_appearanceActions[3] = {};
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Credfolio::Ui
