// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/DocumentBundle.h"
#include "core/net/DocumentSource.h"
#include "core/net/FetcherPolicy.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QReadWriteLock>
#include <QSslCertificate>

#include <atomic>
#include <memory>

namespace Credfolio::Net {

class DocumentCache;
class NetworkThread;
struct HostMapping;

/// The one DocumentSource of the application: every remote document comes through here.
///
/// Order of answers: the URL must pass the policy (https, or http to a loopback host: else
/// net.insecure-url); then a loaded bundle answers; offline, the cache answers (else net.offline);
/// online, the network is asked and a successful answer is stored in the cache; when the network fails
/// (net.timeout, net.unreachable) a cached copy is returned instead (fromCache = true, with the date it
/// was fetched). Cached and bundled copies pass the same status and content-type checks as fresh ones.
///
/// Threads: fetch() blocks its caller and may be called from many worker threads at once (also from
/// threads without an event loop); the network runs on a thread the Fetcher owns. Calling fetch() on
/// the GUI thread is a programming error (asserts in debug builds). The setters are thread-safe too;
/// destroy the Fetcher only when no fetch() is running.
class Fetcher final : public DocumentSource {
public:
    /// cache may be null (nothing is kept between fetches); it is shared with whoever else holds it.
    explicit Fetcher(FetcherPolicy policy = {}, std::shared_ptr<DocumentCache> cache = {});
    ~Fetcher() override;

    Fetcher(const Fetcher &) = delete;
    Fetcher &operator=(const Fetcher &) = delete;

    Result<RemoteDocument> fetch(const QUrl &url, const FetchOptions &options = {}) const override;
    /// Like fetch() offline, whatever the mode: only a bundle or the cache answers (else net.offline).
    Result<RemoteDocument> fetchWithoutNetwork(const QUrl &url, const FetchOptions &options = {}) const;

    /// Offline: no network access at all; only bundles and the cache answer.
    void setOffline(bool offline);
    bool isOffline() const;

    void setCache(std::shared_ptr<DocumentCache> cache);
    std::shared_ptr<DocumentCache> cache() const;

    FetcherPolicy policy() const;
    void setPolicy(const FetcherPolicy &policy);

    /// Like curl's --resolve: connections for host:port go to address:toPort, while TLS still checks the
    /// certificate against host and the request carries "Host: host". Meant for tests and mirrors.
    void mapHost(const QString &host, quint16 port, const QHostAddress &address, quint16 toPort);

    /// Trusts these CA certificates in addition to the system's, for this Fetcher only.
    void addTrustedCertificates(const QList<QSslCertificate> &certificates);

    /// Loads a manifest of pre-fetched documents (see DocumentBundle::load for its form and errors);
    /// its URLs are then answered from it, before the cache and the network. Later bundles win.
    Result<void> loadBundle(const QString &manifestPath);

private:
    /// The bundle, then the network (when `useNetwork`) or else the cache.
    Result<RemoteDocument> fetchFrom(const QUrl &url, const FetchOptions &options, bool useNetwork) const;
    Result<RemoteDocument> fetchFromNetwork(const QUrl &url, const FetchOptions &options) const;
    Result<RemoteDocument> fromCache(const QUrl &url, const FetchOptions &options, const DocumentCache *cache) const;
    Result<RemoteDocument> fromCopy(const QUrl &url, const FetchOptions &options, RemoteDocument copy) const;

    std::unique_ptr<NetworkThread> m_network;
    mutable QReadWriteLock m_lock;
    FetcherPolicy m_policy;
    std::shared_ptr<DocumentCache> m_cache;
    DocumentBundle m_bundle;
    QHash<QString, HostMapping> m_hostMappings;
    QList<QSslCertificate> m_caCertificates; // empty: the system's only
    std::atomic<bool> m_offline{false};
};

} // namespace Credfolio::Net
