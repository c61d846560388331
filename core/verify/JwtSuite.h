// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/verify/ProofOutcome.h"

namespace Credfolio::Verify {

/// A VC-JWT (VC 1.1 / OB 3.0 `vc` claim layout, or VCDM 2.0 credential-as-payload): the JOSE signature over
/// the token's bytes exactly as received, the key from `kid` (DID URL or https URL, resolved and bound to the
/// issuer), a `jwk` header only as an unconfirmed key unless the issuer *is* that key, and the registered
/// claims (`iss`, `sub`, `jti`, `nbf`, `exp`) cross-checked against the credential. Blocking.
ProofOutcome verifyJwt(const Credentials::Credential &credential, const SuiteContext &context);

} // namespace Credfolio::Verify
