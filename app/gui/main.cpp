// SPDX-License-Identifier: GPL-3.0-or-later
// credfolio: the desktop application. Builds the services and hands them to the main window.
#include "core/common/ApplicationIdentity.h"
#include "core/common/Version.h"
#include "core/crypto/LibraryVersion.h"
#include "core/services/SamplePortfolio.h"
#include "core/services/Workspace.h"
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

namespace {

// Opens the learner's library; when it cannot be opened the window still starts (without importing) and says why.
std::unique_ptr<Credfolio::Services::Workspace> openLibrary()
{
    const QString path = Credfolio::Store::Library::defaultPath();
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
    const std::unique_ptr<Credfolio::Services::Workspace> workspace = openLibrary();
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
    if (!options.positionalArguments().isEmpty())
        window.openFiles(options.positionalArguments());
    if (options.isSet(sampleOption))
        emit window.samplePortfolioRequested();
    const int status = QApplication::exec();
    sampleWindow.reset();
    return status;
}
