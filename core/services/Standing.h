// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Evaluation.h"
#include "core/verify/VerificationReport.h"

namespace Credfolio::Services {

/// The one-word state shown beside a credential and used by pathways: valid, or why not. Expired and revoked
/// are told apart from "invalid" (a broken signature or a key that is not the issuer's); a report without
/// checks (never verified) is Unknown.
Pathways::Standing standingOf(const Verify::VerificationReport &report);

} // namespace Credfolio::Services
