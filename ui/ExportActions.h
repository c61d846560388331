// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace Credfolio::Services {
class PathwaySource;
class Workspace;
} // namespace Credfolio::Services

namespace Credfolio::Ui {

class ExportDialog;
struct ExportStart;

/// The export actions of the main window: File ▸ Export Portfolio… (Ctrl+E), Export Selected… (Ctrl+Shift+E)
/// and Export This Pathway…; each opens the Export dialog (one at a time) set up for it.
class ExportActions : public QObject {
    Q_OBJECT

public:
    /// Where the actions find the library's selection and the pathway shown (either may return nothing).
    using Selection = std::function<QList<qint64>()>;
    using CurrentPathway = std::function<QString()>;

    /// Nothing is owned; all must outlive the actions. `window` parents the dialog.
    ExportActions(Services::Workspace &workspace, Services::PathwaySource *pathways, Selection selection,
                  CurrentPathway currentPathway, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *exportSelectedAction() const { return m_exportSelected; }
    QAction *exportPathwayAction() const { return m_exportPathway; }
    /// The dialog open now, if any.
    ExportDialog *dialog() const;

    /// Enables "Export Selected…" and "Export This Pathway…" for what is selected and shown now.
    void updateActions();
    void retranslate();

private:
    void open(const ExportStart &start);

    Services::Workspace &m_workspace;
    Services::PathwaySource *m_pathways;
    Selection m_selection;
    CurrentPathway m_currentPathway;
    QWidget *m_window;
    QAction *m_export = nullptr;
    QAction *m_exportSelected = nullptr;
    QAction *m_exportPathway = nullptr;
    QPointer<ExportDialog> m_dialog;
};

} // namespace Credfolio::Ui
