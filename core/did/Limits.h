// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Bounds on untrusted DID input.
namespace Credfolio::Did::Limits {

/// A fetched controller document larger than this is refused (by the DocumentSource: net.too-large).
inline constexpr qint64 kMaxDocumentBytes = 1024 * 1024;
/// JSON nesting allowed in a controller document.
inline constexpr int kMaxDocumentDepth = 32;
/// Verification methods (defined or embedded) one document may hold.
inline constexpr int kMaxMethods = 64;
/// Entries of one verification relationship.
inline constexpr int kMaxRelationshipEntries = 256;
/// A DID or DID URL longer than this is refused; did:jwk and RSA keys make long DIDs, nothing needs more.
inline constexpr qsizetype kMaxDidLength = 8192;

} // namespace Credfolio::Did::Limits
