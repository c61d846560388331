// SPDX-License-Identifier: GPL-3.0-or-later
// credfolio-cli: the command line, with no display needed (scripts, batch jobs, CI, benchmarks).
#include "app/cli/Cli.h"
#include "core/common/ApplicationIdentity.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Credfolio::applyApplicationIdentity();
    Credfolio::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Credfolio::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
