// SPDX-License-Identifier: GPL-3.0-or-later
// did:web: the DID -> URL rule (vectors from the did:web specification) and resolution over the local HTTPS
// server (TestWebServer) through the real Net::Fetcher.
#include "core/did/DidSyntax.h"
#include "core/did/Limits.h"
#include "core/did/Resolver.h"
#include "core/net/Fetcher.h"
#include "core/net/MemoryDocumentCache.h"
#include "tests/core/did/DidTestUtil.h"
#include "tests/support/TestNetwork.h"
#include "tests/support/TestWebServer.h"

#include <QJsonArray>
#include <QTest>
#include <QtConcurrent>

using namespace Credfolio;
using namespace Credfolio::Did;
using namespace Credfolio::Net;
using namespace Credfolio::Test;

namespace {

const QString kHost = QStringLiteral("credentials.example.org");
const QString kDid = QStringLiteral("did:web:credentials.example.org");
const QString kCorpusKey = QStringLiteral("z6Mkh5ZZAUoRcY4RdgSdtzortM3tESdvQexHdPRbgLbxwCCF");
// Another Ed25519 key (did-method-key vector, seed 1).
const QString kOtherKey = QStringLiteral("z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG");

QUrl url(const QString &text)
{
    return QUrl(text, QUrl::StrictMode);
}

QJsonObject multikey(const QString &id, const QString &controller, const QString &key)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), QStringLiteral("Multikey")},
                       {QStringLiteral("controller"), controller},
                       {QStringLiteral("publicKeyMultibase"), key}};
}

QByteArray documentText(const QString &id, const QJsonArray &methods, const QJsonArray &assertion,
                        const QJsonArray &authentication = {})
{
    QJsonObject document{{QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/did/v1")}},
                         {QStringLiteral("id"), id},
                         {QStringLiteral("verificationMethod"), methods},
                         {QStringLiteral("assertionMethod"), assertion}};
    if (!authentication.isEmpty()) {
        document.insert(QStringLiteral("authentication"), authentication);
    }
    return QJsonDocument(document).toJson();
}

} // namespace

class TestDidWeb : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void specificationUrls_data();
    void specificationUrls();
    void badDids_data();
    void badDids();
    void resolvesTheCorpusIssuer();
    void pathBasedDid();
    void portInTheDid();
    void documentWithAnotherIdIsRefused();
    void missingDocument();
    void wrongContentType();
    void oversizedDocument();
    void didLengthLimitIsExact();
    void methodNotListedForAssertions();
    void controllerMismatch();
    void httpsControllerDocument();
    void offlineAnswersFromCacheWithItsDate();
    void withoutDocumentSource();
    void oneResolverServesManyThreads();
    void otherMethodsAreUnsupported_data();
    void otherMethodsAreUnsupported();

private:
    std::unique_ptr<Fetcher> fetcher(std::shared_ptr<DocumentCache> cache = {});

    TestCertificateAuthority m_ca;
    std::unique_ptr<TestWebServer> m_server;
};

std::unique_ptr<Fetcher> TestDidWeb::fetcher(std::shared_ptr<DocumentCache> cache)
{
    FetcherPolicy policy;
    policy.connectTimeoutMs = 2000;
    policy.totalTimeoutMs = 4000;
    auto result = std::make_unique<Fetcher>(policy, std::move(cache));
    result->addTrustedCertificates({m_ca.certificate()});
    routeToServer(*result, *m_server, {kHost});
    return result;
}

void TestDidWeb::initTestCase()
{
    m_server = std::make_unique<TestWebServer>(m_ca.issue({kHost}));
    QVERIFY(m_server->serveManifest(dataPath(QStringLiteral("corpus/web/manifest.json"))));
    QVERIFY(m_server->start());
}

void TestDidWeb::specificationUrls_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<QString>("expected");
    const QJsonArray vectors =
        readJsonObject(QStringLiteral("did/did-web/vectors.json")).value(QLatin1String("vectors")).toArray();
    QCOMPARE(vectors.size(), 4);
    for (const QJsonValue &value : vectors) {
        const QJsonObject vector = value.toObject();
        const QString did = vector.value(QLatin1String("did")).toString();
        QTest::newRow(qPrintable(did)) << did << vector.value(QLatin1String("url")).toString();
    }
    QTest::newRow("percent-encoded path segment") << QStringLiteral("did:web:example.com:user%20name")
                                                  << QStringLiteral("https://example.com/user%20name/did.json");
    QTest::newRow("lower-case %3a") << QStringLiteral("did:web:example.com%3a8443")
                                    << QStringLiteral("https://example.com:8443/.well-known/did.json");
}

void TestDidWeb::specificationUrls()
{
    QFETCH(QString, did);
    QFETCH(QString, expected);
    const Result<QUrl> result = didWebUrl(did);
    QVERIFY2(result.has_value(), errorText(result));
    QCOMPARE(result->toString(QUrl::FullyEncoded), expected);
}

void TestDidWeb::badDids_data()
{
    QTest::addColumn<QString>("did");
    QTest::newRow("IPv4 host") << QStringLiteral("did:web:192.168.0.1");
    QTest::newRow("IPv4 host with port") << QStringLiteral("did:web:127.0.0.1%3A8443");
    QTest::newRow("IPv6 host") << QStringLiteral("did:web:%5B%3A%3A1%5D");
    QTest::newRow("numeric host") << QStringLiteral("did:web:1234");
    QTest::newRow("empty path segment") << QStringLiteral("did:web:example.com::alice");
    QTest::newRow("trailing colon") << QStringLiteral("did:web:example.com:");
    QTest::newRow("no host") << QStringLiteral("did:web:");
    QTest::newRow("port not a number") << QStringLiteral("did:web:example.com%3Ahttps");
    QTest::newRow("port zero") << QStringLiteral("did:web:example.com%3A0");
    QTest::newRow("port too large") << QStringLiteral("did:web:example.com%3A70000");
    QTest::newRow("empty port") << QStringLiteral("did:web:example.com%3A");
    QTest::newRow("slash in host") << QStringLiteral("did:web:example.com%2Fevil");
    QTest::newRow("user info in host") << QStringLiteral("did:web:user%40example.com");
    QTest::newRow("slash in path segment") << QStringLiteral("did:web:example.com:a%2Fb");
    QTest::newRow("dot-dot segment") << QStringLiteral("did:web:example.com:%2E%2E");
    QTest::newRow("bad percent-encoding") << QStringLiteral("did:web:example.com:%zz");
    QTest::newRow("truncated percent-encoding") << QStringLiteral("did:web:example.com:a%4");
    QTest::newRow("invalid UTF-8") << QStringLiteral("did:web:example.com:%C3%28");
    QTest::newRow("label starts with hyphen") << QStringLiteral("did:web:-example.com");
    QTest::newRow("empty label") << QStringLiteral("did:web:example..com");
    QTest::newRow("not did:web") << QStringLiteral("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp");
    QTest::newRow("fragment") << QStringLiteral("did:web:example.com#key-1");
    QTest::newRow("space") << QStringLiteral("did:web:example .com");
}

void TestDidWeb::badDids()
{
    QFETCH(QString, did);
    const Result<QUrl> result = didWebUrl(did);
    QCOMPARE(codeOf(result), QStringLiteral("did.bad-did"));
    QVERIFY(!result.error().message.isEmpty());
    if (did.startsWith(QLatin1String("did:web:")) && !did.contains(QLatin1Char('#'))) {
        // The resolver refuses them before asking the network.
        const auto source = fetcher();
        QCOMPARE(codeOf(Resolver(source.get()).resolve(did)), QStringLiteral("did.bad-did"));
    }
}

void TestDidWeb::resolvesTheCorpusIssuer()
{
    const auto source = fetcher();
    const Resolver resolver(source.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Result<ControllerDocument> document = resolver.resolve(kDid);
    QVERIFY2(document.has_value(), errorText(document));
    QCOMPARE(document->id, kDid);
    QVERIFY(!document->computed);
    QVERIFY(!document->fromCache);
    QVERIFY(document->fetchedAt >= before.addSecs(-1));
    QCOMPARE(document->json, readJsonObject(QStringLiteral("corpus/web/credentials.example.org/.well-known/did.json")));

    const Result<ResolvedMethod> method =
        resolver.resolveMethod(kDid + QStringLiteral("#key-1"), Relationship::AssertionMethod);
    QVERIFY2(method.has_value(), errorText(method));
    QCOMPARE(method->method.key.toMultikey(), kCorpusKey);
    QCOMPARE(method->method.type, QStringLiteral("Multikey"));
    QCOMPARE(method->method.controller, kDid);
    QVERIFY(m_server->requestCount(url(QStringLiteral("https://credentials.example.org/.well-known/did.json"))) >= 2);

    QCOMPARE(codeOf(resolver.resolveMethod(kDid + QStringLiteral("#key-2"), Relationship::AssertionMethod)),
             QStringLiteral("did.method-not-found"));
}

void TestDidWeb::pathBasedDid()
{
    const QString did = QStringLiteral("did:web:credentials.example.org:issuers:alice");
    // Relative method ids and references, resolved against the document id.
    m_server->setResponse(url(QStringLiteral("https://credentials.example.org/issuers/alice/did.json")),
                          TestResponse::ok(documentText(did, {multikey(QStringLiteral("#key-1"), did, kOtherKey)},
                                                        {QStringLiteral("#key-1")}),
                                           "application/did+ld+json"));
    const auto source = fetcher();
    const Result<ResolvedMethod> method =
        Resolver(source.get()).resolveMethod(did + QStringLiteral("#key-1"), Relationship::AssertionMethod);
    QVERIFY2(method.has_value(), errorText(method));
    QCOMPARE(method->method.id, did + QStringLiteral("#key-1"));
    QCOMPARE(method->method.key.toMultikey(), kOtherKey);
    QCOMPARE(method->document.assertionMethod, QStringList{did + QStringLiteral("#key-1")});
}

void TestDidWeb::portInTheDid()
{
    const QString did = QStringLiteral("did:web:credentials.example.org%3A8443:p");
    m_server->setResponse(url(QStringLiteral("https://credentials.example.org/p/did.json")),
                          TestResponse::ok(documentText(did, {multikey(did + QStringLiteral("#k"), did, kOtherKey)},
                                                        {QString(did + QStringLiteral("#k"))})));
    const auto source = fetcher();
    source->mapHost(kHost, 8443, m_server->address(), m_server->port());
    const Result<ResolvedMethod> method =
        Resolver(source.get()).resolveMethod(did + QStringLiteral("#k"), Relationship::AssertionMethod);
    QVERIFY2(method.has_value(), errorText(method));
    QCOMPARE(method->method.key.toMultikey(), kOtherKey);
}

void TestDidWeb::documentWithAnotherIdIsRefused()
{
    // A server answering for bob with alice's document (or the host's) must not make alice's keys bob's.
    const QString alice = QStringLiteral("did:web:credentials.example.org:issuers:alice");
    const QString bob = QStringLiteral("did:web:credentials.example.org:issuers:bob");
    m_server->setResponse(
        url(QStringLiteral("https://credentials.example.org/issuers/bob/did.json")),
        TestResponse::ok(documentText(alice, {multikey(bob + QStringLiteral("#key-1"), bob, kOtherKey)},
                                      {QString(bob + QStringLiteral("#key-1"))})));
    const auto source = fetcher();
    const Resolver resolver(source.get());
    const Result<ControllerDocument> document = resolver.resolve(bob);
    QCOMPARE(codeOf(document), QStringLiteral("did.bad-document"));
    QVERIFY(document.error().detail.contains(alice));
    QCOMPARE(codeOf(resolver.resolveMethod(bob + QStringLiteral("#key-1"), Relationship::AssertionMethod)),
             QStringLiteral("did.bad-document"));
}

void TestDidWeb::missingDocument()
{
    const auto source = fetcher();
    const Result<ControllerDocument> document =
        Resolver(source.get()).resolve(QStringLiteral("did:web:credentials.example.org:nobody"));
    QCOMPARE(codeOf(document), QStringLiteral("net.http-status"));
    QVERIFY(document.error().message.contains(QLatin1String("404")));
}

void TestDidWeb::wrongContentType()
{
    const QString did = QStringLiteral("did:web:credentials.example.org:html");
    m_server->setResponse(url(QStringLiteral("https://credentials.example.org/html/did.json")),
                          TestResponse::ok(documentText(did, {}, {}), "text/html"));
    const auto source = fetcher();
    QCOMPARE(codeOf(Resolver(source.get()).resolve(did)), QStringLiteral("net.content-type"));
}

void TestDidWeb::oversizedDocument()
{
    const QString did = QStringLiteral("did:web:credentials.example.org:huge");
    TestResponse response = TestResponse::ok({}, "application/did+json");
    response.streamBytes = 2 * 1024 * 1024;
    m_server->setResponse(url(QStringLiteral("https://credentials.example.org/huge/did.json")), response);
    const auto source = fetcher();
    QCOMPARE(codeOf(Resolver(source.get()).resolve(did)), QStringLiteral("net.too-large"));
}

void TestDidWeb::didLengthLimitIsExact()
{
    // docs/limits.md: a DID of 8192 characters resolves (a did:web with a long path); one more is refused
    // before anything is fetched.
    const QString prefix = QStringLiteral("did:web:credentials.example.org:long:");
    const QString segment(Limits::kMaxDidLength - prefix.size(), QLatin1Char('a'));
    const QString did = prefix + segment;
    QCOMPARE(did.size(), 8192);
    const QUrl location =
        url(QStringLiteral("https://credentials.example.org/long/") + segment + QStringLiteral("/did.json"));
    m_server->setResponse(location,
                          TestResponse::ok(documentText(did, {multikey(did + QStringLiteral("#k"), did, kOtherKey)},
                                                        {QString(did + QStringLiteral("#k"))}),
                                           "application/did+json"));
    const auto source = fetcher();
    const Resolver resolver(source.get());
    const Result<ControllerDocument> document = resolver.resolve(did);
    QVERIFY2(document.has_value(), errorText(document));
    QCOMPARE(document->id, did);
    QCOMPARE(m_server->requestCount(location), 1);

    const QString longer = did + QLatin1Char('a');
    const QUrl longerLocation =
        url(QStringLiteral("https://credentials.example.org/long/") + segment + QStringLiteral("a/did.json"));
    m_server->setResponse(longerLocation, TestResponse::ok(documentText(longer, {}, {}), "application/did+json"));
    const Result<ControllerDocument> refused = resolver.resolve(longer);
    QCOMPARE(codeOf(refused), QStringLiteral("did.bad-did"));
    QVERIFY(!refused.error().message.isEmpty());
    QVERIFY2(refused.error().detail.contains(QLatin1String("longer than 8192 characters")),
             qPrintable(refused.error().detail));
    QCOMPARE(m_server->requestCount(longerLocation), 0);
    QCOMPARE(codeOf(parseDid(longer)), QStringLiteral("did.bad-did"));
    QVERIFY(parseDid(did).has_value());
}

void TestDidWeb::methodNotListedForAssertions()
{
    const QString did = QStringLiteral("did:web:credentials.example.org:login-only");
    const QString key = did + QStringLiteral("#login");
    m_server->setResponse(url(QStringLiteral("https://credentials.example.org/login-only/did.json")),
                          TestResponse::ok(documentText(did, {multikey(key, did, kOtherKey)}, {}, {key})));
    const auto source = fetcher();
    const Resolver resolver(source.get());
    const Result<ResolvedMethod> assertion = resolver.resolveMethod(key, Relationship::AssertionMethod);
    QCOMPARE(codeOf(assertion), QStringLiteral("did.method-not-authorized"));
    QVERIFY(assertion.error().detail.contains(QLatin1String("assertionMethod")));
    QCOMPARE(codeOf(resolver.resolveMethod(key, Relationship::Authentication)), QStringLiteral("ok"));
}

void TestDidWeb::controllerMismatch()
{
    const QString did = QStringLiteral("did:web:credentials.example.org:borrowed");
    const QString key = did + QStringLiteral("#key-1");
    const QString evil = QStringLiteral("did:web:evil.example.net");
    m_server->setResponse(url(QStringLiteral("https://credentials.example.org/borrowed/did.json")),
                          TestResponse::ok(documentText(did, {multikey(key, evil, kOtherKey)}, {key})));
    const auto source = fetcher();
    const Result<ResolvedMethod> method = Resolver(source.get()).resolveMethod(key, Relationship::AssertionMethod);
    QCOMPARE(codeOf(method), QStringLiteral("did.method-controller-mismatch"));
    QVERIFY(method.error().message.contains(evil));
}

void TestDidWeb::httpsControllerDocument()
{
    const QString id = QStringLiteral("https://credentials.example.org/controllers/registrar");
    m_server->setResponse(url(id),
                          TestResponse::ok(documentText(id, {multikey(QStringLiteral("#key-1"), id, kOtherKey)},
                                                        {QStringLiteral("#key-1")}),
                                           "application/ld+json"));
    const auto source = fetcher();
    const Resolver resolver(source.get());
    const Result<ResolvedMethod> method =
        resolver.resolveMethod(id + QStringLiteral("#key-1"), Relationship::AssertionMethod);
    QVERIFY2(method.has_value(), errorText(method));
    QCOMPARE(method->document.id, id);
    QCOMPARE(method->method.key.toMultikey(), kOtherKey);

    // The document must be about the URL it came from.
    const QString elsewhere = QStringLiteral("https://credentials.example.org/controllers/copy");
    m_server->setResponse(url(elsewhere), TestResponse::ok(documentText(id, {}, {})));
    QCOMPARE(codeOf(resolver.resolve(elsewhere)), QStringLiteral("did.bad-document"));

    // An issuer profile that is no controller document: its fragment names no method.
    m_server->setResponse(url(QStringLiteral("https://credentials.example.org/issuers/565049")),
                          TestResponse::ok(R"({"id": "https://credentials.example.org/issuers/565049",
                                               "type": "Profile", "name": "Example University"})"));
    QCOMPARE(
        codeOf(resolver.resolveMethod(QStringLiteral("https://credentials.example.org/issuers/565049#") + kOtherKey,
                                      Relationship::AssertionMethod)),
        QStringLiteral("did.method-not-found"));

    QCOMPARE(codeOf(resolver.resolve(QStringLiteral("http://credentials.example.org/controllers/registrar"))),
             QStringLiteral("did.unsupported-method"));
}

void TestDidWeb::offlineAnswersFromCacheWithItsDate()
{
    const auto cache = std::make_shared<MemoryDocumentCache>();
    QDateTime firstFetch;
    {
        const auto online = fetcher(cache);
        const Result<ControllerDocument> document = Resolver(online.get()).resolve(kDid);
        QVERIFY2(document.has_value(), errorText(document));
        QVERIFY(!document->fromCache);
        firstFetch = document->fetchedAt;
        QVERIFY(firstFetch.isValid());
    }
    QTest::qWait(20);
    const auto offline = fetcher(cache);
    offline->setOffline(true);
    const int requests = m_server->requestCount();
    const Result<ResolvedMethod> method =
        Resolver(offline.get()).resolveMethod(kDid + QStringLiteral("#key-1"), Relationship::AssertionMethod);
    QVERIFY2(method.has_value(), errorText(method));
    QVERIFY(method->document.fromCache);
    QCOMPARE(method->document.fetchedAt, firstFetch);
    QCOMPARE(method->method.key.toMultikey(), kCorpusKey);
    QCOMPARE(m_server->requestCount(), requests);

    // Offline without a copy: the fetcher's error passes through.
    QCOMPARE(codeOf(Resolver(offline.get()).resolve(QStringLiteral("did:web:credentials.example.org:issuers:carol"))),
             QStringLiteral("net.offline"));
}

void TestDidWeb::withoutDocumentSource()
{
    const Resolver resolver(nullptr);
    QCOMPARE(codeOf(resolver.resolve(kDid)), QStringLiteral("did.no-network-source"));
    QCOMPARE(codeOf(resolver.resolveMethod(kDid + QStringLiteral("#key-1"), Relationship::AssertionMethod)),
             QStringLiteral("did.no-network-source"));
    QCOMPARE(codeOf(resolver.resolve(QStringLiteral("https://credentials.example.org/controllers/registrar"))),
             QStringLiteral("did.no-network-source"));
}

void TestDidWeb::oneResolverServesManyThreads()
{
    const auto source = fetcher();
    const Resolver resolver(source.get());
    const QString didKey = QStringLiteral("did:key:") + kOtherKey + QLatin1Char('#') + kOtherKey;
    QStringList methods;
    for (int i = 0; i < 24; ++i) {
        methods.append(i % 2 == 0 ? QString(kDid + QStringLiteral("#key-1")) : didKey);
    }
    const QList<QString> keys = QtConcurrent::blockingMapped(methods, [&resolver](const QString &methodUrl) {
        const Result<ResolvedMethod> method = resolver.resolveMethod(methodUrl, Relationship::AssertionMethod);
        return method ? method->method.key.toMultikey() : method.error().toString();
    });
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(keys.at(i), i % 2 == 0 ? kCorpusKey : kOtherKey);
    }
}

void TestDidWeb::otherMethodsAreUnsupported_data()
{
    QTest::addColumn<QString>("did");
    QTest::newRow("did:ion") << QStringLiteral("did:ion:EiClkZMDxPKqC9c-umQfTkR8vvZ9JPhl_xLDI9Nfk38w5w");
    QTest::newRow("did:ethr") << QStringLiteral("did:ethr:0xb9c5714089478a327f09197987f16f9e5d936e8a");
    QTest::newRow("did:example") << QStringLiteral("did:example:123456789abcdefghi");
    QTest::newRow("urn") << QStringLiteral("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/did.json");
}

void TestDidWeb::otherMethodsAreUnsupported()
{
    QFETCH(QString, did);
    const auto source = fetcher();
    const Resolver resolver(source.get());
    const Result<ControllerDocument> document = resolver.resolve(did);
    QCOMPARE(codeOf(document), QStringLiteral("did.unsupported-method"));
    QVERIFY(!document.error().message.isEmpty());
    QCOMPARE(codeOf(resolver.resolveMethod(did + QStringLiteral("#key-1"), Relationship::AssertionMethod)),
             QStringLiteral("did.unsupported-method"));
}

QTEST_GUILESS_MAIN(TestDidWeb)
#include "TestDidWeb.moc"
