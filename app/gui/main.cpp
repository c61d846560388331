// SPDX-License-Identifier: GPL-3.0-or-later
// credfolio: the desktop application. Builds the services and hands them to the main window.
#include "core/common/ApplicationIdentity.h"
#include "core/common/Version.h"
#include "core/crypto/LibraryVersion.h"
#include "core/services/SamplePortfolio.h"
#include "core/services/Workspace.h"
#include "core/services/WorkspaceSettings.h"
#include "core/store/Library.h"
#include "translations/Translations.h"
#include "ui/ImportFlow.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <memory>
#include <optional>

namespace {

// Where the learner's library is: CREDFOLIO_LIBRARY, else where Settings moved it, else the default place.
QString libraryPath()
{
    const QString moved = QSettings().value(Credfolio::Ui::SettingsDialog::libraryPathKey()).toString();
    if (qEnvironmentVariableIsEmpty("CREDFOLIO_LIBRARY") && !moved.isEmpty())
        return moved;
    return Credfolio::Store::Library::defaultPath();
}

// Opens the learner's library; when it cannot be opened the window still starts (without importing) and says why.
std::unique_ptr<Credfolio::Services::Workspace> openLibrary(const QString &path)
{
    auto workspace = Credfolio::Services::Workspace::open(path);
    if (workspace)
        return std::move(workspace).value();
    QMessageBox::warning(nullptr, QCoreApplication::translate("Credfolio::App", "Your library could not be opened"),
                         QCoreApplication::translate("Credfolio::App",
                                                     "Credfolio cannot open your credential library at %1. Nothing "
                                                     "in it was changed.\n\n%2")
                             .arg(path, workspace.error().toString()));
    return nullptr;
}

// What the command line asks for at the first start.
struct Start {
    QStringList files;
    bool openFiles = false;
    bool openSample = false;
};

// Settings asked to reopen on another library file (moved), or on a backup restored over it.
struct Reopen {
    QString libraryPath;
    QString backupFile;
};

// The learner's window on their library, until it closes or asks to be reopened on another library file.
int runWindow(const Credfolio::Ui::AboutInfo &about, const Start &start, std::optional<Reopen> *reopen)
{
    const std::unique_ptr<Credfolio::Services::Workspace> workspace = openLibrary(libraryPath());
    Credfolio::Ui::MainWindow window(about, workspace.get());
    window.show();
    if (QSettings().value(Credfolio::Ui::SettingsDialog::reverifyOnStartKey(), false).toBool())
        window.reverifyAll();

    // The sample portfolio opens in a window of its own, on a library of its own: the learner's stays untouched.
    std::unique_ptr<Credfolio::Services::Workspace> sample;
    std::unique_ptr<Credfolio::Ui::MainWindow> sampleWindow;
    QObject::connect(&window, &Credfolio::Ui::MainWindow::samplePortfolioRequested, [&] {
        if (!sample) {
            auto opened = Credfolio::Services::openSamplePortfolio();
            if (!opened) {
                QMessageBox::warning(&window, QCoreApplication::translate("Credfolio::App", "Sample portfolio"),
                                     opened.error().toString());
                return;
            }
            sample = std::move(opened).value();
            sampleWindow = std::make_unique<Credfolio::Ui::MainWindow>(about, sample.get());
            sampleWindow->setWindowTitle(QCoreApplication::translate("Credfolio::App", "Credfolio — Sample portfolio"));
            QObject::connect(sampleWindow.get(), &Credfolio::Ui::MainWindow::importOwnRequested, &window, [&window] {
                window.raise();
                window.activateWindow();
                if (window.importFlow())
                    window.importFlow()->importFiles();
            });
        }
        sampleWindow->show();
        sampleWindow->raise();
        sampleWindow->activateWindow();
    });
    QObject::connect(&window, &Credfolio::Ui::MainWindow::libraryReopenRequested,
                     [reopen, &window](const QString &path, const QString &backupFile) {
                         *reopen = Reopen{path, backupFile};
                         window.close(); // saves the window's state
                         QApplication::exit(0);
                     });
    if (start.openFiles)
        window.openFiles(start.files);
    if (start.openSample)
        emit window.samplePortfolioRequested();
    const int status = QApplication::exec();
    sampleWindow.reset();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Credfolio::applyApplicationIdentity();
    QGuiApplication::setDesktopFileName(QString::fromLatin1(Credfolio::kDesktopFileName));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/credfolio.svg")));
    // The language chosen in Settings, else the system's.
    const QString language = QSettings().value(Credfolio::Ui::SettingsDialog::languageKey()).toString();
    Credfolio::installTranslations(
        app, language.isEmpty() ? QLocale::system() : Credfolio::Ui::SettingsDialog::localeForLanguage(language));

    QCommandLineParser options;
    options.setApplicationDescription(
        QCoreApplication::translate("Credfolio::App", "Credfolio keeps your learning credentials, verifies them and "
                                                      "shows your progress toward certificates and degrees."));
    options.addHelpOption();
    options.addVersionOption();
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QCoreApplication::translate("Credfolio::App", "Also open the sample portfolio (example credentials and "
                                                      "pathways in a window of their own)."));
    options.addOption(sampleOption);
    options.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("Credfolio::App", "Credentials to import, or a portfolio package (.credfolio) to "
                                                      "review."),
        QStringLiteral("[FILE...]"));
    options.process(app);

    Credfolio::Ui::AboutInfo about;
    about.components = {{QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
                        {QStringLiteral("OpenSSL"), Credfolio::Crypto::openSslVersion()}};
    Start start;
    start.files = options.positionalArguments();
    start.openFiles = !start.files.isEmpty();
    start.openSample = options.isSet(sampleOption);
    for (;;) {
        std::optional<Reopen> reopen;
        const int status = runWindow(about, start, &reopen);
        if (!reopen)
            return status;
        start = Start{}; // the files and the sample were for the first window
        // The window and its workspace are gone: the library file is closed and can be replaced.
        if (!reopen->backupFile.isEmpty()) {
            const Credfolio::Result<void> restored =
                Credfolio::Services::WorkspaceSettings::restore(reopen->backupFile, reopen->libraryPath);
            if (!restored)
                QMessageBox::warning(nullptr,
                                     QCoreApplication::translate("Credfolio::App", "The backup was not restored"),
                                     QCoreApplication::translate("Credfolio::App", "Your library is as it was.\n\n%1")
                                         .arg(restored.error().toString()));
        }
    }
}
