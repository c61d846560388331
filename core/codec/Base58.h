// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

/// Base58btc (the Bitcoin alphabet) as used by multibase 'z', did:key and Data Integrity proofValue.
/// All functions are pure and thread-safe.
namespace Credfolio::Codec {

/// The base58btc encoding of `bytes`; every leading zero byte becomes a leading '1'. Quadratic in the length:
/// meant for keys and signatures (tens of bytes).
QByteArray base58btcEncode(QByteArrayView bytes);

/// Decodes base58btc; every leading '1' becomes a leading zero byte. Refuses characters outside the alphabet
/// (including whitespace), and texts longer than Limits::kMaxBase58Text characters (the algorithm is
/// quadratic). Error code `codec.bad-base58`. The empty text decodes to the empty byte string.
Result<QByteArray> base58btcDecode(QByteArrayView text);

} // namespace Credfolio::Codec
