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

namespace Credfolio::Services {
class ImportController;
class LibraryPathwaySource;
class Workspace;
} // namespace Credfolio::Services

namespace Credfolio::Ui {

class EmptyState;
class ExportActions;
class ImportFlow;
class LibraryArea;
class LibraryPage;
class PathwaysPage;
class ReviewPage;
class SampleBanner;

/// The application's main window: sidebar of areas, the area pages, menus and shortcuts. Remembers its
/// geometry, state, current area and appearance in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// `workspace` (not owned, may be null) is the learner's open library; without one the window shows its
    /// first-start pages and importing is unavailable.
    explicit MainWindow(AboutInfo aboutInfo, Services::Workspace *workspace = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    void showArea(Area area);
    Appearance appearance() const;
    void setAppearance(Appearance appearance);
    /// The undo stack shared by every undoable command (deleting credentials, editing notes, ...).
    QUndoStack *undoStack() const;
    /// The library area (null without a workspace).
    LibraryArea *libraryArea() const { return m_libraryArea; }
    ImportFlow *importFlow() const { return m_importFlow; }
    /// Opens what the desktop hands over (`credfolio FILE...`): a portfolio package (.credfolio) in Advisor
    /// review, anything else imported into the library in one batch.
    void openFiles(const QStringList &paths);
    /// File ▸ Export Portfolio and its siblings (null without a workspace).
    ExportActions *exportActions() const { return m_exportActions; }
    /// True when the workspace is the sample portfolio (the window then says so in a banner across the top).
    bool isSamplePortfolio() const { return m_sampleBanner != nullptr; }

public slots:
    /// Verifies every credential of the library again in the background (status lists change, keys are revoked).
    void reverifyAll();

signals:
    /// The learner asked to see the sample portfolio (the application opens it in a window of its own).
    void samplePortfolioRequested();
    /// In the sample portfolio's window: the learner wants to import their own credentials (this window closes).
    void importOwnRequested();
    /// Settings asked for another library file: the application closes this window and its workspace, then
    /// reopens on the library at `libraryPath` — after replacing it with `backupFile` when that is not empty.
    void libraryReopenRequested(const QString &libraryPath, const QString &backupFile);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupEditActions();
    void setupViewActions();
    void setupMenus();
    void setupCentralArea();
    void setupWorkspaceArea();
    void showPathwayNamed(const QString &name);
    void openSettings();
    void retranslate();
    void restoreWindowState();
    void saveWindowState() const;
    void forwardToFocusWidget(const char *slot);
    void showAbout();

    AboutInfo m_aboutInfo;
    Services::Workspace *m_workspace = nullptr;
    Services::ImportController *m_importController = nullptr;
    Services::LibraryPathwaySource *m_pathwaySource = nullptr;
    ImportFlow *m_importFlow = nullptr;
    ExportActions *m_exportActions = nullptr;
    LibraryArea *m_libraryArea = nullptr;
    PathwaysPage *m_pathwaysView = nullptr;
    ReviewPage *m_reviewView = nullptr;
    Appearance m_appearance = Appearance::System;
    QUndoStack *m_undoStack = nullptr;

    Sidebar *m_sidebar = nullptr;
    SampleBanner *m_sampleBanner = nullptr;
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
    QAction *m_importFolderAction = nullptr;
    QAction *m_importUrlAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_settingsAction = nullptr;
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
