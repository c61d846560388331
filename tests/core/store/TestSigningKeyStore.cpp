// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Verifier.h"
#include "core/store/SigningKeyStore.h"
#include "tests/core/store/KeychainTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

#include <thread>

using namespace Credfolio;
using namespace Credfolio::Store;

namespace {

SecretStore testSecrets()
{
    SecretStoreOptions options;
    // Not "Credfolio": a run outside the throw-away session must not touch a learner's real entries.
    options.service = QStringLiteral("Credfolio Test");
    options.timeout = std::chrono::seconds(30);
    options.retryDelay = std::chrono::milliseconds(200);
    return SecretStore(options);
}

bool verifies(const Crypto::PublicKey &key, const QByteArray &data, const QByteArray &signature)
{
    const Result<bool> valid = Crypto::verifySignature(key, Crypto::SignatureAlgorithm::EdDSA, data, signature);
    return valid.has_value() && valid.value();
}

QStringList sessionFolders()
{
    QStringList roots;
    for (const char *variable : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = qEnvironmentVariable(variable);
        if (!path.isEmpty())
            roots.append(path);
    }
    return roots;
}

// Child mode: with the keychain unreachable, ask for a library's key as the exporter would.
int runChildMode()
{
    const SigningKeyStore keys(testSecrets());
    const Result<Crypto::Ed25519SigningKey> key =
        keys.signingKey(QStringLiteral("child-library"), CreatePolicy::CreateIfMissing);
    Test::printChildLine({QStringLiteral("signingKey"), key ? QStringLiteral("ok") : key.error().code,
                          key ? QString() : key.error().message});
    const Result<QString> multikey = keys.publicKeyMultikey(QStringLiteral("child-library"));
    Test::printChildLine({QStringLiteral("multikey"), multikey ? multikey.value() : multikey.error().code});
    return 0;
}

} // namespace

class TestSigningKeyStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void createdOnFirstNeedThenReturned();
    void librariesHaveTheirOwnKeys();
    void forgetRemovesTheKey();
    void concurrentFirstNeedMakesOneKey();
    void damagedEntryIsReportedAndKept();
    void seedNeverLandsInAFile();
    void withoutKeychainSaysSoAndWritesNothing();

private:
    SecretStore m_secrets = testSecrets();
    SigningKeyStore m_keys{testSecrets()};
    QStringList m_libraries;
};

void TestSigningKeyStore::initTestCase()
{
    const KeychainAvailability availability = m_secrets.probe();
    if (!availability.isAvailable())
        QFAIL(qPrintable(QStringLiteral("No usable Secret Service (run the tests through scripts/run-tests.sh): ") +
                         availability.error.toString()));
}

void TestSigningKeyStore::cleanup()
{
    for (const QString &library : std::as_const(m_libraries))
        QVERIFY(m_keys.forget(library).has_value());
    m_libraries.clear();
}

void TestSigningKeyStore::createdOnFirstNeedThenReturned()
{
    const QString library = QStringLiteral("library-first-need");
    m_libraries.append(library);

    const Result<Crypto::Ed25519SigningKey> none = m_keys.signingKey(library, CreatePolicy::UseExisting);
    QVERIFY(!none);
    QCOMPARE(none.error().code, QStringLiteral("store.secret-not-found"));
    QCOMPARE(m_keys.publicKeyMultikey(library).error().code, QStringLiteral("store.secret-not-found"));

    const Result<Crypto::Ed25519SigningKey> created = m_keys.signingKey(library, CreatePolicy::CreateIfMissing);
    QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().toString()));
    const QString multikey = created->publicKey().toMultikey();
    QVERIFY(multikey.startsWith(QStringLiteral("z6Mk")));

    // Later (a fresh store, as after a restart): the same key, whatever the policy.
    const SigningKeyStore later(testSecrets());
    const Result<Crypto::Ed25519SigningKey> again = later.signingKey(library, CreatePolicy::UseExisting);
    QVERIFY(again.has_value());
    QCOMPARE(again->publicKey().toMultikey(), multikey);
    QCOMPARE(later.signingKey(library, CreatePolicy::CreateIfMissing)->publicKey().toMultikey(), multikey);
    QCOMPARE(later.publicKeyMultikey(library).value(), multikey);

    const QByteArray package("portfolio package manifest");
    const QByteArray signature = again->sign(package);
    QCOMPARE(signature.size(), 64);
    QVERIFY(verifies(created->publicKey(), package, signature));
    QVERIFY(!verifies(created->publicKey(), "another manifest", signature));

    // What the keychain holds is the key's 32-byte seed.
    QCOMPARE(m_secrets.read(SecretStore::signingKeyName(library)).value(), created->seed());
}

void TestSigningKeyStore::librariesHaveTheirOwnKeys()
{
    m_libraries << QStringLiteral("library-a") << QStringLiteral("library-b");
    const Result<QString> a = m_keys.publicKeyMultikey(QStringLiteral("library-a"), CreatePolicy::CreateIfMissing);
    const Result<QString> b = m_keys.publicKeyMultikey(QStringLiteral("library-b"), CreatePolicy::CreateIfMissing);
    QVERIFY(a.has_value() && b.has_value());
    QVERIFY(a.value() != b.value());
    QCOMPARE(m_keys.publicKeyMultikey(QStringLiteral("library-a")).value(), a.value());
}

void TestSigningKeyStore::forgetRemovesTheKey()
{
    const QString library = QStringLiteral("library-forget");
    m_libraries.append(library);
    const Result<QString> first = m_keys.publicKeyMultikey(library, CreatePolicy::CreateIfMissing);
    QVERIFY(first.has_value());

    QVERIFY(m_keys.forget(library).has_value());
    QCOMPARE(m_keys.signingKey(library, CreatePolicy::UseExisting).error().code,
             QStringLiteral("store.secret-not-found"));
    QCOMPARE(m_secrets.read(SecretStore::signingKeyName(library)).error().code,
             QStringLiteral("store.secret-not-found"));
    QVERIFY(m_keys.forget(library).has_value());

    const Result<QString> second = m_keys.publicKeyMultikey(library, CreatePolicy::CreateIfMissing);
    QVERIFY(second.has_value());
    QVERIFY(second.value() != first.value());

    QCOMPARE(m_keys.forget(QString()).error().code, QStringLiteral("store.keychain-failed"));
}

void TestSigningKeyStore::concurrentFirstNeedMakesOneKey()
{
    const QString library = QStringLiteral("library-concurrent");
    m_libraries.append(library);
    constexpr int threadCount = 4;
    QStringList multikeys(threadCount);
    std::vector<std::thread> threads;
    for (int i = 0; i < threadCount; ++i) {
        threads.emplace_back([this, i, &library, &multikeys] {
            // Each thread with its own store object, as separate services would have.
            const SigningKeyStore keys(testSecrets());
            multikeys[i] = keys.publicKeyMultikey(library, CreatePolicy::CreateIfMissing).value_or(QString());
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY(!multikeys[0].isEmpty());
    QCOMPARE(multikeys, QStringList(threadCount, multikeys[0]));
    QCOMPARE(m_keys.publicKeyMultikey(library).value(), multikeys[0]);
}

void TestSigningKeyStore::damagedEntryIsReportedAndKept()
{
    const QString library = QStringLiteral("library-damaged");
    m_libraries.append(library);
    QVERIFY(m_secrets.write(SecretStore::signingKeyName(library), "short").has_value());

    const Result<Crypto::Ed25519SigningKey> key = m_keys.signingKey(library, CreatePolicy::CreateIfMissing);
    QVERIFY(!key);
    QCOMPARE(key.error().code, QStringLiteral("store.keychain-failed"));
    QVERIFY(key.error().detail.contains(library));
    // Never silently replaced: that would orphan whatever was signed with the old key.
    QCOMPARE(m_secrets.read(SecretStore::signingKeyName(library)).value(), QByteArray("short"));
}

void TestSigningKeyStore::seedNeverLandsInAFile()
{
    const QString library = QStringLiteral("library-leak-check");
    m_libraries.append(library);
    const Result<Crypto::Ed25519SigningKey> key = m_keys.signingKey(library, CreatePolicy::CreateIfMissing);
    QVERIFY(key.has_value());
    const QByteArray seed = key->seed();
    QCOMPARE(seed.size(), 32);

    const QStringList roots = sessionFolders();
    QVERIFY(!roots.isEmpty());
    // gnome-keyring keeps its (encrypted) keyring under XDG_DATA_HOME, so the search covers where it writes.
    const QString keyrings = QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("keyrings"));
    QVERIFY2(!Test::regularFiles(keyrings).isEmpty(), qPrintable(keyrings));
    QCOMPARE(Test::filesContaining(roots, Test::secretForms(seed)), QStringList());
}

void TestSigningKeyStore::withoutKeychainSaysSoAndWritesNothing()
{
    Test::ThrowawayHome home;
    QVERIFY(home.isValid());
    const QString nowhere = QStringLiteral("unix:path=") + home.root() + QStringLiteral("/no-bus-here");
    const Test::ChildOutcome child = Test::runChild({QStringLiteral("signing")}, home.environment(nowhere));
    QVERIFY2(child.exitCode == 0, child.standardError.constData());

    QCOMPARE(child.lines.value(QStringLiteral("signingKey")),
             QStringList({QStringLiteral("store.keychain-unavailable"),
                          QStringLiteral("Your system keychain is not available, so Credfolio cannot keep a signing "
                                         "key. You can continue without signing.")}));
    QCOMPARE(child.lines.value(QStringLiteral("multikey")), QStringList{QStringLiteral("store.keychain-unavailable")});
    // The generated seed was not kept anywhere: no file at all appeared in the child's session folders.
    QCOMPARE(Test::regularFiles(home.root()), QStringList());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], Test::keychainChildArgument) == 0 && qstrcmp(argv[2], "signing") == 0)
        return runChildMode();
    TestSigningKeyStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestSigningKeyStore.moc"
