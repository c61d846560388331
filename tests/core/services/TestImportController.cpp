// SPDX-License-Identifier: GPL-3.0-or-later
// Import batches and re-verification run off the GUI thread: progress arrives in order on the controller's
// thread, the summary says what was stored, a cancelled batch stores nothing, and one job runs at a time.
#include "core/services/ImportController.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Credfolio;

namespace {

bool copyData(const QString &relative, const QString &target)
{
    return QFile::copy(Test::dataPath(relative), target);
}

} // namespace

class TestImportController : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Services::Workspace> openWorkspace()
    {
        Result<std::unique_ptr<Services::Workspace>> workspace =
            Services::Workspace::open(m_dir.filePath(QStringLiteral("library.sqlite")));
        if (!workspace)
            return nullptr;
        (void)(*workspace)->setOffline(true);
        return std::move(workspace).value();
    }

    int libraryCount(Services::Workspace &workspace) { return workspace.library().count().value_or(-1); }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void aBatchReportsInOrderOnTheGuiThreadAndStores()
    {
        const QString input = m_dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(input));
        QVERIFY(copyData(QStringLiteral("corpus/ob3/di-rdfc-valid.json"), input + QStringLiteral("/a.json")));
        QVERIFY(copyData(QStringLiteral("corpus/ob3/di-jcs-tampered.json"), input + QStringLiteral("/b.json")));
        QVERIFY(copyData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"), input + QStringLiteral("/c.jwt")));
        QVERIFY(copyData(QStringLiteral("corpus/baked/ob3-bad-crc.png"), input + QStringLiteral("/d.png")));
        QFile notes(input + QStringLiteral("/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a credential");
        notes.close();

        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        Services::ImportController controller(*workspace);
        QList<int> done;
        QList<int> totals;
        QStringList current;
        bool allOnGuiThread = true;
        connect(&controller, &Services::ImportController::progress, this, [&](int d, int total, const QString &name) {
            done.append(d);
            totals.append(total);
            current.append(name);
            allOnGuiThread = allOnGuiThread && QThread::currentThread() == thread();
        });
        QSignalSpy running(&controller, &Services::ImportController::runningChanged);
        QSignalSpy finished(&controller, &Services::ImportController::finished);
        QSignalSpy failed(&controller, &Services::ImportController::failed);

        QVERIFY(controller.start(Services::ImportRequest{{input}, {}, {}}));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(Services::ImportRequest{{input}, {}, {}})); // one batch at a time
        QVERIFY(!controller.reverify({1}));
        QVERIFY(finished.wait(30000));
        QVERIFY(!controller.isRunning());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(running.count(), 2);
        QVERIFY(allOnGuiThread);
        QCOMPARE(done, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(totals, (QList<int>(5, 5)));
        QCOMPARE(current.size(), 5);

        const auto summary = finished.at(0).at(0).value<Services::ImportSummary>();
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.storedCount(), 3);
        QCOMPARE(summary.storedInvalid, 1);
        QCOMPARE(summary.problems.size(), 2);
        QVERIFY(summary.problems.at(0).source.endsWith(QLatin1String("d.png")));
        QVERIFY(summary.problems.at(1).source.endsWith(QLatin1String("notes.txt")));
        QCOMPARE(libraryCount(*workspace), 3);

        // The same folder again: all duplicates, nothing new.
        QVERIFY(controller.start(Services::ImportRequest{{input}, {}, {}}));
        QVERIFY(finished.wait(30000));
        const auto again = finished.at(1).at(0).value<Services::ImportSummary>();
        QCOMPARE(again.storedCount(), 0);
        QCOMPARE(again.duplicates.size(), 3);
        QCOMPARE(libraryCount(*workspace), 3);
    }

    void aCancelledBatchStoresNothing()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        Services::ImportController controller(*workspace);
        controller.workers().setMaxThreadCount(1);
        int seen = 0;
        connect(&controller, &Services::ImportController::progress, this, [&](int done, int, const QString &) {
            seen = done;
            if (done == 5)
                controller.cancel();
        });
        QSignalSpy finished(&controller, &Services::ImportController::finished);
        QVERIFY(controller.start(Services::ImportRequest{{Test::dataPath(QStringLiteral("corpus/bulk/jwt"))}, {}, {}}));
        QVERIFY(finished.wait(60000));
        const auto summary = finished.at(0).at(0).value<Services::ImportSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.storedIds.isEmpty());
        QVERIFY(seen >= 5);
        QVERIFY(seen < 200);
        QCOMPARE(libraryCount(*workspace), 0);
    }

    void reverifyRecordsNewReports()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        Services::ImportController controller(*workspace);
        QSignalSpy finished(&controller, &Services::ImportController::finished);
        QVERIFY(
            controller.start(Services::ImportRequest{{Test::dataPath(QStringLiteral("corpus/ob3/di-rdfc-valid.json")),
                                                      Test::dataPath(QStringLiteral("corpus/ob3/di-jcs-valid.json"))},
                                                     {},
                                                     {}}));
        QVERIFY(finished.wait(30000));
        const QList<qint64> ids = finished.at(0).at(0).value<Services::ImportSummary>().storedIds;
        QCOMPARE(ids.size(), 2);

        QList<int> done;
        connect(&controller, &Services::ImportController::progress, this,
                [&](int d, int, const QString &) { done.append(d); });
        QSignalSpy reverified(&controller, &Services::ImportController::reverified);
        QVERIFY(controller.reverify(ids));
        QVERIFY(reverified.wait(30000));
        QCOMPARE(reverified.at(0).at(0).toInt(), 2);
        QCOMPARE(reverified.at(0).at(1).toBool(), false);
        QCOMPARE(done, (QList<int>{1, 2}));
        for (qint64 id : ids)
            QCOMPARE(workspace->library().verificationHistory(id)->size(), 2);
    }

    void aFailureIsReported()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        Services::ImportController controller(*workspace);
        QSignalSpy failed(&controller, &Services::ImportController::failed);
        QVERIFY(controller.reverify({424242}));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("store.not-found"));
        QVERIFY(!controller.isRunning());
    }

    void destroyingARunningControllerCancelsIt()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        {
            Services::ImportController controller(*workspace);
            QVERIFY(
                controller.start(Services::ImportRequest{{Test::dataPath(QStringLiteral("corpus/bulk/jwt"))}, {}, {}}));
        }
        QCOMPARE(libraryCount(*workspace), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImportController)
#include "TestImportController.moc"
