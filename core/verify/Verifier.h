// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/credentials/Credential.h"
#include "core/verify/VerificationReport.h"

#include <QByteArrayView>

#include <memory>

namespace Credfolio::Net {
class DocumentSource;
}
namespace Credfolio::Did {
class Resolver;
}

namespace Credfolio::Verify {

class IssuerRegistrySet;

/// What a Verifier works with. Nothing here is owned; everything must outlive the Verifier.
struct VerifierOptions {
    /// Where DID documents, issuer profiles, keys, hosted assertions and status lists come from (the app's
    /// Net::Fetcher, with its cache, bundles and offline mode). nullptr: nothing is fetched; did:key and
    /// did:jwk still resolve.
    const Net::DocumentSource *documents = nullptr;
    /// "Now" for validity periods; nullptr: the system clock.
    const Clock *clock = nullptr;
    /// The registries and trusted issuers the learner chose; nullptr: none (the trust check then warns).
    const IssuerRegistrySet *registries = nullptr;
};

/// The verification pipeline (docs/standards.md §0): format, proof, issuer-key, [embedded], validity, status,
/// issuer-trust, each a Check in the report. After a failure in format, proof or issuer-key the later checks are
/// reported as skipped, so the learner still sees the whole list. A revoked or expired credential is reported as
/// such, never as a bad signature; "could not be checked" is a warning, never "revoked".
///
/// Threads: verify() is const and blocking (it may fetch through `documents`); one Verifier may be used from
/// many worker threads at once. Never call it on the GUI thread when `documents` is a Net::Fetcher.
class Verifier {
public:
    explicit Verifier(VerifierOptions options = {});
    ~Verifier();
    Verifier(const Verifier &) = delete;
    Verifier &operator=(const Verifier &) = delete;

    /// Verifies a credential that was read already (the format check then only reports what was read).
    VerificationReport verify(const Credentials::Credential &credential) const;

    /// Reads `bytes` (detect + reader, linked documents through `documents`) and verifies the result. A file
    /// that cannot be read gives a report whose format check fails with the reader's reason.
    VerificationReport verifyBytes(QByteArrayView bytes) const;

private:
    VerificationReport verifyAt(const Credentials::Credential &credential, const QDateTime &now, int depth) const;

    VerifierOptions m_options;
    std::unique_ptr<Did::Resolver> m_resolver;
    SystemClock m_systemClock;
};

} // namespace Credfolio::Verify
