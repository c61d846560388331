// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/MethodKey.h"

#include "core/codec/Base58.h"
#include "core/did/DidErrors.h"

namespace Credfolio::Did {
namespace {

Error fromCryptoError(const Error &error, const QString &subject)
{
    if (error.code == QLatin1String("crypto.unsupported-key-type")) {
        return Errors::unsupportedKey(subject, error.toString());
    }
    return Errors::badKey(subject, QStringLiteral("%1: %2").arg(error.code, error.toString()));
}

QString stringMember(const QJsonObject &object, const char *name, bool *present)
{
    const QJsonValue value = object.value(QLatin1String(name));
    *present = value.isString() && !value.toString().isEmpty();
    return value.toString();
}

} // namespace

Result<Crypto::PublicKey> signingKeyFromJwk(const QJsonObject &jwk, const QString &subject)
{
    Result<Crypto::PublicKey> key = Crypto::PublicKey::fromJwk(jwk);
    if (key) {
        return key;
    }
    // The crypto layer refuses private keys before looking at "use"; a private key stays a damaged key.
    const QJsonValue use = jwk.value(QLatin1String("use"));
    if (key.error().code != QLatin1String("crypto.private-key-in-jwk") && !use.isUndefined() &&
        use != QJsonValue(QStringLiteral("sig"))) {
        return Errors::unsupportedKey(subject, QStringLiteral("a key-agreement key (JWK \"use\": \"%1\"), not a "
                                                              "signing key")
                                                   .arg(use.toString()));
    }
    return fromCryptoError(key.error(), subject);
}

Result<Crypto::PublicKey> signingKeyFromMultikey(const QString &multibase, const QString &subject)
{
    Result<Crypto::PublicKey> key = Crypto::PublicKey::fromMultikey(multibase);
    if (!key) {
        return fromCryptoError(key.error(), subject);
    }
    return key;
}

Result<Crypto::PublicKey> methodKey(const QJsonObject &method, const QString &id)
{
    static const char *const privateMembers[] = {"privateKeyMultibase", "privateKeyJwk", "privateKeyBase58",
                                                 "privateKeyPem", "secretKeyMultibase"};
    for (const char *member : privateMembers) {
        if (method.contains(QLatin1String(member))) {
            return Errors::badKey(
                id, QStringLiteral("the method contains private key material (%1)").arg(QLatin1String(member)));
        }
    }
    const QString type = method.value(QLatin1String("type")).toString();
    bool present = false;
    if (type == QLatin1String("Multikey") || type == QLatin1String("Ed25519VerificationKey2020")) {
        const QString multibase = stringMember(method, "publicKeyMultibase", &present);
        if (!present) {
            return Errors::badKey(id, QStringLiteral("%1 without publicKeyMultibase").arg(type));
        }
        Result<Crypto::PublicKey> key = signingKeyFromMultikey(multibase, id);
        if (key && type != QLatin1String("Multikey") && key->type() != Crypto::KeyType::Ed25519) {
            return Errors::badKey(id, QStringLiteral("%1 holds a key that is not Ed25519").arg(type));
        }
        return key;
    }
    if (type == QLatin1String("Ed25519VerificationKey2018")) {
        const QString base58 = stringMember(method, "publicKeyBase58", &present);
        if (!present) {
            return Errors::badKey(id, QStringLiteral("%1 without publicKeyBase58").arg(type));
        }
        Result<QByteArray> raw = Codec::base58btcDecode(base58.toLatin1());
        if (!raw) {
            return Errors::badKey(id, raw.error().toString());
        }
        Result<Crypto::PublicKey> key = Crypto::PublicKey::fromRawEd25519(*raw);
        if (!key) {
            return fromCryptoError(key.error(), id);
        }
        return key;
    }
    if (type == QLatin1String("JsonWebKey") || type == QLatin1String("JsonWebKey2020")) {
        const QJsonValue jwk = method.value(QLatin1String("publicKeyJwk"));
        if (!jwk.isObject()) {
            return Errors::badKey(id, QStringLiteral("%1 without a publicKeyJwk object").arg(type));
        }
        return signingKeyFromJwk(jwk.toObject(), id);
    }
    return Errors::unsupportedKey(id, QStringLiteral("verification method type \"%1\"").arg(type));
}

} // namespace Credfolio::Did
