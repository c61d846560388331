// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PathwayCommands.h"

#include "core/services/PathwaySource.h"

#include <QCoreApplication>

namespace Credfolio::Ui {

AddPathwayCommand::AddPathwayCommand(Services::PathwaySource *source, Pathways::Pathway pathway, int position)
    : m_source(source)
    , m_pathway(std::move(pathway))
    , m_position(position)
{
    setText(QCoreApplication::translate("Credfolio::Ui::PathwaysPage", "Add Pathway “%1”").arg(m_pathway.name));
}

void AddPathwayCommand::redo()
{
    (void)m_source->addPathway(m_pathway, m_position); // checked by the page before pushing
}

void AddPathwayCommand::undo()
{
    (void)m_source->removePathway(m_pathway.id);
}

RemovePathwayCommand::RemovePathwayCommand(Services::PathwaySource *source, Pathways::Pathway pathway, int position)
    : m_source(source)
    , m_pathway(std::move(pathway))
    , m_position(position)
{
    setText(QCoreApplication::translate("Credfolio::Ui::PathwaysPage", "Remove Pathway “%1”").arg(m_pathway.name));
}

void RemovePathwayCommand::redo()
{
    (void)m_source->removePathway(m_pathway.id);
}

void RemovePathwayCommand::undo()
{
    (void)m_source->addPathway(m_pathway, m_position);
}

} // namespace Credfolio::Ui
