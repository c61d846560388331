// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/services/CredentialDetails.h"
#include "core/services/ImportController.h"
#include "core/services/ImportRequest.h"
#include "core/services/LibraryPathwaySource.h"
#include "core/services/SamplePortfolio.h"
#include "core/services/Workspace.h"
#include "ui/EmptyState.h"
#include "ui/ExportActions.h"
#include "ui/ImportFlow.h"
#include "ui/LibraryArea.h"
#include "ui/LibraryPage.h"
#include "ui/PathwaysPage.h"
#include "ui/ReviewPage.h"
#include "ui/SampleBanner.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Credfolio::Ui {

namespace {
const auto kGeometryKey = QStringLiteral("MainWindow/geometry");
const auto kStateKey = QStringLiteral("MainWindow/state");
const auto kAreaKey = QStringLiteral("MainWindow/area");
const auto kSidebarKey = QStringLiteral("MainWindow/sidebarVisible");
const auto kAppearanceKey = QStringLiteral("appearance");
} // namespace

MainWindow::MainWindow(AboutInfo aboutInfo, Services::Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_aboutInfo(std::move(aboutInfo))
    , m_workspace(workspace)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/credfolio.svg")));
    m_undoStack->setUndoLimit(100);
    setupActions();
    setupCentralArea();
    setupMenus();
    retranslate();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

Area MainWindow::currentArea() const
{
    return m_sidebar->currentArea();
}

void MainWindow::showArea(Area area)
{
    m_sidebar->setCurrentArea(area);
}

void MainWindow::openFiles(const QStringList &paths)
{
    Services::ImportRequest request;
    for (const QString &path : paths) {
        if (path.endsWith(QLatin1String(".credfolio"), Qt::CaseInsensitive) && m_reviewView) {
            showArea(Area::Review);
            m_reviewView->openPackage(path);
        } else {
            request.paths.append(path);
        }
    }
    if (!request.isEmpty() && m_importFlow) {
        showArea(Area::Library);
        m_importFlow->start(request);
    }
}

Appearance MainWindow::appearance() const
{
    return m_appearance;
}

void MainWindow::setAppearance(Appearance appearance)
{
    m_appearance = appearance;
    m_appearanceActions[static_cast<int>(appearance)]->setChecked(true);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        applyAppearance(*app, appearance);
    }
}

QUndoStack *MainWindow::undoStack() const
{
    return m_undoStack;
}

void MainWindow::setupActions()
{
    m_importAction = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), QString(), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(m_workspace != nullptr);
    m_importFolderAction = new QAction(this);
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolderAction->setEnabled(m_workspace != nullptr);
    m_importUrlAction = new QAction(this);
    m_importUrlAction->setObjectName(QStringLiteral("importUrlAction"));
    m_importUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_importUrlAction->setEnabled(m_workspace != nullptr);
    m_sampleAction = new QAction(this);
    m_sampleAction->setObjectName(QStringLiteral("samplePortfolioAction"));
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::samplePortfolioRequested);
    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // Most Linux desktops define no Preferences key; Ctrl+, is what other applications use there.
    m_settingsAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                       ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                       : QKeySequence::keyBindings(QKeySequence::Preferences));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(m_workspace != nullptr);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // Some key schemes (Windows', and so the offscreen platform's) bind nothing to Quit.
    m_quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                                   ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                   : QKeySequence::keyBindings(QKeySequence::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    setupEditActions();
    setupViewActions();

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setupEditActions()
{
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    // Cut, copy, paste and select all act on whichever text field or view has the keyboard focus.
    const struct {
        QAction **action;
        const char *name;
        QKeySequence::StandardKey key;
        const char *slot;
    } editing[] = {{&m_cutAction, "cutAction", QKeySequence::Cut, "cut"},
                   {&m_copyAction, "copyAction", QKeySequence::Copy, "copy"},
                   {&m_pasteAction, "pasteAction", QKeySequence::Paste, "paste"},
                   {&m_selectAllAction, "selectAllAction", QKeySequence::SelectAll, "selectAll"}};
    for (const auto &e : editing) {
        *e.action = new QAction(this);
        (*e.action)->setObjectName(QLatin1String(e.name));
        (*e.action)->setShortcut(e.key);
        (*e.action)->setShortcutContext(Qt::WidgetShortcut); // the focused widget handles its own keys
        const char *slot = e.slot;
        connect(*e.action, &QAction::triggered, this, [this, slot] { forwardToFocusWidget(slot); });
    }
}

void MainWindow::setupViewActions()
{
    const char *names[] = {"showLibraryAction", "showPathwaysAction", "showReviewAction"};
    const QIcon icons[] = {QIcon(QStringLiteral(":/icons/library.svg")), QIcon(QStringLiteral(":/icons/pathways.svg")),
                           QIcon(QStringLiteral(":/icons/review.svg"))};
    for (int i = 0; i < 3; ++i) {
        m_areaActions[i] = new QAction(icons[i], QString(), this);
        m_areaActions[i]->setObjectName(QLatin1String(names[i]));
        m_areaActions[i]->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(m_areaActions[i], &QAction::triggered, this, [this, i] { showArea(static_cast<Area>(i)); });
    }

    m_sidebarAction = new QAction(this);
    m_sidebarAction->setObjectName(QStringLiteral("toggleSidebarAction"));
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    m_sidebarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    m_appearanceGroup = new QActionGroup(this);
    const char *appearanceNames[] = {"appearanceSystemAction", "appearanceLightAction", "appearanceDarkAction"};
    for (int i = 0; i < 3; ++i) {
        m_appearanceActions[i] = new QAction(this);
        m_appearanceActions[i]->setObjectName(QLatin1String(appearanceNames[i]));
        m_appearanceActions[i]->setCheckable(true);
        m_appearanceGroup->addAction(m_appearanceActions[i]);
        connect(m_appearanceActions[i], &QAction::triggered, this,
                [this, i] { setAppearance(static_cast<Appearance>(i)); });
    }
}

void MainWindow::setupMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_importAction, m_importFolderAction, m_importUrlAction});
    m_fileMenu->addSeparator();
    if (m_exportActions) {
        m_fileMenu->addActions({m_exportActions->exportAction(), m_exportActions->exportSelectedAction(),
                                m_exportActions->exportPathwayAction()});
        connect(m_fileMenu, &QMenu::aboutToShow, m_exportActions, &ExportActions::updateActions);
        m_fileMenu->addSeparator();
    }
    m_fileMenu->addAction(m_sampleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_cutAction, m_copyAction, m_pasteAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_selectAllAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_areaActions) {
        m_viewMenu->addAction(action);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sidebarAction);
    m_appearanceMenu = m_viewMenu->addMenu(QString());
    m_appearanceMenu->addActions(m_appearanceGroup->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::setupCentralArea()
{
    m_sidebar = new Sidebar(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("areaPages"));
    m_pages->setBackgroundRole(QPalette::Base);
    m_pages->setAutoFillBackground(true);

    m_reviewPage = new EmptyState(QIcon(QStringLiteral(":/icons/review.svg")), m_pages);
    m_reviewPage->setObjectName(QStringLiteral("reviewPage"));
    if (m_workspace) {
        setupWorkspaceArea();
    } else {
        m_libraryPage = new LibraryPage(m_importAction, m_pages);
        m_libraryPage->setObjectName(QStringLiteral("libraryPage"));
        m_pathwaysPage = new EmptyState(QIcon(QStringLiteral(":/icons/pathways.svg")), m_pages);
        m_pathwaysPage->setObjectName(QStringLiteral("pathwaysPage"));
        m_pages->addWidget(m_libraryPage);
        m_pages->addWidget(m_pathwaysPage);
    }
    if (m_workspace) {
        m_reviewView = new ReviewPage(m_workspace, m_pages);
        m_reviewView->setObjectName(QStringLiteral("reviewView"));
        m_pages->addWidget(m_reviewView);
        m_reviewPage->hide();
    } else {
        m_pages->addWidget(m_reviewPage);
    }
    m_libraryPage->setSecondaryAction(m_sampleAction);

    connect(m_sidebar, &Sidebar::areaChanged, this, [this](Area area) {
        m_pages->setCurrentIndex(static_cast<int>(area));
        m_areaActions[static_cast<int>(area)]->setChecked(true);
    });
    connect(m_sidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    if (m_workspace && Services::isSampleLibrary(*m_workspace)) {
        m_sampleBanner = new SampleBanner(central);
        connect(m_sampleBanner, &SampleBanner::closeRequested, this, &QWidget::close);
        connect(m_sampleBanner, &SampleBanner::importOwnRequested, this, [this] {
            close();
            emit importOwnRequested();
        });
        column->addWidget(m_sampleBanner);
    }
    auto *layout = new QHBoxLayout();
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    column->addLayout(layout, 1);
    setCentralWidget(central);
}

void MainWindow::setupWorkspaceArea()
{
    m_importController = new Services::ImportController(*m_workspace, this);
    m_pathwaySource = new Services::LibraryPathwaySource(*m_workspace, this);
    m_libraryArea =
        new LibraryArea(*m_workspace, m_pathwaySource, *m_importController, m_undoStack, m_importAction, m_pages);
    m_libraryPage = m_libraryArea->page();
    m_libraryPage->setObjectName(QStringLiteral("libraryPage"));
    m_pathwaysView = new PathwaysPage(m_pathwaySource, m_undoStack, m_pages);
    m_pathwaysView->setObjectName(QStringLiteral("pathwaysView"));
    m_pages->addWidget(m_libraryArea);
    m_pages->addWidget(m_pathwaysView);

    m_importFlow = new ImportFlow(*m_importController, this);
    connect(m_importAction, &QAction::triggered, m_importFlow, &ImportFlow::importFiles);
    connect(m_importFolderAction, &QAction::triggered, m_importFlow, &ImportFlow::importFolder);
    connect(m_importUrlAction, &QAction::triggered, m_importFlow, &ImportFlow::importFromUrl);
    connect(m_importFlow, &ImportFlow::imported, this, [this] {
        m_libraryArea->refresh();
        m_pathwaySource->refresh();
    });
    connect(m_importFlow, &ImportFlow::showInLibraryRequested, this, [this] { showArea(Area::Library); });
    connect(m_importController, &Services::ImportController::reverified, m_pathwaySource,
            &Services::LibraryPathwaySource::refresh);
    connect(m_pathwaysView, &PathwaysPage::credentialActivated, this, [this](const QString &credentialId) {
        showArea(Area::Library);
        m_libraryArea->showCredentialById(credentialId);
    });
    connect(m_libraryArea, &LibraryArea::pathwayActivated, this, &MainWindow::showPathwayNamed);
    m_exportActions = new ExportActions(
        *m_workspace, m_pathwaySource, [this] { return m_libraryPage->selectedIds(); },
        [this] { return currentArea() == Area::Pathways ? m_pathwaysView->currentPathwayId() : QString(); }, this);
    // Ctrl+V in the library imports what the clipboard holds (text fields keep their own paste).
    auto *paste = new QShortcut(QKeySequence::Paste, m_libraryArea, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, m_importFlow, &ImportFlow::importClipboard);
}

void MainWindow::reverifyAll()
{
    if (!m_importController)
        return;
    const Result<QList<qint64>> ids = Services::allCredentialIds(*m_workspace);
    if (ids && !ids->isEmpty())
        m_importController->reverify(*ids);
}

void MainWindow::showPathwayNamed(const QString &name)
{
    showArea(Area::Pathways);
    for (const Pathways::Pathway &pathway : m_pathwaySource->pathways()) {
        if (pathway.name == name) {
            m_pathwaysView->setCurrentPathway(pathway.id);
            return;
        }
    }
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_libraryArea)
        connect(dialog, &SettingsDialog::trustChanged, m_libraryArea, &LibraryArea::refresh);
    connect(dialog, &SettingsDialog::restoreRequested, this,
            [this](const QString &backupFile, const QString &libraryPath) {
                emit libraryReopenRequested(libraryPath, backupFile);
            });
    connect(dialog, &SettingsDialog::libraryMoved, this,
            [this](const QString &libraryPath) { emit libraryReopenRequested(libraryPath, QString()); });
    dialog->open();
}

void MainWindow::retranslate()
{
    setWindowTitle(isSamplePortfolio() ? tr("Credfolio — Sample portfolio") : tr("Credfolio"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_appearanceMenu->setTitle(tr("&Appearance"));
    m_helpMenu->setTitle(tr("&Help"));

    m_importAction->setText(tr("&Import Credentials…"));
    m_importAction->setToolTip(tr("Import credentials from files, folders or badge images"));
    m_importFolderAction->setText(tr("Import &Folder…"));
    m_importUrlAction->setText(tr("Import from &URL…"));
    m_sampleAction->setText(tr("Open &Sample Portfolio"));
    m_sampleAction->setToolTip(
        tr("See Credfolio with demo credentials and pathways, kept apart from your own library"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_cutAction->setText(tr("Cu&t"));
    m_copyAction->setText(tr("&Copy"));
    m_pasteAction->setText(tr("&Paste"));
    m_selectAllAction->setText(tr("Select &All"));
    m_areaActions[0]->setText(tr("&Library"));
    m_areaActions[1]->setText(tr("&Pathways"));
    m_areaActions[2]->setText(tr("Advisor &Review"));
    m_sidebarAction->setText(tr("Show &Sidebar"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_appearanceActions[0]->setText(tr("Follow &System"));
    m_appearanceActions[1]->setText(tr("&Light"));
    m_appearanceActions[2]->setText(tr("&Dark"));
    m_aboutAction->setText(tr("&About Credfolio"));
    m_aboutQtAction->setText(tr("About &Qt"));

    if (m_pathwaysPage) {
        m_pathwaysPage->setTitle(tr("No pathways yet"));
        m_pathwaysPage->setText(tr("Pathways show how your credentials stack toward certificates and degrees: what "
                                   "you have completed and what is still missing."));
    }
    m_reviewPage->setTitle(tr("No portfolio open"));
    m_reviewPage->setText(tr("When a learner sends you a Credfolio portfolio package, open it here to re-verify "
                             "every credential and review their pathway."));
    m_sidebar->retranslate();
    m_libraryPage->retranslate();
    if (m_exportActions)
        m_exportActions->retranslate();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1100, 720);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_sidebarAction->setChecked(settings.value(kSidebarKey, true).toBool());
    const int area = settings.value(kAreaKey, 0).toInt();
    showArea(area >= 0 && area < 3 ? static_cast<Area>(area) : Area::Library);
    m_pages->setCurrentIndex(static_cast<int>(currentArea()));
    m_areaActions[static_cast<int>(currentArea())]->setChecked(true);
    setAppearance(appearanceFromKey(settings.value(kAppearanceKey).toString()));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kAreaKey, static_cast<int>(currentArea()));
    settings.setValue(kSidebarKey, m_sidebarAction->isChecked());
    settings.setValue(kAppearanceKey, appearanceKey(m_appearance));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isSamplePortfolio()) // the samples' window must not change how the learner's own opens
        saveWindowState();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::forwardToFocusWidget(const char *slot)
{
    QWidget *target = QApplication::focusWidget();
    if (!target) {
        return;
    }
    const QByteArray signature = QByteArray(slot) + "()";
    if (target->metaObject()->indexOfMethod(signature.constData()) >= 0) {
        QMetaObject::invokeMethod(target, slot);
    } else if (qstrcmp(slot, "paste") == 0 && m_importFlow && currentArea() == Area::Library) {
        m_importFlow->importClipboard();
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_aboutInfo, this);
    dialog.exec();
}

} // namespace Credfolio::Ui
