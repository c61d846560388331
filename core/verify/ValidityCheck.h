// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/verify/ProofOutcome.h"

namespace Credfolio::Verify {

/// The `validity` check: validFrom/validUntil (VC 2.0), issuanceDate/expirationDate (VC 1.1), OB 2.0
/// issuedOn/expires (all read into Credential::validFrom/validUntil), narrowed by what the proof adds (JWT
/// nbf/exp, proof expires), against `now`. Not yet valid and expired fail, each saying so; an expired
/// credential keeps its valid signature (that is the proof check's business).
Check checkValidity(const Credentials::Credential &credential, const ProofOutcome &proof, const QDateTime &now);

} // namespace Credfolio::Verify
