// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/credentials/Credential.h"
#include "core/pathways/Evaluation.h"
#include "core/portfolio/Package.h"

#include <optional>

namespace Credfolio::Net {
class DocumentSource;
}
namespace Credfolio::Verify {
class IssuerRegistrySet;
}

namespace Credfolio::Portfolio {

/// One packaged credential as the advisor sees it: verified against the package's own documents as of the day
/// it was sent, and (when the advisor is online) against the issuers' documents today.
struct ReviewedCredential {
    QString name;
    QString note;                                      ///< the learner's note for the reviewer
    std::optional<Credentials::Credential> credential; ///< empty when its bytes cannot be read
    Verify::VerificationReport asSent;                 ///< checked as of the package's date, with its documents only
    std::optional<Verify::VerificationReport> today;   ///< checked now through `live` (absent offline)
};

/// The whole review: the package's signature, every credential twice, and the learner's pathways evaluated by the
/// advisor's own evaluator.
struct Review {
    OpenedPackage package;
    QList<ReviewedCredential> credentials;
    QList<Pathways::Evaluation> pathways; ///< over today's standings when known, else as sent
    QStringList pathwayProblems;          ///< pathway documents that could not be read or evaluated
};

/// Re-verifies everything in `package`. `live` is the advisor's fetcher (nullptr: no "today" column);
/// `clock` gives "today" (nullptr: the system clock); `registries` the advisor's trust. Blocking; call it from a
/// worker thread when `live` is a Net::Fetcher.
Review reviewPackage(const OpenedPackage &package, const Net::DocumentSource *live, const Clock *clock,
                     const Verify::IssuerRegistrySet *registries);

} // namespace Credfolio::Portfolio
