// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and verifying an import batch: folders are searched, every input ends as a credential or as a
// problem with its reason, a bad file never stops the others, and a cancelled batch yields nothing to store.
#include "core/common/Clock.h"
#include "core/net/Fetcher.h"
#include "core/services/ImportPreparation.h"
#include "core/verify/Verifier.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Credfolio;

namespace {

bool copyData(const QString &relative, const QString &target)
{
    return QFile::copy(Test::dataPath(relative), target);
}

} // namespace

class TestImportPreparation : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_fetcher.setOffline(true);
        QVERIFY(m_fetcher.loadBundle(Test::dataPath(QStringLiteral("corpus/web/manifest.json"))));
    }

    void aMixedFolderYieldsCredentialsAndReasons()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("nested")));
        QVERIFY(copyData(QStringLiteral("corpus/ob3/di-rdfc-valid.json"), dir.filePath(QStringLiteral("a.json"))));
        QVERIFY(copyData(QStringLiteral("corpus/ob3/di-rdfc-tampered.json"), dir.filePath(QStringLiteral("b.json"))));
        QVERIFY(copyData(QStringLiteral("corpus/baked/ob3-bad-crc.png"), dir.filePath(QStringLiteral("nested/c.png"))));
        QVERIFY(copyData(QStringLiteral("corpus/clr/clr-valid.json"), dir.filePath(QStringLiteral("nested/d.json"))));
        QFile notes(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("my shopping list");
        notes.close();

        Services::ImportRequest request;
        request.paths = {dir.path(), dir.filePath(QStringLiteral("gone.json"))};
        request.texts = {Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"))};
        const FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC));
        const Verify::Verifier verifier(Verify::VerifierOptions{&m_fetcher, &clock, nullptr});
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QMutex mutex;
        QList<int> seen;
        int reportedTotal = 0;
        const std::atomic<bool> cancel{false};
        const Services::PreparedBatch batch = Services::prepareImport(
            request, verifier, &m_fetcher, pool,
            [&](int done, int total, const QString &) {
                const QMutexLocker lock(&mutex);
                seen.append(done);
                reportedTotal = total;
            },
            cancel);

        QVERIFY(!batch.cancelled);
        QCOMPARE(reportedTotal, 6); // 5 files found + 1 pasted text (the missing path is a problem up front)
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(batch.credentials.size(), 4);
        QCOMPARE(batch.credentials.at(0).source, dir.filePath(QStringLiteral("a.json")));
        QVERIFY(batch.credentials.at(0).report.isValid());
        QVERIFY(!batch.credentials.at(1).report.isValid()); // tampered: still imported, flagged
        QCOMPARE(batch.credentials.at(2).credential.kind, Credentials::Kind::Clr);
        QVERIFY(!batch.credentials.at(2).report.embedded.isEmpty());
        QCOMPARE(batch.credentials.at(3).credential.format, Credentials::Format::VcJwt);

        QCOMPARE(batch.problems.size(), 3);
        QCOMPARE(batch.problems.at(0).error.code, QStringLiteral("import.no-such-path"));
        QVERIFY(batch.problems.at(1).source.endsWith(QLatin1String("c.png")));
        QVERIFY(batch.problems.at(2).source.endsWith(QLatin1String("notes.txt")));
        for (const Services::ImportProblem &problem : batch.problems)
            QVERIFY(!problem.error.message.isEmpty());
    }

    void aCancelledBatchYieldsNothing()
    {
        Services::ImportRequest request;
        request.paths = {Test::dataPath(QStringLiteral("corpus/bulk/jwt"))};
        const Verify::Verifier verifier;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        std::atomic<bool> cancel{false};
        int calls = 0;
        const Services::PreparedBatch batch = Services::prepareImport(
            request, verifier, nullptr, pool,
            [&](int done, int, const QString &) {
                ++calls;
                if (done == 10)
                    cancel = true;
            },
            cancel);
        QVERIFY(batch.cancelled);
        QVERIFY(batch.credentials.isEmpty());
        QVERIFY(calls >= 10);
        QVERIFY(calls < 200); // the rest were not even read
    }

private:
    Net::Fetcher m_fetcher;
};

QTEST_GUILESS_MAIN(TestImportPreparation)
#include "TestImportPreparation.moc"
