// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CompactJws.h"

#include "core/codec/Base64Url.h"
#include "core/json/JsonReader.h"

#include <QCoreApplication>

namespace Credfolio::Credentials::Detail {

namespace {

bool isBase64UrlByte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

Error malformed(const QString &detail)
{
    return makeError(QStringLiteral("credentials.malformed-jws"),
                     QCoreApplication::translate("Credfolio::Credentials",
                                                 "This signed token (JWS/JWT) is damaged and cannot be read"),
                     detail);
}

Result<QJsonObject> decodeObject(QByteArrayView part, const char *name, QByteArray *bytes)
{
    Result<QByteArray> decoded = Codec::base64UrlDecode(part);
    if (!decoded) {
        return malformed(
            QStringLiteral("%1: %2 %3").arg(QLatin1StringView(name), decoded.error().code, decoded.error().detail));
    }
    Result<QJsonObject> object = Json::parseObject(decoded.value());
    if (!object) {
        return malformed(QStringLiteral("%1 is not a JSON object: %2 %3")
                             .arg(QLatin1StringView(name), object.error().code, object.error().detail));
    }
    if (bytes) {
        *bytes = decoded.value();
    }
    return object;
}

} // namespace

bool looksLikeJws(QByteArrayView text)
{
    bool dot = false;
    for (char c : text) {
        if (c == '.') {
            dot = true;
        } else if (!isBase64UrlByte(c) && c != '=') { // '=' padding: meant as a JWS, refused as malformed
            return false;
        }
    }
    // A JOSE header is a JSON object: the first part starts with the encoding of '{"' (or '{' and a space),
    // which tells a token from a host name such as "example.org".
    if (!dot || text.size() < 4) {
        return false;
    }
    const QByteArray head = QByteArray::fromBase64(text.first(4).toByteArray(), QByteArray::Base64UrlEncoding);
    return head.size() >= 2 && head.at(0) == '{' &&
           (head.at(1) == '"' || head.at(1) == ' ' || head.at(1) == '\n' || head.at(1) == '\r' || head.at(1) == '\t');
}

Result<JwsParts> splitJws(QByteArrayView token)
{
    const qsizetype first = token.indexOf('.');
    const qsizetype second = first < 0 ? -1 : token.sliced(first + 1).indexOf('.');
    if (first < 0 || second < 0 || token.sliced(first + 1 + second + 1).contains('.')) {
        return malformed(QStringLiteral("a compact JWS has exactly three parts separated by '.'; found %1")
                             .arg(token.count('.') + 1));
    }
    const QByteArrayView headerPart = token.first(first);
    const QByteArrayView payloadPart = token.sliced(first + 1, second);
    const QByteArrayView signaturePart = token.sliced(first + 1 + second + 1);
    JwsParts parts;
    Result<QJsonObject> header = decodeObject(headerPart, "header", nullptr);
    if (!header) {
        return header.error();
    }
    parts.header = header.value();
    Result<QJsonObject> payload = decodeObject(payloadPart, "payload", &parts.payloadBytes);
    if (!payload) {
        return payload.error();
    }
    parts.payload = payload.value();
    Result<QByteArray> signature = Codec::base64UrlDecode(signaturePart);
    if (!signature) {
        return malformed(QStringLiteral("signature: %1 %2").arg(signature.error().code, signature.error().detail));
    }
    parts.signature = signature.value();
    return parts;
}

} // namespace Credfolio::Credentials::Detail
