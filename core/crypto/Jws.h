// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Ed25519SigningKey.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SignatureAlgorithm.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace Credfolio::Crypto {

/// A parsed JWS in compact serialization (RFC 7515 §7.1), not yet verified.
struct JwsCompact {
    QByteArray encodedHeader;  ///< the first part, exactly as received
    QByteArray encodedPayload; ///< the second part, exactly as received
    QJsonObject header;        ///< the decoded protected header
    QByteArray payload;        ///< the decoded payload bytes (not parsed: JWT claims are the caller's business)
    QByteArray signature;      ///< the decoded signature
    SignatureAlgorithm algorithm = SignatureAlgorithm::EdDSA; ///< from `alg`, always on the allow-list

    /// What the signature covers: encodedHeader + '.' + encodedPayload, never re-encoded.
    QByteArray signingInput() const;
};

/// Parses a compact JWS: three base64url parts (strict), a header that is a JSON object (strict reader:
/// duplicate members refused), `alg` required and on the allow-list. Pure, thread-safe. Refused:
/// - wrong part count, bad base64url, an empty signature: crypto.jws-malformed; over 32 MiB: crypto.jws-too-large;
/// - a header that is not a strict JSON object (e.g. duplicate members): crypto.jws-bad-header;
/// - no `alg` (or not a string): crypto.jws-alg-missing; `none` (any case): crypto.jws-alg-none;
///   HS256/HS384/HS512 (any HS*): crypto.jws-alg-hmac; any other: crypto.jws-alg-unsupported;
/// - `b64: false` (RFC 7797): crypto.jws-b64-false; any `crit`: crypto.jws-crit-unsupported;
///   `zip`: crypto.jws-zip.
/// `jku`, `x5u`, `x5c`, `jwk` and `kid` are kept as data in `header`; nothing is ever fetched.
Result<JwsCompact> parseJwsCompact(QByteArrayView token);

/// Verifies a parsed JWS with `key`. True/false as verifySignature(); Errors: crypto.key-algorithm-mismatch
/// (EdDSA needs Ed25519, ES256 P-256, ES384 P-384, RS256/PS256 RSA), crypto.rsa-key-too-small.
/// ECDSA signatures are JOSE raw r ‖ s.
Result<bool> verifyJws(const JwsCompact &jws, const PublicKey &key);

/// Signs `payload` with the learner's Ed25519 key: `header` with "alg" set to "EdDSA", written as compact
/// JSON. Returns the compact serialization; empty if signing failed. Thread-safe.
QByteArray signJwsCompact(const QJsonObject &header, QByteArrayView payload, const Ed25519SigningKey &key);

} // namespace Credfolio::Crypto
