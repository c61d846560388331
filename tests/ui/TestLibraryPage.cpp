// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/Fetcher.h"
#include "core/services/CredentialListModel.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"
#include "ui/EmptyState.h"
#include "ui/LibraryPage.h"
#include "ui/ThumbnailCache.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace Credfolio;
using Ui::LibraryPage;
using Model = Services::CredentialListModel;

class TestLibraryPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Services::Workspace> m_workspace;
    int m_imported = 0;

    int libraryCount() const { return m_workspace->library().count().value_or(-1); }

    static QStringList names(const LibraryPage &page)
    {
        QStringList names;
        Model *model = page.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            names.append(model->index(row, Model::NameColumn).data().toString());
        }
        return names;
    }

    static int rowOfName(const LibraryPage &page, const QString &name) { return int(names(page).indexOf(name)); }

    void showPage(LibraryPage &page)
    {
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }

    static void clickRow(QAbstractItemView *view, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QModelIndex index =
            view->model()->index(row, qobject_cast<QListView *>(view) ? int(Model::NameColumn) : 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CredfolioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestLibraryPage"));
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Services::Workspace>> workspace =
            Services::Workspace::open(m_dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().detail));
        m_workspace = std::move(workspace).value();
        QVERIFY(m_workspace->setOffline(true));
        QVERIFY(m_workspace->fetcher().loadBundle(Test::dataPath(QStringLiteral("corpus/web/manifest.json"))));

        Services::ImportRequest request;
        for (const char *file : {"baked/ob3-di-rdfc.png", "baked/ob2-signed.png", "ob3/di-rdfc-expired.json",
                                 "ob3/ldp-ed25519-2020-tampered.json", "status/di-rdfc-status-revoked.json",
                                 "clr/clr-valid.json", "ob3-jwt/jwt-es256-valid.jwt"}) {
            request.paths.append(Test::dataPath(QStringLiteral("corpus/") + QLatin1String(file)));
        }
        for (int i = 1; i <= 12; ++i) {
            request.paths.append(
                Test::dataPath(QStringLiteral("corpus/bulk/jwt/ob3-jwt-%1.jwt").arg(i, 4, 10, QLatin1Char('0'))));
        }
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        const std::atomic<bool> cancel{false};
        const Result<Services::ImportSummary> summary = m_workspace->importBatch(
            request, pool, [](int, int, const QString &) {}, cancel);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().detail));
        QVERIFY(summary->problems.isEmpty());
        m_imported = summary->storedCount();
        QVERIFY(m_imported >= 15);
        QCOMPARE(libraryCount(), m_imported);
    }

    void init() { QSettings().clear(); }

    void withoutALibraryOnlyTheFirstStartStateShows()
    {
        QAction import(QStringLiteral("Import…"));
        LibraryPage page(nullptr, nullptr, &import);
        QVERIFY(page.isShowingEmptyState());
        auto *button = page.findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Import…"));
        QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("librarySearch")));
    }

    void anEmptyLibraryShowsTheFirstStartState()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Services::Workspace>> empty =
            Services::Workspace::open(dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(empty);
        QAction import(QStringLiteral("Import…"));
        QUndoStack undo;
        LibraryPage page(empty->get(), &undo, &import);
        QVERIFY(page.isShowingEmptyState());
    }

    void showsEveryCredentialWithItsStanding()
    {
        QAction import;
        QUndoStack undo;
        LibraryPage page(m_workspace.get(), &undo, &import);
        showPage(page);
        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.model()->rowCount(), m_imported);
        QVERIFY(page.currentView()->isVisible());
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("libraryCount"))->text(),
                 QStringLiteral("%1 credentials").arg(m_imported));
        const int revoked = rowOfName(page, QStringLiteral("SQL for Data Analysis"));
        QVERIFY(revoked >= 0);
        QCOMPARE(page.model()->index(revoked, 0).data(Model::StandingKeyRole).toString(), QStringLiteral("revoked"));
        const int expired = rowOfName(page, QStringLiteral("Medical Terminology"));
        QVERIFY(expired >= 0);
    }

    void typingInTheSearchFieldFiltersAndEscClears()
    {
        QAction import;
        QUndoStack undo;
        LibraryPage page(m_workspace.get(), &undo, &import);
        showPage(page);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        QVERIFY(search);
        page.currentView()->setFocus();
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());

        QTest::keyClicks(search, QStringLiteral("python"));
        QTRY_VERIFY(page.model()->rowCount() < m_imported);
        QVERIFY(page.model()->rowCount() >= 1);
        for (const QString &name : names(page)) {
            QVERIFY2(name.contains(QStringLiteral("Python")), qPrintable(name));
        }
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("libraryCount"))->text(),
                 QStringLiteral("%1 of %2 credentials").arg(page.model()->rowCount()).arg(m_imported));

        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(page.model()->rowCount(), m_imported);

        QTest::keyClicks(search, QStringLiteral("zebra crossing"));
        QTRY_VERIFY(page.isShowingNoResults());
        auto *noResults = page.findChild<Ui::EmptyState *>(QStringLiteral("libraryNoResults"));
        QCOMPARE(noResults->title(), QStringLiteral("No credentials match “zebra crossing”"));
        auto *clear = noResults->findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
        QVERIFY(clear && clear->isVisible());
        QCOMPARE(clear->text(), QStringLiteral("Clear Search"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), m_imported);
        QVERIFY(!page.isShowingNoResults());
        QCOMPARE(search->text(), QString());
    }

    void aStandingFilterNarrowsToThatStanding()
    {
        QAction import;
        QUndoStack undo;
        LibraryPage page(m_workspace.get(), &undo, &import);
        showPage(page);
        auto *standing = page.findChild<QComboBox *>(QStringLiteral("standingFilter"));
        QVERIFY(standing);
        standing->setCurrentIndex(standing->findText(QStringLiteral("Revoked")));
        QCOMPARE(names(page), QStringList{QStringLiteral("SQL for Data Analysis")});

        standing->setCurrentIndex(standing->findText(QStringLiteral("Expired")));
        QVERIFY(page.model()->rowCount() >= 1);
        QVERIFY(names(page).contains(QStringLiteral("Medical Terminology")));
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            QCOMPARE(page.model()->index(row, Model::StatusColumn).data().toString(), QStringLiteral("Expired"));
        }
        standing->setCurrentIndex(standing->findText(QStringLiteral("Not valid")));
        QVERIFY(page.model()->rowCount() >= 1);
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            QCOMPARE(page.model()->index(row, 0).data(Model::StandingKeyRole).toString(), QStringLiteral("invalid"));
        }
        standing->setCurrentIndex(0);
        QCOMPARE(page.model()->rowCount(), m_imported);
    }

    void theViewSwitchesBetweenGridAndListAndIsRemembered()
    {
        QAction import;
        QUndoStack undo;
        {
            LibraryPage page(m_workspace.get(), &undo, &import);
            showPage(page);
            QVERIFY(qobject_cast<QListView *>(page.currentView()));
            QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("listViewButton")), Qt::LeftButton);
            QCOMPARE(page.viewMode(), LibraryPage::ViewMode::List);
            auto *list = qobject_cast<QTreeView *>(page.currentView());
            QVERIFY(list && list->isVisible());
            QCOMPARE(list->model()->headerData(Model::IssuerColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Issuer"));
            // Sorting by the Issued header re-queries in that order.
            list->sortByColumn(Model::IssuedColumn, Qt::DescendingOrder);
            QCOMPARE(page.filter().sort, Store::SortKey::DateIssued);
            QVERIFY(page.filter().descending);
            const QDateTime first = page.model()->index(0, 0).data(Model::IssuedRole).toDateTime();
            const QDateTime second = page.model()->index(1, 0).data(Model::IssuedRole).toDateTime();
            QVERIFY(first >= second);
        }
        LibraryPage again(m_workspace.get(), &undo, &import);
        QCOMPARE(again.viewMode(), LibraryPage::ViewMode::List);
        showPage(again);
        QTest::mouseClick(again.findChild<QToolButton *>(QStringLiteral("gridViewButton")), Qt::LeftButton);
        QVERIFY(qobject_cast<QListView *>(again.currentView())->isVisible());
    }

    void twoSelectedMoveToTrashAndUndoBringsThemBack()
    {
        QAction import;
        QUndoStack undo;
        LibraryPage page(m_workspace.get(), &undo, &import);
        showPage(page);
        QAbstractItemView *grid = page.currentView();
        clickRow(grid, 0);
        clickRow(grid, 1, Qt::ControlModifier);
        const QList<qint64> chosen = {page.model()->idAt(0), page.model()->idAt(1)};
        QCOMPARE(page.selectedIds(), chosen);

        QTest::keyClick(grid, Qt::Key_Delete);
        QCOMPARE(libraryCount(), m_imported - 2);
        QCOMPARE(page.model()->rowCount(), m_imported - 2);
        QCOMPARE(page.model()->rowOfId(chosen.at(0)), -1);
        QCOMPARE(undo.undoText(), QStringLiteral("Move 2 Credentials to Trash"));

        undo.undo();
        QCOMPARE(libraryCount(), m_imported);
        QCOMPARE(page.model()->rowCount(), m_imported);
        QVERIFY(page.model()->rowOfId(chosen.at(0)) >= 0);
        undo.redo();
        QCOMPARE(libraryCount(), m_imported - 2);
        undo.undo();
        QCOMPARE(libraryCount(), m_imported);
    }

    void aTagIsAddedThroughTheContextActionAndUndone()
    {
        QAction import;
        QUndoStack undo;
        LibraryPage page(m_workspace.get(), &undo, &import);
        showPage(page);
        QStringList offered;
        page.setTextPrompt([&](const QString &, const QString &label, const QStringList &choices) {
            offered = choices;
            return label.contains(QStringLiteral("2 credentials")) ? std::optional<QString>(QStringLiteral("job-fair"))
                                                                   : std::nullopt;
        });
        QAbstractItemView *grid = page.currentView();
        clickRow(grid, 2);
        clickRow(grid, 3, Qt::ShiftModifier);
        QCOMPARE(page.selectedIds().size(), 2);
        auto *addTag = page.findChild<QAction *>(QStringLiteral("addTagAction"));
        QVERIFY(addTag && addTag->isEnabled());
        addTag->trigger();

        QCOMPARE(page.model()->index(2, 0).data(Model::TagsRole).toStringList(),
                 QStringList{QStringLiteral("job-fair")});
        QCOMPARE(page.model()->index(3, 0).data(Model::TagsRole).toStringList(),
                 QStringList{QStringLiteral("job-fair")});
        auto *tagFilter = page.findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QVERIFY(tagFilter->isVisible());
        QCOMPARE(tagFilter->itemText(1), QStringLiteral("job-fair (2)"));
        tagFilter->setCurrentIndex(1);
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(undo.undoText(), QStringLiteral("Add Tag “job-fair”"));

        undo.undo();
        const Result<QList<Store::TagCount>> tags = m_workspace->library().tags();
        QVERIFY(tags && tags->isEmpty());
        QCOMPARE(page.model()->rowCount(), m_imported); // the vanished tag no longer filters
        QVERIFY(offered.isEmpty());
    }

    void keyboardMovesAndEnterOpens()
    {
        QAction import;
        QUndoStack undo;
        LibraryPage page(m_workspace.get(), &undo, &import);
        page.setViewMode(LibraryPage::ViewMode::List);
        showPage(page);
        QSignalSpy current(&page, &LibraryPage::currentCredentialChanged);
        QSignalSpy activated(&page, &LibraryPage::credentialActivated);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Down); // into the results, on the first row
        QAbstractItemView *list = page.currentView();
        QVERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        const qint64 third = page.model()->idAt(2);
        QVERIFY(!current.isEmpty());
        QCOMPARE(current.last().at(0).toLongLong(), third);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(0).toLongLong(), third);

        QSignalSpy reverify(&page, &LibraryPage::reverifyRequested);
        list->selectionModel()->select(list->currentIndex(),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(reverify.count(), 1);
        QCOMPARE(reverify.last().at(0).value<QList<qint64>>(), QList<qint64>{third});
    }

    void everyControlHasAnAccessibleName()
    {
        QAction import;
        QUndoStack undo;
        LibraryPage page(m_workspace.get(), &undo, &import);
        showPage(page);
        const QList<QWidget *> controls = page.findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : controls) {
            if (!widget->isVisible() || !widget->focusPolicy() || widget->focusProxy()) {
                continue;
            }
            if (qobject_cast<QComboBox *>(widget) || qobject_cast<QToolButton *>(widget) ||
                qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget)) {
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
                ++checked;
            }
        }
        QVERIFY(checked >= 7);
        const QModelIndex first = page.model()->index(0, Model::NameColumn);
        QVERIFY(first.data(Qt::AccessibleTextRole).toString().contains(first.data().toString()));
    }

    void badgeImagesLoadOffTheGuiThread()
    {
        QAction import;
        QUndoStack undo;
        LibraryPage page(m_workspace.get(), &undo, &import);
        int withImage = -1;
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->index(row, 0).data(Model::HasImageRole).toBool()) {
                withImage = row;
                break;
            }
        }
        QVERIFY(withImage >= 0);
        const qint64 id = page.model()->idAt(withImage);
        QSignalSpy ready(page.thumbnails(), &Ui::ThumbnailCache::thumbnailReady);
        QVERIFY(page.thumbnails()->thumbnail(id).isNull() || ready.isEmpty());
        QTRY_VERIFY(!page.thumbnails()->thumbnail(id).isNull());
        const QImage image = page.thumbnails()->thumbnail(id);
        QVERIFY(image.width() <= 176 && image.height() <= 176);
        QVERIFY(image.width() >= 64);
    }
};

QTEST_MAIN(TestLibraryPage)
#include "TestLibraryPage.moc"
