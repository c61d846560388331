// SPDX-License-Identifier: GPL-3.0-or-later
// A process killed (SIGKILL) in the middle of an import leaves a healthy library holding exactly the
// batches that were committed.
#include "StoreTestSupport.h"
#include "core/store/Library.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Store;
using namespace Credfolio::Test;

namespace {

constexpr int batchSize = 40;

int committedLines(const QByteArray &output)
{
    int last = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed ")) {
            last = line.mid(10).toInt();
        }
    }
    return last;
}

} // namespace

class TestLibraryCrash : public QObject {
    Q_OBJECT

private slots:
    void killedImportsLoseOnlyTheBatchInProgress();
};

void TestLibraryCrash::killedImportsLoseOnlyTheBatchInProgress()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const QString child = QCoreApplication::applicationDirPath() + QStringLiteral("/ImportChild");
    int stored = 0; // rows in the library before this round
    for (int round = 0; round < 5; ++round) {
        QProcess process;
        process.setProgram(child);
        process.setArguments({path, QString::number(batchSize), QStringLiteral("100000")});
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        QVERIFY(process.waitForStarted());
        // Wait for a varying number of commits, then a varying moment into the next batch.
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (committedLines(output) < round + 1 && timer.elapsed() < 60'000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            output += process.readAllStandardOutput();
        }
        QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
        QTest::qSleep(round * 13 % 50);
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        output += process.readAllStandardOutput();
        const int printed = committedLines(output);
        QVERIFY(printed >= round + 1);

        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        Result<std::unique_ptr<Library>> library = Library::open(path);
        QVERIFY2(library, qPrintable(errorOf(library)));
        const int rows = (*library)->count().value();
        const int batches = (rows - stored) / batchSize;
        QVERIFY2((rows - stored) % batchSize == 0, qPrintable(QStringLiteral("partial batch: %1 rows").arg(rows)));
        // A batch may have committed without its line being printed yet.
        QVERIFY2(batches == printed || batches == printed + 1,
                 qPrintable(QStringLiteral("printed %1, stored %2 batches").arg(printed).arg(batches)));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM credential_search")).toInt(), rows);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM verifications")).toInt(), rows);
        stored = rows;
    }
}

QTEST_GUILESS_MAIN(TestLibraryCrash)
#include "TestLibraryCrash.moc"
