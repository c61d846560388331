// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SecretStore.h"

#include "core/store/KeychainThread.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <qt6keychain/keychain.h>

namespace Credfolio::Store {
namespace {

using Status = KeychainAvailability::Status;

const QString secretServiceName = QStringLiteral("org.freedesktop.secrets");

// QtKeychain reports most failures of the libsecret backend as OtherError; D-Bus itself tells whether the
// bus or the Secret Service is missing.
Status classify(const KeychainReply &reply)
{
    switch (reply.error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Locked;
    case QKeychain::NoBackendAvailable:
        return Status::NoSecretService;
    default:
        break;
    }
    if (reply.timedOut)
        return Status::Failed;
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Status::NoDBus;
    QDBusConnectionInterface *daemon = bus.interface();
    if (daemon && !daemon->isServiceRegistered(secretServiceName).value() &&
        !daemon->activatableServiceNames().value().contains(secretServiceName))
        return Status::NoSecretService;
    return Status::Failed;
}

QString detailOf(const KeychainRequest &request, const KeychainReply &reply, Status status)
{
    static const char *const reasons[] = {"available", "no D-Bus session bus", "no Secret Service on D-Bus",
                                          "keychain locked or access refused", "keychain request failed"};
    return QStringLiteral("%1 (key \"%2\", service \"%3\"): QtKeychain error %4: %5")
        .arg(QLatin1String(reasons[static_cast<int>(status)]), request.key, request.service,
             QString::number(reply.error), reply.errorString);
}

Error errorFor(const KeychainRequest &request, const KeychainReply &reply, Status status)
{
    const QString detail = detailOf(request, reply, status);
    switch (status) {
    case Status::NoDBus:
    case Status::NoSecretService:
        return makeError(QStringLiteral("store.keychain-unavailable"),
                         QCoreApplication::translate("Credfolio::Store",
                                                     "Your system keychain is not available, so Credfolio cannot keep "
                                                     "a signing key. You can continue without signing."),
                         detail);
    case Status::Locked:
        return makeError(QStringLiteral("store.keychain-unavailable"),
                         QCoreApplication::translate("Credfolio::Store",
                                                     "Your system keychain is locked or refused access, so Credfolio "
                                                     "cannot keep a signing key. Unlock it and try again, or continue "
                                                     "without signing."),
                         detail);
    case Status::Available:
    case Status::Failed:
        break;
    }
    if (reply.timedOut)
        return makeError(QStringLiteral("store.keychain-failed"),
                         QCoreApplication::translate("Credfolio::Store",
                                                     "Your system keychain did not answer in time. Try again, or "
                                                     "continue without signing."),
                         detail);
    return makeError(QStringLiteral("store.keychain-failed"),
                     QCoreApplication::translate("Credfolio::Store",
                                                 "Your system keychain could not complete the request. Try again, or "
                                                 "continue without signing."),
                     detail);
}

Error notFound(const KeychainRequest &request)
{
    return makeError(
        QStringLiteral("store.secret-not-found"),
        QCoreApplication::translate("Credfolio::Store", "Your system keychain holds no such entry for Credfolio."),
        QStringLiteral("no entry \"%1\" for service \"%2\"").arg(request.key, request.service));
}

Error emptyKey()
{
    return makeError(QStringLiteral("store.keychain-failed"),
                     QCoreApplication::translate("Credfolio::Store",
                                                 "Your system keychain could not complete the request. Try again, or "
                                                 "continue without signing."),
                     QStringLiteral("empty key"));
}

struct Outcome {
    KeychainReply reply;
    Status status = Status::Available;
};

Outcome perform(const KeychainRequest &request, const SecretStoreOptions &options)
{
    Outcome outcome;
    for (int attempt = 0; attempt < 2; ++attempt) {
        outcome.reply = KeychainThread::instance().run(request, options.timeout);
        if (outcome.reply.error == QKeychain::NoError || outcome.reply.error == QKeychain::EntryNotFound) {
            outcome.status = Status::Available;
            return outcome;
        }
        outcome.status = classify(outcome.reply);
        const bool mayBeStarting =
            outcome.status == Status::NoSecretService || (outcome.status == Status::Failed && !outcome.reply.timedOut);
        if (attempt > 0 || !mayBeStarting || options.retryDelay.count() <= 0)
            break;
        QThread::msleep(static_cast<unsigned long>(options.retryDelay.count()));
    }
    return outcome;
}

} // namespace

SecretStore::SecretStore() = default;

SecretStore::SecretStore(SecretStoreOptions options)
    : m_options(std::move(options))
{
}

QString SecretStore::signingKeyName(const QString &libraryId)
{
    return QStringLiteral("signing-key/") + libraryId;
}

QString SecretStore::tokenName(const QString &service)
{
    return QStringLiteral("token/") + service;
}

Result<QByteArray> SecretStore::read(const QString &key) const
{
    if (key.isEmpty())
        return emptyKey();
    const KeychainRequest request{KeychainRequest::Kind::Read, m_options.service, key, {}};
    Outcome outcome = perform(request, m_options);
    if (outcome.reply.error == QKeychain::EntryNotFound)
        return notFound(request);
    if (outcome.reply.error != QKeychain::NoError)
        return errorFor(request, outcome.reply, outcome.status);
    return std::move(outcome.reply.data);
}

Result<void> SecretStore::write(const QString &key, const QByteArray &bytes) const
{
    if (key.isEmpty())
        return emptyKey();
    const KeychainRequest request{KeychainRequest::Kind::Write, m_options.service, key, bytes};
    const Outcome outcome = perform(request, m_options);
    if (outcome.reply.error != QKeychain::NoError)
        return errorFor(request, outcome.reply, outcome.status);
    return {};
}

Result<void> SecretStore::remove(const QString &key) const
{
    if (key.isEmpty())
        return emptyKey();
    const KeychainRequest request{KeychainRequest::Kind::Remove, m_options.service, key, {}};
    const Outcome outcome = perform(request, m_options);
    if (outcome.reply.error != QKeychain::NoError && outcome.reply.error != QKeychain::EntryNotFound)
        return errorFor(request, outcome.reply, outcome.status);
    return {};
}

KeychainAvailability SecretStore::probe() const
{
    const KeychainRequest request{KeychainRequest::Kind::Write, m_options.service, QStringLiteral("probe/availability"),
                                  QByteArrayLiteral("Credfolio checks that the keychain can be used; not a secret")};
    Outcome outcome = perform(request, m_options);
    if (outcome.reply.error == QKeychain::NoError)
        outcome = perform(KeychainRequest{KeychainRequest::Kind::Remove, request.service, request.key, {}}, m_options);
    KeychainAvailability availability;
    if (outcome.reply.error == QKeychain::NoError || outcome.reply.error == QKeychain::EntryNotFound)
        return availability;
    availability.status = outcome.status;
    availability.error = errorFor(request, outcome.reply, outcome.status);
    return availability;
}

} // namespace Credfolio::Store
