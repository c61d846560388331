// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/credentials/Credential.h"

#include <QJsonObject>

// Which credential a JSON object is, from its members (internal to core/credentials).
namespace Credfolio::Credentials {

struct JsonShape {
    bool vc = false; ///< a W3C Verifiable Credential; else an OB 2.0/1.x assertion
    Kind kind = Kind::Badge;
};

/// Classifies a credential JSON object: a VC (by `@context` or `type` VerifiableCredential), or an OB 2.0/1.x
/// Assertion. Refuses, with their own codes, a VerifiablePresentation (credentials.presentation), an OB 2.0
/// BadgeClass (credentials.badgeclass-not-assertion), an issuer profile (credentials.issuer-profile) and
/// anything else (credentials.not-a-credential).
Result<JsonShape> classifyJson(const QJsonObject &object);

/// The kind of a VC from its types.
Kind vcKind(const QStringList &types);

} // namespace Credfolio::Credentials
