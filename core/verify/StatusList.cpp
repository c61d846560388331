// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/StatusList.h"

#include "core/codec/Base64Url.h"
#include "core/codec/Inflate.h"

#include <QCoreApplication>

namespace Credfolio::Verify {

namespace {

Error unreadable(const QString &code, const QString &detail)
{
    return makeError(
        code, QCoreApplication::translate("Credfolio::Verify", "The issuer's status list could not be read."), detail);
}

bool looksLikeGzip(const QByteArray &bytes)
{
    return bytes.size() >= 2 && quint8(bytes.at(0)) == 0x1f && quint8(bytes.at(1)) == 0x8b;
}

Result<QByteArray> decodeText(QByteArrayView text, StatusListFormat format)
{
    if (format == StatusListFormat::Bitstring) {
        if (!text.startsWith('u')) {
            return unreadable(QStringLiteral("verify.status-list-encoding"),
                              QStringLiteral("BitstringStatusList encodedList does not start with the multibase "
                                             "prefix 'u' (base64url)"));
        }
        text = text.sliced(1);
    }
    Result<QByteArray> bytes = Codec::base64DecodeLenient(text);
    // Some StatusList2021 issuers wrote the Bitstring form ("u" + base64url): the GZIP magic tells them apart.
    if (format == StatusListFormat::StatusList2021 && text.startsWith('u') && !(bytes && looksLikeGzip(*bytes))) {
        Result<QByteArray> unprefixed = Codec::base64DecodeLenient(text.sliced(1));
        if (unprefixed && looksLikeGzip(*unprefixed)) {
            return unprefixed;
        }
    }
    if (!bytes) {
        return unreadable(QStringLiteral("verify.status-list-encoding"),
                          QStringLiteral("encodedList is not base64: ") + bytes.error().detail);
    }
    return bytes;
}

} // namespace

Result<StatusList> StatusList::decode(QByteArrayView encodedList, StatusListFormat format, qsizetype maxBytes)
{
    Result<QByteArray> compressed = decodeText(encodedList, format);
    if (!compressed) {
        return compressed.error();
    }
    Result<QByteArray> bits = Codec::inflate(*compressed, Codec::Compression::Gzip, maxBytes);
    if (!bits) {
        return unreadable(QStringLiteral("verify.status-list-compression"),
                          QStringLiteral("encodedList is not a GZIP stream of at most %1 bytes: %2 %3")
                              .arg(QString::number(maxBytes), bits.error().code, bits.error().detail));
    }
    StatusList list = fromBits(*bits);
    if (list.bitCount() == 0 || (format == StatusListFormat::Bitstring && list.bitCount() < kMinBitstringBits)) {
        return unreadable(QStringLiteral("verify.status-list-too-short"),
                          QStringLiteral("the status list has %1 bits; a BitstringStatusList needs at least %2")
                              .arg(list.bitCount())
                              .arg(kMinBitstringBits));
    }
    return list;
}

StatusList StatusList::fromBits(const QByteArray &bits)
{
    StatusList list;
    list.m_bits = bits;
    return list;
}

Result<quint32> StatusList::value(quint64 index, int statusSize) const
{
    const quint64 bitCount = quint64(m_bits.size()) * 8;
    if (statusSize < 1 || statusSize > 32 || index > bitCount / quint64(statusSize) ||
        index * quint64(statusSize) + quint64(statusSize) > bitCount) {
        return makeError(QStringLiteral("verify.status-index-out-of-range"),
                         QCoreApplication::translate("Credfolio::Verify",
                                                     "The credential's entry is not in the issuer's status list."),
                         QStringLiteral("index %1 with statusSize %2 is outside a list of %3 bits")
                             .arg(index)
                             .arg(statusSize)
                             .arg(bitCount));
    }
    const quint64 first = index * quint64(statusSize);
    quint32 result = 0;
    for (quint64 bit = first; bit < first + quint64(statusSize); ++bit) {
        const auto byte = quint8(m_bits.at(qsizetype(bit / 8)));
        result = (result << 1) | quint32((byte >> (7 - bit % 8)) & 1u);
    }
    return result;
}

} // namespace Credfolio::Verify
