// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/verify: the 1EdTechRevocationList status entry (https://www.imsglobal.org/spec/vcrl/v1p0/).
#pragma once

#include "core/credentials/Credential.h"
#include "core/verify/StatusChecks.h"

namespace Credfolio::Verify {

/// The host a list of this issuer must be served from: the host of an http(s) issuer id, the domain of a
/// did:web issuer (lower case, without port); empty for other issuers (no constraint).
QString issuerHost(const QString &issuerId);

/// Fetches the 1EdTech revocation list at `listUrl` (JSON; its host must be the issuer's, see issuerHost) and
/// looks for the credential's id in `revokedCredential` (or `revokedCredentials`): entries {id, revoked
/// (default true), revocationReason}. The list carries no signature. Notes a cached list's date in `asOf`.
EntryOutcome checkEdTechRevocationList(const QString &listUrl, const Credentials::Credential &credential,
                                       const Net::DocumentSource *documents, QDateTime &asOf);

} // namespace Credfolio::Verify
