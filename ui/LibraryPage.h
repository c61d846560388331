// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/LibraryFilters.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemView;
class QAction;
class QComboBox;
class QElapsedTimer;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Credfolio::Services {
class CredentialListModel;
class Workspace;
} // namespace Credfolio::Services

namespace Credfolio::Ui {

class EmptyState;
class ThumbnailCache;

/// The Library area: the learner's credentials as a grid of cards or a detailed list (the choice is remembered),
/// with search as you type, filters (status, issuer, tag, collection, expiring soon) and sorting. Selected
/// credentials can be tagged, added to a collection, verified again or moved to the trash (undoable).
/// An empty library shows the first-start empty state with the import action.
class LibraryPage : public QWidget {
    Q_OBJECT

public:
    enum class ViewMode { Grid, List };

    /// Asks the learner for a text (a tag, a collection name), offering `choices`; nullopt when cancelled.
    /// The default is a QInputDialog; tests set their own.
    using TextPrompt =
        std::function<std::optional<QString>(const QString &title, const QString &label, const QStringList &choices)>;

    /// `workspace` and `undoStack` are not owned and must outlive the page. Without a workspace the page only shows
    /// the empty state with `importAction` (owned by the main window, shared with the File menu).
    LibraryPage(Services::Workspace *workspace, QUndoStack *undoStack, QAction *importAction,
                QWidget *parent = nullptr);
    /// The first-start page without a library (empty state only).
    explicit LibraryPage(QAction *importAction, QWidget *parent = nullptr);
    ~LibraryPage() override;

    bool isShowingEmptyState() const;
    /// A second offer on the first-start page ("Open Sample Portfolio"); not owned.
    void setSecondaryAction(QAction *action);
    bool isShowingNoResults() const;

    ViewMode viewMode() const { return m_viewMode; }
    void setViewMode(ViewMode mode);
    /// The grid or the list, whichever is shown.
    QAbstractItemView *currentView() const;
    Services::CredentialListModel *model() const { return m_model; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }

    Services::LibraryFilter filter() const;
    /// Shows the credentials matching `filter` and sets the controls to it.
    void setFilter(const Services::LibraryFilter &filter);
    QList<qint64> selectedIds() const;
    void setTextPrompt(TextPrompt prompt);

    // The selection actions, also in the context menu (tests trigger them).
    void addTagToSelection();
    void addSelectionToCollection();
    void removeTagFromSelection(const QString &tag);
    void moveSelectionToTrash();

    void retranslate();

public slots:
    /// Re-reads the library (after imports, re-verification): rows, filter choices, empty state.
    void refresh();
    void focusSearch();

signals:
    /// Enter or double-click on a credential.
    void credentialActivated(qint64 id);
    /// The current credential changed (0: none).
    void currentCredentialChanged(qint64 id);
    /// "Verify Again" on these credentials.
    void reverifyRequested(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions();
    QWidget *setupToolbar();
    void setupViews();
    void applyFilterFromControls();
    void scheduleSearch();
    void reloadChoices();
    void updateState();
    void restoreSortOrder();
    void saveSortOrder(const Services::LibraryFilter &filter);
    void updateActions();
    void showContextMenu(QAbstractItemView *view, const QPoint &pos);
    void applyViewColours();
    void selectIds(QAbstractItemView *view, const QList<qint64> &ids);
    void push(const QString &text, std::function<Result<void>()> redo, std::function<Result<void>()> undo);
    void showError(const QString &text);
    std::optional<QString> prompt(const QString &title, const QString &label, const QStringList &choices);

    Services::Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    Services::CredentialListModel *m_model = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    TextPrompt m_prompt;
    ViewMode m_viewMode = ViewMode::Grid;
    bool m_sortRestored = false;
    Services::FilterChoices m_choices;
    qint64 m_lastCurrent = 0;
    qint64 m_lastQueryMs = 0;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_standingFilter = nullptr;
    QComboBox *m_issuerFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_collectionFilter = nullptr;
    QToolButton *m_expiringFilter = nullptr;
    QComboBox *m_sort = nullptr;
    QToolButton *m_gridButton = nullptr;
    QToolButton *m_listButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_views = nullptr;
    QListView *m_grid = nullptr;
    QTreeView *m_list = nullptr;
    EmptyState *m_noResults = nullptr;

    QAction *m_findAction = nullptr;
    QAction *m_clearSearchAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_addTagAction = nullptr;
    QAction *m_addToCollectionAction = nullptr;
    QAction *m_reverifyAction = nullptr;
    QAction *m_trashAction = nullptr;
    QMenu *m_removeTagMenu = nullptr;
};

} // namespace Credfolio::Ui
