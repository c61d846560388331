// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Credfolio::Verify {

/// The kinds of `credentialStatus` entries Credfolio knows.
enum class StatusEntryType {
    BitstringStatusList,     ///< BitstringStatusListEntry (W3C Bitstring Status List)
    StatusList2021,          ///< StatusList2021Entry (W3C CCG, predecessor of the above)
    OneEdTechRevocationList, ///< 1EdTechRevocationList (1EdTech VC Revocation List)
    Other,                   ///< any other type: read, but not checkable
};

/// One `credentialStatus` entry. A plain value.
struct StatusEntry {
    StatusEntryType type = StatusEntryType::Other;
    QString typeName;  ///< the `type` as written
    QString id;        ///< the entry's `id`, if any
    QString purpose;   ///< `statusPurpose` ("revocation", "suspension", "refresh", "message"); "revocation" for 1EdTech
    quint64 index = 0; ///< `statusListIndex` (status lists only)
    int statusSize = 1; ///< `statusSize` in bits, 1 unless given (status lists only)
    QString listUrl;    ///< `statusListCredential`, or the `id` of a 1EdTechRevocationList
};

/// Largest `statusSize` accepted (bits per entry).
inline constexpr int kMaxStatusSize = 32;

/// Reads one entry. `statusListIndex` may be a base-10 string of digits or a non-negative integral number
/// (at most 2^53); negatives, fractions, signs, spaces and other characters are refused. Errors
/// (verify.bad-status-entry, the reason in `detail`): not an object, no string `type`, and for the
/// status-list types a missing `statusPurpose`, `statusListCredential` or a bad index or `statusSize`
/// (an integer 1..kMaxStatusSize); for 1EdTechRevocationList a missing `id`. Pure, thread-safe.
Result<StatusEntry> readStatusEntry(const QJsonValue &entry);

/// Reads `credentialStatus` of a credential JSON object (an object or an array of them): an empty list when
/// absent. The first malformed entry is the error (its position in the detail).
Result<QList<StatusEntry>> readStatusEntries(const QJsonObject &credential);

} // namespace Credfolio::Verify
