// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <memory>

// The same declaration as <openssl/types.h>, so that users of this header need no OpenSSL headers.
typedef struct evp_pkey_st EVP_PKEY;

namespace Credfolio::Crypto {

namespace Detail {
struct KeyAccess;
struct KeyState;
} // namespace Detail

/// The public key types Credfolio verifies with.
enum class KeyType {
    Ed25519,
    P256, ///< NIST P-256 (secp256r1)
    P384, ///< NIST P-384 (secp384r1)
    Rsa,
};

/// A public signature key: an immutable value owning an OpenSSL EVP_PKEY. Copies share the handle
/// (reference-counted), so copying is cheap; a PublicKey may be used from several threads at once
/// (OpenSSL keys are read-only once built).
///
/// Each key also keeps a few ready-made OpenSSL verification contexts (see verifySignature()).
///
/// Every factory validates what it reads: lengths, the point lies on the curve (EC), and it refuses
/// private key material. Errors: crypto.bad-jwk, crypto.private-key-in-jwk, crypto.bad-multikey,
/// crypto.bad-pem, crypto.unsupported-key-type, crypto.invalid-key.
class PublicKey {
public:
    /// A null key (isNull()); every factory below gives a non-null one.
    PublicKey();

    /// A JWK (RFC 7517/7518/8037): OKP/Ed25519 (`x`), EC P-256/P-384 (`x`, `y`, each the full field
    /// length), RSA (`n`, `e`). Members are strict base64url. A JWK with private members (`d`, RSA `p`, `q`,
    /// `dp`, `dq`, `qi`, `oth`) is refused with crypto.private-key-in-jwk: a private key never belongs
    /// where a public key is expected. `kty: "oct"`, X25519, P-521, secp256k1: crypto.unsupported-key-type.
    static Result<PublicKey> fromJwk(const QJsonObject &jwk);

    /// A Multikey `publicKeyMultibase` ('z' base58btc of multicodec + key): `z6Mk…` Ed25519 (0xed, 32 bytes),
    /// `zDn…` P-256 (0x1200, 33-byte compressed point), `z82…` P-384 (0x1201, 49 bytes). Other codes are
    /// crypto.unsupported-key-type; bad encodings or lengths crypto.bad-multikey.
    static Result<PublicKey> fromMultikey(QStringView multibase);

    /// A PEM "PUBLIC KEY" (SubjectPublicKeyInfo), as in Open Badges 2.0 `publicKeyPem`.
    static Result<PublicKey> fromPem(QByteArrayView pem);

    /// The 32 raw bytes of an Ed25519 public key (RFC 8032 encoding).
    static Result<PublicKey> fromRawEd25519(QByteArrayView raw32);

    bool isNull() const { return !m_state; }
    /// The key type (Ed25519 for a null key; check isNull() first).
    KeyType type() const { return m_type; }
    /// The key size in bits (RSA modulus length, curve size), 0 for a null key.
    int bits() const;

    /// The public JWK: {kty, crv, x[, y]} or {kty, n, e}; empty for a null key.
    QJsonObject toJwk() const;
    /// The Multikey text (`z…`) of an Ed25519, P-256 or P-384 key (EC points compressed); empty for RSA
    /// and for a null key.
    QString toMultikey() const;
    /// The 32 raw bytes of an Ed25519 key, empty for other types.
    QByteArray rawEd25519() const;

    /// The OpenSSL handle, still owned by this object (and its copies); nullptr for a null key.
    EVP_PKEY *handle() const;

    /// Takes over an OpenSSL key (whose reference the caller gives up) after checking that it is one of
    /// the supported types; for code in core/crypto that builds keys itself.
    static Result<PublicKey> adopt(std::shared_ptr<EVP_PKEY> pkey);

private:
    friend struct Detail::KeyAccess;

    std::shared_ptr<Detail::KeyState> m_state;
    KeyType m_type = KeyType::Ed25519;
};

} // namespace Credfolio::Crypto
