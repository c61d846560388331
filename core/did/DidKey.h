// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/did/ControllerDocument.h"

namespace Credfolio::Did {

/// The document of a did:key DID (did:key method v0.9 §3.1.1), computed: one `Multikey` method
/// "<did>#<multibase key>" controlled by the DID, listed under assertionMethod, authentication,
/// capabilityInvocation and capabilityDelegation. `specificId` is the part after "did:key:".
/// Ed25519 (z6Mk), P-256 (zDn) and P-384 (z82) keys; other multicodec keys (secp256k1, BLS12-381, X25519,
/// RSA, P-521) give did.unsupported-key, a key that is not base58btc multibase/multicodec did.bad-did, and key
/// bytes of the right type that do not decode did.bad-key.
Result<ControllerDocument> didKeyDocument(const QString &did, const QString &specificId);

} // namespace Credfolio::Did
