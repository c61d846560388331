// SPDX-License-Identifier: GPL-3.0-or-later
// The Export dialog on a real library of corpus credentials (three valid, one expired, one tampered): opened from
// the File menu, its preview shows pages and says what is left out; it saves a German PDF, an HTML page, a JSON
// Resume and a signed package (the keychain is the test session's gnome-keyring, see scripts/run-tests.sh).
#include "core/portfolio/Package.h"
#include "core/services/Exporter.h"
#include "core/services/LibraryPathwaySource.h"
#include "core/services/SamplePathways.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"
#include "ui/ExportActions.h"
#include "ui/ExportDialog.h"
#include "ui/ExportPreview.h"
#include "ui/LibraryArea.h"
#include "ui/LibraryPage.h"
#include "ui/MainWindow.h"
#include "ui/PathwaysPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPdfDocument>
#include <QPdfView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Credfolio;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(30000);
    // Names may wrap across lines in a card: compare with whitespace simplified.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestExportDialog : public QObject {
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
        for (const char *file :
             {"corpus/ob3/di-rdfc-valid.json", "corpus/ob3/di-jcs-valid.json", "corpus/ob3/ldp-ed25519-2020-valid.json",
              "corpus/ob3/di-rdfc-expired.json", "corpus/ob3/di-rdfc-wrong-key.json"})
            request.paths.append(Test::dataPath(QLatin1String(file)));
        QThreadPool pool;
        const std::atomic<bool> cancel{false};
        const auto summary = m_workspace->importBatch(request, pool, {}, cancel);
        QVERIFY(summary && summary->storedCount() == 5);
        const auto rows = m_workspace->library().list(Store::Query{});
        QVERIFY(rows && rows->size() == 5);
        m_allNames.clear();
        m_validNames.clear();
        for (const Store::CredentialRow &row : *rows) {
            m_allNames.append(row.name);
            if (row.verdict == Store::Verdict::Valid)
                m_validNames.append(row.name);
        }
        QCOMPARE(m_validNames.size(), 3);
        m_window = std::make_unique<Ui::MainWindow>(Ui::AboutInfo{}, m_workspace.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void theFileMenuOpensItAndThePreviewShowsPages()
    {
        QMenu *file = m_window->menuBar()->actions().first()->menu();
        QVERIFY(file);
        QAction *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(exportAction && file->actions().contains(exportAction));
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        exportAction->trigger();
        Ui::ExportDialog *dialog = waitForPreview();
        QVERIFY(dialog);
        QCOMPARE(dialog->preview()->currentPage()->findChild<QPdfView *>() != nullptr, true);
        QVERIFY(dialog->preview()->document()->pageCount() > 0);
        QVERIFY2(dialog->preview()->countText().startsWith(QStringLiteral("3 credentials · ")),
                 qPrintable(dialog->preview()->countText()));
        QVERIFY(dialog->preview()->countText().contains(QStringLiteral("page")));
        QVERIFY2(dialog->preview()->leftOutText().contains(QStringLiteral("2 left out")),
                 qPrintable(dialog->preview()->leftOutText()));

        // Invalid and expired ones stay out unless asked for.
        auto *invalid = dialog->findChild<QCheckBox *>(QStringLiteral("includeInvalid"));
        auto *expired = dialog->findChild<QCheckBox *>(QStringLiteral("includeExpired"));
        QVERIFY(invalid && expired && !invalid->isChecked() && !expired->isChecked());
        invalid->setFocus();
        QTest::keyClick(invalid, Qt::Key_Space);
        QVERIFY(dialog->isPreviewUpdating());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewUpdating(), 30000);
        QVERIFY2(dialog->preview()->countText().startsWith(QStringLiteral("4 credentials")),
                 qPrintable(dialog->preview()->countText()));
        QVERIFY(dialog->preview()->leftOutText().contains(QStringLiteral("1 expired")));
        dialog->close();
    }

    void aGermanPdfIsSavedWithEveryCredential()
    {
        Ui::ExportDialog *dialog = openWithShortcut();
        QVERIFY(dialog);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("exportLanguage"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileName"));
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Ada Lovelace"));
        QVERIFY(dialog->suggestedPath().endsWith(QStringLiteral("Ada Lovelace – Credential portfolio.pdf")));

        const QString path = save(dialog, QStringLiteral("portfolio.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Exportiert am")) && text.contains(QStringLiteral("NACHWEISPORTFOLIO")),
                 qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("Ada Lovelace")));
        for (const QString &credential : std::as_const(m_validNames))
            QVERIFY2(text.contains(credential.simplified()), qPrintable(credential));
        QVERIFY(dialog->statusText().contains(QStringLiteral("portfolio.pdf")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openExportButton"))->isVisible());
        // The profile is kept for the next export.
        const auto profile = Services::learnerProfile(m_workspace->library());
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("Ada Lovelace"));
    }

    void anHtmlPageHasEveryName()
    {
        Ui::ExportDialog *dialog = openWithShortcut();
        QVERIFY(dialog);
        chooseFormat(dialog, 1);
        dialog->findChild<QCheckBox *>(QStringLiteral("includeInvalid"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("includeExpired"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewUpdating(), 30000);
        QVERIFY2(dialog->preview()->countText().startsWith(QStringLiteral("5 credentials")),
                 qPrintable(dialog->preview()->countText()));
        const QString path = save(dialog, QStringLiteral("portfolio.html"));
        QVERIFY(!path.isEmpty());
        const QString html = QString::fromUtf8(readFile(path));
        for (const QString &credential : std::as_const(m_allNames))
            QVERIFY2(html.contains(credential.toHtmlEscaped()), qPrintable(credential));
    }

    void aJsonResumeIsPreviewedAndSaved()
    {
        Ui::ExportDialog *dialog = openWithShortcut();
        QVERIFY(dialog);
        chooseFormat(dialog, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewUpdating(), 30000);
        QVERIFY(dialog->preview()->currentPage()->objectName() == QStringLiteral("previewText"));
        const QString path = save(dialog, QStringLiteral("resume"));
        QCOMPARE(path, m_dir->filePath(QStringLiteral("resume.json")));
        const QJsonObject resume = QJsonDocument::fromJson(readFile(path)).object();
        const QJsonArray certificates = resume.value(QStringLiteral("certificates")).toArray();
        QCOMPARE(certificates.size(), 3);
        for (const QJsonValue &certificate : certificates)
            QVERIFY(m_validNames.contains(certificate.toObject().value(QStringLiteral("name")).toString()));
    }

    void aPackageFromTheDialogReadsBackAuthentic()
    {
        Ui::ExportDialog *dialog = openWithShortcut();
        QVERIFY(dialog);
        chooseFormat(dialog, 3);
        auto *message = dialog->findChild<QLineEdit *>(QStringLiteral("exportMessage"));
        QVERIFY(message && message->isVisible());
        message->setFocus();
        QTest::keyClicks(message, QStringLiteral("For our meeting on Monday"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewUpdating(), 30000);
        QVERIFY2(dialog->preview()->countText().startsWith(QStringLiteral("5 credentials")),
                 qPrintable(dialog->preview()->countText()));
        QCOMPARE(dialog->preview()->currentPage()->objectName(), QStringLiteral("previewSummary"));
        const QString path = save(dialog, QStringLiteral("for-advisor.credfolio"));
        QVERIFY(!path.isEmpty());
        const auto opened = Portfolio::readPackage(readFile(path));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        QVERIFY(opened->isAuthentic());
        QCOMPARE(opened->contents.credentials.size(), 5);
        QCOMPARE(opened->contents.message, QStringLiteral("For our meeting on Monday"));
    }

    void aFailedSaveSaysSoAndLeavesNothing()
    {
        Ui::ExportDialog *dialog = openWithShortcut();
        QVERIFY(dialog);
        const QString path = m_dir->filePath(QStringLiteral("no-such-folder/portfolio.pdf"));
        dialog->setFileChooser([path](QWidget *, const QString &, const QString &, const QString &) { return path; });
        QSignalSpy finished(dialog, &Ui::ExportDialog::saveFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveExportButton")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Nothing was saved")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("openExportButton"))->isVisible());
    }

    void exportSelectedStartsWithTheLibrarySelection()
    {
        auto *grid = m_window->libraryArea()->page()->findChild<QListView *>(QStringLiteral("libraryGrid"));
        QVERIFY(grid);
        QTRY_COMPARE(grid->model()->rowCount(), 5);
        grid->setFocus();
        grid->selectionModel()->select(grid->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        grid->selectionModel()->select(grid->model()->index(2, 0), QItemSelectionModel::Select);
        const QList<qint64> selected = m_window->libraryArea()->page()->selectedIds();
        QCOMPARE(selected.size(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        Ui::ExportDialog *dialog = waitForPreview();
        QVERIFY(dialog);
        QCOMPARE(dialog->request().selection.ids, selected);
        QVERIFY(dialog->preview()->countText().contains(QStringLiteral("credential")));
    }

    void thePathwaysAreaExportsThePathwayShown()
    {
        m_window.reset();
        {
            Services::LibraryPathwaySource source(*m_workspace);
            for (const Services::SamplePathway &sample : Services::samplePathways()) {
                const auto pathway = Services::pathwayFromBytes(sample.bytes);
                QVERIFY(pathway && source.addPathway(*pathway));
            }
        }
        m_window = std::make_unique<Ui::MainWindow>(Ui::AboutInfo{}, m_workspace.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QAction *exportPathway = m_window->findChild<QAction *>(QStringLiteral("exportPathwayAction"));
        QVERIFY(exportPathway);
        m_window->exportActions()->updateActions();
        QVERIFY(!exportPathway->isEnabled()); // the library is shown
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        auto *pathways = m_window->findChild<Ui::PathwaysPage *>();
        QVERIFY(pathways);
        QTRY_VERIFY(!pathways->currentPathwayId().isEmpty());
        m_window->exportActions()->updateActions();
        QVERIFY(exportPathway->isEnabled());
        exportPathway->trigger();
        Ui::ExportDialog *dialog = waitForPreview();
        QVERIFY(dialog);
        const Services::ExportRequest request = dialog->request();
        QCOMPARE(request.selection.pathwayId, pathways->currentPathwayId());
        QVERIFY(request.selection.pathwayOnly);
        QCOMPARE(request.grouping, Services::ExportGrouping::Pathway);
        QVERIFY(!dialog->preview()->countText().isEmpty());
    }

    void everyControlHasAnAccessibleName()
    {
        Ui::ExportDialog *dialog = openWithShortcut();
        QVERIFY(dialog);
        const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
                continue;
            if (qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QAbstractButton *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty() ||
                             (qobject_cast<QAbstractButton *>(widget) &&
                              !qobject_cast<QAbstractButton *>(widget)->text().isEmpty()),
                         qPrintable(widget->objectName() + QLatin1Char(' ') + widget->metaObject()->className()));
        }
    }

private:
    Ui::ExportDialog *waitForPreview()
    {
        Ui::ExportDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = m_window->exportActions()->dialog()) != nullptr; }, 5000))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !dialog->isPreviewUpdating(); }, 30000))
            return nullptr;
        return dialog;
    }

    Ui::ExportDialog *openWithShortcut()
    {
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        return waitForPreview();
    }

    void chooseFormat(Ui::ExportDialog *dialog, int index)
    {
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
        format->setFocus();
        format->setCurrentIndex(index);
    }

    // Saves through the dialog's Save button to `name` in the test folder; the path written, or empty.
    QString save(Ui::ExportDialog *dialog, const QString &name)
    {
        const QString path = m_dir->filePath(name);
        dialog->setFileChooser([path](QWidget *, const QString &, const QString &, const QString &) { return path; });
        QSignalSpy finished(dialog, &Ui::ExportDialog::saveFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveExportButton")), Qt::LeftButton);
        if (!finished.wait(60000) || !finished.first().at(0).toBool()) {
            qWarning() << "save failed:" << (finished.isEmpty() ? QVariant() : finished.first().at(1));
            return {};
        }
        return finished.first().at(1).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    QStringList m_allNames;
    QStringList m_validNames;
};

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
