// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QUndoCommand>

#include <functional>

namespace Credfolio::Ui {

/// An undoable change to the library (move to trash, add or remove a tag, add to a collection): two library
/// calls and what to do after either (refresh the views). A failing call is reported through `failed`.
class LibraryCommand : public QUndoCommand {
public:
    using Step = std::function<Result<void>()>;
    using After = std::function<void(const Result<void> &)>;

    LibraryCommand(const QString &text, Step redo, Step undo, After after);

    void redo() override;
    void undo() override;

private:
    Step m_redo;
    Step m_undo;
    After m_after;
};

} // namespace Credfolio::Ui
