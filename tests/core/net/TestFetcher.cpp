// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/Fetcher.h"
#include "core/net/MemoryDocumentCache.h"
#include "core/net/NetErrors.h"
#include "core/net/SqliteDocumentCache.h"
#include "tests/support/TestData.h"
#include "tests/support/TestNetwork.h"
#include "tests/support/TestWebServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include <thread>

using namespace Credfolio;
using namespace Credfolio::Net;
using namespace Credfolio::Test;

namespace {

const QString kDid = QStringLiteral("https://credentials.example.org/.well-known/did.json");

QUrl url(const QString &text)
{
    return QUrl(text, QUrl::StrictMode);
}

// The corpus's hosted resources: url -> (file bytes, content type), read independently of the code under test.
struct Resource {
    QUrl url;
    QByteArray body;
    QString contentType;
};

QList<Resource> corpusResources()
{
    const QJsonArray resources = QJsonDocument::fromJson(readData(QStringLiteral("corpus/web/manifest.json")))
                                     .object()
                                     .value(QLatin1String("resources"))
                                     .toArray();
    QList<Resource> result;
    for (const QJsonValue &value : resources) {
        const QJsonObject object = value.toObject();
        result.append({url(object.value(QLatin1String("url")).toString()),
                       readData(QStringLiteral("corpus/web/") + object.value(QLatin1String("file")).toString()),
                       object.value(QLatin1String("contentType")).toString()});
    }
    return result;
}

FetcherPolicy shortPolicy()
{
    FetcherPolicy policy;
    policy.connectTimeoutMs = 2000;
    policy.totalTimeoutMs = 4000;
    return policy;
}

} // namespace

class TestFetcher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void servesCorpusDocumentsByteForByte();
    void stalledServerIsAbandonedAtTheTimeout();
    void notFoundIsAnHttpStatusError();
    void goneIsReturnedWhenErrorStatusIsAccepted();
    void oversizedStreamIsCutShort();
    void oversizedDeclaredLengthIsRefused();
    void followsRedirectsAcrossHosts();
    void redirectLoopIsRefused();
    void tooManyRedirectsAreRefused();
    void redirectToHttpIsRefused_data();
    void redirectToHttpIsRefused();
    void wrongContentTypeIsRefused();
    void insecureUrlsAreRefused_data();
    void insecureUrlsAreRefused();
    void plainHttpToLoopbackIsAllowed();
    void certificateForAnotherNameFails();
    void untrustedAuthorityFails();
    void keptAliveConnectionIsNotReusedForAnotherName();
    void unreachableServer();
    void offlineWithoutCopyFails();
    void cacheAnswersWhenServerIsGoneAndOffline();
    void timeoutFallsBackToCachedCopy();
    void concurrentFetchesFromWorkerThreads();
    void fetchFromThreadWithoutQt();
    void onlineFetchesFreshAndUpdatesCache();

private:
    std::unique_ptr<Fetcher> trustingFetcher(FetcherPolicy policy = shortPolicy(),
                                             std::shared_ptr<DocumentCache> cache = {});

    TestCertificateAuthority m_ca;
    std::unique_ptr<TestWebServer> m_server;
    QList<Resource> m_resources;
};

std::unique_ptr<Fetcher> TestFetcher::trustingFetcher(FetcherPolicy policy, std::shared_ptr<DocumentCache> cache)
{
    auto fetcher = std::make_unique<Fetcher>(policy, std::move(cache));
    fetcher->addTrustedCertificates({m_ca.certificate()});
    routeToServer(*fetcher, *m_server);
    return fetcher;
}

void TestFetcher::initTestCase()
{
    m_resources = corpusResources();
    QVERIFY(m_resources.size() >= 10);
    QStringList hosts;
    for (const Resource &resource : std::as_const(m_resources)) {
        if (!hosts.contains(resource.url.host())) {
            hosts.append(resource.url.host());
        }
    }
    m_server = std::make_unique<TestWebServer>(m_ca.issue(hosts));
    QVERIFY(m_server->serveManifest(dataPath(QStringLiteral("corpus/web/manifest.json"))));
    QVERIFY(m_server->start());
}

void TestFetcher::servesCorpusDocumentsByteForByte()
{
    const auto fetcher = trustingFetcher();
    for (const Resource &resource : std::as_const(m_resources)) {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Result<RemoteDocument> document = fetcher->fetch(resource.url);
        QVERIFY2(document.has_value(), qPrintable(document.has_value() ? QString() : document.error().toString()));
        QCOMPARE(document->body, resource.body);
        QCOMPARE(document->contentType, resource.contentType);
        QCOMPARE(document->httpStatus, 200);
        QCOMPARE(document->url, resource.url);
        QCOMPARE(document->finalUrl, resource.url);
        QVERIFY(!document->fromCache);
        QVERIFY(document->fetchedAt >= before.addMSecs(-1));
        QVERIFY(document->fetchedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(document->fetchedAt.timeSpec(), Qt::UTC);
        QCOMPARE(m_server->requestCount(resource.url), 1);
    }
}

void TestFetcher::stalledServerIsAbandonedAtTheTimeout()
{
    // The server took the request and stalls for 10 s; the fetcher gives up after its 1.5 s timeout. The
    // bounds come from those two values only (no budget for how fast this machine is): not before the
    // timeout, and before the stall ends (which is when it would have returned had it waited).
    const QUrl slow = url(QStringLiteral("https://credentials.example.org/slow"));
    const int stallMs = 10'000;
    TestResponse response = TestResponse::ok("{}");
    response.delayMs = stallMs;
    m_server->setResponse(slow, response);
    FetcherPolicy policy;
    policy.connectTimeoutMs = 1500;
    policy.totalTimeoutMs = 1500;
    const auto fetcher = trustingFetcher(policy);
    QElapsedTimer clock;
    clock.start();
    const Result<RemoteDocument> document = fetcher->fetch(slow);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.timeout"));
    QCOMPARE(document.error().detail, QStringLiteral("timeout 1500 ms"));
    QVERIFY(document.error().message.contains(slow.toString()));
    QVERIFY(document.error().message.contains(QLatin1String("1.5")));
    // The request did reach the server: it was its answer that did not come.
    QCOMPARE(m_server->requestCount(slow), 1);
    // Coarse timers may fire up to 5% early.
    QVERIFY2(elapsed >= policy.totalTimeoutMs * 9 / 10, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < stallMs, qPrintable(QString::number(elapsed)));
}

void TestFetcher::notFoundIsAnHttpStatusError()
{
    const QUrl missing = url(QStringLiteral("https://badges.example.org/ob2/no-such-thing.json"));
    const Result<RemoteDocument> document = trustingFetcher()->fetch(missing);
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.http-status"));
    QVERIFY(document.error().message.contains(QLatin1String("404")));
    QVERIFY(document.error().message.contains(missing.toString()));
    QCOMPARE(m_server->requestCount(missing), 1);
}

void TestFetcher::goneIsReturnedWhenErrorStatusIsAccepted()
{
    const QUrl revoked = url(QStringLiteral("https://badges.example.org/ob2/assertions/revoked-1.json"));
    m_server->setResponse(revoked, TestResponse::error(410));
    const auto fetcher = trustingFetcher();
    const Result<RemoteDocument> refused = fetcher->fetch(revoked);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, QStringLiteral("net.http-status"));
    QVERIFY(refused.error().message.contains(QLatin1String("410")));

    FetchOptions options;
    options.acceptErrorStatus = true;
    options.acceptedContentTypes = {QStringLiteral("application/json")}; // not applied to error answers
    const Result<RemoteDocument> gone = fetcher->fetch(revoked, options);
    QVERIFY2(gone.has_value(), qPrintable(gone.has_value() ? QString() : gone.error().toString()));
    QCOMPARE(gone->httpStatus, 410);
    QCOMPARE(gone->body, QByteArray("Gone"));
}

void TestFetcher::oversizedStreamIsCutShort()
{
    const QUrl big = url(QStringLiteral("https://status.example.edu/lists/huge"));
    const qint64 total = 64LL * 1024 * 1024;
    TestResponse response = TestResponse::ok({});
    response.streamBytes = total;
    m_server->setResponse(big, response);
    FetchOptions options;
    options.maxBytes = 100 * 1024;
    const Result<RemoteDocument> document = trustingFetcher()->fetch(big, options);
    QVERIFY(!document.has_value());
    // Not net.timeout: the fetcher stopped at the limit instead of reading on until the 4 s timeout.
    QCOMPARE(document.error().code, QStringLiteral("net.too-large"));
    QVERIFY(document.error().message.contains(big.toString()));
    // The server stopped sending when the fetcher hung up, long before the end.
    QTRY_VERIFY(m_server->bodyBytesSent(big) > 0);
    QVERIFY2(m_server->bodyBytesSent(big) < total / 4, qPrintable(QString::number(m_server->bodyBytesSent(big))));
}

void TestFetcher::oversizedDeclaredLengthIsRefused()
{
    const QUrl big = url(QStringLiteral("https://status.example.edu/lists/declared"));
    m_server->setResponse(big, TestResponse::ok(QByteArray(300 * 1024, 'a')));
    FetcherPolicy policy = shortPolicy();
    policy.maxBytes = 200 * 1024;
    const auto fetcher = trustingFetcher(policy);
    const Result<RemoteDocument> document = fetcher->fetch(big);
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.too-large"));
    // The per-request limit overrides the policy's.
    FetchOptions options;
    options.maxBytes = 400 * 1024;
    const Result<RemoteDocument> allowed = fetcher->fetch(big, options);
    QVERIFY(allowed.has_value());
    QCOMPARE(allowed->body.size(), 300 * 1024);
}

void TestFetcher::followsRedirectsAcrossHosts()
{
    const QUrl start = url(QStringLiteral("https://credentials.example.org/moved/issuer"));
    const QUrl middle = url(QStringLiteral("https://credentials.example.org/moved/again"));
    const QUrl target = url(QStringLiteral("https://badges.example.org/ob2/issuer.json"));
    m_server->setResponse(start, TestResponse::redirect("/moved/again", 301));
    m_server->setResponse(middle, TestResponse::redirect(target.toEncoded(), 307));
    const Result<RemoteDocument> document = trustingFetcher()->fetch(start);
    QVERIFY2(document.has_value(), qPrintable(document.has_value() ? QString() : document.error().toString()));
    QCOMPARE(document->url, start);
    QCOMPARE(document->finalUrl, target);
    QCOMPARE(document->body, readData(QStringLiteral("corpus/web/badges.example.org/ob2/issuer.json")));
}

void TestFetcher::redirectLoopIsRefused()
{
    const QUrl a = url(QStringLiteral("https://credentials.example.org/loop/a"));
    m_server->setResponse(a, TestResponse::redirect("https://credentials.example.org/loop/b"));
    m_server->setResponse(url(QStringLiteral("https://credentials.example.org/loop/b")),
                          TestResponse::redirect("/loop/a"));
    const Result<RemoteDocument> document = trustingFetcher()->fetch(a);
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.redirects"));
    QCOMPARE(m_server->requestCount(a), 1);
}

void TestFetcher::tooManyRedirectsAreRefused()
{
    for (int hop = 1; hop <= 7; ++hop) {
        m_server->setResponse(url(QStringLiteral("https://credentials.example.org/chain/%1").arg(hop)),
                              TestResponse::redirect("/chain/" + QByteArray::number(hop + 1)));
    }
    m_server->setResponse(url(QStringLiteral("https://credentials.example.org/chain/8")), TestResponse::ok("{}"));
    const auto fetcher = trustingFetcher();
    const Result<RemoteDocument> refused =
        fetcher->fetch(url(QStringLiteral("https://credentials.example.org/chain/1")));
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, QStringLiteral("net.redirects"));
    QCOMPARE(m_server->requestCount(url(QStringLiteral("https://credentials.example.org/chain/7"))), 0);
    // Five hops are fine.
    const Result<RemoteDocument> fine = fetcher->fetch(url(QStringLiteral("https://credentials.example.org/chain/3")));
    QVERIFY2(fine.has_value(), qPrintable(fine.has_value() ? QString() : fine.error().toString()));
    QCOMPARE(fine->finalUrl, url(QStringLiteral("https://credentials.example.org/chain/8")));
}

void TestFetcher::redirectToHttpIsRefused_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("same host") << QByteArray("http://credentials.example.org/.well-known/did.json");
    QTest::newRow("loopback") << QByteArray("http://127.0.0.1:1/x");
    QTest::newRow("file") << QByteArray("file:///etc/passwd");
}

void TestFetcher::redirectToHttpIsRefused()
{
    QFETCH(QByteArray, location);
    const QUrl start = url(QStringLiteral("https://credentials.example.org/downgrade"));
    m_server->setResponse(start, TestResponse::redirect(location));
    const Result<RemoteDocument> document = trustingFetcher()->fetch(start);
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.insecure-url"));
}

void TestFetcher::wrongContentTypeIsRefused()
{
    const auto fetcher = trustingFetcher();
    FetchOptions options;
    options.acceptedContentTypes = {QStringLiteral("application/json")};
    const Result<RemoteDocument> refused = fetcher->fetch(url(kDid), options);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, QStringLiteral("net.content-type"));
    QVERIFY(refused.error().message.contains(QLatin1String("application/did+json")));
    options.acceptedContentTypes.append(QStringLiteral("application/did+json"));
    QVERIFY(fetcher->fetch(url(kDid), options).has_value());
}

void TestFetcher::insecureUrlsAreRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("http to a named host") << QStringLiteral("http://credentials.example.org/.well-known/did.json");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("ftp") << QStringLiteral("ftp://badges.example.org/ob2/issuer.json");
    QTest::newRow("relative") << QStringLiteral("/ob2/issuer.json");
    QTest::newRow("http to a public address") << QStringLiteral("http://192.0.2.1/x");
}

void TestFetcher::insecureUrlsAreRefused()
{
    QFETCH(QString, address);
    const int before = m_server->requestCount();
    const Result<RemoteDocument> document = trustingFetcher()->fetch(url(address));
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.insecure-url"));
    QCOMPARE(m_server->requestCount(), before);
}

void TestFetcher::plainHttpToLoopbackIsAllowed()
{
    TestWebServer plain;
    QVERIFY(plain.start());
    plain.setResponse(url(QStringLiteral("http://127.0.0.1/plain.json")), TestResponse::ok("{\"plain\": true}"));
    const QUrl address = url(QStringLiteral("http://127.0.0.1:%1/plain.json").arg(plain.port()));
    const Result<RemoteDocument> document = Fetcher(shortPolicy()).fetch(address);
    QVERIFY2(document.has_value(), qPrintable(document.has_value() ? QString() : document.error().toString()));
    QCOMPARE(document->body, QByteArray("{\"plain\": true}"));
}

void TestFetcher::certificateForAnotherNameFails()
{
    TestWebServer impostor(m_ca.issue({QStringLiteral("evil.example.net")}));
    impostor.setResponse(url(kDid), TestResponse::ok("{\"id\": \"did:web:evil\"}"));
    QVERIFY(impostor.start());
    Fetcher fetcher(shortPolicy());
    fetcher.addTrustedCertificates({m_ca.certificate()});
    routeToServer(fetcher, impostor, {QStringLiteral("credentials.example.org"), QStringLiteral("evil.example.net")});
    const Result<RemoteDocument> document = fetcher.fetch(url(kDid));
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.tls"));
    QCOMPARE(impostor.requestCount(), 0);
    // The same server is fine under the name its certificate is for.
    impostor.setResponse(url(QStringLiteral("https://evil.example.net/x")), TestResponse::ok("{}"));
    QVERIFY(fetcher.fetch(url(QStringLiteral("https://evil.example.net/x"))).has_value());
}

void TestFetcher::keptAliveConnectionIsNotReusedForAnotherName()
{
    // Both names lead to the same address and port; the certificate is only valid for one of them. A
    // connection verified for the first must not carry a request for the second.
    TestWebServer server(m_ca.issue({QStringLiteral("credentials.example.org")}));
    server.setKeepAlive(true);
    const QUrl good = url(kDid);
    const QUrl other = url(QStringLiteral("https://evil.example.net/.well-known/did.json"));
    server.setResponse(good, TestResponse::ok("{}"));
    server.setResponse(other, TestResponse::ok("{}"));
    QVERIFY(server.start());
    Fetcher fetcher(shortPolicy());
    fetcher.addTrustedCertificates({m_ca.certificate()});
    routeToServer(fetcher, server);
    QVERIFY(fetcher.fetch(good).has_value());
    QVERIFY(fetcher.fetch(good).has_value());
    QCOMPARE(server.connectionCount(), 1); // the connection was kept and reused for the same name
    const Result<RemoteDocument> document = fetcher.fetch(other);
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.tls"));
    QCOMPARE(server.requestCount(other), 0);
}

void TestFetcher::untrustedAuthorityFails()
{
    Fetcher fetcher(shortPolicy());
    routeToServer(fetcher, *m_server);
    const Result<RemoteDocument> document = fetcher.fetch(url(kDid));
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.tls"));
    QVERIFY(!document.error().detail.isEmpty());
    // Another test CA with the same name is not trusted either.
    fetcher.addTrustedCertificates({TestCertificateAuthority().certificate()});
    QCOMPARE(fetcher.fetch(url(kDid)).error().code, QStringLiteral("net.tls"));
}

void TestFetcher::unreachableServer()
{
    TestWebServer closed;
    QVERIFY(closed.start());
    const quint16 port = closed.port();
    closed.stop();
    Fetcher fetcher(shortPolicy());
    fetcher.mapHost(QStringLiteral("credentials.example.org"), 443, QHostAddress(QHostAddress::LocalHost), port);
    const Result<RemoteDocument> document = fetcher.fetch(url(kDid));
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.unreachable"));
}

void TestFetcher::offlineWithoutCopyFails()
{
    const auto fetcher = trustingFetcher(shortPolicy(), std::make_shared<MemoryDocumentCache>());
    fetcher->setOffline(true);
    const int before = m_server->requestCount();
    const Result<RemoteDocument> document = fetcher->fetch(url(kDid));
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.offline"));
    QVERIFY(document.error().message.contains(kDid));
    QCOMPARE(m_server->requestCount(), before);
}

void TestFetcher::cacheAnswersWhenServerIsGoneAndOffline()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString database = home.filePath(QStringLiteral("library.sqlite"));
    const QUrl key = url(QStringLiteral("https://badges.example.org/ob2/keys/key-1.json"));
    const QByteArray expected = readData(QStringLiteral("corpus/web/badges.example.org/ob2/keys/key-1.json"));

    TestWebServer server(m_ca.issue({QStringLiteral("badges.example.org")}));
    QVERIFY(server.serveManifest(dataPath(QStringLiteral("corpus/web/manifest.json"))));
    QVERIFY(server.start());
    QDateTime firstFetch;
    {
        Fetcher fetcher(shortPolicy(), std::make_shared<SqliteDocumentCache>(database));
        fetcher.addTrustedCertificates({m_ca.certificate()});
        routeToServer(fetcher, server);
        const Result<RemoteDocument> online = fetcher.fetch(key);
        QVERIFY(online.has_value());
        QVERIFY(!online->fromCache);
        firstFetch = online->fetchedAt;
    }
    const quint16 port = server.port();
    server.stop();
    QTest::qWait(20);

    // A second run: the server is gone; the copy answers with the date it was fetched.
    Fetcher fetcher(shortPolicy(), std::make_shared<SqliteDocumentCache>(database));
    fetcher.addTrustedCertificates({m_ca.certificate()});
    fetcher.mapHost(key.host(), 443, QHostAddress(QHostAddress::LocalHost), port);
    const Result<RemoteDocument> fallback = fetcher.fetch(key);
    QVERIFY2(fallback.has_value(), qPrintable(fallback.has_value() ? QString() : fallback.error().toString()));
    QVERIFY(fallback->fromCache);
    QCOMPARE(fallback->body, expected);
    QCOMPARE(fallback->fetchedAt, firstFetch);
    QCOMPARE(fallback->contentType, QStringLiteral("application/json"));

    fetcher.setOffline(true);
    const Result<RemoteDocument> offline = fetcher.fetch(key);
    QVERIFY(offline.has_value());
    QVERIFY(offline->fromCache);
    QCOMPARE(offline->body, expected);
    QCOMPARE(offline->fetchedAt, firstFetch);
    // Only what was fetched is cached.
    QCOMPARE(fetcher.fetch(url(QStringLiteral("https://badges.example.org/ob2/issuer.json"))).error().code,
             QStringLiteral("net.offline"));
}

void TestFetcher::timeoutFallsBackToCachedCopy()
{
    const QUrl list = url(QStringLiteral("https://status.example.edu/lists/sometimes-slow"));
    m_server->setResponse(list, TestResponse::ok("{\"list\": \"fresh\"}", "application/vc+ld+json"));
    FetcherPolicy policy;
    policy.connectTimeoutMs = 300;
    policy.totalTimeoutMs = 300;
    const auto fetcher = trustingFetcher(policy, std::make_shared<MemoryDocumentCache>());
    const Result<RemoteDocument> first = fetcher->fetch(list);
    QVERIFY(first.has_value());
    TestResponse slow = TestResponse::ok("{\"list\": \"late\"}", "application/vc+ld+json");
    slow.delayMs = 5000;
    m_server->setResponse(list, slow);
    const Result<RemoteDocument> fallback = fetcher->fetch(list);
    QVERIFY2(fallback.has_value(), qPrintable(fallback.has_value() ? QString() : fallback.error().toString()));
    QVERIFY(fallback->fromCache);
    QCOMPARE(fallback->body, first->body);
    QCOMPARE(fallback->fetchedAt, first->fetchedAt);
    QCOMPARE(m_server->requestCount(list), 2);
    // The copy passes the same checks as a fresh answer would.
    FetchOptions options;
    options.acceptedContentTypes = {QStringLiteral("application/json")};
    QCOMPARE(fetcher->fetch(list, options).error().code, QStringLiteral("net.content-type"));
}

void TestFetcher::concurrentFetchesFromWorkerThreads()
{
    // Default (15 s) timeouts: the fetches queued behind the per-host connection limit must not time out.
    const auto fetcher = trustingFetcher(FetcherPolicy{}, std::make_shared<MemoryDocumentCache>());
    const int delayMs = 1000;
    const int workers = 8;
    for (int i = 0; i < workers; ++i) {
        TestResponse response = TestResponse::ok("{\"n\": " + QByteArray::number(i) + "}");
        response.delayMs = delayMs;
        m_server->setResponse(url(QStringLiteral("https://status.example.edu/slow/%1").arg(i)), response);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    QList<QFuture<QByteArray>> futures;
    for (int i = 0; i < workers; ++i) {
        futures.append(QtConcurrent::run(&pool, [&fetcher, i] {
            const Result<RemoteDocument> slow =
                fetcher->fetch(url(QStringLiteral("https://status.example.edu/slow/%1").arg(i)));
            const Result<RemoteDocument> did = fetcher->fetch(url(kDid));
            return slow && did ? slow->body + did->body : QByteArray("failed");
        }));
    }
    const QByteArray did = readData(QStringLiteral("corpus/web/credentials.example.org/.well-known/did.json"));
    for (int i = 0; i < workers; ++i) {
        QCOMPARE(futures[i].result(), "{\"n\": " + QByteArray::number(i) + "}" + did);
    }
    // Side by side (at most six connections per host), not one after the other: the server saw several
    // of the slow requests waiting at once.
    const int atOnce = m_server->delayedRequestsAtOnce();
    QVERIFY2(atOnce > 1 && atOnce <= workers, qPrintable(QString::number(atOnce)));
}

void TestFetcher::fetchFromThreadWithoutQt()
{
    const auto fetcher = trustingFetcher();
    Result<RemoteDocument> document = Errors::unreachable(QUrl(), QStringLiteral("not run"));
    std::thread worker([&] { document = fetcher->fetch(url(kDid)); });
    worker.join();
    QVERIFY2(document.has_value(), qPrintable(document.has_value() ? QString() : document.error().toString()));
    QCOMPARE(document->body, readData(QStringLiteral("corpus/web/credentials.example.org/.well-known/did.json")));
}

void TestFetcher::onlineFetchesFreshAndUpdatesCache()
{
    const QUrl changing = url(QStringLiteral("https://status.example.edu/lists/changing"));
    m_server->setResponse(changing, TestResponse::ok("{\"version\": 1}"));
    auto cache = std::make_shared<MemoryDocumentCache>();
    const auto fetcher = trustingFetcher(shortPolicy(), cache);
    const Result<RemoteDocument> first = fetcher->fetch(changing);
    QVERIFY(first.has_value());
    QTest::qWait(5);
    m_server->setResponse(changing, TestResponse::ok("{\"version\": 2}"));
    const Result<RemoteDocument> second = fetcher->fetch(changing);
    QVERIFY(second.has_value());
    QVERIFY(!second->fromCache);
    QCOMPARE(second->body, QByteArray("{\"version\": 2}"));
    QVERIFY(second->fetchedAt > first->fetchedAt);
    QCOMPARE(m_server->requestCount(changing), 2);
    const std::optional<RemoteDocument> cached = cache->find(changing);
    QVERIFY(cached.has_value());
    QCOMPARE(cached->body, second->body);
    QCOMPARE(cached->fetchedAt, second->fetchedAt);
}

QTEST_GUILESS_MAIN(TestFetcher)
#include "TestFetcher.moc"
