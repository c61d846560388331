// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Ed25519SigningKey.h"
#include "core/store/SecretStore.h"

#include <QString>

namespace Credfolio::Store {

enum class CreatePolicy {
    UseExisting,     ///< store.secret-not-found when the library has no key yet
    CreateIfMissing, ///< generate and keep a new key on first need
};

/// The learner's Ed25519 signing key of each library, kept as its 32-byte seed under
/// "signing-key/<library id>" in the system keychain and nowhere else.
///
/// Thread-safe; blocking like SecretStore. When the keychain cannot be used the calls fail with
/// store.keychain-unavailable (the learner may continue without signing) and nothing is written anywhere.
/// A stored entry that is not a 32-byte seed is reported as store.keychain-failed, never replaced.
class SigningKeyStore {
public:
    SigningKeyStore();
    explicit SigningKeyStore(SecretStore secrets);

    Result<Crypto::Ed25519SigningKey> signingKey(const QString &libraryId, CreatePolicy policy) const;
    /// The Multikey (`z6Mk…`) of the library's public key.
    Result<QString> publicKeyMultikey(const QString &libraryId, CreatePolicy policy = CreatePolicy::UseExisting) const;
    /// Removes the library's key from the keychain; succeeds when there is none.
    Result<void> forget(const QString &libraryId) const;

private:
    SecretStore m_secrets;
};

} // namespace Credfolio::Store
