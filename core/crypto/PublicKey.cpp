// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PublicKey.h"

#include "core/codec/Base64Url.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/crypto/KeyState.h"

#include <QCoreApplication>

#include <openssl/core_names.h>

#include <cstring>

namespace Credfolio::Crypto {

using namespace Detail;

namespace {

int fieldBytes(KeyType type)
{
    return type == KeyType::P384 ? 48 : 32;
}

// The affine coordinates of an EC public key, each left-padded to the field length.
bool ecCoordinates(EVP_PKEY *pkey, int length, QByteArray &x, QByteArray &y)
{
    BIGNUM *rawX = nullptr;
    BIGNUM *rawY = nullptr;
    const bool gotX = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_X, &rawX) == 1;
    BnPtr bnX(rawX);
    const bool gotY = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_Y, &rawY) == 1;
    BnPtr bnY(rawY);
    if (!gotX || !gotY)
        return false;
    x.resize(length);
    y.resize(length);
    return BN_bn2binpad(bnX.get(), reinterpret_cast<unsigned char *>(x.data()), length) == length &&
           BN_bn2binpad(bnY.get(), reinterpret_cast<unsigned char *>(y.data()), length) == length;
}

QByteArray bnParam(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return {};
    BnPtr bn(raw);
    QByteArray out(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace

VerifyContext KeyState::take(SignatureAlgorithm alg)
{
    {
        const std::lock_guard lock(m_mutex);
        for (auto it = m_pool.rbegin(); it != m_pool.rend(); ++it) {
            if (it->alg == alg) {
                VerifyContext context = std::move(*it);
                m_pool.erase(std::next(it).base());
                return context;
            }
        }
    }
    VerifyContext fresh;
    fresh.alg = alg;
    return fresh;
}

void KeyState::give(VerifyContext context)
{
    const std::lock_guard lock(m_mutex);
    if (m_pool.size() < MaxPooled)
        m_pool.push_back(std::move(context));
}

PublicKey::PublicKey() = default;

Result<PublicKey> PublicKey::adopt(std::shared_ptr<EVP_PKEY> pkey)
{
    if (!pkey)
        return makeError(QStringLiteral("crypto.invalid-key"),
                         QCoreApplication::translate("Credfolio::Crypto", "The key could not be read."));
    PublicKey key;
    if (EVP_PKEY_is_a(pkey.get(), "ED25519")) {
        key.m_type = KeyType::Ed25519;
    } else if (EVP_PKEY_is_a(pkey.get(), "EC")) {
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(pkey.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1)
            return opensslError(
                QStringLiteral("crypto.unsupported-key-type"),
                QCoreApplication::translate("Credfolio::Crypto",
                                            "Elliptic-curve keys with explicit parameters are not supported."));
        const QByteArray name(group);
        if (name == "prime256v1" || name == "P-256")
            key.m_type = KeyType::P256;
        else if (name == "secp384r1" || name == "P-384")
            key.m_type = KeyType::P384;
        else
            return makeError(QStringLiteral("crypto.unsupported-key-type"),
                             QCoreApplication::translate("Credfolio::Crypto", "The curve %1 is not supported.")
                                 .arg(QString::fromLatin1(name)));
    } else if (EVP_PKEY_is_a(pkey.get(), "RSA")) {
        key.m_type = KeyType::Rsa;
    } else {
        return makeError(QStringLiteral("crypto.unsupported-key-type"),
                         QCoreApplication::translate("Credfolio::Crypto", "The key type %1 is not supported.")
                             .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(pkey.get()))));
    }
    key.m_state = std::make_shared<KeyState>(std::move(pkey));
    return key;
}

EVP_PKEY *PublicKey::handle() const
{
    return m_state ? m_state->pkey.get() : nullptr;
}

int PublicKey::bits() const
{
    return m_state ? EVP_PKEY_get_bits(handle()) : 0;
}

QJsonObject PublicKey::toJwk() const
{
    if (!m_state)
        return {};
    QJsonObject jwk;
    switch (m_type) {
    case KeyType::Ed25519:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(Codec::base64UrlEncode(rawEd25519())));
        break;
    case KeyType::P256:
    case KeyType::P384: {
        QByteArray x;
        QByteArray y;
        if (!ecCoordinates(handle(), fieldBytes(m_type), x, y)) {
            clearOpenSslErrors();
            return {};
        }
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), m_type == KeyType::P256 ? QStringLiteral("P-256") : QStringLiteral("P-384"));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(Codec::base64UrlEncode(x)));
        jwk.insert(QStringLiteral("y"), QString::fromLatin1(Codec::base64UrlEncode(y)));
        break;
    }
    case KeyType::Rsa:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"),
                   QString::fromLatin1(Codec::base64UrlEncode(bnParam(handle(), OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(QStringLiteral("e"),
                   QString::fromLatin1(Codec::base64UrlEncode(bnParam(handle(), OSSL_PKEY_PARAM_RSA_E))));
        break;
    }
    return jwk;
}

QString PublicKey::toMultikey() const
{
    if (!m_state)
        return {};
    switch (m_type) {
    case KeyType::Ed25519:
        return QString::fromLatin1(Codec::multibaseEncode(
            Codec::Multibase::Base58Btc, Codec::multicodecEncode(Codec::Multicodec::Ed25519Public, rawEd25519())));
    case KeyType::P256:
    case KeyType::P384: {
        QByteArray x;
        QByteArray y;
        if (!ecCoordinates(handle(), fieldBytes(m_type), x, y)) {
            clearOpenSslErrors();
            return {};
        }
        // SEC1 compressed point: 0x02 for an even y, 0x03 for an odd one, then x.
        const QByteArray compressed = char((y.back() & 1) ? 0x03 : 0x02) + x;
        const quint64 code = m_type == KeyType::P256 ? Codec::Multicodec::P256Public : Codec::Multicodec::P384Public;
        return QString::fromLatin1(
            Codec::multibaseEncode(Codec::Multibase::Base58Btc, Codec::multicodecEncode(code, compressed)));
    }
    case KeyType::Rsa:
        break;
    }
    return {};
}

QByteArray PublicKey::rawEd25519() const
{
    if (!m_state || m_type != KeyType::Ed25519)
        return {};
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = 32;
    if (EVP_PKEY_get_raw_public_key(handle(), reinterpret_cast<unsigned char *>(raw.data()), &length) != 1 ||
        length != 32) {
        clearOpenSslErrors();
        return {};
    }
    return raw;
}

} // namespace Credfolio::Crypto
