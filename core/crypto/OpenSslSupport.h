// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/crypto: never include from a public header (it pulls in OpenSSL).

#include "core/common/Error.h"

#include <QString>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace Credfolio::Crypto::Detail {

struct PkeyDeleter {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxDeleter {
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct BnDeleter {
    void operator()(BIGNUM *p) const { BN_free(p); }
};
struct ParamBldDeleter {
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamDeleter {
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, ParamDeleter>;

/// Takes ownership of `pkey` as the shared handle PublicKey and Ed25519SigningKey keep.
std::shared_ptr<EVP_PKEY> sharePkey(PkeyPtr pkey);

/// Drains this thread's OpenSSL error queue into one line ("" when empty), for Error::detail.
QString takeOpenSslErrors();

/// Drops whatever OpenSSL queued on this thread (after an expected failure such as a bad signature).
void clearOpenSslErrors();

/// makeError() in the module's translation context, with the OpenSSL queue appended to `detail`.
Error opensslError(const QString &code, const QString &message, const QString &detail = {});

} // namespace Credfolio::Crypto::Detail
