// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialReader.h"
#include "core/verify/IssuerRegistry.h"
#include "tests/support/TestData.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Credfolio;
using namespace Credfolio::Verify;

namespace {

IssuerRegistry loaded(const QString &file)
{
    Result<IssuerRegistry> registry = IssuerRegistry::load(Test::dataPath(QStringLiteral("issuer-registry/") + file));
    if (!registry) {
        qFatal("%s: %s", qPrintable(file), qPrintable(registry.error().toString()));
    }
    return *registry;
}

Credentials::Credential issuedBy(const QString &issuer, const QString &name = {})
{
    Credentials::Credential credential;
    credential.issuer.id = issuer;
    credential.issuer.name = name;
    return credential;
}

const QString kRiverbend = QStringLiteral("did:key:z6MkrjR5BDembRct9ZTe6z8pNZqUpEXbYFGYM2rfSqVJUHv7");

} // namespace

class TestIssuerRegistry : public QObject {
    Q_OBJECT

private slots:
    void dccFormat();
    void dccWithoutNameTakesFileName();
    void credfolioFormat();
    void brokenFiles_data();
    void brokenFiles();
    void missingFile();
    void lookupIsExact_data();
    void lookupIsExact();
    void trustCheckPasses();
    void listedInSeveralRegistries();
    void notListedIsAWarning();
    void trustedByYou();
    void replacingAndRemovingRegistries();
    void corpusCredentialIssuer();
    void concurrentLookups();
};

void TestIssuerRegistry::dccFormat()
{
    const IssuerRegistry registry = loaded(QStringLiteral("dcc-registry.json"));
    QCOMPARE(registry.name, QStringLiteral("Example Community Registry"));
    QVERIFY(registry.source.endsWith(QLatin1String("issuer-registry/dcc-registry.json")));
    QCOMPARE(registry.issuers.size(), 3);
    const std::optional<RegistryIssuer> riverbend = registry.find(kRiverbend);
    QVERIFY(riverbend);
    QCOMPARE(riverbend->id, kRiverbend);
    QCOMPARE(riverbend->name, QStringLiteral("Riverbend Community College"));
    QCOMPARE(riverbend->location, QStringLiteral("Riverbend, USA"));
    QCOMPARE(riverbend->url, QStringLiteral("https://www.example.edu/"));
    const std::optional<RegistryIssuer> sandbox =
        registry.find(QStringLiteral("did:key:z6MkqanD5cmEVf154z5xExoxNKENAzVr3gdPo4wD2R2aCUzj"));
    QVERIFY(sandbox);
    QVERIFY(sandbox->location.isEmpty());
}

void TestIssuerRegistry::dccWithoutNameTakesFileName()
{
    const IssuerRegistry registry = loaded(QStringLiteral("dcc-registry-unnamed.json"));
    QCOMPARE(registry.name, QStringLiteral("dcc-registry-unnamed"));
    QCOMPARE(registry.issuers.size(), 1);
    // From bytes, the caller names it.
    const Result<IssuerRegistry> fromBytes = IssuerRegistry::fromJson(
        Test::readData(QStringLiteral("issuer-registry/dcc-registry-unnamed.json")),
        QStringLiteral("https://registry.example.org/registry.json"), QStringLiteral("Example Pilot Registry"));
    QVERIFY(fromBytes);
    QCOMPARE(fromBytes->name, QStringLiteral("Example Pilot Registry"));
    QCOMPARE(fromBytes->source, QStringLiteral("https://registry.example.org/registry.json"));
}

void TestIssuerRegistry::credfolioFormat()
{
    const IssuerRegistry registry = loaded(QStringLiteral("credfolio-registry.json"));
    QCOMPARE(registry.name, QStringLiteral("Northgate Partners"));
    QCOMPARE(registry.issuers.size(), 3);
    const std::optional<RegistryIssuer> northgate =
        registry.find(QStringLiteral("https://badges.example.org/ob2/issuer.json"));
    QVERIFY(northgate);
    QCOMPARE(northgate->name, QStringLiteral("Northgate Coding Academy"));
    QCOMPARE(northgate->url, QStringLiteral("https://www.example.org/northgate/"));
    const std::optional<RegistryIssuer> university =
        registry.find(QStringLiteral("https://registry.example.edu/issuers/42"));
    QVERIFY(university);
    QCOMPARE(university->id, QStringLiteral("https://registry.example.edu/issuers/42/"));
    QCOMPARE(university->location, QStringLiteral("Lakeside, USA"));
}

void TestIssuerRegistry::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::newRow("entry without name") << QStringLiteral("BrokenDccEntryWithoutName.json")
                                        << QStringLiteral("$.registry[\"did:web:bad.example.org\"].name");
    QTest::newRow("registry array") << QStringLiteral("BrokenDccRegistryArray.json") << QStringLiteral("$.registry:");
    QTest::newRow("issuer without id") << QStringLiteral("BrokenCredfolioIdMissing.json")
                                       << QStringLiteral("$.issuers[2].id");
    QTest::newRow("issuer twice") << QStringLiteral("BrokenCredfolioDuplicate.json")
                                  << QStringLiteral("$.issuers[1].id");
    QTest::newRow("url a number") << QStringLiteral("BrokenCredfolioUrlNumber.json")
                                  << QStringLiteral("$.issuers[0].url");
    QTest::newRow("no registry name") << QStringLiteral("BrokenCredfolioNoName.json") << QStringLiteral("$.name");
    QTest::newRow("unknown type") << QStringLiteral("BrokenUnknownType.json") << QStringLiteral("$.type");
    QTest::newRow("neither format") << QStringLiteral("BrokenNeither.json") << QStringLiteral("$:");
    QTest::newRow("cut short") << QStringLiteral("BrokenTruncated.json") << QStringLiteral("json.");
}

void TestIssuerRegistry::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    const QString fullPath = Test::dataPath(QStringLiteral("issuer-registry/") + file);
    const Result<IssuerRegistry> registry = IssuerRegistry::load(fullPath);
    QVERIFY(!registry);
    QCOMPARE(registry.error().code, QStringLiteral("verify.registry-invalid"));
    QVERIFY2(registry.error().detail.contains(path), qPrintable(registry.error().detail));
    QVERIFY(registry.error().message.contains(fullPath));
}

void TestIssuerRegistry::missingFile()
{
    const Result<IssuerRegistry> registry =
        IssuerRegistry::load(Test::dataPath(QStringLiteral("issuer-registry/no-such-registry.json")));
    QCOMPARE(registry.error().code, QStringLiteral("verify.registry-unreadable"));
    QVERIFY(registry.error().message.contains(QLatin1String("no-such-registry.json")));
}

void TestIssuerRegistry::lookupIsExact_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<bool>("listed");
    QTest::newRow("https as listed") << QStringLiteral("https://registry.example.edu/issuers/42/") << true;
    QTest::newRow("https without trailing slash") << QStringLiteral("https://registry.example.edu/issuers/42") << true;
    QTest::newRow("https listed without slash, asked with")
        << QStringLiteral("https://badges.example.org/ob2/issuer.json/") << true;
    QTest::newRow("http is another issuer") << QStringLiteral("http://registry.example.edu/issuers/42") << false;
    QTest::newRow("other path") << QStringLiteral("https://registry.example.edu/issuers/4") << false;
    QTest::newRow("upper case") << QStringLiteral("DID:WEB:credentials.example.org") << false;
    QTest::newRow("did with suffix") << QStringLiteral("did:web:credentials.example.org:sub") << false;
    QTest::newRow("did with trailing slash") << QStringLiteral("did:web:credentials.example.org/") << false;
    QTest::newRow("did prefix") << QStringLiteral("did:web:credentials.example") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIssuerRegistry::lookupIsExact()
{
    QFETCH(QString, issuer);
    QFETCH(bool, listed);
    IssuerRegistrySet set;
    set.addRegistry(loaded(QStringLiteral("credfolio-registry.json")));
    QCOMPARE(set.lookup(issuer).has_value(), listed);
    QCOMPARE(issuerTrustCheck(issuedBy(issuer), set).status, listed ? CheckStatus::Pass : CheckStatus::Warn);
}

void TestIssuerRegistry::trustCheckPasses()
{
    IssuerRegistrySet set;
    set.addRegistry(loaded(QStringLiteral("credfolio-registry.json")));
    const Check check = issuerTrustCheck(issuedBy(QStringLiteral("https://badges.example.org/ob2/issuer.json"),
                                                  QStringLiteral("Name the credential claims")),
                                         set);
    QCOMPARE(check.id, QStringLiteral("issuer-trust"));
    QCOMPARE(check.status, CheckStatus::Pass);
    // The registry's name for the issuer, not the one the credential gives itself.
    QCOMPARE(check.message, QStringLiteral("Issued by Northgate Coding Academy, listed in Northgate Partners."));
    QVERIFY(check.code.isEmpty());
}

void TestIssuerRegistry::listedInSeveralRegistries()
{
    IssuerRegistrySet set;
    set.addRegistry(loaded(QStringLiteral("dcc-registry.json")));
    set.addRegistry(loaded(QStringLiteral("credfolio-registry.json")));
    set.addRegistry(loaded(QStringLiteral("dcc-registry-unnamed.json")));
    const std::optional<IssuerRegistrySet::Listing> listing =
        set.lookup(QStringLiteral("did:web:credentials.example.org"));
    QVERIFY(listing);
    QCOMPARE(listing->registryNames,
             (QStringList{QStringLiteral("Example Community Registry"), QStringLiteral("Northgate Partners"),
                          QStringLiteral("dcc-registry-unnamed")}));
    // The first registry's entry names the issuer.
    QCOMPARE(listing->issuer.name, QStringLiteral("Example Credentials Office"));
    const Check check = issuerTrustCheck(issuedBy(QStringLiteral("did:web:credentials.example.org")), set);
    QCOMPARE(check.message,
             QStringLiteral("Issued by Example Credentials Office, listed in Example Community Registry, "
                            "Northgate Partners, dcc-registry-unnamed."));
}

void TestIssuerRegistry::notListedIsAWarning()
{
    IssuerRegistrySet set;
    const Check none = issuerTrustCheck(issuedBy(kRiverbend), set);
    QCOMPARE(none.status, CheckStatus::Warn);
    QCOMPARE(none.message, QStringLiteral("The issuer is not in a registry you use."));
    QCOMPARE(none.code, QStringLiteral("verify.issuer-not-listed"));

    set.addRegistry(loaded(QStringLiteral("credfolio-registry.json")));
    const Check elsewhere = issuerTrustCheck(issuedBy(kRiverbend, QStringLiteral("Riverbend Community College")), set);
    QCOMPARE(elsewhere.status, CheckStatus::Warn);
    QVERIFY(elsewhere.detail.contains(kRiverbend));
    QVERIFY(elsewhere.detail.contains(QLatin1String("Northgate Partners")));
    QCOMPARE(issuerTrustCheck(issuedBy(QString()), set).status, CheckStatus::Warn);
}

void TestIssuerRegistry::trustedByYou()
{
    IssuerRegistrySet set;
    set.addRegistry(loaded(QStringLiteral("dcc-registry.json")));
    const QString own = QStringLiteral("did:key:z6MkpLearnerChosenIssuer");
    QCOMPARE(issuerTrustCheck(issuedBy(own), set).status, CheckStatus::Warn);

    set.trust(own, QStringLiteral("My evening school"));
    QCOMPARE(set.trustedByYou().issuers.size(), 1);
    const Check trusted = issuerTrustCheck(issuedBy(own), set);
    QCOMPARE(trusted.status, CheckStatus::Pass);
    QCOMPARE(trusted.message, QStringLiteral("Issued by My evening school, listed in Trusted by you."));

    // Also trusting a listed issuer adds the learner's list to the names.
    set.trust(kRiverbend, QStringLiteral("Riverbend"));
    QCOMPARE(
        issuerTrustCheck(issuedBy(kRiverbend), set).message,
        QStringLiteral("Issued by Riverbend Community College, listed in Example Community Registry, Trusted by you."));

    QVERIFY(set.untrust(own));
    QVERIFY(!set.untrust(own));
    QCOMPARE(issuerTrustCheck(issuedBy(own), set).status, CheckStatus::Warn);
    // https ids: trusting with a trailing slash covers the id without one.
    set.trust(QStringLiteral("https://school.example.net/"), QStringLiteral("School"));
    QCOMPARE(issuerTrustCheck(issuedBy(QStringLiteral("https://school.example.net")), set).status, CheckStatus::Pass);
    QVERIFY(set.untrust(QStringLiteral("https://school.example.net")));
}

void TestIssuerRegistry::replacingAndRemovingRegistries()
{
    IssuerRegistrySet set;
    IssuerRegistry registry = loaded(QStringLiteral("credfolio-registry.json"));
    set.addRegistry(registry);
    registry.remove(QStringLiteral("did:web:credentials.example.org"));
    set.addRegistry(registry); // same source: replaces
    QCOMPARE(set.registries().size(), 1);
    QVERIFY(!set.lookup(QStringLiteral("did:web:credentials.example.org")));
    QVERIFY(set.removeRegistry(registry.source));
    QVERIFY(set.registries().isEmpty());
    QVERIFY(!set.lookup(QStringLiteral("https://badges.example.org/ob2/issuer.json")));
}

void TestIssuerRegistry::corpusCredentialIssuer()
{
    Result<Credentials::Credential> credential =
        Credentials::readCredential(Test::readData(QStringLiteral("corpus/status/di-rdfc-status-active.json")));
    QVERIFY(credential);
    IssuerRegistrySet set;
    set.addRegistry(loaded(QStringLiteral("dcc-registry.json")));
    const Check check = issuerTrustCheck(*credential, set);
    QCOMPARE(check.status, CheckStatus::Pass);
    QCOMPARE(check.message,
             QStringLiteral("Issued by Riverbend Community College, listed in Example Community Registry."));
}

void TestIssuerRegistry::concurrentLookups()
{
    IssuerRegistrySet set;
    set.addRegistry(loaded(QStringLiteral("dcc-registry.json")));
    set.addRegistry(loaded(QStringLiteral("credfolio-registry.json")));
    set.trust(QStringLiteral("did:key:z6MkOwn"), QStringLiteral("Own"));
    const IssuerRegistrySet &shared = set;
    std::atomic<int> passes{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&shared, &passes] {
            for (int i = 0; i < 500; ++i) {
                const bool listed =
                    issuerTrustCheck(issuedBy(i % 2 ? kRiverbend : QStringLiteral("did:key:z6MkOwn")), shared).status ==
                    CheckStatus::Pass;
                const bool unlisted = issuerTrustCheck(issuedBy(QStringLiteral("did:key:z6MkNobody")), shared).status ==
                                      CheckStatus::Warn;
                if (listed && unlisted) {
                    ++passes;
                }
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(passes.load(), 2000);
}

QTEST_GUILESS_MAIN(TestIssuerRegistry)
#include "TestIssuerRegistry.moc"
