// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Base58.h"

#include "core/codec/Limits.h"

#include <QCoreApplication>

#include <array>
#include <vector>

namespace Credfolio::Codec {

namespace {

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

constexpr std::array<int, 256> makeDecodeTable()
{
    std::array<int, 256> table{};
    for (int &entry : table) {
        entry = -1;
    }
    for (int i = 0; i < 58; ++i) {
        table[static_cast<unsigned char>(kAlphabet[i])] = i;
    }
    return table;
}

constexpr std::array<int, 256> kDecodeTable = makeDecodeTable();

Error badBase58(const QString &message, const QString &detail = {})
{
    return makeError(QStringLiteral("codec.bad-base58"), message, detail);
}

} // namespace

QByteArray base58btcEncode(QByteArrayView bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0) {
        ++zeros;
    }
    // The number in base 58^5, least significant limb first, fed up to three bytes at a time
    // (58^5 * 2^24 < 2^64).
    constexpr quint64 kLimbBase = 58ull * 58 * 58 * 58 * 58;
    std::vector<quint32> limbs;
    limbs.reserve(static_cast<size_t>((bytes.size() - zeros) * 138 / 500 + 2));
    for (qsizetype i = zeros; i < bytes.size();) {
        quint64 carry = 0;
        quint64 scale = 1;
        for (int k = 0; k < 3 && i < bytes.size(); ++k, ++i) {
            carry = (carry << 8) | static_cast<unsigned char>(bytes[i]);
            scale <<= 8;
        }
        for (quint32 &limb : limbs) {
            const quint64 value = limb * scale + carry;
            limb = static_cast<quint32>(value % kLimbBase);
            carry = value / kLimbBase;
        }
        while (carry > 0) {
            limbs.push_back(static_cast<quint32>(carry % kLimbBase));
            carry /= kLimbBase;
        }
    }
    QByteArray out(zeros, '1');
    out.reserve(zeros + static_cast<qsizetype>(limbs.size()) * 5);
    for (auto it = limbs.rbegin(); it != limbs.rend(); ++it) {
        char digits[5];
        quint32 limb = *it;
        for (int d = 4; d >= 0; --d) {
            digits[d] = kAlphabet[limb % 58];
            limb /= 58;
        }
        int first = 0;
        if (it == limbs.rbegin()) { // no leading zero digits in the most significant limb
            while (first < 4 && digits[first] == '1') {
                ++first;
            }
        }
        out.append(digits + first, 5 - first);
    }
    return out;
}

Result<QByteArray> base58btcDecode(QByteArrayView text)
{
    if (text.size() > Limits::kMaxBase58Text) {
        return badBase58(
            QCoreApplication::translate("Credfolio::Codec", "Base58 text is too long (%1 characters, at most %2)")
                .arg(text.size())
                .arg(Limits::kMaxBase58Text));
    }
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == '1') {
        ++ones;
    }
    // The number as 32-bit limbs, least significant first, fed five digits at a time (58^5 < 2^32).
    std::vector<quint32> limbs;
    limbs.reserve(static_cast<size_t>((text.size() - ones) * 733 / 4000 + 2));
    quint32 group = 0;
    quint32 groupScale = 1;
    const auto flush = [&] {
        quint64 carry = group;
        for (quint32 &limb : limbs) {
            const quint64 product = quint64(limb) * groupScale + carry;
            limb = static_cast<quint32>(product);
            carry = product >> 32;
        }
        if (carry != 0) {
            limbs.push_back(static_cast<quint32>(carry));
        }
        group = 0;
        groupScale = 1;
    };
    for (qsizetype i = ones; i < text.size(); ++i) {
        const int value = kDecodeTable[static_cast<unsigned char>(text[i])];
        if (value < 0) {
            const auto byte = static_cast<unsigned char>(text[i]);
            const QString shown = byte >= 0x21 && byte < 0x7f
                                      ? QStringLiteral("'%1'").arg(QChar(byte))
                                      : QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
            return badBase58(
                QCoreApplication::translate("Credfolio::Codec", "Invalid base58btc character %1").arg(shown),
                QStringLiteral("offset %1").arg(i));
        }
        group = group * 58 + static_cast<quint32>(value);
        groupScale *= 58;
        if (groupScale == 58u * 58 * 58 * 58 * 58) {
            flush();
        }
    }
    if (groupScale != 1) {
        flush();
    }
    QByteArray out(ones, '\0');
    out.reserve(ones + static_cast<qsizetype>(limbs.size()) * 4);
    bool leading = true;
    for (auto it = limbs.rbegin(); it != limbs.rend(); ++it) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            const auto byte = static_cast<char>((*it >> shift) & 0xff);
            if (leading && byte == 0) {
                continue;
            }
            leading = false;
            out.append(byte);
        }
    }
    return out;
}

} // namespace Credfolio::Codec
