// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Credfolio::Crypto {

/// The signature algorithms Credfolio accepts (the allow-list of standards §10); nothing else is ever
/// verified.
enum class SignatureAlgorithm {
    EdDSA, ///< Pure Ed25519 (RFC 8032, RFC 8037)
    ES256, ///< ECDSA P-256 with SHA-256
    ES384, ///< ECDSA P-384 with SHA-384
    RS256, ///< RSASSA-PKCS1-v1_5 with SHA-256
    PS256, ///< RSASSA-PSS with SHA-256, MGF1-SHA-256, 32-byte salt
};

/// The algorithm for a JOSE `alg` name (case-sensitive, as JOSE is): only "EdDSA", "ES256", "ES384",
/// "RS256" and "PS256"; everything else (none, HS*, RS512, ...) is std::nullopt. Pure, thread-safe.
std::optional<SignatureAlgorithm> algorithmFromJose(QStringView alg);

/// The JOSE `alg` name of an algorithm ("EdDSA", "ES256", ...).
QString joseName(SignatureAlgorithm alg);

} // namespace Credfolio::Crypto
