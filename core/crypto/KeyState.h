// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/crypto: the shared state behind a PublicKey. Never include from a public header.

#include "core/crypto/OpenSslSupport.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SignatureAlgorithm.h"

#include <mutex>
#include <vector>

namespace Credfolio::Crypto::Detail {

/// A verification context already initialised for one key and algorithm. Building one costs OpenSSL 3
/// several microseconds (algorithm fetch, provider context), as much as an RSA verification itself, so
/// each key keeps a few for reuse.
struct VerifyContext {
    SignatureAlgorithm alg = SignatureAlgorithm::EdDSA;
    MdCtxPtr md;     ///< EdDSA: EVP_DigestVerifyInit done; never used itself, only copied into `work`
    MdCtxPtr work;   ///< EdDSA: the copy a one-shot EVP_DigestVerify consumes (newer OpenSSL refuses a second one)
    PkeyCtxPtr pkey; ///< others: EVP_PKEY_verify_init and parameters done (EVP_PKEY_verify on a digest)
};

/// The EVP_PKEY and the pool of ready contexts. Thread-safe: the pool is guarded by a mutex; a context is
/// used by one thread at a time (taken out of the pool while in use).
struct KeyState {
    explicit KeyState(std::shared_ptr<EVP_PKEY> key)
        : pkey(std::move(key))
    {
    }

    /// A ready context for `alg` from the pool, or an empty one (alg set, no handles) to be set up.
    VerifyContext take(SignatureAlgorithm alg);
    /// Returns a context to the pool (dropped when the pool is full).
    void give(VerifyContext context);

    const std::shared_ptr<EVP_PKEY> pkey;

private:
    static constexpr std::size_t MaxPooled = 8;
    std::mutex m_mutex;
    std::vector<VerifyContext> m_pool;
};

/// Access to a PublicKey's state for the verifier.
struct KeyAccess {
    static KeyState *state(const PublicKey &key) { return key.m_state.get(); }
};

} // namespace Credfolio::Crypto::Detail
