// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/ReadContext.h"

// Open Badges 2.0 (and 1.x, 0.5) assertion reader (internal to core/credentials).
namespace Credfolio::Credentials::Detail {

/// Fills `out` from an assertion object: recipient identity, BadgeClass (embedded, or fetched by URL when
/// the context may fetch), issuer profile (same), dates, evidence, image.
void readOb2Assertion(const QJsonObject &assertion, Credential &out, ReadContext &context);

} // namespace Credfolio::Credentials::Detail
