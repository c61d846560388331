// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/ReadContext.h"

// CLR 2.0 ClrSubject: embedded credentials, achievements, associations (internal to core/credentials).
namespace Credfolio::Credentials::Detail {

/// Reads `verifiableCredential[]` (objects with their own proofs, or compact JWS strings) into
/// `out.embedded`, `achievement[]` into `out.achievements` and `association[]` into `out.associations`.
/// At depth > 0 (a CLR inside a CLR) the embedded credentials are not read again (a warning says so).
void readClrSubject(const QJsonObject &subject, Credential &out, ReadContext &context, int depth);

} // namespace Credfolio::Credentials::Detail
