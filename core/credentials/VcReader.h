// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/ReadContext.h"

// W3C VC 1.1/2.0 readers: OB 3.0 OpenBadgeCredential/AchievementCredential, EndorsementCredential, CLR 2.0,
// other VCs; JSON-LD and VC-JWT (internal to core/credentials).
namespace Credfolio::Credentials::Detail {

/// Fills `out` from the credential object `vc` (kind, specVersion, issuer, subject, achievement, evidence,
/// dates, images; for a CLR its embedded credentials, achievements and associations when depth is 0).
void readVc(const QJsonObject &vc, Credential &out, ReadContext &context, int depth);

/// Completes a VC-JWT from its claims where the credential leaves members out (jti -> id, iss -> issuer,
/// sub -> subject id, nbf -> validFrom, exp -> validUntil).
void applyJwtClaims(const QJsonObject &claims, Credential &out);

/// OB 3.0 Achievement (also CLR achievement[] entries).
Achievement readAchievement(const QJsonObject &object, QList<ReadWarning> &warnings);

} // namespace Credfolio::Credentials::Detail
