// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

/// Multicodec: an unsigned LEB128 varint code followed by the payload (did:key, Multikey).
/// All functions are pure and thread-safe.
namespace Credfolio::Codec {

namespace Multicodec {
inline constexpr quint64 Ed25519Public = 0xed;
inline constexpr quint64 P256Public = 0x1200;
inline constexpr quint64 P384Public = 0x1201;
inline constexpr quint64 Ed25519Private = 0x1300;
} // namespace Multicodec

/// A decoded multicodec value: the code and the bytes after the varint.
struct MulticodecValue {
    quint64 code = 0;
    QByteArray payload;
};

/// The unsigned LEB128 varint of `code` followed by `payload`.
QByteArray multicodecEncode(quint64 code, QByteArrayView payload);

/// Splits `bytes` into code and payload. Refuses an empty input, a truncated varint (last byte has the
/// continuation bit), an overlong (non-minimal) varint and one longer than 9 bytes (the multiformats
/// unsigned-varint limit), with `codec.bad-multicodec`.
Result<MulticodecValue> multicodecDecode(QByteArrayView bytes);

} // namespace Credfolio::Codec
