// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"
#include "core/pathways/ImportResult.h"

namespace Credfolio::Pathways {

/// Pathways inferred from a CLR 2.0 credential's associations (Credential::associations, ::achievements and
/// the achievements of ::embedded).
///
/// isChildOf / isParentOf / isPartOf build a hierarchy; every top achievement becomes a pathway (id and
/// awardedBy: its achievement id) whose requirement is `allOf` its parts, marked inferred, or `minCredits`
/// of the achievement's creditsAvailable when it has one. An inner achievement with parts becomes an
/// embedded pathway node. Leaves match by achievement id and carry the part's creditsAvailable.
/// Other association types (precedes, exactMatchOf, replacedBy, isPeerOf, isRelatedTo) are listed in
/// ImportResult::notes. Pure; thread-safe.
ImportResult importClr(const Credentials::Credential &clr);

} // namespace Credfolio::Pathways
