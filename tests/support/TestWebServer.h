// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/TestCertificateAuthority.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Credfolio::Test {

struct TestWebServerState;
class TestWebServerWorker;

/// What TestWebServer answers for one URL.
struct TestResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    int delayMs = 0;        ///< wait this long before answering (for timeouts)
    QByteArray location;    ///< a Location header (for redirects)
    qint64 streamBytes = 0; ///< > 0: send this many bytes of filler instead of body, without Content-Length
    QList<QPair<QByteArray, QByteArray>> headers; ///< more headers

    static TestResponse ok(const QByteArray &body, const QByteArray &contentType = "application/json");
    static TestResponse redirect(const QByteArray &location, int status = 302);
    static TestResponse error(int status);
};

/// A small HTTP/1.1 server on 127.0.0.1 for tests: HTTPS when constructed with a TlsIdentity (see
/// TestCertificateAuthority), plain HTTP otherwise. It runs on its own thread, so the test's thread may
/// block (e.g. in Net::Fetcher::fetch) while it answers. Each connection gets one answer and is closed (unless
/// setKeepAlive(true)).
///
/// Answers are chosen by the request's Host header (without port) and path with query; whatever is not
/// set up answers 404. Point a client at it with a host mapping (Fetcher::mapHost(host, 443, address(),
/// port())) so URLs keep their real host names, e.g. https://credentials.example.org/...
///
///     TestCertificateAuthority ca;
///     TestWebServer server(ca.issue({"credentials.example.org"}));
///     server.setResponse(QUrl("https://credentials.example.org/.well-known/did.json"), TestResponse::ok(did));
///     QVERIFY(server.start());
///
/// All members are thread-safe. The destructor stops the server.
class TestWebServer {
public:
    TestWebServer();
    explicit TestWebServer(const TlsIdentity &identity);
    ~TestWebServer();

    TestWebServer(const TestWebServer &) = delete;
    TestWebServer &operator=(const TestWebServer &) = delete;

    /// Listens on 127.0.0.1 on a free port; false if it cannot. Responses may be set before or after.
    bool start();
    /// Stops listening and drops open connections; a later start() listens on a new port.
    void stop();
    bool isListening() const;

    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    quint16 port() const;
    bool isHttps() const;

    /// Answers url (host, path and query; scheme and port are ignored) with response.
    void setResponse(const QUrl &url, const TestResponse &response);
    /// Serves every resource of a manifest `{"resources": [{"url", "file", "contentType"}]}` (files
    /// relative to its folder) with status 200; false (with a warning) if it cannot be read.
    bool serveManifest(const QString &manifestPath);
    /// The hosts that have responses, in lower case (to map them all to this server).
    QStringList hosts() const;

    /// How many requests arrived for url (host, path and query), and for all URLs.
    int requestCount(const QUrl &url) const;
    int requestCount() const;
    /// The most requests that were waiting for a delayed answer (TestResponse::delayMs) at the same time: how
    /// many a client had in flight side by side.
    int delayedRequestsAtOnce() const;
    /// How many connections were accepted (TLS or not).
    int connectionCount() const;
    /// Keep connections open for further requests (off by default: one answer per connection). Streamed
    /// answers and requests with "Connection: close" still close.
    void setKeepAlive(bool keepAlive);
    /// Bytes of body handed to the socket for url (to show that a client stopped reading early).
    qint64 bodyBytesSent(const QUrl &url) const;

private:
    std::shared_ptr<TestWebServerState> m_state;
    std::unique_ptr<class QThread> m_thread;
    TestWebServerWorker *m_worker = nullptr;
};

} // namespace Credfolio::Test
