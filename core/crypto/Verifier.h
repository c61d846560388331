// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SignatureAlgorithm.h"

#include <QByteArrayView>

namespace Credfolio::Crypto {

/// How an ECDSA signature is laid out.
enum class EcdsaEncoding {
    Raw, ///< JOSE: r ‖ s, each the field length (64 bytes for P-256, 96 for P-384)
    Der, ///< X.509 / ASN.1: SEQUENCE { INTEGER r, INTEGER s }, strict DER
};

/// Checks `signature` over `data` with `key` and `alg`.
///
/// Returns true when the signature is valid and false when it is not (including a signature of the wrong
/// length or a malformed encoding). Returns an Error when the check cannot be made at all:
/// crypto.key-algorithm-mismatch (the key type does not fit the algorithm: EdDSA needs Ed25519, ES256 P-256,
/// ES384 P-384, RS256/PS256 RSA; also for a null key), crypto.rsa-key-too-small (RSA under 2048 bits),
/// crypto.openssl (OpenSSL could not set up the operation).
/// EdDSA is pure Ed25519 (never Ed25519ph). PS256 uses MGF1-SHA-256 and a 32-byte salt.
/// Thread-safe: several threads may verify with the same key at once.
Result<bool> verifySignature(const PublicKey &key, SignatureAlgorithm alg, QByteArrayView data,
                             QByteArrayView signature, EcdsaEncoding ecdsa = EcdsaEncoding::Raw);

/// A JOSE ECDSA signature (r ‖ s, each `fieldLength` bytes: 32 for P-256, 48 for P-384) as strict DER:
/// minimal INTEGERs, with a leading 0x00 when the high bit is set. Empty when the length is not
/// 2 × fieldLength or r or s is zero (such a signature can never be valid). Pure, thread-safe.
QByteArray rawEcdsaToDer(QByteArrayView raw, qsizetype fieldLength);

/// Whether `key` can be used with `alg` at all: the key-type check of verifySignature() on its own.
Result<void> checkKeyFitsAlgorithm(const PublicKey &key, SignatureAlgorithm alg);

} // namespace Credfolio::Crypto
