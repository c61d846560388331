// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PublicKey.h"

#include <QJsonObject>

namespace Credfolio::Did {

/// The public key of a verification method object, by its `type`:
/// Multikey and Ed25519VerificationKey2020 (`publicKeyMultibase`; the 2020 type only with Ed25519 keys),
/// Ed25519VerificationKey2018 (`publicKeyBase58`, 32 raw bytes), JsonWebKey and JsonWebKey2020 (`publicKeyJwk`).
/// A method carrying private key material is refused. `id` (the method's absolute id) names it in messages.
/// Errors: did.unsupported-key (other method types, key types the crypto layer does not verify with, JWKs with
/// `use` other than "sig"), did.bad-key (missing or undecodable material, private keys; crypto error in detail).
Result<Crypto::PublicKey> methodKey(const QJsonObject &method, const QString &id);

/// A JWK as a signing key, with the crypto layer's errors mapped to did.bad-key / did.unsupported-key; `subject`
/// names the key in messages.
Result<Crypto::PublicKey> signingKeyFromJwk(const QJsonObject &jwk, const QString &subject);

/// A Multikey text as a key, with errors mapped as above.
Result<Crypto::PublicKey> signingKeyFromMultikey(const QString &multibase, const QString &subject);

} // namespace Credfolio::Did
