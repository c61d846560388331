// SPDX-License-Identifier: GPL-3.0-or-later
// Verification over a real HTTPS server on 127.0.0.1 that serves the corpus's web documents under their own
// host names (certificate from a CA made for this test), then the ways the network lets a verifier down.
#include "core/common/Clock.h"
#include "core/net/Fetcher.h"
#include "core/net/SqliteDocumentCache.h"
#include "core/verify/Verifier.h"
#include "tests/support/TestCertificateAuthority.h"
#include "tests/support/TestData.h"
#include "tests/support/TestNetwork.h"
#include "tests/support/TestWebServer.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;
using Test::TestResponse;

Q_DECLARE_METATYPE(Credfolio::Test::TestResponse)

namespace {

const QUrl kDidDocument(QStringLiteral("https://credentials.example.org/.well-known/did.json"));
const QUrl kStatusList(QStringLiteral("https://status.example.edu/lists/revocation-1"));
const QUrl kOb2Issuer(QStringLiteral("https://badges.example.org/ob2/issuer.json"));

QDateTime corpusNow()
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/manifest.json"))).object();
    return QDateTime::fromString(manifest.value(QLatin1StringView("generatedAt")).toString(), Qt::ISODate).addDays(1);
}

Net::FetcherPolicy quickPolicy()
{
    Net::FetcherPolicy policy;
    policy.connectTimeoutMs = 1500;
    policy.totalTimeoutMs = 1500;
    return policy;
}

} // namespace

class TestVerifyOnline : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<Test::TestWebServer>(
            m_ca.issue({QStringLiteral("credentials.example.org"), QStringLiteral("status.example.edu"),
                        QStringLiteral("badges.example.org"), QStringLiteral("other.example.com"),
                        QStringLiteral("evil.example.net")}));
        QVERIFY(m_server->serveManifest(Test::dataPath(QStringLiteral("corpus/web/manifest.json"))));
        QVERIFY(m_server->start());
        m_cacheDir = std::make_unique<QTemporaryDir>(); // each test starts with an empty cache
        QVERIFY(m_cacheDir->isValid());
        m_cache = std::make_shared<Net::SqliteDocumentCache>(m_cacheDir->filePath(QStringLiteral("cache.sqlite")));
        m_fetcher = std::make_unique<Net::Fetcher>(quickPolicy(), m_cache);
        m_fetcher->addTrustedCertificates({m_ca.certificate()});
        Test::routeToServer(*m_fetcher, *m_server);
    }

    void cleanup()
    {
        m_fetcher.reset();
        m_cache.reset();
        m_server.reset();
        m_cacheDir.reset();
    }

    void verifiesOnline_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("failingCheck");
        QTest::newRow("did:web") << "ob3/di-rdfc-didweb-valid.json" << true << "";
        QTest::newRow("did:web, key not listed")
            << "ob3/di-rdfc-didweb-key-not-in-did-document.json" << false << "issuer-key";
        QTest::newRow("status list, active") << "status/di-rdfc-status-active.json" << true << "";
        QTest::newRow("status list, revoked") << "status/di-rdfc-status-revoked.json" << false << "status";
        QTest::newRow("status list, JWT revoked") << "status/jwt-eddsa-status-revoked.jwt" << false << "status";
        QTest::newRow("OB 2.0 signed") << "ob2/signed-valid.jws" << true << "";
        QTest::newRow("OB 2.0 signed, revoked") << "ob2/signed-revoked.jws" << false << "status";
        QTest::newRow("OB 2.0 hosted") << "ob2/hosted-valid.json" << true << "";
        QTest::newRow("OB 2.0 hosted, revoked") << "ob2/hosted-revoked.json" << false << "status";
        QTest::newRow("OB 2.0 hosted, gone") << "ob2/hosted-not-found.json" << false << "proof";
        QTest::newRow("OB 2.0 hosted, foreign origin") << "ob2/hosted-origin-mismatch.json" << false << "issuer-key";
    }

    void verifiesOnline()
    {
        QFETCH(QString, file);
        QFETCH(bool, valid);
        QFETCH(QString, failingCheck);
        const FixedClock clock(corpusNow());
        const Verify::Verifier verifier(Verify::VerifierOptions{m_fetcher.get(), &clock, nullptr});
        const auto report = verifier.verifyBytes(Test::readData(QStringLiteral("corpus/") + file));
        const Verify::Check *failure = report.firstFailure();
        QVERIFY2(report.isValid() == valid,
                 qPrintable(failure ? failure->id + QStringLiteral(": ") + failure->detail : QString()));
        if (!valid)
            QCOMPARE(failure->id, failingCheck);
        QVERIFY(m_server->requestCount() > 0);
        // Fresh documents: nothing "as of" an older date.
        QVERIFY(!report.documentsAsOf.isValid());
    }

    void theSecondRunWorksOfflineFromTheCache()
    {
        const FixedClock clock(corpusNow());
        const QByteArray bytes = Test::readData(QStringLiteral("corpus/ob3/di-rdfc-didweb-valid.json"));
        {
            const Verify::Verifier verifier(Verify::VerifierOptions{m_fetcher.get(), &clock, nullptr});
            QVERIFY(verifier.verifyBytes(bytes).isValid());
        }
        const int requests = m_server->requestCount();
        m_server->stop();

        Net::Fetcher offline({}, m_cache);
        offline.setOffline(true);
        const Verify::Verifier verifier(Verify::VerifierOptions{&offline, &clock, nullptr});
        const auto report = verifier.verifyBytes(bytes);
        QVERIFY(report.isValid());
        QVERIFY(report.documentsAsOf.isValid());
        QVERIFY(report.documentsAsOf <= QDateTime::currentDateTimeUtc());
        QVERIFY(report.check(u"issuer-key")->detail.contains(QLatin1String("cached")));
        QCOMPARE(m_server->requestCount(), requests);
    }

    void offlineWithoutACopyCannotConfirmTheKey()
    {
        Net::Fetcher offline;
        offline.setOffline(true);
        const FixedClock clock(corpusNow());
        const Verify::Verifier verifier(Verify::VerifierOptions{&offline, &clock, nullptr});
        const auto report =
            verifier.verifyBytes(Test::readData(QStringLiteral("corpus/ob3/di-rdfc-didweb-valid.json")));
        QVERIFY(!report.isValid());
        QCOMPARE(report.firstFailure()->id, QStringLiteral("issuer-key"));
        QCOMPARE(report.firstFailure()->code, QStringLiteral("verify.key-unavailable"));
        QVERIFY(report.firstFailure()->detail.contains(QLatin1String("net.offline")));
        QCOMPARE(report.check(u"proof")->status, Verify::CheckStatus::Skip);
    }

    void networkFailures_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<TestResponse>("response");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("netCode");

        TestResponse slow =
            TestResponse::ok(Test::readData(QStringLiteral("corpus/web/credentials.example.org/.well-known/did.json")),
                             "application/did+json");
        slow.delayMs = 4000;
        TestResponse huge;
        huge.contentType = "application/vc+ld+json";
        huge.streamBytes = 64 * 1024 * 1024;
        const QString didWeb = QStringLiteral("ob3/di-rdfc-didweb-valid.json");
        const QString withStatus = QStringLiteral("status/di-rdfc-status-revoked.json");
        QTest::newRow("DID document times out") << kDidDocument << slow << didWeb << "issuer-key"
                                                << "fail"
                                                << "net.timeout";
        QTest::newRow("DID document 404") << kDidDocument << TestResponse::error(404) << didWeb << "issuer-key"
                                          << "fail"
                                          << "net.http-status";
        QTest::newRow("DID document as HTML")
            << kDidDocument << TestResponse::ok("<html></html>", "text/html") << didWeb << "issuer-key"
            << "fail"
            << "net.content-type";
        QTest::newRow("DID document redirect loop")
            << kDidDocument << TestResponse::redirect("https://credentials.example.org/.well-known/did.json") << didWeb
            << "issuer-key"
            << "fail"
            << "net.redirects";
        // A status list that cannot be had leaves the status unknown: a warning, never "revoked".
        QTest::newRow("status list oversized") << kStatusList << huge << withStatus << "status"
                                               << "warn"
                                               << "net.too-large";
        QTest::newRow("status list 500") << kStatusList << TestResponse::error(500) << withStatus << "status"
                                         << "warn"
                                         << "net.http-status";
        QTest::newRow("OB 2.0 issuer profile 404")
            << kOb2Issuer << TestResponse::error(404) << QStringLiteral("ob2/signed-valid.jws") << "issuer-key"
            << "fail"
            << "net.http-status";
    }

    void networkFailures()
    {
        QFETCH(QUrl, url);
        QFETCH(TestResponse, response);
        QFETCH(QString, file);
        QFETCH(QString, check);
        QFETCH(QString, status);
        QFETCH(QString, netCode);
        m_server->setResponse(url, response);
        const FixedClock clock(corpusNow());
        const Verify::Verifier verifier(Verify::VerifierOptions{m_fetcher.get(), &clock, nullptr});
        const auto report = verifier.verifyBytes(Test::readData(QStringLiteral("corpus/") + file));
        const Verify::Check *result = report.check(check);
        QVERIFY(result);
        QCOMPARE(Verify::checkStatusKey(result->status), status);
        QVERIFY2(result->detail.contains(netCode), qPrintable(result->detail));
        QVERIFY(!result->message.isEmpty());
        QCOMPARE(report.isValid(), status != QLatin1String("fail"));
    }

private:
    Test::TestCertificateAuthority m_ca;
    std::unique_ptr<Test::TestWebServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::shared_ptr<Net::SqliteDocumentCache> m_cache;
    std::unique_ptr<Net::Fetcher> m_fetcher;
};

QTEST_GUILESS_MAIN(TestVerifyOnline)
#include "TestVerifyOnline.moc"
