// SPDX-License-Identifier: GPL-3.0-or-later
// The sample portfolio: a library of its own, filled once with the shipped samples (all of them verify offline)
// and the sample pathways, marked as a sample, reopened as the learner left it, and never poured into a real
// library.
#include "core/services/SamplePathways.h"
#include "core/services/SamplePortfolio.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Credfolio;

class TestSamplePortfolio : public QObject {
    Q_OBJECT

private slots:
    void theSamplesAreShipped()
    {
        const QStringList files = Services::sampleCredentialFiles();
        QCOMPARE(files.size(), 5);
        QVERIFY(files.contains(QStringLiteral(":/samples/credentials/data-101-foundations-of-data-analysis.png")));
    }

    void firstOpenFillsAndMarksTheLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample-library.sqlite"));
        Result<std::unique_ptr<Services::Workspace>> opened = Services::openSamplePortfolio(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        Services::Workspace &workspace = **opened;
        QVERIFY(Services::isSampleLibrary(workspace));
        QVERIFY(workspace.isOffline());

        const Result<QList<Store::CredentialRow>> rows = workspace.library().list();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 5);
        QStringList names;
        for (const Store::CredentialRow &row : *rows) {
            names.append(row.name);
            QVERIFY2(row.verdict == Store::Verdict::Valid, qPrintable(row.name));
        }
        QVERIFY(names.contains(QStringLiteral("SQL for Data Analysis")));
        QVERIFY(names.contains(QStringLiteral("Foundations of Data Analysis"))); // the baked PNG

        const Result<QList<Store::PathwayEntry>> pathways = workspace.library().pathways();
        QVERIFY(pathways);
        QCOMPARE(pathways->size(), Services::samplePathways().size());
        QVERIFY(!pathways->isEmpty());
    }

    void reopeningKeepsWhatTheLearnerDid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample-library.sqlite"));
        {
            Result<std::unique_ptr<Services::Workspace>> opened = Services::openSamplePortfolio(path);
            QVERIFY(opened);
            const QList<Store::CredentialRow> rows = *(*opened)->library().list();
            QCOMPARE((*opened)->library().removeCredentials({rows.first().id}).value_or(0), 1);
        }
        Result<std::unique_ptr<Services::Workspace>> reopened = Services::openSamplePortfolio(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->library().count().value_or(-1), 4); // not filled again
    }

    void aRealLibraryIsNeverFilledWithSamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            Result<std::unique_ptr<Services::Workspace>> real = Services::Workspace::open(path);
            QVERIFY(real);
            QThreadPool pool;
            const std::atomic<bool> cancel{false};
            Services::ImportRequest request;
            request.paths = {Services::sampleCredentialFiles().constFirst()};
            QCOMPARE((*real)->importBatch(request, pool, {}, cancel)->storedCount(), 1);
        }
        const Result<std::unique_ptr<Services::Workspace>> opened = Services::openSamplePortfolio(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("services.sample-not-a-sample"));
        Result<std::unique_ptr<Services::Workspace>> real = Services::Workspace::open(path);
        QVERIFY(real);
        QCOMPARE((*real)->library().count().value_or(-1), 1);
        QVERIFY(!Services::isSampleLibrary(**real));
    }
};

QTEST_GUILESS_MAIN(TestSamplePortfolio)
#include "TestSamplePortfolio.moc"
