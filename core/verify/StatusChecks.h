// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/verify: the wording of the `status` check, shared by every kind of revocation list.
#pragma once

#include "core/common/Result.h"
#include "core/net/RemoteDocument.h"
#include "core/verify/VerificationReport.h"

#include <QDateTime>
#include <QStringList>

namespace Credfolio::Net {
class DocumentSource;
}

namespace Credfolio::Verify {

/// What one status entry (or revocation list) said about the credential.
struct EntryOutcome {
    enum Kind {
        NotSet,    ///< the list was read and the credential is not in it
        Set,       ///< the list marks the credential (revoked or suspended, by `purpose`)
        Ignored,   ///< a purpose that says nothing about validity (refresh, message)
        Unchecked, ///< could not be checked: `code` says why
    };
    Kind kind = Unchecked;
    QString purpose; ///< "revocation" or "suspension" (NotSet, Set)
    QString detail;  ///< technical line (untranslated)
    QString code;    ///< Unchecked only
    QString reason;  ///< Set only: the issuer's revocationReason, if any
};

} // namespace Credfolio::Verify

namespace Credfolio::Verify::StatusChecks {

/// Warn "Revocation status could not be checked." with code and detail.
Check unchecked(const QString &code, const QString &detail);
/// Fail verify.revoked; `reason` (the issuer's revocationReason) is shown to the learner when present.
Check revoked(const QString &reason, const QString &detail);
/// Fail verify.suspended.
Check suspended(const QString &detail);
/// Pass "Has not been revoked." (or "... suspended." as checked).
Check passed(bool revocationChecked, bool suspensionChecked, const QString &detail);
/// Skip "This credential has no revocation list to check."
Check nothingToCheck(const QString &detail = {});

/// Fetches a list document. `documents` may be null (verify.status-unavailable). Fetch errors become
/// verify.status-unavailable with the fetcher's code and reason in the detail.
Result<Net::RemoteDocument> fetchList(const Net::DocumentSource *documents, const QString &url,
                                      const QStringList &contentTypes);

/// Keeps the older of `oldest` and the fetch date of a cached `document`.
void noteAsOf(QDateTime &oldest, const Net::RemoteDocument &document);
/// "; as of 2026-11-28T15:06:53Z" for a cached document, else empty.
QString asOfSuffix(const Net::RemoteDocument &document);

} // namespace Credfolio::Verify::StatusChecks
