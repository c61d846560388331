// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/LibraryVersion.h"

#include <openssl/crypto.h>

namespace Credfolio::Crypto {

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING));
}

} // namespace Credfolio::Crypto
