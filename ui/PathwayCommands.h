// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Pathway.h"

#include <QUndoCommand>

namespace Credfolio::Services {
class PathwaySource;
}

namespace Credfolio::Ui {

/// Adds a pathway to the learner's list; undo removes it again.
class AddPathwayCommand : public QUndoCommand {
public:
    AddPathwayCommand(Services::PathwaySource *source, Pathways::Pathway pathway, int position = -1);
    void redo() override;
    void undo() override;

private:
    Services::PathwaySource *m_source;
    Pathways::Pathway m_pathway;
    int m_position;
};

/// Removes a pathway from the learner's list; undo puts it back where it was.
class RemovePathwayCommand : public QUndoCommand {
public:
    RemovePathwayCommand(Services::PathwaySource *source, Pathways::Pathway pathway, int position);
    void redo() override;
    void undo() override;

private:
    Services::PathwaySource *m_source;
    Pathways::Pathway m_pathway;
    int m_position;
};

} // namespace Credfolio::Ui
