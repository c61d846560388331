// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/SignatureAlgorithm.h"

namespace Credfolio::Crypto {

std::optional<SignatureAlgorithm> algorithmFromJose(QStringView alg)
{
    if (alg == u"EdDSA")
        return SignatureAlgorithm::EdDSA;
    if (alg == u"ES256")
        return SignatureAlgorithm::ES256;
    if (alg == u"ES384")
        return SignatureAlgorithm::ES384;
    if (alg == u"RS256")
        return SignatureAlgorithm::RS256;
    if (alg == u"PS256")
        return SignatureAlgorithm::PS256;
    return std::nullopt;
}

QString joseName(SignatureAlgorithm alg)
{
    switch (alg) {
    case SignatureAlgorithm::EdDSA:
        return QStringLiteral("EdDSA");
    case SignatureAlgorithm::ES256:
        return QStringLiteral("ES256");
    case SignatureAlgorithm::ES384:
        return QStringLiteral("ES384");
    case SignatureAlgorithm::RS256:
        return QStringLiteral("RS256");
    case SignatureAlgorithm::PS256:
        return QStringLiteral("PS256");
    }
    return {};
}

} // namespace Credfolio::Crypto
