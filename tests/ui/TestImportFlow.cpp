// SPDX-License-Identifier: GPL-3.0-or-later
// The import flows as a learner drives them: dropping a folder, pasting a JWT or a badge image, typing a web
// address, following a batch in the progress dialog (and cancelling it), reading the summary, and changing the
// network and trust settings.
#include "core/common/ApplicationIdentity.h"
#include "core/services/CredentialDetails.h"
#include "core/services/ImportController.h"
#include "core/services/Workspace.h"
#include "core/services/WorkspaceSettings.h"
#include "core/store/Library.h"
#include "core/verify/IssuerRegistry.h"
#include "tests/support/TestData.h"
#include "translations/Translations.h"
#include "ui/EmptyState.h"
#include "ui/ImportDropTarget.h"
#include "ui/ImportFlow.h"
#include "ui/ImportFromUrlDialog.h"
#include "ui/ImportProgressDialog.h"
#include "ui/ImportSummaryDialog.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;
using Ui::SettingsDialog;

namespace {

bool copyData(const QString &relative, const QString &target)
{
    return QFile::copy(Test::dataPath(relative), target);
}

/// Drags `mime` over `widget` and drops it; returns whether the widget accepted the drag and the drop.
std::pair<bool, bool> dragAndDrop(QWidget *widget, QMimeData *mime)
{
    const QPoint centre = widget->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted()) {
        QDragLeaveEvent leave;
        QApplication::sendEvent(widget, &leave);
        return {false, false};
    }
    QDropEvent drop(QPointF(centre), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    return {true, drop.isAccepted()};
}

} // namespace

class TestImportFlow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Services::Workspace> openWorkspace()
    {
        Result<std::unique_ptr<Services::Workspace>> workspace =
            Services::Workspace::open(m_dir->filePath(QStringLiteral("library.sqlite")));
        if (!workspace)
            return nullptr;
        (void)(*workspace)->setOffline(true);
        return std::move(workspace).value();
    }

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
        QVERIFY(m_dir->isValid());
    }

    void droppingAFolderAsksToImportIt()
    {
        QWidget window;
        window.resize(400, 300);
        auto *target = new Ui::ImportDropTarget(&window);
        QVERIFY(window.acceptDrops());
        QSignalSpy requested(target, &Ui::ImportDropTarget::importRequested);
        QSignalSpy active(target, &Ui::ImportDropTarget::dragActiveChanged);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString folder = m_dir->filePath(QStringLiteral("badges"));
        QVERIFY(QDir().mkpath(folder));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder), QUrl(QStringLiteral("https://www.example.edu/badge.json"))});
        QCOMPARE(dragAndDrop(&window, &mime), std::make_pair(true, true));
        QCOMPARE(requested.count(), 1);
        const auto request = requested.at(0).at(0).value<Services::ImportRequest>();
        QCOMPARE(request.paths, QStringList{folder});
        QVERIFY(request.urls.isEmpty()); // files win over links dragged along with them
        QCOMPARE(active.count(), 2);     // highlighted while over, then not
        QVERIFY(!target->isDragActive());

        // A link with another scheme is nothing to import: the drag is refused.
        QMimeData ftp;
        ftp.setUrls({QUrl(QStringLiteral("ftp://example.org/badge.json"))});
        QCOMPARE(dragAndDrop(&window, &ftp), std::make_pair(false, false));
        QCOMPARE(requested.count(), 1);

        QMimeData link;
        link.setUrls({QUrl(QStringLiteral("https://www.example.edu/badge.json"))});
        QCOMPARE(dragAndDrop(&window, &link), std::make_pair(true, true));
        QCOMPARE(requested.at(1).at(0).value<Services::ImportRequest>().urls,
                 QList<QUrl>{QUrl(QStringLiteral("https://www.example.edu/badge.json"))});
    }

    void pastingAJwtOrABadgeBecomesARequest()
    {
        const QByteArray jwt = Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"));
        QApplication::clipboard()->setText(QString::fromUtf8(jwt) + QLatin1Char('\n'));
        Services::ImportRequest request =
            Ui::ImportDropTarget::requestFromMimeData(QApplication::clipboard()->mimeData());
        QCOMPARE(request.texts, QList<QByteArray>{jwt.trimmed()});
        QVERIFY(request.paths.isEmpty() && request.urls.isEmpty());

        QApplication::clipboard()->setText(QStringLiteral("  https://www.example.edu/assertions/42  "));
        request = Ui::ImportDropTarget::requestFromMimeData(QApplication::clipboard()->mimeData());
        QCOMPARE(request.urls, QList<QUrl>{QUrl(QStringLiteral("https://www.example.edu/assertions/42"))});
        QVERIFY(request.texts.isEmpty());

        // A baked badge copied from an image viewer: the PNG bytes as sent, with the credential inside.
        const QByteArray png = Test::readData(QStringLiteral("corpus/baked/ob3-di-rdfc.png"));
        auto *image = new QMimeData;
        image->setData(QStringLiteral("image/png"), png);
        QApplication::clipboard()->setMimeData(image);
        request = Ui::ImportDropTarget::requestFromMimeData(QApplication::clipboard()->mimeData());
        QCOMPARE(request.texts, QList<QByteArray>{png});

        QApplication::clipboard()->clear();
        QVERIFY(!Ui::ImportDropTarget::canImport(QApplication::clipboard()->mimeData()));
    }

    void aBatchShowsProgressThenASummaryWithReasons()
    {
        const QString folder = m_dir->filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(copyData(QStringLiteral("corpus/ob3/di-rdfc-valid.json"), folder + QStringLiteral("/data-101.json")));
        QVERIFY(copyData(QStringLiteral("corpus/ob3/di-jcs-tampered.json"), folder + QStringLiteral("/tampered.json")));
        QVERIFY(copyData(QStringLiteral("corpus/baked/ob3-bad-crc.png"), folder + QStringLiteral("/broken.png")));
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);

        Services::ImportController controller(*workspace);
        Ui::ImportProgressDialog progress;
        progress.follow(&controller, 0);
        QSignalSpy finished(&controller, &Services::ImportController::finished);
        QVERIFY(controller.start(Services::ImportRequest{{folder}, {}, {}}));
        QVERIFY(progress.isVisible());
        QVERIFY(!progress.isModal());
        QVERIFY(finished.wait(30000));
        QVERIFY(!progress.isVisible()); // closes itself
        QCOMPARE(progress.done(), 3);
        QCOMPARE(progress.total(), 3);
        QVERIFY(!progress.currentText().isEmpty());

        Ui::ImportSummaryDialog summary(finished.at(0).at(0).value<Services::ImportSummary>());
        summary.open();
        QVERIFY(QTest::qWaitForWindowExposed(&summary));
        QCOMPARE(summary.headline(), QStringLiteral("Imported 2 credentials"));
        QVERIFY(summary.explanation().contains(QLatin1String("1 of them did not pass verification")));
        QCOMPARE(summary.problemRows().size(), 1);
        QCOMPARE(summary.problemRows().at(0).at(0), QStringLiteral("broken.png"));
        QVERIFY(!summary.problemRows().at(0).at(1).isEmpty()); // the reason people read
        QVERIFY(summary.problemRows().at(0).at(1) != QStringLiteral("broken.png"));
        auto *show = summary.findChild<QPushButton *>(QStringLiteral("showInLibraryButton"));
        QVERIFY(show->isEnabled());
        QSignalSpy showRequested(&summary, &Ui::ImportSummaryDialog::showInLibraryRequested);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(showRequested.count(), 1);
        QCOMPARE(showRequested.at(0).at(0).value<QList<qint64>>().size(), 2);
        QVERIFY(!summary.isVisible());

        // The same folder again: the duplicates are listed by name, nothing new to show.
        QVERIFY(controller.start(Services::ImportRequest{{folder}, {}, {}}));
        QVERIFY(finished.wait(30000));
        Ui::ImportSummaryDialog again(finished.at(1).at(0).value<Services::ImportSummary>());
        QCOMPARE(again.headline(), QStringLiteral("No new credentials imported"));
        QStringList names;
        for (const QStringList &row : again.duplicateRows())
            names << row.at(0);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Foundations of Data Analysis"),
                                     QStringLiteral("Teamwork and Collaboration")}));
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("showInLibraryButton"))->isEnabled());
    }

    void cancellingFromTheProgressDialogStoresNothing()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        Services::ImportController controller(*workspace);
        controller.workers().setMaxThreadCount(1);
        Ui::ImportProgressDialog progress;
        progress.follow(&controller, 0);
        auto *cancel = progress.findChild<QPushButton *>(QStringLiteral("importCancelButton"));
        connect(&controller, &Services::ImportController::progress, this, [&](int done, int, const QString &) {
            if (done == 3 && cancel->isEnabled())
                QTest::mouseClick(cancel, Qt::LeftButton);
        });
        QSignalSpy finished(&controller, &Services::ImportController::finished);
        QVERIFY(controller.start(Services::ImportRequest{{Test::dataPath(QStringLiteral("corpus/bulk/jwt"))}, {}, {}}));
        QVERIFY(finished.wait(60000));
        const auto result = finished.at(0).at(0).value<Services::ImportSummary>();
        QVERIFY(result.cancelled);
        QVERIFY(progress.done() < 200);
        QCOMPARE(workspace->library().count().value_or(-1), 0);
        Ui::ImportSummaryDialog summary(result);
        QCOMPARE(summary.headline(), QStringLiteral("Import cancelled"));
        QVERIFY(summary.explanation().contains(QLatin1String("Nothing of this batch")));
    }

    void onlyHttpsAddressesCanBeImported()
    {
        Ui::ImportFromUrlDialog dialog;
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("urlField"));
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importUrlButton"));
        QVERIFY(!importButton->isEnabled());
        QTest::keyClicks(field, QStringLiteral("http://www.example.edu/badge.json"));
        QVERIFY(!importButton->isEnabled());
        QVERIFY(dialog.problemText().contains(QLatin1String("https://")));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("https://www.example.edu/badge.json"));
        QVERIFY(importButton->isEnabled());
        QVERIFY(dialog.problemText().isEmpty());
        QCOMPARE(dialog.request().urls, QList<QUrl>{QUrl(QStringLiteral("https://www.example.edu/badge.json"))});
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Offline nothing connects: importing from a web address says why instead of failing later.
    void offlineRefusesImportsFromAUrl()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        QVERIFY(workspace->setOffline(true));
        Services::ImportController controller(*workspace);
        QWidget window;
        window.show();
        Ui::ImportFlow flow(controller, &window);
        flow.importFromUrl();
        auto *message = window.findChild<QMessageBox *>(QStringLiteral("offlineUrlMessage"));
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("offline")));
        QVERIFY(!window.findChild<Ui::ImportFromUrlDialog *>());
        message->accept();
        QTRY_VERIFY(!window.findChild<QMessageBox *>()); // closed and gone

        // A link pasted or dropped: the same answer, and nothing starts.
        Services::ImportRequest request;
        request.urls = {QUrl(QStringLiteral("https://www.example.edu/badge.json"))};
        flow.start(request);
        QVERIFY(!controller.isRunning());
        message = window.findChild<QMessageBox *>(QStringLiteral("offlineUrlMessage"));
        QVERIFY(message);
        message->accept();

        // Online again, the dialog for the address opens.
        QVERIFY(workspace->setOffline(false));
        flow.importFromUrl();
        QVERIFY(window.findChild<Ui::ImportFromUrlDialog *>());
    }

    // "Fetch documents while verifying" is a setting of its own under "Work offline", which makes it moot.
    void settingsToggleFetchingDocuments()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        QVERIFY(workspace->setOffline(false));
        SettingsDialog dialog(*workspace);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *offline = dialog.findChild<QCheckBox *>(QStringLiteral("offlineCheck"));
        auto *fetching = dialog.findChild<QCheckBox *>(QStringLiteral("fetchDocumentsCheck"));
        QVERIFY(fetching && fetching->isVisible());
        QVERIFY(!fetching->accessibleName().isEmpty());
        QVERIFY(fetching->isEnabled());
        QVERIFY(fetching->isChecked());
        QVERIFY(fetching->y() > offline->y()); // below it
        QSignalSpy trustChanged(&dialog, &SettingsDialog::trustChanged);
        QTest::mouseClick(fetching, Qt::LeftButton, {}, QPoint(8, fetching->height() / 2));
        QVERIFY(!workspace->isFetchingDocuments());
        QVERIFY(!workspace->isOffline());
        QCOMPARE(trustChanged.count(), 1);

        QTest::keyClick(offline, Qt::Key_Space);
        QVERIFY(workspace->isOffline());
        QVERIFY(!fetching->isEnabled());
        QTest::keyClick(offline, Qt::Key_Space);
        QVERIFY(fetching->isEnabled());
        QTest::keyClick(fetching, Qt::Key_Space);
        QVERIFY(workspace->isFetchingDocuments());

        // A new dialog shows what the library remembers.
        QVERIFY(workspace->setFetchingDocuments(false));
        SettingsDialog again(*workspace);
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("fetchDocumentsCheck"))->isChecked());
    }

    void settingsToggleOfflineAndManageRegistries()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        QVERIFY(workspace->setOffline(false));
        SettingsDialog dialog(*workspace);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *offline = dialog.findChild<QCheckBox *>(QStringLiteral("offlineCheck"));
        QVERIFY(offline->isVisible());
        QVERIFY(!offline->isChecked());
        QTest::mouseClick(offline, Qt::LeftButton, {}, QPoint(8, offline->height() / 2));
        QVERIFY(workspace->isOffline());
        QTest::keyClick(offline, Qt::Key_Space);
        QVERIFY(!workspace->isOffline());

        dialog.showPage(SettingsDialog::Page::Trust);
        const QString registryFile = Test::dataPath(QStringLiteral("registries/corpus-issuers.json"));
        dialog.setFileChooser([&](SettingsDialog::FileChoice choice, QWidget *) {
            return choice == SettingsDialog::FileChoice::RegistryFile ? registryFile : QString();
        });
        QSignalSpy trustChanged(&dialog, &SettingsDialog::trustChanged);
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addRegistryButton"));
        QVERIFY(add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        auto *registries = dialog.findChild<QListWidget *>(QStringLiteral("registryList"));
        QCOMPARE(registries->count(), 1);
        QCOMPARE(registries->item(0)->text(), QStringLiteral("Corpus Test Registry — 1 issuer"));
        QCOMPARE(trustChanged.count(), 1);
        QVERIFY(workspace->trust()->lookup(QStringLiteral("did:key:z6MkrjR5BDembRct9ZTe6z8pNZqUpEXbYFGYM2rfSqVJUHv7")));

        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeRegistryButton"));
        QVERIFY(!remove->isEnabled());
        registries->setCurrentRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(registries->count(), 0);
        QVERIFY(workspace->trust()->registries().isEmpty());

        // A file that is not a registry: the reason is shown, nothing is added.
        dialog.setFileChooser([&](SettingsDialog::FileChoice, QWidget *) {
            return Test::dataPath(QStringLiteral("corpus/ob3/di-rdfc-valid.json"));
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(registries->count(), 0);
        QVERIFY(!dialog.message().isEmpty());
    }

    // Settings → Library → Move…: a complete copy at the chosen place, which the application then uses.
    void settingsMoveTheLibrary()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        Services::ImportRequest request;
        request.paths = {Test::dataPath(QStringLiteral("corpus/ob3/di-rdfc-valid.json"))};
        QThreadPool pool;
        const std::atomic<bool> cancel{false};
        QVERIFY(workspace->importBatch(request, pool, {}, cancel));
        SettingsDialog dialog(*workspace);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showPage(SettingsDialog::Page::Library);
        const QString target = m_dir->filePath(QStringLiteral("synced/my-library.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        dialog.setFileChooser([&](SettingsDialog::FileChoice choice, QWidget *) {
            return choice == SettingsDialog::FileChoice::MoveTarget ? target : QString();
        });
        QSignalSpy moved(&dialog, &SettingsDialog::libraryMoved);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("moveLibraryButton")), Qt::LeftButton);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toString(), QFileInfo(target).absoluteFilePath());
        QCOMPARE(QSettings().value(SettingsDialog::libraryPathKey()).toString(), QFileInfo(target).absoluteFilePath());
        auto copy = Services::Workspace::open(target);
        QVERIFY(copy);
        QCOMPARE(Services::allCredentialIds(**copy)->size(), Services::allCredentialIds(*workspace)->size());
        QVERIFY(!Services::allCredentialIds(**copy)->isEmpty());
        QSettings().remove(SettingsDialog::libraryPathKey());
    }

    void settingsBackUpRestoreLanguageAndStartup()
    {
        std::unique_ptr<Services::Workspace> workspace = openWorkspace();
        QVERIFY(workspace);
        SettingsDialog dialog(*workspace);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showPage(SettingsDialog::Page::Library);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("libraryLocation"))->text(),
                 QDir::toNativeSeparators(workspace->library().path()));

        const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
        dialog.setFileChooser([&](SettingsDialog::FileChoice, QWidget *) { return backup; });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("backupButton")), Qt::LeftButton);
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(dialog.message().contains(QLatin1String("Backed up")));

        QSignalSpy restore(&dialog, &SettingsDialog::restoreRequested);
        bool answer = false;
        dialog.setConfirmer([&](const QString &, const QString &, QWidget *) { return answer; });
        auto *restoreButton = dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QTest::mouseClick(restoreButton, Qt::LeftButton);
        QCOMPARE(restore.count(), 0); // said no
        answer = true;
        QTest::mouseClick(restoreButton, Qt::LeftButton);
        QCOMPARE(restore.count(), 1);
        QCOMPARE(restore.at(0).at(0).toString(), backup);
        QCOMPARE(restore.at(0).at(1).toString(), workspace->library().path());

        dialog.showPage(SettingsDialog::Page::Startup);
        auto *reverify = dialog.findChild<QCheckBox *>(QStringLiteral("reverifyOnStartCheck"));
        QTest::keyClick(reverify, Qt::Key_Space);
        QCOMPARE(QSettings().value(SettingsDialog::reverifyOnStartKey()).toBool(), true);

        dialog.showPage(SettingsDialog::Page::Language);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_End); // the last one: Español
        QCOMPARE(QSettings().value(SettingsDialog::languageKey()).toString(), QStringLiteral("es"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QTest::keyClick(language, Qt::Key_Home); // System
        QCOMPARE(QSettings().value(SettingsDialog::languageKey()).toString(), QString());
    }

    void theEmptyStateOffersASecondAction()
    {
        Ui::EmptyState empty(QIcon(QStringLiteral(":/icons/library.svg")));
        QAction import(QStringLiteral("Import Credentials…"));
        QAction sample(QStringLiteral("Open Sample Portfolio"));
        empty.setAction(&import);
        empty.setSecondaryAction(&sample);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        auto *second = empty.findChild<QPushButton *>(QStringLiteral("emptyStateSecondaryButton"));
        QVERIFY(second->isVisible());
        QCOMPARE(second->text(), QStringLiteral("Open Sample Portfolio"));
        QSignalSpy triggered(&sample, &QAction::triggered);
        QTest::mouseClick(second, Qt::LeftButton);
        QCOMPARE(triggered.count(), 1);
        sample.setEnabled(false);
        QVERIFY(!second->isEnabled());
        empty.setSecondaryAction(nullptr);
        QVERIFY(!second->isVisible());
    }

    void cleanupTestCase() { installTranslations(*qApp, QLocale(QLocale::English)); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestImportFlow)
#include "TestImportFlow.moc"
