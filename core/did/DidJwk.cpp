// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/DidJwk.h"

#include "core/codec/Base64Url.h"
#include "core/did/DidErrors.h"
#include "core/did/MethodKey.h"
#include "core/json/JsonReader.h"

#include <QJsonArray>

namespace Credfolio::Did {

Result<ControllerDocument> didJwkDocument(const QString &did, const QString &specificId)
{
    Result<QByteArray> bytes = Codec::base64UrlDecode(specificId.toLatin1());
    if (!bytes) {
        return Errors::badDid(did, bytes.error().toString());
    }
    Json::ParseLimits limits;
    limits.maxDepth = 4;
    Result<QJsonObject> jwk = Json::parseObject(*bytes, limits);
    if (!jwk) {
        return Errors::badDid(did, QStringLiteral("the JWK is not a JSON object: %1").arg(jwk.error().toString()));
    }
    const QString methodId = did + QLatin1String("#0");
    Result<Crypto::PublicKey> key = signingKeyFromJwk(*jwk, methodId);
    if (!key) {
        return key.error();
    }

    VerificationMethod method;
    method.id = methodId;
    method.type = QStringLiteral("JsonWebKey2020");
    method.controller = did;
    method.key = *key;
    method.json = QJsonObject{{QStringLiteral("id"), methodId},
                              {QStringLiteral("type"), method.type},
                              {QStringLiteral("controller"), did},
                              {QStringLiteral("publicKeyJwk"), *jwk}};

    const QJsonArray listed{methodId};
    QJsonObject json{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/did/v1"),
                                                QStringLiteral("https://w3id.org/security/suites/jws-2020/v1")}},
        {QStringLiteral("id"), did},
        {QStringLiteral("verificationMethod"), QJsonArray{method.json}},
        {QStringLiteral("assertionMethod"), listed},
        {QStringLiteral("authentication"), listed},
        {QStringLiteral("capabilityInvocation"), listed},
        {QStringLiteral("capabilityDelegation"), listed}};
    if (!jwk->contains(QLatin1String("use"))) {
        json.insert(QStringLiteral("keyAgreement"), listed);
    }

    ControllerDocument document;
    document.id = did;
    document.json = json;
    document.methods = {method};
    document.assertionMethod = {methodId};
    document.authentication = {methodId};
    document.computed = true;
    return document;
}

} // namespace Credfolio::Did
