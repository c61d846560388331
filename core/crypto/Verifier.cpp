// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Verifier.h"

#include "core/crypto/KeyState.h"

#include <QCoreApplication>

#include <openssl/rsa.h>

namespace Credfolio::Crypto {

using namespace Detail;

namespace {

constexpr int MinRsaBits = 2048;

KeyType requiredKeyType(SignatureAlgorithm alg)
{
    switch (alg) {
    case SignatureAlgorithm::EdDSA:
        return KeyType::Ed25519;
    case SignatureAlgorithm::ES256:
        return KeyType::P256;
    case SignatureAlgorithm::ES384:
        return KeyType::P384;
    case SignatureAlgorithm::RS256:
    case SignatureAlgorithm::PS256:
        break;
    }
    return KeyType::Rsa;
}

const EVP_MD *digestFor(SignatureAlgorithm alg)
{
    switch (alg) {
    case SignatureAlgorithm::EdDSA:
        return nullptr;
    case SignatureAlgorithm::ES384:
        return EVP_sha384();
    case SignatureAlgorithm::ES256:
    case SignatureAlgorithm::RS256:
    case SignatureAlgorithm::PS256:
        break;
    }
    return EVP_sha256();
}

// One DER INTEGER holding the unsigned big-endian `value`: minimal (no leading zero bytes) with a 0x00
// in front when the high bit is set, so that it stays positive.
void appendDerInteger(QByteArray &out, QByteArrayView value)
{
    qsizetype start = 0;
    while (start < value.size() - 1 && value[start] == 0)
        ++start;
    const QByteArrayView digits = value.sliced(start);
    const bool pad = (static_cast<unsigned char>(digits[0]) & 0x80) != 0;
    out.append(char(0x02));
    out.append(char(digits.size() + (pad ? 1 : 0)));
    if (pad)
        out.append(char(0x00));
    out.append(digits);
}

bool isAllZero(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c != 0)
            return false;
    }
    return true;
}

// Prepares a fresh context: the expensive part of a verification that does not depend on the data.
bool setUp(VerifyContext &context, EVP_PKEY *pkey)
{
    if (context.alg == SignatureAlgorithm::EdDSA) {
        // Pure Ed25519: no digest (the one-shot EVP_DigestVerify hashes internally, RFC 8032).
        context.md.reset(EVP_MD_CTX_new());
        context.work.reset(EVP_MD_CTX_new());
        return context.md && context.work &&
               EVP_DigestVerifyInit(context.md.get(), nullptr, nullptr, nullptr, pkey) == 1;
    }
    context.pkey.reset(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
    EVP_PKEY_CTX *ctx = context.pkey.get();
    if (!ctx || EVP_PKEY_verify_init(ctx) != 1)
        return false;
    if (context.alg == SignatureAlgorithm::RS256 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) != 1)
        return false;
    if (context.alg == SignatureAlgorithm::PS256 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) != 1)
        return false;
    if (EVP_PKEY_CTX_set_signature_md(ctx, digestFor(context.alg)) != 1)
        return false;
    if (context.alg == SignatureAlgorithm::PS256)
        return EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) == 1 && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, 32) == 1;
    return true;
}

} // namespace

// Field lengths up to 60 bytes keep every DER length below 128, in the one-byte form.
QByteArray rawEcdsaToDer(QByteArrayView raw, qsizetype fieldLength)
{
    if (raw.size() != 2 * fieldLength || fieldLength > 60)
        return {};
    const QByteArrayView r = raw.first(fieldLength);
    const QByteArrayView s = raw.sliced(fieldLength);
    if (isAllZero(r) || isAllZero(s))
        return {};
    QByteArray integers;
    appendDerInteger(integers, r);
    appendDerInteger(integers, s);
    QByteArray der;
    der.reserve(integers.size() + 2);
    der.append(char(0x30));
    der.append(char(integers.size()));
    der.append(integers);
    return der;
}

Result<void> checkKeyFitsAlgorithm(const PublicKey &key, SignatureAlgorithm alg)
{
    if (key.isNull() || key.type() != requiredKeyType(alg))
        return makeError(
            QStringLiteral("crypto.key-algorithm-mismatch"),
            QCoreApplication::translate("Credfolio::Crypto", "The key does not fit the signature algorithm %1.")
                .arg(joseName(alg)));
    if (key.type() == KeyType::Rsa && key.bits() < MinRsaBits)
        return makeError(
            QStringLiteral("crypto.rsa-key-too-small"),
            QCoreApplication::translate("Credfolio::Crypto", "The RSA key has %1 bits; at least %2 are required.")
                .arg(key.bits())
                .arg(MinRsaBits));
    return {};
}

Result<bool> verifySignature(const PublicKey &key, SignatureAlgorithm alg, QByteArrayView data,
                             QByteArrayView signature, EcdsaEncoding ecdsa)
{
    if (Result<void> fits = checkKeyFitsAlgorithm(key, alg); !fits)
        return fits.error();

    QByteArray der;
    QByteArrayView sig = signature;
    if (alg == SignatureAlgorithm::EdDSA && signature.size() != 64)
        return false;
    if ((alg == SignatureAlgorithm::ES256 || alg == SignatureAlgorithm::ES384) && ecdsa == EcdsaEncoding::Raw) {
        der = rawEcdsaToDer(signature, alg == SignatureAlgorithm::ES256 ? 32 : 48);
        if (der.isEmpty())
            return false;
        sig = der;
    }

    KeyState *state = KeyAccess::state(key);
    VerifyContext context = state->take(alg);
    if (!context.md && !context.pkey && !setUp(context, state->pkey.get()))
        return opensslError(
            QStringLiteral("crypto.openssl"),
            QCoreApplication::translate("Credfolio::Crypto", "The signature check could not be set up."));
    const auto *sigBytes = reinterpret_cast<const unsigned char *>(sig.data());
    int verdict = 0;
    if (alg == SignatureAlgorithm::EdDSA) {
        if (EVP_MD_CTX_copy_ex(context.work.get(), context.md.get()) != 1)
            return opensslError(
                QStringLiteral("crypto.openssl"),
                QCoreApplication::translate("Credfolio::Crypto", "The signature check could not be set up."));
        verdict =
            EVP_DigestVerify(context.work.get(), sigBytes, static_cast<size_t>(sig.size()),
                             reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size()));
    } else {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestLength = 0;
        if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), digest, &digestLength, digestFor(alg), nullptr) !=
            1)
            return opensslError(
                QStringLiteral("crypto.openssl"),
                QCoreApplication::translate("Credfolio::Crypto", "The signature check could not be set up."));
        verdict = EVP_PKEY_verify(context.pkey.get(), sigBytes, static_cast<size_t>(sig.size()), digest, digestLength);
    }
    if (verdict != 1) {
        // A bad signature leaves reasons in the queue; they must not leak into later, unrelated errors.
        clearOpenSslErrors();
        // A plain "no" (0) leaves the context reusable; anything else might not have.
        if (verdict == 0)
            state->give(std::move(context));
        return false;
    }
    state->give(std::move(context));
    return true;
}

} // namespace Credfolio::Crypto
