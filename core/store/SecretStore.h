// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace Credfolio::Store {

/// Whether the system keychain can keep secrets, and if not, why.
struct KeychainAvailability {
    enum class Status {
        Available,
        NoDBus,          ///< no D-Bus session bus to reach a keychain through
        NoSecretService, ///< D-Bus is there but nothing provides org.freedesktop.secrets
        Locked,          ///< the keychain is locked, or the learner refused access
        Failed,          ///< the keychain is there but the request failed for another reason
    };
    Status status = Status::Available;
    Error error; ///< store.keychain-unavailable or store.keychain-failed; empty when available

    bool isAvailable() const { return status == Status::Available; }
};

struct SecretStoreOptions {
    QString service = QStringLiteral("Credfolio"); ///< the keychain's service attribute of every entry
    std::chrono::milliseconds timeout{120'000};    ///< long enough for the learner to answer an unlock prompt
    /// One retry after this delay when the Secret Service is missing or fails (it may still be starting,
    /// e.g. right after login); zero: no retry.
    std::chrono::milliseconds retryDelay{1'500};
};

/// A blocking facade over QtKeychain: the only place Credfolio keeps secrets (signing-key seeds, service
/// tokens). Nothing is ever written anywhere else: no insecure fallback, no settings file.
///
/// Keys are namespaced ("signing-key/<library id>", "token/<service>"); values are binary-safe.
/// Thread-safe and copyable. Every call blocks the calling thread until the keychain answers: it may be
/// called from worker threads without an event loop and from the GUI thread (the job runs on a dedicated
/// keychain thread, see KeychainThread.h; prefer workers, since an unlock prompt can take a while).
///
/// Errors: store.keychain-unavailable (no D-Bus, no Secret Service, locked or refused; the learner can
/// continue without signing), store.secret-not-found (read of a missing key), store.keychain-failed
/// (anything else, including no answer within the timeout). Removing a missing key succeeds.
class SecretStore {
public:
    SecretStore();
    explicit SecretStore(SecretStoreOptions options);

    /// "signing-key/<libraryId>"
    static QString signingKeyName(const QString &libraryId);
    /// "token/<service>"
    static QString tokenName(const QString &service);

    Result<QByteArray> read(const QString &key) const;
    /// Creates or replaces the value of `key`.
    Result<void> write(const QString &key, const QByteArray &bytes) const;
    Result<void> remove(const QString &key) const;

    /// Tries the keychain with a harmless, non-secret entry (written, then removed), since only a write
    /// shows whether a locked keychain can be used.
    KeychainAvailability probe() const;

    const SecretStoreOptions &options() const { return m_options; }

private:
    SecretStoreOptions m_options;
};

} // namespace Credfolio::Store
