// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for compact JWS parsing: never crashes; whatever parses has an allowed algorithm and a
// signing input equal to the first two parts of the token exactly.
#include "core/crypto/Jws.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio;
    const QByteArrayView token(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto jws = Crypto::parseJwsCompact(token);
    if (jws && !token.startsWith(jws->signingInput())) {
        std::abort();
    }
    return 0;
}
