// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Pathway.h"

#include <QList>

namespace Credfolio::Pathways {

/// Pathways mapped from another format, and what could not be mapped faithfully.
struct ImportResult {
    QList<Pathway> pathways;
    /// pathways.import.unmapped (dropped: a term with no counterpart in our format) or
    /// pathways.import.approximated (kept, with a guessed meaning); `path` names the source node or term.
    QList<PathwayNote> notes;
};

} // namespace Credfolio::Pathways
