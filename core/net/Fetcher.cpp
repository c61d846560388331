// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/Fetcher.h"

#include "core/net/DocumentCache.h"
#include "core/net/NetErrors.h"
#include "core/net/NetLogging.h"
#include "core/net/NetworkThread.h"

#include <QCoreApplication>
#include <QReadLocker>
#include <QSslConfiguration>
#include <QThread>
#include <QWriteLocker>

namespace Credfolio::Net {
namespace {

[[maybe_unused]] bool onGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

bool isNetworkFailure(const Error &error)
{
    return error.code == QLatin1String("net.timeout") || error.code == QLatin1String("net.unreachable");
}

} // namespace

Fetcher::Fetcher(FetcherPolicy policy, std::shared_ptr<DocumentCache> cache)
    : m_network(std::make_unique<NetworkThread>())
    , m_policy(policy)
    , m_cache(std::move(cache))
{
}

Fetcher::~Fetcher() = default;

Result<RemoteDocument> Fetcher::fetch(const QUrl &url, const FetchOptions &options) const
{
    Q_ASSERT_X(!onGuiThread(), "Fetcher::fetch", "blocking fetch on the GUI thread; use a worker thread");
    return fetchFrom(url, options, !m_offline.load());
}

Result<RemoteDocument> Fetcher::fetchWithoutNetwork(const QUrl &url, const FetchOptions &options) const
{
    return fetchFrom(url, options, false);
}

Result<RemoteDocument> Fetcher::fetchFrom(const QUrl &url, const FetchOptions &options, bool useNetwork) const
{
    const Result<void> allowed = checkUrlAllowed(url);
    if (!allowed) {
        return allowed.error();
    }
    std::optional<RemoteDocument> bundled;
    std::shared_ptr<DocumentCache> cache;
    {
        const QReadLocker locker(&m_lock);
        bundled = m_bundle.find(url);
        cache = m_cache;
    }
    if (bundled) {
        return fromCopy(url, options, std::move(*bundled));
    }
    if (!useNetwork) {
        return fromCache(url, options, cache.get());
    }
    Result<RemoteDocument> fetched = fetchFromNetwork(url, options);
    if (fetched && cache) {
        const Result<void> stored = cache->store(*fetched);
        if (!stored) {
            qCWarning(lcNet) << "could not cache" << url << stored.error().toString();
        }
    }
    if (!fetched && cache && isNetworkFailure(fetched.error())) {
        if (std::optional<RemoteDocument> cached = cache->find(url)) {
            qCInfo(lcNet) << "using the copy of" << url << "fetched at" << cached->fetchedAt << "because"
                          << fetched.error().toString();
            return fromCopy(url, options, std::move(*cached));
        }
    }
    return fetched;
}

Result<RemoteDocument> Fetcher::fromCache(const QUrl &url, const FetchOptions &options,
                                          const DocumentCache *cache) const
{
    std::optional<RemoteDocument> cached = cache ? cache->find(url) : std::nullopt;
    if (!cached) {
        return Errors::offline(url);
    }
    return fromCopy(url, options, std::move(*cached));
}

Result<RemoteDocument> Fetcher::fromCopy(const QUrl &url, const FetchOptions &options, RemoteDocument copy) const
{
    const qint64 limit = options.maxBytes > 0 ? options.maxBytes : policy().maxBytes;
    copy.url = url;
    copy.fromCache = true;
    const Result<void> acceptable = checkDocument(copy, options, limit);
    if (!acceptable) {
        return acceptable.error();
    }
    return copy;
}

Result<RemoteDocument> Fetcher::fetchFromNetwork(const QUrl &url, const FetchOptions &options) const
{
    TransferRequest request;
    request.url = url;
    request.options = options;
    {
        const QReadLocker locker(&m_lock);
        request.policy = m_policy;
        request.hostMappings = m_hostMappings;
        request.caCertificates = m_caCertificates;
    }
    return m_network->perform(request);
}

void Fetcher::setOffline(bool offline)
{
    m_offline.store(offline);
}

bool Fetcher::isOffline() const
{
    return m_offline.load();
}

void Fetcher::setCache(std::shared_ptr<DocumentCache> cache)
{
    const QWriteLocker locker(&m_lock);
    m_cache = std::move(cache);
}

std::shared_ptr<DocumentCache> Fetcher::cache() const
{
    const QReadLocker locker(&m_lock);
    return m_cache;
}

FetcherPolicy Fetcher::policy() const
{
    const QReadLocker locker(&m_lock);
    return m_policy;
}

void Fetcher::setPolicy(const FetcherPolicy &policy)
{
    const QWriteLocker locker(&m_lock);
    m_policy = policy;
}

void Fetcher::mapHost(const QString &host, quint16 port, const QHostAddress &address, quint16 toPort)
{
    const QWriteLocker locker(&m_lock);
    m_hostMappings.insert(hostMappingKey(host, port), HostMapping{address, toPort});
}

void Fetcher::addTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    const QWriteLocker locker(&m_lock);
    // Setting CA certificates replaces the system's (and stops Qt loading them on demand): list both.
    if (m_caCertificates.isEmpty()) {
        static const QList<QSslCertificate> systemCertificates = QSslConfiguration::systemCaCertificates();
        m_caCertificates = systemCertificates;
    }
    m_caCertificates += certificates;
}

Result<void> Fetcher::loadBundle(const QString &manifestPath)
{
    Result<DocumentBundle> bundle = DocumentBundle::load(manifestPath);
    if (!bundle) {
        return bundle.error();
    }
    const QWriteLocker locker(&m_lock);
    m_bundle.merge(*bundle);
    return {};
}

} // namespace Credfolio::Net
