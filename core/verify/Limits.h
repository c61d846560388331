// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Resource limits of core/verify, in one place.
namespace Credfolio::Verify::Limits {

/// Most Data Integrity proofs checked on one credential. Each costs a full canonicalization and perhaps a key
/// fetch; real credentials carry one or two (the longest proof chain among the spec's test vectors has 10).
inline constexpr int kMaxProofs = 32;

} // namespace Credfolio::Verify::Limits
