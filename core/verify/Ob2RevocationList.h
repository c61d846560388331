// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/verify/StatusChecker.h"

#include <QJsonObject>
#include <QString>

namespace Credfolio::Net {
class DocumentSource;
}

namespace Credfolio::Verify {

/// The `status` check of an Open Badges 2.0 signed assertion: fetches the issuer profile's `revocationList`
/// and looks for the assertion in `revokedAssertions` (id strings, or objects {id, revocationReason}; legacy
/// lists name assertions by `uid`, matched against `assertionUid` when given).
/// Fail verify.revoked (with the reason) when listed; Pass when not; Warn (verify.status-unavailable,
/// verify.status-list-invalid) when the list cannot be fetched or read; Skip when the issuer has no
/// revocationList. `documents` may be null. Blocking (fetches): call from a worker thread. Thread-safe.
StatusOutcome checkOb2Revocation(const QJsonObject &issuerProfile, const QString &assertionId,
                                 const Net::DocumentSource *documents, const QString &assertionUid = {});

} // namespace Credfolio::Verify
