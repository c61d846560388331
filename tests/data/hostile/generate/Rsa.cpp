// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rsa.h"

#include "core/codec/Base64Url.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace Credfolio::Hostile {

namespace {

QString bignumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *value = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &value) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(value), '\0');
    BN_bn2bin(value, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(value);
    return QString::fromLatin1(Codec::base64UrlEncode(bytes));
}

} // namespace

RsaKey::RsaKey(int bits)
    : m_key(EVP_RSA_gen(unsigned(bits)))
{
}

RsaKey::~RsaKey()
{
    EVP_PKEY_free(m_key);
}

QJsonObject RsaKey::publicJwk() const
{
    if (!m_key)
        return {};
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                       {QStringLiteral("n"), bignumParam(m_key, OSSL_PKEY_PARAM_RSA_N)},
                       {QStringLiteral("e"), bignumParam(m_key, OSSL_PKEY_PARAM_RSA_E)}};
}

QByteArray RsaKey::signRs256(const QByteArray &input) const
{
    if (!m_key)
        return {};
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key) == 1 &&
        EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) != 1)
            signature.clear();
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    return signature;
}

} // namespace Credfolio::Hostile
