// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QSplitter;
class QUndoStack;

namespace Credfolio::Services {
class ImportController;
class PathwaySource;
class Workspace;
} // namespace Credfolio::Services

namespace Credfolio::Ui {

class CredentialDetailView;
class LibraryPage;

/// The Library area: the learner's credentials (grid or list) beside the detail of the one selected, with its
/// check list, note and tags. Edits go to the library at once; "Verify again" runs through the import controller.
class LibraryArea : public QWidget {
    Q_OBJECT

public:
    /// Nothing is owned; all must outlive the area. `pathways` may be null (no "counts toward" list).
    LibraryArea(Services::Workspace &workspace, Services::PathwaySource *pathways,
                Services::ImportController &controller, QUndoStack *undoStack, QAction *importAction,
                QWidget *parent = nullptr);

    LibraryPage *page() const { return m_page; }
    CredentialDetailView *detail() const { return m_detail; }
    /// The credential whose detail is shown, or 0.
    qint64 currentCredential() const { return m_current; }

public slots:
    /// Shows the detail of this stored credential (hides the detail for 0).
    void showCredential(qint64 id);
    /// Shows the stored credential with this credential id (as pathways name it), if there is one.
    void showCredentialById(const QString &credentialId);
    /// Re-reads the list and the detail shown (after an import or a re-verification).
    void refresh();

signals:
    void pathwayActivated(const QString &pathwayName);

private:
    void reloadDetail();

    Services::Workspace &m_workspace;
    Services::PathwaySource *m_pathways;
    Services::ImportController &m_controller;
    QSplitter *m_splitter = nullptr;
    LibraryPage *m_page = nullptr;
    CredentialDetailView *m_detail = nullptr;
    qint64 m_current = 0;
};

} // namespace Credfolio::Ui
