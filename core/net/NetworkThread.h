// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/net/FetcherPolicy.h"
#include "core/net/RemoteDocument.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QThread>

class QNetworkAccessManager;

namespace Credfolio::Net {

/// Where connections to a host and port really go (curl's --resolve); TLS still checks the host name.
struct HostMapping {
    QHostAddress address;
    quint16 port = 0;
};

/// The key of HostMapping tables: "host:port", host in lower case.
QString hostMappingKey(const QString &host, int port);

/// Everything one fetch over the network needs, copied so that the network thread shares nothing.
struct TransferRequest {
    QUrl url;
    FetchOptions options;
    FetcherPolicy policy;
    QHash<QString, HostMapping> hostMappings;
    QList<QSslCertificate> caCertificates; ///< the trust anchors; empty: the system's
};

/// A thread with its own event loop that owns a QNetworkAccessManager and runs transfers for callers on
/// other threads. Internal to the Fetcher.
class NetworkThread {
public:
    NetworkThread();
    /// Stops the thread. No perform() may be running.
    ~NetworkThread();

    NetworkThread(const NetworkThread &) = delete;
    NetworkThread &operator=(const NetworkThread &) = delete;

    /// Runs the transfer on the network thread and blocks the calling thread until it is done.
    /// Thread-safe; must not be called from the network thread itself.
    Result<RemoteDocument> perform(const TransferRequest &request);

private:
    QThread m_thread;
    QObject *m_context = nullptr;               // lives in m_thread
    QNetworkAccessManager *m_manager = nullptr; // created and used in m_thread only
};

} // namespace Credfolio::Net
