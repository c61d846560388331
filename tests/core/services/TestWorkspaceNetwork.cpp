// SPDX-License-Identifier: GPL-3.0-or-later
// The two network settings of a library, against a real HTTPS server on 127.0.0.1 that serves the corpus's web
// documents under their own host names: "fetch documents while verifying" off verifies with kept copies only and
// never asks the issuers' sites, yet importing from a URL still connects; offline nothing connects at all.
#include "core/common/Clock.h"
#include "core/net/Fetcher.h"
#include "core/services/Standing.h"
#include "core/services/Workspace.h"
#include "core/services/WorkspaceSettings.h"
#include "core/verify/Verifier.h"
#include "tests/support/TestCertificateAuthority.h"
#include "tests/support/TestData.h"
#include "tests/support/TestNetwork.h"
#include "tests/support/TestWebServer.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace Credfolio;

namespace {

const QUrl kDidDocument(QStringLiteral("https://credentials.example.org/.well-known/did.json"));
const QUrl kStatusList(QStringLiteral("https://status.example.edu/lists/revocation-1"));
const QUrl kHostedCredential(QStringLiteral("https://credentials.example.org/earned/didweb-valid.json"));

QDateTime corpusNow()
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/manifest.json"))).object();
    return QDateTime::fromString(manifest.value(QLatin1StringView("generatedAt")).toString(), Qt::ISODate).addDays(1);
}

} // namespace

class TestWorkspaceNetwork : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<Test::TestWebServer>(
            m_ca.issue({QStringLiteral("credentials.example.org"), QStringLiteral("status.example.edu"),
                        QStringLiteral("badges.example.org"), QStringLiteral("other.example.com")}));
        QVERIFY(m_server->serveManifest(Test::dataPath(QStringLiteral("corpus/web/manifest.json"))));
        m_server->setResponse(
            kHostedCredential,
            Test::TestResponse::ok(Test::readData(QStringLiteral("corpus/ob3/di-rdfc-didweb-valid.json")),
                                   "application/vc+ld+json"));
        QVERIFY(m_server->start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = openWorkspace();
        QVERIFY(m_workspace);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_server.reset();
        m_dir.reset();
    }

    void fetchingIsOnUntilTurnedOffAndRemembered()
    {
        Services::WorkspaceSettings settings(*m_workspace);
        QVERIFY(settings.isFetchingDocuments());
        QVERIFY(settings.setFetchingDocuments(false));
        QVERIFY(!settings.isFetchingDocuments());
        m_workspace.reset();
        m_workspace = openWorkspace();
        QVERIFY(!m_workspace->isFetchingDocuments());
        QVERIFY(!m_workspace->isOffline()); // a setting of its own
    }

    void fetchingOffNeverAsksTheIssuersSite()
    {
        QVERIFY(m_workspace->setFetchingDocuments(false));
        const Verify::VerificationReport report = verify(QStringLiteral("ob3/di-rdfc-didweb-valid.json"));
        QCOMPARE(m_server->requestCount(), 0);
        const Verify::Check *key = report.check(u"issuer-key");
        QVERIFY(key);
        QVERIFY(key->status != Verify::CheckStatus::Pass);
        QVERIFY2(key->detail.contains(QLatin1String("net.offline")), qPrintable(key->detail));
        QCOMPARE(report.check(u"proof")->status, Verify::CheckStatus::Skip); // not claimed as checked
        // Nothing was found wrong: the learner sees "could not be checked", never "not valid".
        QVERIFY(report.couldNotBeChecked());
        QCOMPARE(Services::standingOf(report), Pathways::Standing::Unknown);
    }

    void fetchingOffLeavesAStatusListUnchecked()
    {
        QVERIFY(m_workspace->setFetchingDocuments(false));
        // Revoked on the server, but the list is not asked for: "could not check", not "revoked" and not valid
        // because of a list it never saw.
        const Verify::VerificationReport report = verify(QStringLiteral("status/di-rdfc-status-revoked.json"));
        QCOMPARE(m_server->requestCount(kStatusList), 0);
        const Verify::Check *status = report.check(u"status");
        QVERIFY(status);
        QCOMPARE(status->status, Verify::CheckStatus::Warn);
        QVERIFY(status->code != QLatin1String("verify.revoked"));
    }

    void fetchingOffUsesCopiesFetchedBefore()
    {
        const QString file = QStringLiteral("ob3/di-rdfc-didweb-valid.json");
        QVERIFY(verify(file).isValid()); // online: fetched and kept
        const int requests = m_server->requestCount();
        QVERIFY(requests > 0);
        QVERIFY(m_workspace->setFetchingDocuments(false));
        const Verify::VerificationReport report = verify(file);
        QVERIFY(report.isValid());
        QVERIFY(report.documentsAsOf.isValid()); // said to rest on a kept copy
        QCOMPARE(m_server->requestCount(), requests);
    }

    void fetchingOffStillImportsFromAUrl()
    {
        QVERIFY(m_workspace->setFetchingDocuments(false));
        const auto summary = importUrl();
        QVERIFY(summary);
        QCOMPARE(summary->storedCount(), 1);
        QCOMPARE(m_server->requestCount(kHostedCredential), 1);
        QCOMPARE(m_server->requestCount(kDidDocument), 0); // verifying it asked nothing
    }

    void offlineConnectsToNothing()
    {
        QVERIFY(m_workspace->setOffline(true));
        const auto summary = importUrl();
        QVERIFY(summary);
        QCOMPARE(summary->storedCount(), 0);
        QCOMPARE(summary->problems.size(), 1);
        QCOMPARE(summary->problems.first().error.code, QStringLiteral("net.offline"));
        (void)verify(QStringLiteral("status/di-rdfc-status-revoked.json"));
        QCOMPARE(m_server->requestCount(), 0);
    }

private:
    std::unique_ptr<Services::Workspace> openWorkspace()
    {
        auto opened = Services::Workspace::open(m_dir->filePath(QStringLiteral("library.sqlite")), &m_clock);
        if (!opened)
            return nullptr;
        Net::Fetcher &fetcher = (*opened)->fetcher();
        Net::FetcherPolicy policy;
        policy.connectTimeoutMs = 3000;
        policy.totalTimeoutMs = 3000;
        fetcher.setPolicy(policy);
        fetcher.addTrustedCertificates({m_ca.certificate()});
        Test::routeToServer(fetcher, *m_server);
        return std::move(opened).value();
    }

    // Verified on a worker thread, as the application does (fetching blocks).
    Verify::VerificationReport verify(const QString &file)
    {
        const std::shared_ptr<const Verify::Verifier> verifier = m_workspace->makeVerifier();
        const QByteArray bytes = Test::readData(QStringLiteral("corpus/") + file);
        Verify::VerificationReport report;
        QThread *worker = QThread::create([&] { report = verifier->verifyBytes(bytes); });
        worker->start();
        worker->wait();
        delete worker;
        return report;
    }

    Result<Services::ImportSummary> importUrl()
    {
        Services::ImportRequest request;
        request.urls = {kHostedCredential};
        QThreadPool pool;
        const std::atomic<bool> cancel{false};
        return m_workspace->importBatch(request, pool, {}, cancel);
    }

    Test::TestCertificateAuthority m_ca;
    const FixedClock m_clock{corpusNow()};
    std::unique_ptr<Test::TestWebServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services::Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestWorkspaceNetwork)
#include "TestWorkspaceNetwork.moc"
