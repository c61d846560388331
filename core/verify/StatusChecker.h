// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"
#include "core/verify/VerificationReport.h"

#include <QDateTime>

#include <functional>

namespace Credfolio::Net {
class DocumentSource;
}

namespace Credfolio::Verify {

/// Verifies a fetched status list credential (proof, issuer key, validity): the pipeline's own verifier,
/// handed in so that this module does not depend on it. Called on the caller's thread.
using ListCredentialVerifier = std::function<VerificationReport(const Credentials::Credential &)>;

/// The `status` check and the date of the documents it relied on.
struct StatusOutcome {
    Check check;
    QDateTime documentsAsOf; ///< oldest fetch date of a cached (or bundled) list used; invalid when none
};

/// The `status` check (CheckId::Status) of a credential, from its `credentialStatus`:
/// - BitstringStatusListEntry / StatusList2021Entry: fetches the list credential, reads it, has `verifyList`
///   verify it (it must be valid, of type BitstringStatusListCredential / StatusList2021Credential, from the
///   credential's issuer, with the entry's statusPurpose), then reads the entry's bit(s);
/// - 1EdTechRevocationList: fetches the list (JSON) on the issuer's host and looks for the credential's id.
/// Fail (verify.revoked, verify.suspended) only when a list says so; anything that prevents checking is a
/// Warn ("could not be checked": verify.status-unavailable, verify.status-list-invalid,
/// verify.status-unsupported, verify.bad-status-entry); Skip without credentialStatus (or when only
/// refresh/message entries are present); else Pass. `documents` may be null (nothing can be fetched).
/// Blocking (fetches): call from a worker thread. Thread-safe.
StatusOutcome checkStatus(const Credentials::Credential &credential, const Net::DocumentSource *documents,
                          const ListCredentialVerifier &verifyList);

} // namespace Credfolio::Verify
