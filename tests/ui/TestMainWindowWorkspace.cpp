// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on a real library: the learner's credentials are listed, choosing one shows its detail and
// check list, a JWT pasted into the library is imported, a pathway lists the credential that satisfies it, and
// going there opens that credential.
#include "core/common/ApplicationIdentity.h"
#include "core/services/CredentialDetails.h"
#include "core/services/CredentialListModel.h"
#include "core/services/LibraryPathwaySource.h"
#include "core/services/SamplePathways.h"
#include "core/services/SamplePortfolio.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"
#include "translations/Translations.h"
#include "ui/CheckListView.h"
#include "ui/CredentialDetailView.h"
#include "ui/LibraryArea.h"
#include "ui/LibraryPage.h"
#include "ui/MainWindow.h"
#include "ui/PathwaysPage.h"
#include "ui/ReviewPage.h"
#include "ui/SampleBanner.h"
#include "ui/SettingsDialog.h"
#include "ui/TwoLineDelegate.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

#include <functional>

using namespace Credfolio;

class TestMainWindowWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        applyApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear();
        installTranslations(*qApp, QLocale(QLocale::English));
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
        QTRY_VERIFY(!pathways->isShowingLoadingState());
        emit pathways->credentialActivated(QStringLiteral("urn:uuid:789c0332-0934-42cf-85ba-dceb968ed80e"));
        QCOMPARE(window.currentArea(), Ui::Area::Library);
    }

    // The credentials are read on a worker: the page says it is reading them, then shows the progress.
    void thePathwaysPageShowsThatItIsReading()
    {
        Services::LibraryPathwaySource source(*m_workspace);
        const auto pathway = Services::pathwayFromBytes(Services::samplePathways().first().bytes);
        QVERIFY(pathway);
        QVERIFY(source.addPathway(*pathway));
        QUndoStack undo;
        Ui::PathwaysPage page(&source, &undo);
        page.show();
        auto *list = page.findChild<QListWidget *>(QStringLiteral("pathwayList"));
        QVERIFY(list);
        QVERIFY(page.isShowingLoadingState()); // the page was built without waiting for the library
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->data(Ui::TwoLineDelegate::TrailingRole).toString().isEmpty());
        QTRY_VERIFY(!page.isShowingLoadingState());
        QVERIFY(!page.isShowingEmptyState());
        QVERIFY(list->item(0)->data(Ui::TwoLineDelegate::TrailingRole).toString().endsWith(QLatin1Char('%')));
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

    // What the desktop hands over (`credfolio FILE...`, a double-click): a package opens in Advisor review, other
    // files are imported.
    void filesGivenAtStartAreReviewedOrImported()
    {
        Ui::MainWindow window(Ui::AboutInfo{}, m_workspace.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *review = window.findChild<Ui::ReviewPage *>();
        QVERIFY(review);
        QSignalSpy ready(review, &Ui::ReviewPage::reviewReady);
        window.openFiles({Test::dataPath(QStringLiteral("package/sample.credfolio"))});
        QCOMPARE(window.currentArea(), Ui::Area::Review);
        QVERIFY(ready.wait(20000));

        auto *grid = window.libraryArea()->page()->findChild<QListView *>(QStringLiteral("libraryGrid"));
        QTRY_COMPARE(grid->model()->rowCount(), 2);
        window.openFiles({Test::dataPath(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"))});
        QCOMPARE(window.currentArea(), Ui::Area::Library);
        QTRY_COMPARE_WITH_TIMEOUT(grid->model()->rowCount(), 3, 20000);
    }

    // Size, the area, the library's list/grid mode, its sort order and the split between list and detail are as
    // they were when the window was closed.
    void theWindowOpensAsItWasClosed()
    {
        QList<int> splitSizes;
        QSize closedSize;
        {
            Ui::MainWindow window(Ui::AboutInfo{}, m_workspace.get());
            window.resize(1400, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *page = window.findChild<Ui::LibraryPage *>();
            page->setViewMode(Ui::LibraryPage::ViewMode::List);
            page->currentView()->setCurrentIndex(page->model()->index(0, 0)); // the detail opens beside the list
            QCoreApplication::processEvents();
            auto *sort = page->findChild<QComboBox *>(QStringLiteral("sortOrder"));
            QVERIFY(sort);
            sort->setFocus();
            QTest::keyClick(sort, Qt::Key_Down); // Name → Issuer
            QCOMPARE(sort->currentText(), QStringLiteral("Issuer"));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("librarySplitter"));
            QSplitterHandle *handle = splitter->handle(1);
            const QList<int> before = splitter->sizes();
            const QPoint grip(handle->width() / 2, handle->height() / 2);
            QTest::mousePress(handle, Qt::LeftButton, {}, grip);
            // A drag: QTest::mouseMove does not say the button is held, so the move is sent as the handle gets it.
            const QPoint to = grip - QPoint(120, 0); // the details get wider
            QMouseEvent drag(QEvent::MouseMove, to, handle->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
            QApplication::sendEvent(handle, &drag);
            QTest::mouseRelease(handle, Qt::LeftButton, {}, to);
            QCoreApplication::processEvents();
            splitSizes = splitter->sizes();
            QVERIFY2(splitSizes != before, "the handle did not move");
            QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
            closedSize = window.size(); // as wide as list and detail need
            window.close();
        }
        Ui::MainWindow reopened(Ui::AboutInfo{}, m_workspace.get());
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.size(), closedSize);
        QCOMPARE(reopened.currentArea(), Ui::Area::Pathways);
        auto *page = reopened.findChild<Ui::LibraryPage *>();
        QCOMPARE(page->viewMode(), Ui::LibraryPage::ViewMode::List);
        QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("sortOrder"))->currentText(), QStringLiteral("Issuer"));
        QCOMPARE(page->filter().sort, Store::SortKey::Issuer);
        reopened.showArea(Ui::Area::Library);
        page->currentView()->setCurrentIndex(page->model()->index(0, 0));
        QCoreApplication::processEvents();
        QCOMPARE(reopened.findChild<QSplitter *>(QStringLiteral("librarySplitter"))->sizes(), splitSizes);
    }

    // Settings → Language → Deutsch: the window speaks German at once, and the choice is kept for the next start.
    void switchingTheLanguageInSettings()
    {
        Ui::MainWindow window(Ui::AboutInfo{}, m_workspace.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *dialog = window.findChild<Ui::SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->showPage(Ui::SettingsDialog::Page::Language);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setFocus();
        while (language->currentText() != QLatin1String("Deutsch")) {
            const int was = language->currentIndex();
            QTest::keyClick(language, Qt::Key_Down);
            QVERIFY(language->currentIndex() != was);
        }
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("settingsAction"))->text(),
                 QStringLiteral("&Einstellungen…"));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
        QCOMPARE(QSettings().value(Ui::SettingsDialog::languageKey()).toString(), QStringLiteral("de"));
        // What the application installs at start for the saved choice.
        QCOMPARE(Ui::SettingsDialog::localeForLanguage(QSettings().value(Ui::SettingsDialog::languageKey()).toString())
                     .language(),
                 QLocale::German);
        dialog->close();
        installTranslations(*qApp, QLocale(QLocale::English));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    // Every control a learner can reach in every area has a name a screen reader can say, and every menu command
    // can be reached from the keyboard (a shortcut or a mnemonic in its menu).
    void everyControlHasAnAccessibleName()
    {
        Ui::MainWindow window(Ui::AboutInfo{}, m_workspace.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        int checked = 0;
        for (const Ui::Area area : {Ui::Area::Library, Ui::Area::Pathways, Ui::Area::Review}) {
            window.showArea(area);
            QCoreApplication::processEvents();
            for (QWidget *widget : window.findChildren<QWidget *>()) {
                const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                                         qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
                if (!interactive || !widget->isVisibleTo(&window))
                    continue;
                if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
                    continue; // an editable combo box's own field: the combo box carries the name
                ++checked;
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (widget->accessibleName().isEmpty() &&
                    (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()))
                    unnamed << QStringLiteral("%1 %2 (%3)")
                                   .arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
                                   .arg(int(area));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY2(checked >= 12, qPrintable(QString::number(checked))); // the sweep really saw the controls

        QStringList unreachable;
        const std::function<void(QMenu *)> sweep = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                if (action->menu())
                    sweep(action->menu());
                if (action->shortcut().isEmpty() &&
                    !action->text().contains(QRegularExpression(QStringLiteral("&[^&]"))))
                    unreachable << action->text();
            }
        };
        for (QAction *top : window.menuBar()->actions()) {
            QVERIFY2(top->text().contains(QLatin1Char('&')), qPrintable(top->text()));
            sweep(top->menu());
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
    }

    // The sample portfolio's window says across the top that its credentials are examples; its buttons close it
    // or lead to importing one's own.
    void theSamplePortfolioIsMarkedAsSamples()
    {
        auto sample = Services::openSamplePortfolio(m_dir->filePath(QStringLiteral("sample.sqlite")));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().toString()));
        {
            Ui::MainWindow own(Ui::AboutInfo{}, m_workspace.get());
            QVERIFY(!own.isSamplePortfolio());
            QVERIFY(!own.findChild<Ui::SampleBanner *>());
        }
        Ui::MainWindow window(Ui::AboutInfo{}, sample->get());
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isSamplePortfolio());
        auto *banner = window.findChild<Ui::SampleBanner *>();
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Sample portfolio — these credentials are examples, not yours."));
        QVERIFY(banner->geometry().top() < window.findChild<QStackedWidget *>(QStringLiteral("areaPages"))->y());
        QSignalSpy importOwn(&window, &Ui::MainWindow::importOwnRequested);
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("importOwnButton")), Qt::LeftButton);
        QCOMPARE(importOwn.count(), 1);
        QVERIFY(!window.isVisible());
        window.show();
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("closeSamplesButton")), Qt::LeftButton);
        QVERIFY(!window.isVisible());
        QCOMPARE(importOwn.count(), 1);
        // Closing the samples' window leaves how the learner's own window opens alone.
        QVERIFY(!QSettings().contains(QStringLiteral("MainWindow/geometry")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services::Workspace> m_workspace;
};

QTEST_MAIN(TestMainWindowWorkspace)
#include "TestMainWindowWorkspace.moc"
