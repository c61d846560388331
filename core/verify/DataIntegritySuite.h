// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/verify/ProofOutcome.h"

namespace Credfolio::Verify {

/// Embedded proofs of a JSON-LD credential (`proof`, one object or a proof set): DataIntegrityProof with
/// eddsa-rdfc-2022 (and its pre-standard name eddsa-2022, with a warning) or eddsa-jcs-2022, and the legacy
/// Ed25519Signature2020. Every supported proof must verify; proofs of other types are named as unsupported
/// and a credential with only those fails "unsupported proof type". A proof with `previousProof` is checked
/// over the document plus exactly the proofs it names. Blocking (may fetch controller documents).
ProofOutcome verifyEmbeddedProofs(const QJsonObject &credential, const QString &issuerId, const SuiteContext &context);

} // namespace Credfolio::Verify
