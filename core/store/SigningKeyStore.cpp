// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SigningKeyStore.h"

#include <QCoreApplication>
#include <QMutex>

namespace Credfolio::Store {
namespace {

// Serializes read-or-create, so that two threads asking for a new library's key at once do not each
// generate one and overwrite the other's.
QMutex creationMutex;

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

Error damagedEntry(const QString &libraryId, const Error &cause)
{
    return makeError(QStringLiteral("store.keychain-failed"),
                     QCoreApplication::translate("Credfolio::Store",
                                                 "The signing key in your system keychain is damaged, so Credfolio "
                                                 "cannot sign with it."),
                     QStringLiteral("library %1: %2").arg(libraryId, cause.toString()));
}

Error noLibrary()
{
    return makeError(QStringLiteral("store.keychain-failed"),
                     QCoreApplication::translate("Credfolio::Store",
                                                 "Credfolio cannot find a signing key without knowing its library."),
                     QStringLiteral("empty library id"));
}

} // namespace

SigningKeyStore::SigningKeyStore() = default;

SigningKeyStore::SigningKeyStore(SecretStore secrets)
    : m_secrets(std::move(secrets))
{
}

Result<Crypto::Ed25519SigningKey> SigningKeyStore::signingKey(const QString &libraryId, CreatePolicy policy) const
{
    if (libraryId.isEmpty())
        return noLibrary();
    const QString name = SecretStore::signingKeyName(libraryId);
    QMutexLocker locker(&creationMutex);
    Result<QByteArray> stored = m_secrets.read(name);
    if (stored) {
        Result<Crypto::Ed25519SigningKey> key = Crypto::Ed25519SigningKey::fromSeed(*stored);
        wipe(*stored);
        if (!key)
            return damagedEntry(libraryId, key.error());
        return key;
    }
    if (stored.error().code != QLatin1String("store.secret-not-found") || policy == CreatePolicy::UseExisting)
        return stored.error();

    Result<Crypto::Ed25519SigningKey> created = Crypto::Ed25519SigningKey::generate();
    if (!created)
        return created.error();
    QByteArray seed = created->seed();
    Result<void> written = m_secrets.write(name, seed);
    wipe(seed);
    if (!written)
        return written.error();
    return created;
}

Result<QString> SigningKeyStore::publicKeyMultikey(const QString &libraryId, CreatePolicy policy) const
{
    Result<Crypto::Ed25519SigningKey> key = signingKey(libraryId, policy);
    if (!key)
        return key.error();
    return key->publicKey().toMultikey();
}

Result<void> SigningKeyStore::forget(const QString &libraryId) const
{
    if (libraryId.isEmpty())
        return noLibrary();
    QMutexLocker locker(&creationMutex);
    return m_secrets.remove(SecretStore::signingKeyName(libraryId));
}

} // namespace Credfolio::Store
