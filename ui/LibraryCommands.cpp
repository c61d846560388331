// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LibraryCommands.h"

namespace Credfolio::Ui {

LibraryCommand::LibraryCommand(const QString &text, Step redo, Step undo, After after)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_after(std::move(after))
{
}

void LibraryCommand::redo()
{
    const Result<void> result = m_redo();
    if (m_after) {
        m_after(result);
    }
}

void LibraryCommand::undo()
{
    const Result<void> result = m_undo();
    if (m_after) {
        m_after(result);
    }
}

} // namespace Credfolio::Ui
