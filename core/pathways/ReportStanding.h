// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Evaluation.h"
#include "core/verify/VerificationReport.h"

namespace Credfolio::Pathways {

/// The standing a verification report gives a credential: valid, or why not. Expired and revoked are told apart
/// from "invalid" (a broken signature, a key that is not the issuer's); a report without checks (never verified)
/// is Unknown, and so is one whose issuer key could not be obtained (see VerificationReport::couldNotBeChecked).
Standing standingOf(const Verify::VerificationReport &report);

} // namespace Credfolio::Pathways
