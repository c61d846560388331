// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/DidJwk.h"

#include "core/codec/Base64Url.h"
#include "core/did/ComputedDocument.h"
#include "core/did/DidErrors.h"
#include "core/did/MethodKey.h"
#include "core/json/JsonReader.h"

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

    ComputedKey computed;
    computed.methodId = methodId;
    computed.methodType = QStringLiteral("JsonWebKey2020");
    computed.keyProperty = QStringLiteral("publicKeyJwk");
    computed.keyValue = *jwk;
    computed.securityContext = QStringLiteral("https://w3id.org/security/suites/jws-2020/v1");
    computed.keyAgreement = !jwk->contains(QLatin1String("use"));
    return computedDocument(did, computed, *key);
}

} // namespace Credfolio::Did
