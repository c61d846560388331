// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ExportActions.h"

#include "ui/ExportDialog.h"

#include <QAction>
#include <QIcon>

namespace Credfolio::Ui {

ExportActions::ExportActions(Services::Workspace &workspace, Services::PathwaySource *pathways, Selection selection,
                             CurrentPathway currentPathway, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_pathways(pathways)
    , m_selection(std::move(selection))
    , m_currentPathway(std::move(currentPathway))
    , m_window(window)
{
    m_export = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this] { open(ExportStart{m_selection(), false, {}}); });
    m_exportSelected = new QAction(this);
    m_exportSelected->setObjectName(QStringLiteral("exportSelectedAction"));
    m_exportSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportSelected, &QAction::triggered, this, [this] { open(ExportStart{m_selection(), true, {}}); });
    m_exportPathway = new QAction(this);
    m_exportPathway->setObjectName(QStringLiteral("exportPathwayAction"));
    connect(m_exportPathway, &QAction::triggered, this, [this] {
        open(ExportStart{m_selection(), false, m_currentPathway()});
    });
    retranslate();
}

ExportDialog *ExportActions::dialog() const
{
    return m_dialog;
}

void ExportActions::updateActions()
{
    m_exportSelected->setEnabled(!m_selection().isEmpty());
    m_exportPathway->setEnabled(!m_currentPathway().isEmpty());
}

void ExportActions::retranslate()
{
    m_export->setText(tr("&Export Portfolio…"));
    m_export->setToolTip(tr("Export your credentials as a PDF portfolio, a web page, JSON Resume or a signed package"));
    m_exportSelected->setText(tr("Export Se&lected…"));
    m_exportPathway->setText(tr("Export This &Pathway…"));
}

void ExportActions::open(const ExportStart &start)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ExportDialog(m_workspace, m_pathways, start, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

} // namespace Credfolio::Ui
