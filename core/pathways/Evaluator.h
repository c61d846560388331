// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pathways/Evaluation.h"
#include "core/pathways/PathwayCatalog.h"

namespace Credfolio::Pathways {

/// Computes a learner's progress through `pathway` (docs/pathways.md, "Evaluation").
///
/// Only credentials of standing Valid (and Unknown when options.countUnknown) count; the others are
/// reported on the nodes they would satisfy (NodeProgress::wouldCount). Under countOnce each credential is
/// used by at most one leaf, pool or award of a scope; leaves are assigned by a maximum matching
/// (augmenting paths) taken in a fixed priority order, so that a credential fitting two leaves goes where
/// the most requirements get met; credit pools then take what is left (and, when short, credentials from
/// leaves an nOf does not need). The result depends only on the content of the credentials, never on
/// their order in `credentials`: ties go to the earliest validFrom, then credential id, achievement id, name.
///
/// References (`ref`) are resolved through `catalog`; pathways.unresolved-reference or pathways.cycle
/// when that fails. Pure function of its inputs; thread-safe for distinct or const inputs.
Result<Evaluation> evaluate(const Pathway &pathway, const PathwayCatalog &catalog,
                            const QList<EvaluatedCredential> &credentials, const EvaluationOptions &options = {});

} // namespace Credfolio::Pathways
