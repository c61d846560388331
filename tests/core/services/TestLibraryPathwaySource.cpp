// SPDX-License-Identifier: GPL-3.0-or-later
// The Pathways page's data from the library: pathways saved in it, credentials read from it, progress evaluated
// over them, and the cache of credentials refreshed after an import.
#include "core/pathways/PathwayReader.h"
#include "core/services/LibraryPathwaySource.h"
#include "core/services/Workspace.h"
#include "tests/support/TestData.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Credfolio;

class TestLibraryPathwaySource : public QObject {
    Q_OBJECT

private slots:
    void pathwaysLiveInTheLibrary()
    {
        QTemporaryDir dir;
        auto workspace = Services::Workspace::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(workspace);
        QVERIFY((*workspace)->setOffline(true));
        const auto pathway =
            Pathways::readPathway(Test::readData(QStringLiteral("pathways/data-analytics-degree-block.json")));
        QVERIFY(pathway);

        {
            Services::LibraryPathwaySource source(**workspace);
            QSignalSpy changed(&source, &Services::PathwaySource::pathwaysChanged);
            QVERIFY(source.pathways().isEmpty());
            QVERIFY(source.addPathway(pathway->pathway));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(source.addPathway(pathway->pathway).error().code, QStringLiteral("services.pathway-exists"));
        }
        // Another source over the same library (e.g. after a restart) sees the saved pathway.
        Services::LibraryPathwaySource source(**workspace);
        QCOMPARE(source.pathways().size(), 1);
        QCOMPARE(source.pathways().first().id, pathway->pathway.id);
        source.waitForCredentials();
        QVERIFY(source.credentials().isEmpty());
        const auto empty = source.evaluate(pathway->pathway.id);
        QVERIFY(empty);
        QCOMPARE(empty->root().creditsEarned, 0.0);

        Services::ImportRequest request;
        request.paths = {Test::dataPath(QStringLiteral("corpus/clr/clr-valid.json"))};
        QThreadPool pool;
        const std::atomic<bool> cancel{false};
        QVERIFY((*workspace)->importBatch(request, pool, {}, cancel));
        QSignalSpy credentialsChanged(&source, &Services::PathwaySource::credentialsChanged);
        QVERIFY(source.credentials().isEmpty()); // cached until refreshed
        source.refresh();
        QCOMPARE(credentialsChanged.count(), 1); // now loading
        QTRY_COMPARE(credentialsChanged.count(), 2);
        QVERIFY(!source.isLoadingCredentials());
        QVERIFY(source.credentials().size() >= 3); // the CLR and the credentials inside it
        const auto progress = source.evaluate(pathway->pathway.id);
        QVERIFY(progress);
        QVERIFY(progress->root().creditsEarned > 0);

        QVERIFY(source.removePathway(pathway->pathway.id));
        QVERIFY(source.pathways().isEmpty());
        QCOMPARE(source.removePathway(pathway->pathway.id).error().code, QStringLiteral("services.unknown-pathway"));
    }

    // A large library takes a while to read: the first look starts the read on a worker and answers at once with
    // nothing (the page shows that it is loading); the credentials arrive with credentialsChanged().
    void credentialsAreReadOnAWorker()
    {
        QTemporaryDir dir;
        auto workspace = Services::Workspace::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(workspace);
        QVERIFY((*workspace)->setOffline(true));
        Services::ImportRequest request;
        request.paths = {Test::dataPath(QStringLiteral("corpus/clr/clr-valid.json"))};
        QThreadPool pool;
        const std::atomic<bool> cancel{false};
        QVERIFY((*workspace)->importBatch(request, pool, {}, cancel));

        Services::LibraryPathwaySource source(**workspace);
        QSignalSpy changed(&source, &Services::PathwaySource::credentialsChanged);
        QVERIFY(source.isLoadingCredentials());
        QVERIFY(source.credentials().isEmpty()); // not read on this thread
        QVERIFY(source.isLoadingCredentials());
        QCOMPARE(changed.count(), 0);
        QVERIFY(changed.wait(10000)); // the event loop kept running meanwhile
        QCOMPARE(changed.count(), 1);
        QVERIFY(!source.isLoadingCredentials());
        const qsizetype fromTheClr = source.credentials().size();
        QVERIFY(fromTheClr >= 3);

        // An import while reading: the read is done again, so nothing imported is missed.
        source.refresh();
        QVERIFY(source.isLoadingCredentials());
        request.paths = {Test::dataPath(QStringLiteral("corpus/ob3/di-rdfc-valid.json"))};
        QVERIFY((*workspace)->importBatch(request, pool, {}, cancel));
        source.refresh();
        QTRY_VERIFY(!source.isLoadingCredentials());
        QCOMPARE(source.credentials().size(), fromTheClr + 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryPathwaySource)
#include "TestLibraryPathwaySource.moc"
