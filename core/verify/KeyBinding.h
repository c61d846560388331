// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/verify/ProofOutcome.h"

namespace Credfolio::Verify {

/// The key a proof names, and whether it belongs to the issuer.
struct BoundKey {
    Crypto::PublicKey key; ///< null when no key could be obtained (then issuerKey is a Fail saying why)
    Check issuerKey;       ///< the `issuer-key` check
    QString keyText;       ///< the key as people recognise it (Multikey `z6Mk…`, or the JWK thumbprint-ish text)
};

/// CID 1.0 "retrieve verification method" for `methodUrl` (a DID URL or https URL) under assertionMethod,
/// then "controller = issuer". When the controller document cannot be obtained (offline, unreachable) but the
/// URL is `<issuer id>#<Multikey>`, the key is taken from the fragment and the check is a Warn: anyone can
/// write such a URL, so the key stays unconfirmed. Notes the documents relied on in `outcome`.
BoundKey bindVerificationMethod(const QString &methodUrl, const QString &issuerId, const SuiteContext &context,
                                ProofOutcome &outcome);

/// Issuer ids compare exactly, except that an https URL's trailing slash does not matter.
bool sameIssuer(const QString &a, const QString &b);

/// The text shown for a key: its Multikey when it has one, else the key type and size.
QString describeKey(const Crypto::PublicKey &key);

} // namespace Credfolio::Verify
