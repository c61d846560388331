// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Resource limits of core/credentials, in one place. A credential is a few kilobytes; these bound memory
/// and time on hostile input while leaving ample room for real ones.
namespace Credfolio::Credentials::Limits {

/// Largest credential text (JSON or compact JWS) read; also the cap on a fetched linked document.
inline constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;
/// Largest baked image file (PNG or SVG) read, matching core/codec's image limit.
inline constexpr qsizetype kMaxImageFileBytes = 64 * 1024 * 1024;
/// Largest image kept from a data: URI or a fetch (decoded bytes); bigger ones give a ReadWarning.
inline constexpr qsizetype kMaxImageDataBytes = 2 * 1024 * 1024;
/// Most credentials read out of one CLR (`verifiableCredential[]`); the rest give a ReadWarning.
inline constexpr int kMaxEmbeddedCredentials = 512;
/// Most entries kept from any list member (evidence, alignment, result, achievement, association,
/// identifier); the rest give a ReadWarning.
inline constexpr int kMaxListEntries = 1000;
/// How many containers may be unwrapped: a baked image holds a credential text, never another image;
/// a fetched URL is read once and its content is never followed as a URL again.
inline constexpr int kMaxUnwrapDepth = 1;
/// Most linked documents fetched while reading one credential (badge class, issuer, images...).
inline constexpr int kMaxLinkedFetches = 8;
/// Longest text accepted as a bare URL import.
inline constexpr qsizetype kMaxUrlLength = 4096;

} // namespace Credfolio::Credentials::Limits
