// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Hash.h"

#include <openssl/evp.h>

namespace Credfolio::Crypto {

namespace {

QByteArray digest(const EVP_MD *md, QByteArrayView data)
{
    QByteArray out(EVP_MD_get_size(md), Qt::Uninitialized);
    unsigned int length = 0;
    // EVP_Digest only fails on allocation failure; an empty result signals it rather than garbage.
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   &length, md, nullptr) != 1)
        return {};
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    return digest(EVP_sha256(), data);
}

QByteArray sha384(QByteArrayView data)
{
    return digest(EVP_sha384(), data);
}

} // namespace Credfolio::Crypto
