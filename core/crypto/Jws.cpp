// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Jws.h"

#include "core/codec/Base64Url.h"
#include "core/crypto/Ed25519SigningKey.h"
#include "core/crypto/Verifier.h"
#include "core/json/JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Credfolio::Crypto {

namespace {

// Far above any credential (even one with an embedded image), far below what would hurt.
constexpr qsizetype MaxJwsBytes = 32 * 1024 * 1024;

Error malformed(const QString &message, const QString &detail = {})
{
    return makeError(QStringLiteral("crypto.jws-malformed"), message, detail);
}

Result<QByteArray> decodePart(QByteArrayView part, const char *name)
{
    Result<QByteArray> bytes = Codec::base64UrlDecode(part);
    if (!bytes)
        return malformed(QCoreApplication::translate("Credfolio::Crypto", "The JWS is not valid base64url."),
                         QLatin1String(name) + QStringLiteral(": ") + bytes.error().toString());
    return bytes;
}

// The header rules of standards §10 that come before looking at `alg`'s value.
Result<void> checkHeaderMembers(const QJsonObject &header)
{
    const QJsonValue b64 = header.value(QStringLiteral("b64"));
    if (!b64.isUndefined() && !b64.isBool())
        return makeError(QStringLiteral("crypto.jws-bad-header"),
                         QCoreApplication::translate("Credfolio::Crypto", "The JWS header is not a valid JSON object."),
                         QStringLiteral("\"b64\" is not a boolean"));
    if (b64 == QJsonValue(false))
        return makeError(QStringLiteral("crypto.jws-b64-false"),
                         QCoreApplication::translate("Credfolio::Crypto",
                                                     "Unencoded JWS payloads (\"b64\": false) are not supported."));
    if (header.contains(QStringLiteral("crit")))
        return makeError(QStringLiteral("crypto.jws-crit-unsupported"),
                         QCoreApplication::translate("Credfolio::Crypto",
                                                     "The JWS requires extensions (\"crit\") that are not supported."));
    if (header.contains(QStringLiteral("zip")))
        return makeError(
            QStringLiteral("crypto.jws-zip"),
            QCoreApplication::translate("Credfolio::Crypto", "Compressed JWS payloads (\"zip\") are refused."));
    return {};
}

Result<SignatureAlgorithm> headerAlgorithm(const QJsonObject &header)
{
    const QJsonValue value = header.value(QStringLiteral("alg"));
    if (!value.isString())
        return makeError(
            QStringLiteral("crypto.jws-alg-missing"),
            QCoreApplication::translate("Credfolio::Crypto", "The JWS header has no algorithm (\"alg\")."));
    const QString alg = value.toString();
    if (const std::optional<SignatureAlgorithm> known = algorithmFromJose(alg))
        return *known;
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return makeError(
            QStringLiteral("crypto.jws-alg-none"),
            QCoreApplication::translate("Credfolio::Crypto", "Unsigned JWS (\"alg\": \"none\") are refused."));
    if (alg.startsWith(QLatin1String("HS"), Qt::CaseInsensitive))
        return makeError(QStringLiteral("crypto.jws-alg-hmac"),
                         QCoreApplication::translate("Credfolio::Crypto",
                                                     "Shared-secret JWS algorithms (%1) are refused: they cannot prove "
                                                     "who issued a credential.")
                             .arg(alg));
    return makeError(
        QStringLiteral("crypto.jws-alg-unsupported"),
        QCoreApplication::translate("Credfolio::Crypto", "The JWS algorithm \"%1\" is not supported.").arg(alg));
}

} // namespace

QByteArray JwsCompact::signingInput() const
{
    QByteArray input;
    input.reserve(encodedHeader.size() + 1 + encodedPayload.size());
    input.append(encodedHeader).append('.').append(encodedPayload);
    return input;
}

Result<JwsCompact> parseJwsCompact(QByteArrayView token)
{
    if (token.size() > MaxJwsBytes)
        return makeError(QStringLiteral("crypto.jws-too-large"),
                         QCoreApplication::translate("Credfolio::Crypto", "The JWS is too large."),
                         QStringLiteral("%1 bytes, limit %2").arg(token.size()).arg(MaxJwsBytes));
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return malformed(QCoreApplication::translate("Credfolio::Crypto",
                                                     "A compact JWS has exactly three parts separated by dots."),
                         QStringLiteral("%1 parts").arg(token.count('.') + 1));
    JwsCompact jws;
    jws.encodedHeader = token.first(firstDot).toByteArray();
    jws.encodedPayload = token.sliced(firstDot + 1, secondDot - firstDot - 1).toByteArray();
    const QByteArrayView encodedSignature = token.sliced(secondDot + 1);

    Result<QByteArray> headerBytes = decodePart(jws.encodedHeader, "header");
    if (!headerBytes)
        return headerBytes.error();
    Result<QJsonObject> header = Json::parseObject(*headerBytes);
    if (!header)
        return makeError(QStringLiteral("crypto.jws-bad-header"),
                         QCoreApplication::translate("Credfolio::Crypto", "The JWS header is not a valid JSON object."),
                         header.error().code + QStringLiteral(": ") + header.error().toString());
    jws.header = std::move(header).value();
    if (Result<void> members = checkHeaderMembers(jws.header); !members)
        return members.error();
    Result<SignatureAlgorithm> alg = headerAlgorithm(jws.header);
    if (!alg)
        return alg.error();
    jws.algorithm = *alg;
    // Checked after the header so that an unsecured JWS ("alg": "none", empty signature) is named as such.
    if (encodedSignature.isEmpty())
        return malformed(QCoreApplication::translate("Credfolio::Crypto", "The JWS has no signature."));

    Result<QByteArray> payload = decodePart(jws.encodedPayload, "payload");
    if (!payload)
        return payload.error();
    jws.payload = std::move(payload).value();
    Result<QByteArray> signature = decodePart(encodedSignature, "signature");
    if (!signature)
        return signature.error();
    jws.signature = std::move(signature).value();
    return jws;
}

Result<bool> verifyJws(const JwsCompact &jws, const PublicKey &key)
{
    return verifySignature(key, jws.algorithm, jws.signingInput(), jws.signature, EcdsaEncoding::Raw);
}

QByteArray signJwsCompact(const QJsonObject &header, QByteArrayView payload, const Ed25519SigningKey &key)
{
    QJsonObject protectedHeader = header;
    protectedHeader.insert(QStringLiteral("alg"), QStringLiteral("EdDSA"));
    QByteArray token = Codec::base64UrlEncode(QJsonDocument(protectedHeader).toJson(QJsonDocument::Compact));
    token.append('.').append(Codec::base64UrlEncode(payload));
    const QByteArray signature = key.sign(token);
    if (signature.isEmpty())
        return {};
    token.append('.').append(Codec::base64UrlEncode(signature));
    return token;
}

} // namespace Credfolio::Crypto
