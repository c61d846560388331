// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/DidKey.h"

#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/did/DidErrors.h"
#include "core/did/MethodKey.h"

#include <QJsonArray>

namespace Credfolio::Did {
namespace {

// Names of the multicodec key codes found in did:key vectors, for the message of a refusal.
QString keyKind(quint64 code)
{
    switch (code) {
    case 0xe7:
        return QStringLiteral("secp256k1");
    case 0xea:
    case 0xeb:
    case 0xee:
        return QStringLiteral("BLS12-381");
    case 0xec:
        return QStringLiteral("X25519 (key agreement, not signatures)");
    case 0x1202:
        return QStringLiteral("P-521");
    case 0x1205:
        return QStringLiteral("RSA");
    default:
        return QStringLiteral("multicodec 0x%1").arg(code, 0, 16);
    }
}

} // namespace

Result<ControllerDocument> didKeyDocument(const QString &did, const QString &specificId)
{
    if (!specificId.startsWith(QLatin1Char('z'))) {
        return Errors::badDid(did, QStringLiteral("a did:key is a base58btc multibase text (starting with \"z\")"));
    }
    Result<QByteArray> bytes = Codec::multibaseDecode(specificId.toLatin1());
    if (!bytes) {
        return Errors::badDid(did, bytes.error().toString());
    }
    Result<Codec::MulticodecValue> value = Codec::multicodecDecode(*bytes);
    if (!value) {
        return Errors::badDid(did, value.error().toString());
    }
    if (value->code != Codec::Multicodec::Ed25519Public && value->code != Codec::Multicodec::P256Public &&
        value->code != Codec::Multicodec::P384Public) {
        return Errors::unsupportedKey(did, keyKind(value->code));
    }
    const QString methodId = did + QLatin1Char('#') + specificId;
    Result<Crypto::PublicKey> key = signingKeyFromMultikey(specificId, methodId);
    if (!key) {
        return key.error();
    }

    VerificationMethod method;
    method.id = methodId;
    method.type = QStringLiteral("Multikey");
    method.controller = did;
    method.key = *key;
    method.json = QJsonObject{{QStringLiteral("id"), methodId},
                              {QStringLiteral("type"), method.type},
                              {QStringLiteral("controller"), did},
                              {QStringLiteral("publicKeyMultibase"), specificId}};

    const QJsonArray listed{methodId};
    ControllerDocument document;
    document.id = did;
    document.json =
        QJsonObject{{QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/did/v1"),
                                                            QStringLiteral("https://w3id.org/security/multikey/v1")}},
                    {QStringLiteral("id"), did},
                    {QStringLiteral("verificationMethod"), QJsonArray{method.json}},
                    {QStringLiteral("assertionMethod"), listed},
                    {QStringLiteral("authentication"), listed},
                    {QStringLiteral("capabilityInvocation"), listed},
                    {QStringLiteral("capabilityDelegation"), listed}};
    document.methods = {method};
    document.assertionMethod = {methodId};
    document.authentication = {methodId};
    document.computed = true;
    return document;
}

} // namespace Credfolio::Did
