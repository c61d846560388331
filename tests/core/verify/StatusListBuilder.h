// SPDX-License-Identifier: GPL-3.0-or-later
// Builds status lists the way issuers publish them, independently of the decoder under test.
#pragma once

#include "core/codec/Base64Url.h"
#include "core/codec/Inflate.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace Credfolio::Test {

/// `bytes` bytes of zeros with the given bit positions (MSB-first: bit 0 is 0x80 of byte 0) set.
inline QByteArray bitsWithSet(qsizetype bytes, const QList<qint64> &setBits)
{
    QByteArray bits(bytes, '\0');
    for (const qint64 bit : setBits) {
        bits[qsizetype(bit / 8)] = char(quint8(bits.at(qsizetype(bit / 8))) | (0x80 >> (bit % 8)));
    }
    return bits;
}

/// BitstringStatusList encodedList: "u" + base64url(GZIP(bits)).
inline QByteArray bitstringEncoded(const QByteArray &bits)
{
    return QByteArray("u") + Codec::base64UrlEncode(Codec::gzip(bits));
}

/// StatusList2021 encodedList: base64 (standard alphabet, padded) or base64url (no padding) of GZIP(bits).
inline QByteArray statusList2021Encoded(const QByteArray &bits, bool urlAlphabet)
{
    const QByteArray gzipped = Codec::gzip(bits);
    return urlAlphabet ? gzipped.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                       : gzipped.toBase64();
}

/// A status list credential (unsigned: the tests' verifyList stands in for the proof check).
inline QByteArray listCredential(const QString &url, const QString &issuer, const QString &type,
                                 const QJsonValue &purpose, const QByteArray &encodedList)
{
    const bool bitstring = type == QLatin1StringView("BitstringStatusListCredential");
    QJsonObject subject;
    subject.insert(QStringLiteral("id"), QString(url + QStringLiteral("#list")));
    subject.insert(QStringLiteral("type"),
                   bitstring ? QStringLiteral("BitstringStatusList") : QStringLiteral("StatusList2021"));
    subject.insert(QStringLiteral("statusPurpose"), purpose);
    subject.insert(QStringLiteral("encodedList"), QString::fromLatin1(encodedList));
    QJsonObject credential;
    credential.insert(QStringLiteral("@context"),
                      QJsonArray{bitstring ? QStringLiteral("https://www.w3.org/ns/credentials/v2")
                                           : QStringLiteral("https://www.w3.org/2018/credentials/v1")});
    credential.insert(QStringLiteral("id"), url);
    credential.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), type});
    credential.insert(QStringLiteral("issuer"), issuer);
    credential.insert(bitstring ? QStringLiteral("validFrom") : QStringLiteral("issuanceDate"),
                      QStringLiteral("2026-01-01T00:00:00Z"));
    credential.insert(QStringLiteral("credentialSubject"), subject);
    return QJsonDocument(credential).toJson(QJsonDocument::Compact);
}

} // namespace Credfolio::Test
