// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QUrl>

namespace Credfolio::Did {

/// The URL of a did:web DID's document (did:web method §3.2):
///   did:web:example.com                  -> https://example.com/.well-known/did.json
///   did:web:example.com:user:alice       -> https://example.com/user/alice/did.json
///   did:web:example.com%3A3000:user:alice -> https://example.com:3000/user/alice/did.json
/// The host must be a DNS name (no IP addresses, IPv6 included), the only percent-encoding allowed in it is the
/// "%3A" before a port; path segments are percent-decoded and may not be empty, "." or "..", or contain "/".
/// Errors: did.bad-did (also for DIDs of other methods).
Result<QUrl> didWebUrl(const QString &did);

} // namespace Credfolio::Did
