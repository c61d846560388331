// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the sample portfolio's window, with the banner that marks it as samples, for
// docs/screenshots/sample-portfolio-{light,dark}.png: `SampleScreenshots OUTPUT-DIR` (QT_QPA_PLATFORM=offscreen).
#include "core/services/SamplePortfolio.h"
#include "core/services/Workspace.h"
#include "ui/Appearance.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

using namespace Credfolio;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CredfolioScreenshots"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString out = app.arguments().value(1, QDir::tempPath());

    QTemporaryDir dir;
    auto sample = Services::openSamplePortfolio(dir.filePath(QStringLiteral("sample.sqlite")));
    if (!sample)
        qFatal("no sample portfolio: %s", qPrintable(sample.error().toString()));
    Ui::MainWindow window(Ui::AboutInfo{}, sample->get());
    window.resize(1180, 760);
    for (const auto &[appearance, name] : {std::pair{Ui::Appearance::Light, "sample-portfolio-light"},
                                           std::pair{Ui::Appearance::Dark, "sample-portfolio-dark"}}) {
        window.setAppearance(appearance);
        window.show();
        for (int i = 0; i < 20; ++i)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        window.grab().save(QDir(out).filePath(QLatin1String(name) + QStringLiteral(".png")));
    }
    QSettings().clear();
    return 0;
}
