// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

/// Base64url (RFC 4648 §5) as used by JOSE and multibase 'u', plus a lenient base64 reader for status lists.
/// All functions are pure and thread-safe.
namespace Credfolio::Codec {

/// The base64url encoding of `bytes`, without '=' padding.
QByteArray base64UrlEncode(QByteArrayView bytes);

/// Decodes strict base64url: only the URL alphabet (A-Z a-z 0-9 - _), no '=' padding, no whitespace, a length
/// whose remainder modulo 4 is not 1, and zero unused bits in the last character (so that every byte string
/// has exactly one accepted text). Error code `codec.bad-base64url`; the detail names the offset.
Result<QByteArray> base64UrlDecode(QByteArrayView text);

/// Decodes base64 as found in StatusList2021 / BitstringStatusList `encodedList`: the standard ('+' '/') or
/// the URL ('-' '_') alphabet, with or without '=' padding (padding only at the end, at most two). Any other
/// character, including whitespace, is refused with `codec.bad-base64url`. Unused trailing bits are ignored.
Result<QByteArray> base64DecodeLenient(QByteArrayView text);

} // namespace Credfolio::Codec
