// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

/// Multibase (prefix character + encoded bytes), limited to the two bases credentials use.
/// All functions are pure and thread-safe.
namespace Credfolio::Codec {

enum class Multibase {
    Base58Btc, ///< prefix 'z'
    Base64Url, ///< prefix 'u' (no padding)
};

/// The prefix character followed by the encoding of `bytes`.
QByteArray multibaseEncode(Multibase base, QByteArrayView bytes);

/// Decodes a 'z' (base58btc) or 'u' (strict base64url) multibase text. An empty text or an unknown prefix is
/// refused with `codec.bad-multibase` (the message names the prefix); a bad body also gives
/// `codec.bad-multibase`, with the underlying base's message in the detail.
Result<QByteArray> multibaseDecode(QByteArrayView text);

} // namespace Credfolio::Codec
