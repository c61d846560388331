// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/did/ControllerDocument.h"

namespace Credfolio::Did {

/// The document of a did:jwk DID (quartzjer/did-jwk spec.md "Read"), computed: `specificId` is the base64url of
/// a public JWK; the one method "<did>#0" of type JsonWebKey2020 holds that JWK as is. Signing keys are listed
/// under assertionMethod, authentication, capabilityInvocation and capabilityDelegation, and also under
/// keyAgreement when the JWK has no `use`.
/// Errors: did.bad-did (not base64url of a JSON object), did.bad-key (private members, undecodable key),
/// did.unsupported-key (`use: "enc"` key-agreement keys such as X25519, key types crypto/ does not verify with).
Result<ControllerDocument> didJwkDocument(const QString &did, const QString &specificId);

} // namespace Credfolio::Did
