// SPDX-License-Identifier: GPL-3.0-or-later
// credfolio-cli: the command line, with no display needed (scripts, batch jobs, CI, benchmarks).
#include "app/cli/Cli.h"
#include "core/common/ApplicationIdentity.h"
#include "translations/Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Exports draw PDFs (fonts, images): those commands get a QGuiApplication on the offscreen platform, so that
// they still need no display. Every other command stays a plain QCoreApplication.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0 || std::strcmp(argv[i], "review") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    Credfolio::applyApplicationIdentity();
    Credfolio::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Credfolio::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
