// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Credfolio::Crypto {

/// The learner's own Ed25519 key, used to sign portfolio packages and the learner's documents.
///
/// A value: copies share one immutable OpenSSL key. The 32-byte seed is the secret; seed() hands it out
/// for storage in the system keychain, nowhere else. Signing is pure Ed25519 (RFC 8032), deterministic,
/// and thread-safe.
class Ed25519SigningKey {
public:
    /// A fresh key from OpenSSL's CSPRNG (crypto.openssl when the generator fails).
    static Result<Ed25519SigningKey> generate();
    /// The key for a 32-byte RFC 8032 seed ("secret key"); crypto.invalid-key for another length.
    static Result<Ed25519SigningKey> fromSeed(QByteArrayView seed32);

    /// The 32-byte seed (secret).
    QByteArray seed() const;
    /// The matching public key.
    PublicKey publicKey() const { return m_publicKey; }
    /// The 64-byte signature of `data`.
    QByteArray sign(QByteArrayView data) const;

private:
    Ed25519SigningKey() = default;
    static Result<Ed25519SigningKey> fromHandle(std::shared_ptr<EVP_PKEY> pkey);

    std::shared_ptr<EVP_PKEY> m_pkey;
    PublicKey m_publicKey;
};

} // namespace Credfolio::Crypto
