// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"
#include "core/verify/VerificationReport.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Credfolio::Did {
class Resolver;
}
namespace Credfolio::Net {
class DocumentSource;
}

namespace Credfolio::Verify {

/// What every proof suite is given.
struct SuiteContext {
    const Did::Resolver &resolver;
    const Net::DocumentSource *documents; ///< may be null: nothing can be fetched
    QDateTime now;                        ///< the instant checks are made against (UTC)
};

/// A time bound that the proof adds to the credential's own validity period (JWT nbf/exp, proof expires).
struct ValidityBound {
    QDateTime at;
    QString source; ///< untranslated: "JWT exp", "proof expires"...
};

/// What a suite found: the `proof` and `issuer-key` checks, and what later checks need from it.
struct ProofOutcome {
    Check proof;
    Check issuerKey;
    QDateTime documentsAsOf;                ///< oldest fetch date of a cached document relied on
    std::optional<ValidityBound> notBefore; ///< e.g. JWT nbf
    std::optional<ValidityBound> notAfter;  ///< e.g. JWT exp, proof expires
    std::optional<Check> status;            ///< a suite that already knows the status (OB 2.0 hosted 410 / revoked)
    QJsonObject ob2Issuer;                  ///< OB 2.0: the issuer profile fetched (for its revocation list)

    /// Notes the fetch date of a document relied on.
    void reliedOn(const QDateTime &fetchedAt, bool fromCache)
    {
        if (fromCache && fetchedAt.isValid() && (!documentsAsOf.isValid() || fetchedAt < documentsAsOf))
            documentsAsOf = fetchedAt;
    }
};

} // namespace Credfolio::Verify
