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
        QCOMPARE(credentialsChanged.count(), 1);
        QVERIFY(source.credentials().size() >= 3); // the CLR and the credentials inside it
        const auto progress = source.evaluate(pathway->pathway.id);
        QVERIFY(progress);
        QVERIFY(progress->root().creditsEarned > 0);

        QVERIFY(source.removePathway(pathway->pathway.id));
        QVERIFY(source.pathways().isEmpty());
        QCOMPARE(source.removePathway(pathway->pathway.id).error().code, QStringLiteral("services.unknown-pathway"));
    }
};

QTEST_GUILESS_MAIN(TestLibraryPathwaySource)
#include "TestLibraryPathwaySource.moc"
