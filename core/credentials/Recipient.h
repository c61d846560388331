// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"

namespace Credfolio::Credentials {

/// Whether `identity` (an OB 2.0 recipient or an OB 3.0 IdentityObject) names `value`, typically the learner's
/// e-mail address, so that the learner can confirm "this is me".
///
/// Hashed identities are `sha256$<hex>` or `md5$<hex>` of value + salt (OB 2.0 §IdentityHash, OB 3.0
/// IdentityObject); the algorithm name and the hex digits are compared case-insensitively. Neither
/// specification fixes the case of the hashed address and issuers differ, so the value is tried as given
/// (without surrounding spaces) and, for e-mail identities, also in lower case (domain names are
/// case-insensitive, and mail providers treat local parts so). Plain (unhashed) e-mail identities compare
/// case-insensitively, other plain identities exactly. An unknown hash algorithm never matches. Pure;
/// thread-safe.
bool identityMatches(const Identity &identity, const QString &value);

/// True when any identity of the subject matches `value` (see identityMatches), or the subject id equals it.
bool subjectMatches(const Subject &subject, const QString &value);

} // namespace Credfolio::Credentials
