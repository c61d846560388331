// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Multicodec.h"

#include <QCoreApplication>

namespace Credfolio::Codec {

namespace {
// The multiformats unsigned-varint specification caps varints at 9 bytes (63 bits).
constexpr int kMaxVarintBytes = 9;
} // namespace

QByteArray multicodecEncode(quint64 code, QByteArrayView payload)
{
    QByteArray out;
    out.reserve(kMaxVarintBytes + payload.size());
    do {
        quint8 byte = code & 0x7f;
        code >>= 7;
        if (code != 0) {
            byte |= 0x80;
        }
        out.append(static_cast<char>(byte));
    } while (code != 0);
    out.append(payload);
    return out;
}

Result<MulticodecValue> multicodecDecode(QByteArrayView bytes)
{
    const QString code = QStringLiteral("codec.bad-multicodec");
    MulticodecValue value;
    int shift = 0;
    qsizetype i = 0;
    for (;; ++i) {
        if (i >= bytes.size()) {
            return makeError(code, QCoreApplication::translate("Credfolio::Codec", "Truncated multicodec prefix"),
                             QStringLiteral("%1 bytes").arg(bytes.size()));
        }
        if (i >= kMaxVarintBytes) {
            return makeError(code, QCoreApplication::translate("Credfolio::Codec", "Multicodec prefix is too long"));
        }
        const auto byte = static_cast<quint8>(bytes[i]);
        value.code |= static_cast<quint64>(byte & 0x7f) << shift;
        shift += 7;
        if ((byte & 0x80) == 0) {
            if (byte == 0 && i > 0) {
                return makeError(
                    code, QCoreApplication::translate("Credfolio::Codec", "Multicodec prefix is not minimally encoded"),
                    QStringLiteral("offset %1").arg(i));
            }
            break;
        }
    }
    value.payload = bytes.sliced(i + 1).toByteArray();
    return value;
}

} // namespace Credfolio::Codec
