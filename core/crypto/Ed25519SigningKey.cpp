// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Ed25519SigningKey.h"

#include "core/crypto/OpenSslSupport.h"

#include <QCoreApplication>

namespace Credfolio::Crypto {

using namespace Detail;

Result<Ed25519SigningKey> Ed25519SigningKey::fromHandle(std::shared_ptr<EVP_PKEY> pkey)
{
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = 32;
    if (EVP_PKEY_get_raw_public_key(pkey.get(), reinterpret_cast<unsigned char *>(raw.data()), &length) != 1 ||
        length != 32)
        return opensslError(QStringLiteral("crypto.openssl"),
                            QCoreApplication::translate("Credfolio::Crypto", "The signing key could not be created."));
    Result<PublicKey> publicKey = PublicKey::fromRawEd25519(raw);
    if (!publicKey)
        return publicKey.error();
    Ed25519SigningKey key;
    key.m_pkey = std::move(pkey);
    key.m_publicKey = std::move(publicKey).value();
    return key;
}

Result<Ed25519SigningKey> Ed25519SigningKey::generate()
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "ED25519", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_generate(ctx.get(), &raw) != 1)
        return opensslError(QStringLiteral("crypto.openssl"),
                            QCoreApplication::translate("Credfolio::Crypto", "The signing key could not be created."));
    return fromHandle(sharePkey(PkeyPtr(raw)));
}

Result<Ed25519SigningKey> Ed25519SigningKey::fromSeed(QByteArrayView seed32)
{
    if (seed32.size() != 32)
        return makeError(QStringLiteral("crypto.invalid-key"),
                         QCoreApplication::translate("Credfolio::Crypto", "An Ed25519 seed has 32 bytes."),
                         QStringLiteral("%1 bytes").arg(seed32.size()));
    PkeyPtr pkey(EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr,
                                                 reinterpret_cast<const unsigned char *>(seed32.data()), 32));
    if (!pkey)
        return opensslError(QStringLiteral("crypto.openssl"),
                            QCoreApplication::translate("Credfolio::Crypto", "The signing key could not be created."));
    return fromHandle(sharePkey(std::move(pkey)));
}

QByteArray Ed25519SigningKey::seed() const
{
    QByteArray seed(32, Qt::Uninitialized);
    size_t length = 32;
    if (!m_pkey ||
        EVP_PKEY_get_raw_private_key(m_pkey.get(), reinterpret_cast<unsigned char *>(seed.data()), &length) != 1 ||
        length != 32) {
        clearOpenSslErrors();
        return {};
    }
    return seed;
}

QByteArray Ed25519SigningKey::sign(QByteArrayView data) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = 64;
    if (!ctx || !m_pkey || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_pkey.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size())) != 1 ||
        length != 64) {
        clearOpenSslErrors();
        return {};
    }
    return signature;
}

} // namespace Credfolio::Crypto
