// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SecretStore.h"
#include "tests/core/store/KeychainTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

#include <thread>

using namespace Credfolio;
using namespace Credfolio::Store;

namespace {

using Status = KeychainAvailability::Status;

SecretStoreOptions testOptions()
{
    SecretStoreOptions options;
    // Not "Credfolio": a run outside the throw-away session must not touch a learner's real entries.
    options.service = QStringLiteral("Credfolio Test");
    options.timeout = std::chrono::seconds(30);
    options.retryDelay = std::chrono::milliseconds(200);
    return options;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}

const QString unavailableMessage = QStringLiteral(
    "Your system keychain is not available, so Credfolio cannot keep a signing key. You can continue without signing.");

// Child mode: with the keychain unusable, probe, then try to keep `secret` and read it back.
int runChildMode(const QByteArray &secretHex, int timeoutMs)
{
    SecretStoreOptions options = testOptions();
    options.timeout = std::chrono::milliseconds(timeoutMs);
    const SecretStore store(options);
    const KeychainAvailability availability = store.probe();
    Test::printChildLine({QStringLiteral("probe"), QString::number(static_cast<int>(availability.status)),
                          availability.error.code, availability.error.message});
    const Result<void> written =
        store.write(SecretStore::tokenName(QStringLiteral("example")), QByteArray::fromHex(secretHex));
    Test::printChildLine({QStringLiteral("write"), written ? QStringLiteral("ok") : written.error().code,
                          written ? QString() : written.error().message});
    const Result<QByteArray> read = store.read(SecretStore::tokenName(QStringLiteral("example")));
    Test::printChildLine({QStringLiteral("read"), read ? QStringLiteral("ok") : read.error().code,
                          read ? QString::fromLatin1(read->toHex()) : QString()});
    return 0;
}

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void keysAreNamespaced();
    void writeReadOverwriteRemove();
    void valuesAreBinarySafe_data();
    void valuesAreBinarySafe();
    void missingKeyIsNotFound();
    void servicesAndKeysAreSeparate();
    void probeLeavesNoEntry();
    void worksFromThreadsWithoutEventLoop();
    void worksInsideARunningEventLoop();
    void secretStaysOutOfFiles();
    void withoutDBusSaysSoAndWritesNothing();
    void withoutSecretServiceSaysSo();
    void hungSecretServiceTimesOut();

private:
    SecretStore m_store{testOptions()};
    QStringList m_written;
};

void TestSecretStore::initTestCase()
{
    const KeychainAvailability availability = m_store.probe();
    if (!availability.isAvailable())
        QFAIL(qPrintable(QStringLiteral("No usable Secret Service (run the tests through scripts/run-tests.sh): ") +
                         availability.error.toString()));
}

void TestSecretStore::cleanup()
{
    for (const QString &key : std::as_const(m_written))
        QVERIFY(m_store.remove(key).has_value());
    m_written.clear();
}

void TestSecretStore::keysAreNamespaced()
{
    QCOMPARE(SecretStore().options().service, QStringLiteral("Credfolio"));
    QCOMPARE(SecretStore::signingKeyName(QStringLiteral("lib-1")), QStringLiteral("signing-key/lib-1"));
    QCOMPARE(SecretStore::tokenName(QStringLiteral("badgr")), QStringLiteral("token/badgr"));
}

void TestSecretStore::writeReadOverwriteRemove()
{
    const QString key = SecretStore::tokenName(QStringLiteral("badgr"));
    m_written.append(key);
    QVERIFY(m_store.write(key, "first token").has_value());
    QCOMPARE(m_store.read(key).value(), QByteArray("first token"));

    QVERIFY(m_store.write(key, "second token").has_value());
    QCOMPARE(m_store.read(key).value(), QByteArray("second token"));
    // A fresh store (as after a restart) sees the same entry.
    QCOMPARE(SecretStore(testOptions()).read(key).value(), QByteArray("second token"));

    QVERIFY(m_store.remove(key).has_value());
    const Result<QByteArray> gone = m_store.read(key);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, QStringLiteral("store.secret-not-found"));
    QVERIFY(m_store.remove(key).has_value()); // removing twice is fine
}

void TestSecretStore::valuesAreBinarySafe_data()
{
    QTest::addColumn<QByteArray>("value");
    QByteArray allBytes;
    for (int i = 0; i < 256; ++i)
        allBytes.append(static_cast<char>(i));
    QTest::newRow("every byte value") << allBytes;
    QTest::newRow("leading and trailing NUL") << QByteArray("\0seed\0", 6);
    QTest::newRow("invalid UTF-8") << QByteArray("\xc3\x28\xff\xfe text");
    QTest::newRow("32 random bytes") << randomBytes(32);
    QTest::newRow("64 KiB") << randomBytes(64 * 1024);
    QTest::newRow("empty") << QByteArray();
}

void TestSecretStore::valuesAreBinarySafe()
{
    QFETCH(QByteArray, value);
    const QString key = QStringLiteral("test/binary");
    m_written.append(key);
    QVERIFY(m_store.write(key, value).has_value());
    const Result<QByteArray> read = m_store.read(key);
    QVERIFY(read.has_value());
    QCOMPARE(read->size(), value.size());
    QCOMPARE(read.value(), value);
}

void TestSecretStore::missingKeyIsNotFound()
{
    const Result<QByteArray> read = m_store.read(QStringLiteral("test/never-written"));
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("store.secret-not-found"));
    QVERIFY(!read.error().message.isEmpty());
    QVERIFY(read.error().detail.contains(QStringLiteral("test/never-written")));

    const Result<QByteArray> empty = m_store.read(QString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, QStringLiteral("store.keychain-failed"));
}

void TestSecretStore::servicesAndKeysAreSeparate()
{
    SecretStoreOptions otherOptions = testOptions();
    otherOptions.service = QStringLiteral("Credfolio Test Other");
    const SecretStore other(otherOptions);
    m_written << QStringLiteral("test/a") << QStringLiteral("test/b");
    QVERIFY(m_store.write(QStringLiteral("test/a"), "alpha").has_value());
    QVERIFY(m_store.write(QStringLiteral("test/b"), "beta").has_value());
    QVERIFY(other.write(QStringLiteral("test/a"), "other alpha").has_value());

    QCOMPARE(m_store.read(QStringLiteral("test/a")).value(), QByteArray("alpha"));
    QCOMPARE(m_store.read(QStringLiteral("test/b")).value(), QByteArray("beta"));
    QCOMPARE(other.read(QStringLiteral("test/a")).value(), QByteArray("other alpha"));
    QCOMPARE(other.read(QStringLiteral("test/b")).error().code, QStringLiteral("store.secret-not-found"));

    QVERIFY(other.remove(QStringLiteral("test/a")).has_value());
    QCOMPARE(m_store.read(QStringLiteral("test/a")).value(), QByteArray("alpha"));
}

void TestSecretStore::probeLeavesNoEntry()
{
    const KeychainAvailability availability = m_store.probe();
    QVERIFY(availability.isAvailable());
    QVERIFY(availability.error.code.isEmpty());
    QCOMPARE(m_store.read(QStringLiteral("probe/availability")).error().code, QStringLiteral("store.secret-not-found"));
}

void TestSecretStore::worksFromThreadsWithoutEventLoop()
{
    constexpr int threadCount = 6;
    QList<QByteArray> values;
    for (int i = 0; i < threadCount; ++i) {
        values.append(randomBytes(32));
        m_written.append(QStringLiteral("test/thread-%1").arg(i));
    }
    QList<int> failures(threadCount, -1);
    std::vector<std::thread> threads;
    for (int i = 0; i < threadCount; ++i) {
        threads.emplace_back([this, i, &values, &failures] {
            const QString key = QStringLiteral("test/thread-%1").arg(i);
            int failed = 0;
            for (int round = 0; round < 3; ++round) {
                if (!m_store.write(key, values[i]).has_value())
                    ++failed;
                const Result<QByteArray> read = m_store.read(key);
                if (!read || *read != values[i])
                    ++failed;
            }
            failures[i] = failed;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures, QList<int>(threadCount, 0));

    // And from the pool threads the verifier and importer use.
    const QList<int> indexes{0, 1, 2, 3, 4, 5};
    const QList<QByteArray> read = QtConcurrent::blockingMapped(indexes, [this](int i) {
        return m_store.read(QStringLiteral("test/thread-%1").arg(i)).value_or(QByteArray());
    });
    QCOMPARE(read, values);
}

void TestSecretStore::worksInsideARunningEventLoop()
{
    // As from a slot of the GUI thread: the call must not wait for this thread's event loop.
    const QString key = QStringLiteral("test/event-loop");
    m_written.append(key);
    Result<QByteArray> read = QByteArray();
    QEventLoop loop;
    QTimer::singleShot(0, &loop, [&] {
        if (m_store.write(key, "from a slot").has_value())
            read = m_store.read(key);
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(read.has_value());
    QCOMPARE(read.value(), QByteArray("from a slot"));
}

void TestSecretStore::secretStaysOutOfFiles()
{
    const QByteArray secret = randomBytes(32);
    const QString key = SecretStore::tokenName(QStringLiteral("leak-check"));
    m_written.append(key);
    QVERIFY(m_store.write(key, secret).has_value());
    QCOMPARE(m_store.read(key).value(), secret);

    QStringList roots;
    for (const char *variable : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = qEnvironmentVariable(variable);
        if (!path.isEmpty())
            roots.append(path);
    }
    QVERIFY(!roots.isEmpty());
    QCOMPARE(Test::filesContaining(roots, Test::secretForms(secret)), QStringList());
}

void TestSecretStore::withoutDBusSaysSoAndWritesNothing()
{
    Test::ThrowawayHome home;
    QVERIFY(home.isValid());
    const QByteArray secret = randomBytes(32);
    const QString nowhere = QStringLiteral("unix:path=") + home.root() + QStringLiteral("/no-bus-here");
    const Test::ChildOutcome child =
        Test::runChild({QStringLiteral("unavailable"), QString::fromLatin1(secret.toHex()), QStringLiteral("30000")},
                       home.environment(nowhere));
    QVERIFY2(child.exitCode == 0, child.standardError.constData());

    const QStringList probe = child.lines.value(QStringLiteral("probe"));
    QCOMPARE(probe.size(), 3);
    QCOMPARE(probe[0].toInt(), static_cast<int>(Status::NoDBus));
    QCOMPARE(probe[1], QStringLiteral("store.keychain-unavailable"));
    QCOMPARE(probe[2], unavailableMessage);
    QCOMPARE(child.lines.value(QStringLiteral("write")),
             QStringList({QStringLiteral("store.keychain-unavailable"), unavailableMessage}));
    QCOMPARE(child.lines.value(QStringLiteral("read")).value(0), QStringLiteral("store.keychain-unavailable"));

    QCOMPARE(Test::filesContaining({home.root()}, Test::secretForms(secret)), QStringList());
    // Nothing at all was written: no plain-text fallback file of any name.
    QCOMPARE(Test::regularFiles(home.root()), QStringList());
}

void TestSecretStore::withoutSecretServiceSaysSo()
{
    Test::ThrowawayHome home;
    QVERIFY(home.isValid());
    const Test::BusWithoutSecretService bus(home.root());
    QVERIFY2(!bus.address().isEmpty(), "dbus-daemon did not start");
    const QByteArray secret = randomBytes(32);
    const Test::ChildOutcome child =
        Test::runChild({QStringLiteral("unavailable"), QString::fromLatin1(secret.toHex()), QStringLiteral("30000")},
                       home.environment(bus.address()));
    QVERIFY2(child.exitCode == 0, child.standardError.constData());

    const QStringList probe = child.lines.value(QStringLiteral("probe"));
    QCOMPARE(probe.size(), 3);
    QCOMPARE(probe[0].toInt(), static_cast<int>(Status::NoSecretService));
    QCOMPARE(probe[1], QStringLiteral("store.keychain-unavailable"));
    QCOMPARE(probe[2], unavailableMessage);
    QCOMPARE(child.lines.value(QStringLiteral("write")).value(0), QStringLiteral("store.keychain-unavailable"));
    QCOMPARE(Test::filesContaining({home.root()}, Test::secretForms(secret)), QStringList());
}

void TestSecretStore::hungSecretServiceTimesOut()
{
    Test::ThrowawayHome home;
    QVERIFY(home.isValid());
    const Test::BusWithoutSecretService bus(home.root());
    QVERIFY2(!bus.address().isEmpty(), "dbus-daemon did not start");
    const Test::SilentSecretService silent(bus.address());
    QVERIFY(silent.isValid());
    const QByteArray secret = randomBytes(32);
    QElapsedTimer timer;
    timer.start();
    const Test::ChildOutcome child =
        Test::runChild({QStringLiteral("unavailable"), QString::fromLatin1(secret.toHex()), QStringLiteral("500")},
                       home.environment(bus.address()));
    QVERIFY2(child.exitCode == 0, child.standardError.constData());
    // Three calls of 0.5 s each, well before D-Bus's own 25 s timeout: the caller is never stuck.
    QVERIFY2(timer.elapsed() < 15'000, qPrintable(QString::number(timer.elapsed())));

    const QStringList probe = child.lines.value(QStringLiteral("probe"));
    QCOMPARE(probe.size(), 3);
    QCOMPARE(probe[0].toInt(), static_cast<int>(Status::Failed));
    QCOMPARE(probe[1], QStringLiteral("store.keychain-failed"));
    QCOMPARE(probe[2], QStringLiteral("Your system keychain did not answer in time. Try again, or continue without "
                                      "signing."));
    QCOMPARE(child.lines.value(QStringLiteral("write")).value(0), QStringLiteral("store.keychain-failed"));
    QCOMPARE(child.lines.value(QStringLiteral("read")).value(0), QStringLiteral("store.keychain-failed"));
    QCOMPARE(Test::filesContaining({home.root()}, Test::secretForms(secret)), QStringList());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 5 && qstrcmp(argv[1], Test::keychainChildArgument) == 0 && qstrcmp(argv[2], "unavailable") == 0)
        return runChildMode(QByteArray(argv[3]), QByteArray(argv[4]).toInt());
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretStore.moc"
