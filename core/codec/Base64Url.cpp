// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Base64Url.h"

#include <QCoreApplication>

#include <array>

namespace Credfolio::Codec {

namespace {

constexpr char kUrlAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

enum class Alphabet { Url, Any };

// -1 for bytes outside the alphabet.
constexpr std::array<int, 256> decodeTable(Alphabet alphabet)
{
    std::array<int, 256> table{};
    for (int &entry : table) {
        entry = -1;
    }
    for (int i = 0; i < 64; ++i) {
        table[static_cast<unsigned char>(kUrlAlphabet[i])] = i;
    }
    if (alphabet == Alphabet::Any) {
        table['+'] = 62;
        table['/'] = 63;
    }
    return table;
}

constexpr std::array<int, 256> kUrlTable = decodeTable(Alphabet::Url);
constexpr std::array<int, 256> kAnyTable = decodeTable(Alphabet::Any);

Error badBase64(const QString &message, qsizetype offset)
{
    return makeError(QStringLiteral("codec.bad-base64url"), message, QStringLiteral("offset %1").arg(offset));
}

QString describeByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x21 && byte < 0x7f) {
        return QStringLiteral("'%1'").arg(QChar(byte));
    }
    return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

// Decodes `text` (no padding) with `table`; the caller has checked the length.
Result<QByteArray> decodeBody(QByteArrayView text, const std::array<int, 256> &table, bool strictTail)
{
    QByteArray out(text.size() * 3 / 4, Qt::Uninitialized);
    char *write = out.data();
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int value = table[static_cast<unsigned char>(text[i])];
        if (value < 0) {
            return badBase64(QCoreApplication::translate("Credfolio::Codec", "Invalid base64 character %1")
                                 .arg(describeByte(text[i])),
                             i);
        }
        accumulator = (accumulator << 6) | static_cast<quint32>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *write++ = static_cast<char>((accumulator >> bits) & 0xff);
        }
    }
    if (strictTail && bits > 0 && (accumulator & ((1u << bits) - 1)) != 0) {
        return badBase64(
            QCoreApplication::translate("Credfolio::Codec", "Base64url text has non-zero unused trailing bits"),
            text.size() - 1);
    }
    Q_ASSERT(write == out.data() + out.size());
    return out;
}

} // namespace

QByteArray base64UrlEncode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    qsizetype i = 0;
    const auto byteAt = [&](qsizetype index) {
        return static_cast<quint32>(static_cast<unsigned char>(bytes[index]));
    };
    for (; i + 3 <= bytes.size(); i += 3) {
        const quint32 group = (byteAt(i) << 16) | (byteAt(i + 1) << 8) | byteAt(i + 2);
        out.append(kUrlAlphabet[(group >> 18) & 63]);
        out.append(kUrlAlphabet[(group >> 12) & 63]);
        out.append(kUrlAlphabet[(group >> 6) & 63]);
        out.append(kUrlAlphabet[group & 63]);
    }
    const qsizetype rest = bytes.size() - i;
    if (rest == 1) {
        const quint32 group = byteAt(i) << 16;
        out.append(kUrlAlphabet[(group >> 18) & 63]);
        out.append(kUrlAlphabet[(group >> 12) & 63]);
    } else if (rest == 2) {
        const quint32 group = (byteAt(i) << 16) | (byteAt(i + 1) << 8);
        out.append(kUrlAlphabet[(group >> 18) & 63]);
        out.append(kUrlAlphabet[(group >> 12) & 63]);
        out.append(kUrlAlphabet[(group >> 6) & 63]);
    }
    return out;
}

Result<QByteArray> base64UrlDecode(QByteArrayView text)
{
    if (text.size() % 4 == 1) {
        return badBase64(
            QCoreApplication::translate("Credfolio::Codec", "Base64url text has an impossible length (%1 characters)")
                .arg(text.size()),
            text.size());
    }
    return decodeBody(text, kUrlTable, true);
}

Result<QByteArray> base64DecodeLenient(QByteArrayView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == '=' && text.size() - end < 2) {
        --end;
    }
    const qsizetype padding = text.size() - end;
    const QByteArrayView body = text.first(end);
    if (body.size() % 4 == 1 || (padding > 0 && (body.size() + padding) % 4 != 0)) {
        return badBase64(
            QCoreApplication::translate("Credfolio::Codec", "Base64 text has an impossible length (%1 characters)")
                .arg(text.size()),
            text.size());
    }
    return decodeBody(body, kAnyTable, false);
}

} // namespace Credfolio::Codec
