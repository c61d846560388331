// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codec/Limits.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Credfolio::Verify {

/// How `encodedList` is written.
enum class StatusListFormat {
    Bitstring,      ///< BitstringStatusList: "u" + base64url(GZIP(bits)); at least 131,072 bits
    StatusList2021, ///< StatusList2021: base64 or base64url of GZIP(bits), no multibase prefix, padding optional
};

/// A decoded status list: a string of bits, entry 0 being the most significant bit of byte 0.
/// A plain value; const members are thread-safe.
class StatusList {
public:
    /// Fewest bits a BitstringStatusList may have (16 KiB).
    static constexpr qint64 kMinBitstringBits = 131072;

    /// Decodes `encodedList`, inflating at most `maxBytes` bytes. Errors: verify.status-list-encoding (a
    /// Bitstring list without the "u" prefix, bad base64), verify.status-list-compression (not GZIP,
    /// corrupt, or larger than `maxBytes`), verify.status-list-too-short (a Bitstring list under
    /// kMinBitstringBits bits, an empty list). Pure, thread-safe.
    static Result<StatusList> decode(QByteArrayView encodedList, StatusListFormat format,
                                     qsizetype maxBytes = Codec::Limits::kMaxStatusListBytes);

    /// Wraps raw bits (no decoding).
    static StatusList fromBits(const QByteArray &bits);

    /// The status value of entry `index`: the `statusSize` bits starting at bit index × statusSize, read
    /// most significant first. Errors: verify.status-index-out-of-range (past the end, or statusSize not 1..32).
    Result<quint32> value(quint64 index, int statusSize = 1) const;

    qint64 bitCount() const { return qint64(m_bits.size()) * 8; }
    const QByteArray &bits() const { return m_bits; }

private:
    QByteArray m_bits;
};

} // namespace Credfolio::Verify
