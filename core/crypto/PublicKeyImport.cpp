// SPDX-License-Identifier: GPL-3.0-or-later
// The PublicKey factories: JWK, Multikey, PEM and raw Ed25519.
#include "core/codec/Base64Url.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/crypto/OpenSslSupport.h"
#include "core/crypto/PublicKey.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <openssl/core_names.h>
#include <openssl/decoder.h>

namespace Credfolio::Crypto {

using namespace Detail;

namespace {

struct DecoderCtxDeleter {
    void operator()(OSSL_DECODER_CTX *p) const { OSSL_DECODER_CTX_free(p); }
};
using DecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, DecoderCtxDeleter>;

constexpr qsizetype MaxPemBytes = 64 * 1024;
constexpr qsizetype MaxRsaModulusBytes = 16384 / 8;

Error invalidKey(const QString &detail = {})
{
    return opensslError(QStringLiteral("crypto.invalid-key"),
                        QCoreApplication::translate("Credfolio::Crypto", "The public key is not valid."), detail);
}

Error badJwk(const QString &message, const QString &detail = {})
{
    return makeError(QStringLiteral("crypto.bad-jwk"), message, detail);
}

// A required base64url member of a JWK, decoded strictly.
Result<QByteArray> jwkMember(const QJsonObject &jwk, const QString &name)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString())
        return badJwk(
            QCoreApplication::translate("Credfolio::Crypto", "The JWK member \"%1\" is missing or not a string.")
                .arg(name));
    Result<QByteArray> bytes = Codec::base64UrlDecode(value.toString().toUtf8());
    if (!bytes)
        return badJwk(
            QCoreApplication::translate("Credfolio::Crypto", "The JWK member \"%1\" is not valid base64url.").arg(name),
            bytes.error().toString());
    return bytes;
}

Result<PublicKey> fromParams(const char *type, OSSL_PARAM_BLD *builder, bool checkPublic)
{
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return invalidKey();
    PkeyPtr pkey(raw);
    if (checkPublic) {
        // Full public-key validation: on the curve, not the point at infinity, in the prime-order group.
        PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
        if (!check || EVP_PKEY_public_check(check.get()) != 1)
            return invalidKey(QStringLiteral("public key check failed"));
    }
    return PublicKey::adopt(sharePkey(std::move(pkey)));
}

Result<PublicKey> ecFromPoint(const char *group, const QByteArray &point)
{
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         static_cast<size_t>(point.size())) != 1)
        return invalidKey();
    return fromParams("EC", builder.get(), true);
}

Result<PublicKey> rsaFromModulus(const QByteArray &n, const QByteArray &e)
{
    if (n.isEmpty() || e.isEmpty() || e.size() > 8 || n.size() > MaxRsaModulusBytes)
        return badJwk(
            QCoreApplication::translate("Credfolio::Crypto", "The RSA key has an unusable modulus or exponent."),
            QStringLiteral("n: %1 bytes, e: %2 bytes").arg(n.size()).arg(e.size()));
    BnPtr bnN(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), static_cast<int>(n.size()), nullptr));
    BnPtr bnE(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), static_cast<int>(e.size()), nullptr));
    if (!bnN || !bnE)
        return invalidKey();
    if (!BN_is_odd(bnN.get()) || !BN_is_odd(bnE.get()) || BN_is_one(bnE.get()))
        return invalidKey(QStringLiteral("RSA modulus and exponent must be odd, exponent > 1"));
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1)
        return invalidKey();
    return fromParams("RSA", builder.get(), false);
}

Result<PublicKey> ecFromJwk(const QJsonObject &jwk)
{
    const QString crv = jwk.value(QStringLiteral("crv")).toString();
    const char *group = nullptr;
    qsizetype length = 0;
    if (crv == QLatin1String("P-256")) {
        group = "P-256";
        length = 32;
    } else if (crv == QLatin1String("P-384")) {
        group = "P-384";
        length = 48;
    } else {
        return makeError(
            QStringLiteral("crypto.unsupported-key-type"),
            QCoreApplication::translate("Credfolio::Crypto", "The curve \"%1\" is not supported.").arg(crv));
    }
    Result<QByteArray> x = jwkMember(jwk, QStringLiteral("x"));
    if (!x)
        return x.error();
    Result<QByteArray> y = jwkMember(jwk, QStringLiteral("y"));
    if (!y)
        return y.error();
    if (x->size() != length || y->size() != length)
        return badJwk(
            QCoreApplication::translate("Credfolio::Crypto",
                                        "The JWK coordinates do not have the length of the curve."),
            QStringLiteral("x: %1 bytes, y: %2 bytes, expected %3").arg(x->size()).arg(y->size()).arg(length));
    return ecFromPoint(group, char(0x04) + *x + *y);
}

} // namespace

Result<PublicKey> PublicKey::fromRawEd25519(QByteArrayView raw32)
{
    if (raw32.size() != 32)
        return makeError(QStringLiteral("crypto.invalid-key"),
                         QCoreApplication::translate("Credfolio::Crypto", "An Ed25519 public key has 32 bytes."),
                         QStringLiteral("%1 bytes").arg(raw32.size()));
    PkeyPtr pkey(EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr,
                                                reinterpret_cast<const unsigned char *>(raw32.data()), 32));
    if (!pkey)
        return invalidKey();
    return adopt(sharePkey(std::move(pkey)));
}

Result<PublicKey> PublicKey::fromJwk(const QJsonObject &jwk)
{
    static const char *const privateMembers[] = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};
    for (const char *member : privateMembers) {
        if (jwk.contains(QLatin1String(member)))
            return makeError(QStringLiteral("crypto.private-key-in-jwk"),
                             QCoreApplication::translate("Credfolio::Crypto",
                                                         "The key contains private key material (\"%1\"); only public "
                                                         "keys are accepted.")
                                 .arg(QLatin1String(member)));
    }
    const QJsonValue use = jwk.value(QStringLiteral("use"));
    if (!use.isUndefined() && use != QJsonValue(QStringLiteral("sig")))
        return badJwk(
            QCoreApplication::translate("Credfolio::Crypto", "The key is not meant for signatures (\"use\": %1).")
                .arg(use.toString()));
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    if (kty == QLatin1String("OKP")) {
        const QString crv = jwk.value(QStringLiteral("crv")).toString();
        if (crv != QLatin1String("Ed25519"))
            return makeError(
                QStringLiteral("crypto.unsupported-key-type"),
                QCoreApplication::translate("Credfolio::Crypto", "The curve \"%1\" is not supported.").arg(crv));
        Result<QByteArray> x = jwkMember(jwk, QStringLiteral("x"));
        if (!x)
            return x.error();
        return fromRawEd25519(*x);
    }
    if (kty == QLatin1String("EC"))
        return ecFromJwk(jwk);
    if (kty == QLatin1String("RSA")) {
        Result<QByteArray> n = jwkMember(jwk, QStringLiteral("n"));
        if (!n)
            return n.error();
        Result<QByteArray> e = jwkMember(jwk, QStringLiteral("e"));
        if (!e)
            return e.error();
        return rsaFromModulus(*n, *e);
    }
    if (kty.isEmpty())
        return badJwk(QCoreApplication::translate("Credfolio::Crypto", "The JWK has no key type (\"kty\")."));
    return makeError(
        QStringLiteral("crypto.unsupported-key-type"),
        QCoreApplication::translate("Credfolio::Crypto", "The key type \"%1\" is not supported.").arg(kty));
}

Result<PublicKey> PublicKey::fromMultikey(QStringView multibase)
{
    if (!multibase.startsWith(QLatin1Char('z')))
        return makeError(
            QStringLiteral("crypto.bad-multikey"),
            QCoreApplication::translate("Credfolio::Crypto", "A Multikey must be base58btc (start with \"z\")."));
    Result<QByteArray> bytes = Codec::multibaseDecode(multibase.toUtf8());
    if (!bytes)
        return makeError(QStringLiteral("crypto.bad-multikey"),
                         QCoreApplication::translate("Credfolio::Crypto", "The Multikey is not valid base58btc."),
                         bytes.error().toString());
    Result<Codec::MulticodecValue> value = Codec::multicodecDecode(*bytes);
    if (!value)
        return makeError(
            QStringLiteral("crypto.bad-multikey"),
            QCoreApplication::translate("Credfolio::Crypto", "The Multikey has no valid multicodec prefix."),
            value.error().toString());
    const QByteArray &key = value->payload;
    const auto wrongLength = [&](qsizetype expected) {
        return makeError(
            QStringLiteral("crypto.bad-multikey"),
            QCoreApplication::translate("Credfolio::Crypto", "The Multikey has the wrong length for its type."),
            QStringLiteral("code 0x%1: %2 bytes, expected %3").arg(value->code, 0, 16).arg(key.size()).arg(expected));
    };
    switch (value->code) {
    case Codec::Multicodec::Ed25519Public:
        if (key.size() != 32)
            return wrongLength(32);
        return fromRawEd25519(key);
    case Codec::Multicodec::P256Public:
    case Codec::Multicodec::P384Public: {
        const bool p256 = value->code == Codec::Multicodec::P256Public;
        const qsizetype expected = p256 ? 33 : 49;
        if (key.size() != expected || (key.at(0) != 0x02 && key.at(0) != 0x03))
            return wrongLength(expected);
        return ecFromPoint(p256 ? "P-256" : "P-384", key);
    }
    default:
        return makeError(QStringLiteral("crypto.unsupported-key-type"),
                         QCoreApplication::translate("Credfolio::Crypto", "The Multikey type 0x%1 is not supported.")
                             .arg(value->code, 0, 16));
    }
}

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem)
{
    if (pem.size() > MaxPemBytes)
        return makeError(QStringLiteral("crypto.bad-pem"),
                         QCoreApplication::translate("Credfolio::Crypto", "The PEM public key is too large."));
    EVP_PKEY *raw = nullptr;
    DecoderCtxPtr decoder(OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", "SubjectPublicKeyInfo", nullptr,
                                                        EVP_PKEY_PUBLIC_KEY, nullptr, nullptr));
    const auto *data = reinterpret_cast<const unsigned char *>(pem.data());
    size_t length = static_cast<size_t>(pem.size());
    if (!decoder || OSSL_DECODER_from_data(decoder.get(), &data, &length) != 1 || !raw)
        return opensslError(QStringLiteral("crypto.bad-pem"),
                            QCoreApplication::translate("Credfolio::Crypto",
                                                        "The text is not a PEM public key (SubjectPublicKeyInfo)."));
    PkeyPtr pkey(raw);
    if (EVP_PKEY_is_a(pkey.get(), "EC")) {
        PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
        if (!check || EVP_PKEY_public_check(check.get()) != 1)
            return invalidKey(QStringLiteral("public key check failed"));
    }
    return adopt(sharePkey(std::move(pkey)));
}

} // namespace Credfolio::Crypto
