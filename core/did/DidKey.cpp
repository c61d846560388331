// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/DidKey.h"

#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/did/ComputedDocument.h"
#include "core/did/DidErrors.h"
#include "core/did/MethodKey.h"

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

    ComputedKey computed;
    computed.methodId = methodId;
    computed.methodType = QStringLiteral("Multikey");
    computed.keyProperty = QStringLiteral("publicKeyMultibase");
    computed.keyValue = specificId;
    computed.securityContext = QStringLiteral("https://w3id.org/security/multikey/v1");
    return computedDocument(did, computed, *key);
}

} // namespace Credfolio::Did
