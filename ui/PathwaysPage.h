// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Pathway.h"
#include "core/services/SamplePathways.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Credfolio::Services {
class PathwaySource;
class PathwayProgressModel;
} // namespace Credfolio::Services

namespace Credfolio::Ui {

class EmptyState;
class ProgressRing;

/// The Pathways area: the learner's pathways with their overall progress on the left; for the selected one, a
/// header (progress ring, credits, credentials), the requirement tree with the credential that satisfied each
/// requirement, and "What's missing", cheapest first. Pathways are added from a file or the shipped samples and
/// removed with undo through `undoStack` (when given).
class PathwaysPage : public QWidget {
    Q_OBJECT

public:
    /// `source` and `undoStack` are not owned and must outlive the page; `undoStack` may be nullptr.
    explicit PathwaysPage(Services::PathwaySource *source, QUndoStack *undoStack = nullptr, QWidget *parent = nullptr);
    ~PathwaysPage() override;

    QString currentPathwayId() const;
    void setCurrentPathway(const QString &pathwayId);
    bool isShowingEmptyState() const;
    /// True while the learner's credentials are still being read (the page says so instead of showing progress).
    bool isShowingLoadingState() const;

    /// Reads a `credfolio.pathway/1` file and adds it; on failure shows why and returns false.
    bool addPathwayFromFile(const QString &path);
    /// Adds a shipped sample (SamplePathway::resourcePath); false (and a message) when it is already there.
    bool addSamplePathway(const QString &resourcePath);
    /// Removes the selected pathway (undoable).
    void removeCurrentPathway();
    /// The message shown above the list after a failed add, or an empty string.
    QString message() const;

    void retranslate();

signals:
    /// The learner asked to open a credential (a requirement's credential was clicked or activated).
    void credentialActivated(const QString &credentialId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    QWidget *setupListPanel();
    QWidget *setupDetail();
    QWidget *setupHeader();
    QWidget *setupMissingPanel();
    void rebuildAddMenu();
    void reload();
    void showPathway(const QString &pathwayId);
    void fillMissing();
    void addPathway(const Pathways::Pathway &pathway);
    void chooseFile();
    void showMessage(const QString &text);
    void applyStatusColors();
    void openCredentialAt(const QModelIndex &index);

    Services::PathwaySource *m_source;
    QUndoStack *m_undoStack;
    Services::PathwayProgressModel *m_model;
    QList<Services::SamplePathway> m_samples;

    QAction *m_addAction = nullptr;
    QAction *m_fromFileAction = nullptr;
    QAction *m_removeAction = nullptr;
    QMenu *m_addMenu = nullptr;
    QLabel *m_listTitle = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_list = nullptr;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    EmptyState *m_loading = nullptr;
    QWidget *m_detail = nullptr;
    ProgressRing *m_ring = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_institution = nullptr;
    QLabel *m_creditsValue = nullptr;
    QLabel *m_creditsCaption = nullptr;
    QLabel *m_countedValue = nullptr;
    QLabel *m_countedCaption = nullptr;
    QLabel *m_toGoValue = nullptr;
    QLabel *m_toGoCaption = nullptr;
    QWidget *m_wouldCountBanner = nullptr;
    QLabel *m_wouldCountNote = nullptr;
    QLabel *m_treeTitle = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_missingTitle = nullptr;
    QListWidget *m_missing = nullptr;
    QString m_current;
};

} // namespace Credfolio::Ui
