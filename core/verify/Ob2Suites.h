// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/verify/ProofOutcome.h"

namespace Credfolio::Verify {

/// Open Badges 2.0 signed: the compact JWS verified with a key the issuer profile lists under `publicKey`
/// (`verification.creator` may choose one) whose CryptographicKey document names the issuer as `owner`.
/// Keeps the issuer profile in the outcome for the revocation list. Blocking (fetches profile and key).
ProofOutcome verifyOb2Signed(const Credentials::Credential &credential, const SuiteContext &context);

/// Open Badges 2.0 hosted: the assertion's `id` is fetched and the issuer's copy is the truth. It must
/// exist (404: not found), equal the copy in hand (apart from `revoked`), and lie within the issuer's scope
/// (its profile's origin, or `verification.allowedOrigins` / `startsWith`). 410 Gone or `"revoked": true`
/// give a failing status check. Blocking.
ProofOutcome verifyOb2Hosted(const Credentials::Credential &credential, const SuiteContext &context);

} // namespace Credfolio::Verify
