// SPDX-License-Identifier: GPL-3.0-or-later
// The status check over the real fetcher and a local HTTPS server serving the corpus's web documents.
#include "core/credentials/CredentialReader.h"
#include "core/net/Fetcher.h"
#include "core/net/MemoryDocumentCache.h"
#include "core/verify/StatusChecker.h"
#include "tests/core/verify/StatusTestSupport.h"
#include "tests/support/TestData.h"
#include "tests/support/TestNetwork.h"
#include "tests/support/TestWebServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Verify;

namespace {

const QUrl kList(QStringLiteral("https://status.example.edu/lists/revocation-1"));

Credentials::Credential readCredential(const QString &relative)
{
    Result<Credentials::Credential> credential = Credentials::readCredential(Test::readData(relative));
    if (!credential) {
        qFatal("%s: %s", qPrintable(relative), qPrintable(credential.error().toString()));
    }
    return *credential;
}

Net::FetcherPolicy shortPolicy()
{
    Net::FetcherPolicy policy;
    policy.connectTimeoutMs = 2000;
    policy.totalTimeoutMs = 4000;
    return policy;
}

} // namespace

class TestStatusCheckerNetwork : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void onlineListDecides();
    void cachedListWhenOffline();
    void offlineWithoutCopyIsAWarning();
    void edtechListRedirectedToAnotherHostIsNotUsed();

private:
    std::unique_ptr<Net::Fetcher> fetcher(std::shared_ptr<Net::DocumentCache> cache = {});

    Test::TestCertificateAuthority m_ca;
    std::unique_ptr<Test::TestWebServer> m_server;
};

std::unique_ptr<Net::Fetcher> TestStatusCheckerNetwork::fetcher(std::shared_ptr<Net::DocumentCache> cache)
{
    auto result = std::make_unique<Net::Fetcher>(shortPolicy(), std::move(cache));
    result->addTrustedCertificates({m_ca.certificate()});
    Test::routeToServer(*result, *m_server);
    return result;
}

void TestStatusCheckerNetwork::initTestCase()
{
    m_server = std::make_unique<Test::TestWebServer>(
        m_ca.issue({QStringLiteral("status.example.edu"), QStringLiteral("credentials.example.org")}));
    QVERIFY(m_server->serveManifest(Test::dataPath(QStringLiteral("corpus/web/manifest.json"))));
    QVERIFY(m_server->start());
}

void TestStatusCheckerNetwork::onlineListDecides()
{
    const auto online = fetcher();
    Test::FakeListVerifier lists;
    const int before = m_server->requestCount(kList);
    const StatusOutcome revoked = checkStatus(
        readCredential(QStringLiteral("corpus/status/di-rdfc-status-revoked.json")), online.get(), lists.verifier());
    QCOMPARE(revoked.check.status, CheckStatus::Fail);
    QCOMPARE(revoked.check.code, QStringLiteral("verify.revoked"));
    const StatusOutcome active = checkStatus(
        readCredential(QStringLiteral("corpus/status/jwt-eddsa-status-active.jwt")), online.get(), lists.verifier());
    QCOMPARE(active.check.status, CheckStatus::Pass);
    QCOMPARE(active.check.message, QStringLiteral("Has not been revoked."));
    // Fresh from the network: no "as of".
    QVERIFY(!active.documentsAsOf.isValid());
    QVERIFY(!active.check.detail.contains(QLatin1String("as of")));
    QCOMPARE(m_server->requestCount(kList), before + 2);
    QCOMPARE(lists.seen().size(), 2);
}

void TestStatusCheckerNetwork::cachedListWhenOffline()
{
    const auto cache = std::make_shared<Net::MemoryDocumentCache>();
    const auto fetcherWithCache = fetcher(cache);
    const Result<Net::RemoteDocument> first = fetcherWithCache->fetch(kList);
    QVERIFY(first);
    QVERIFY(!first->fromCache);

    fetcherWithCache->setOffline(true);
    const int before = m_server->requestCount();
    Test::FakeListVerifier lists;
    const StatusOutcome outcome =
        checkStatus(readCredential(QStringLiteral("corpus/status/di-rdfc-status-revoked.json")), fetcherWithCache.get(),
                    lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Fail);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.revoked"));
    QCOMPARE(outcome.documentsAsOf, first->fetchedAt);
    QVERIFY2(outcome.check.detail.contains(QStringLiteral("as of ") + first->fetchedAt.toString(Qt::ISODate)),
             qPrintable(outcome.check.detail));
    QCOMPARE(m_server->requestCount(), before);
}

void TestStatusCheckerNetwork::offlineWithoutCopyIsAWarning()
{
    const auto offline = fetcher(std::make_shared<Net::MemoryDocumentCache>());
    offline->setOffline(true);
    const int before = m_server->requestCount();
    Test::FakeListVerifier lists;
    const StatusOutcome outcome = checkStatus(
        readCredential(QStringLiteral("corpus/status/di-rdfc-status-revoked.json")), offline.get(), lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Warn);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.status-unavailable"));
    QCOMPARE(outcome.check.message, QStringLiteral("Revocation status could not be checked."));
    QVERIFY(outcome.check.detail.contains(QLatin1String("net.offline")));
    QCOMPARE(m_server->requestCount(), before);
}

void TestStatusCheckerNetwork::edtechListRedirectedToAnotherHostIsNotUsed()
{
    // docs/limits.md: a 1EdTech revocation list must come from the issuer's host, redirects included. Both
    // lists below name the credential as revoked; only the one that stays on the issuer's host is believed.
    const QString credentialId = QStringLiteral("https://status.example.edu/credentials/42");
    const QByteArray revokedList =
        QJsonDocument(QJsonObject{{QStringLiteral("revokedCredential"),
                                   QJsonArray{QJsonObject{{QStringLiteral("id"), credentialId}}}}})
            .toJson(QJsonDocument::Compact);
    const auto withList = [&](const QString &listUrl) {
        return Test::credentialWithStatus(
            QJsonObject{{QStringLiteral("id"), listUrl},
                        {QStringLiteral("type"), QStringLiteral("1EdTechRevocationList")}},
            QStringLiteral("https://status.example.edu/issuers/1"), credentialId);
    };
    const QUrl sameHost(QStringLiteral("https://status.example.edu/revocations/current"));
    const QUrl moved(QStringLiteral("https://status.example.edu/revocations/moved"));
    const QUrl elsewhere(QStringLiteral("https://credentials.example.org/revocations"));
    m_server->setResponse(QUrl(QStringLiteral("https://status.example.edu/revocations/old")),
                          Test::TestResponse::redirect(sameHost.toString().toUtf8()));
    m_server->setResponse(sameHost, Test::TestResponse::ok(revokedList));
    m_server->setResponse(moved, Test::TestResponse::redirect(elsewhere.toString().toUtf8()));
    m_server->setResponse(elsewhere, Test::TestResponse::ok(revokedList));
    const auto online = fetcher();
    Test::FakeListVerifier lists;

    const Check followed = checkStatus(withList(QStringLiteral("https://status.example.edu/revocations/old")),
                                       online.get(), lists.verifier())
                               .check;
    QCOMPARE(followed.status, CheckStatus::Fail);
    QCOMPARE(followed.code, QStringLiteral("verify.revoked"));
    QCOMPARE(m_server->requestCount(sameHost), 1);

    const Check refused = checkStatus(withList(moved.toString()), online.get(), lists.verifier()).check;
    QCOMPARE(refused.status, CheckStatus::Warn);
    QCOMPARE(refused.code, QStringLiteral("verify.status-list-invalid"));
    QVERIFY(!refused.message.isEmpty());
    QVERIFY2(refused.detail.contains(QLatin1String("redirected to host \"credentials.example.org\"")),
             qPrintable(refused.detail));
    QCOMPARE(m_server->requestCount(elsewhere), 1);
}

QTEST_GUILESS_MAIN(TestStatusCheckerNetwork)
#include "TestStatusCheckerNetwork.moc"
