// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on a real library: the learner's credentials are listed, choosing one shows its detail and
// check list, a JWT pasted into the library is imported, a pathway lists the credential that satisfies it, and
// going there opens that credential.
#include "core/services/CredentialDetails.h"
#include "core/services/LibraryPathwaySource.h"
#include "core/services/SamplePathways.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"
#include "ui/CheckListView.h"
#include "ui/CredentialDetailView.h"
#include "ui/LibraryArea.h"
#include "ui/LibraryPage.h"
#include "ui/MainWindow.h"
#include "ui/PathwaysPage.h"
#include "ui/ReviewPage.h"

#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Credfolio;

class TestMainWindowWorkspace : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto workspace = Services::Workspace::open(m_dir->filePath(QStringLiteral("library.sqlite")));
        QVERIFY(workspace);
        m_workspace = std::move(workspace).value();
        QVERIFY(m_workspace->setOffline(true));
        Services::ImportRequest request;
        request.paths = {Test::dataPath(QStringLiteral("corpus/ob3/di-rdfc-valid.json")),
                         Test::dataPath(QStringLiteral("corpus/ob3/di-rdfc-expired.json"))};
        QThreadPool pool;
        const std::atomic<bool> cancel{false};
        const auto summary = m_workspace->importBatch(request, pool, {}, cancel);
        QVERIFY(summary && summary->storedCount() == 2);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void choosingACredentialShowsItsCheckList()
    {
        Ui::MainWindow window(Ui::AboutInfo{}, m_workspace.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::LibraryArea *area = window.libraryArea();
        QVERIFY(area);
        QVERIFY(!area->page()->isShowingEmptyState());
        QVERIFY(!area->detail()->isVisible());
        auto *grid = area->page()->findChild<QListView *>(QStringLiteral("libraryGrid"));
        QVERIFY(grid);
        QTRY_COMPARE(grid->model()->rowCount(), 2);
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(0, 0));
        QTRY_VERIFY(area->detail()->isVisible());
        QVERIFY(area->currentCredential() != 0);
        QVERIFY(!area->detail()->checkList()->verdict().isEmpty());
        // No dialog appears by itself: nothing is being imported.
        const auto dialogs = window.findChildren<QDialog *>();
        for (QDialog *dialog : dialogs)
            QVERIFY2(!dialog->isVisible(), qPrintable(dialog->objectName()));
    }

    void pastingAJwtIntoTheLibraryImportsIt()
    {
        Ui::MainWindow window(Ui::AboutInfo{}, m_workspace.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *grid = window.libraryArea()->page()->findChild<QListView *>(QStringLiteral("libraryGrid"));
        QTRY_COMPARE(grid->model()->rowCount(), 2);
        QApplication::clipboard()->setText(
            QString::fromUtf8(Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"))));
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(grid->model()->rowCount(), 3, 20000);
    }

    void aPathwayLeadsToTheCredentialThatCounts()
    {
        Services::LibraryPathwaySource source(*m_workspace);
        const QList<Services::SamplePathway> samples = Services::samplePathways();
        QVERIFY(!samples.isEmpty());
        for (const Services::SamplePathway &sample : samples) {
            const auto pathway = Services::pathwayFromBytes(sample.bytes);
            QVERIFY(pathway);
            QVERIFY(source.addPathway(*pathway));
        }
        Ui::MainWindow window(Ui::AboutInfo{}, m_workspace.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), Ui::Area::Pathways);
        auto *pathways = window.findChild<Ui::PathwaysPage *>();
        QVERIFY(pathways);
        QVERIFY(!pathways->isShowingEmptyState());
        emit pathways->credentialActivated(QStringLiteral("urn:uuid:789c0332-0934-42cf-85ba-dceb968ed80e"));
        QCOMPARE(window.currentArea(), Ui::Area::Library);
    }

    void verifyingEverythingAgainAddsToEachHistory()
    {
        Ui::MainWindow window(Ui::AboutInfo{}, m_workspace.get());
        const auto ids = Services::allCredentialIds(*m_workspace);
        QVERIFY(ids && ids->size() == 2);
        QCOMPARE(m_workspace->library().verificationHistory(ids->first())->size(), 1);
        window.reverifyAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->library().verificationHistory(ids->first())->size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->library().verificationHistory(ids->last())->size(), 2, 20000);
    }

    void theAdvisorReviewAreaOpensPackages()
    {
        Ui::MainWindow window(Ui::AboutInfo{}, m_workspace.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), Ui::Area::Review);
        auto *review = window.findChild<Ui::ReviewPage *>();
        QVERIFY(review);
        QVERIFY(review->isVisible());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services::Workspace> m_workspace;
};

QTEST_MAIN(TestMainWindowWorkspace)
#include "TestMainWindowWorkspace.moc"
