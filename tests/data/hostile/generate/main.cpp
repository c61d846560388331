// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the hostile credential suite (tests/data/hostile/) with real signatures. Run it by hand when a case
// changes; the tests only read what it wrote. Keys come from fixed seeds (printed nowhere, derivable from the
// labels below), so a re-run gives the same files, except the RSA-1024 case, whose key OpenSSL draws afresh.
//
//     cmake --build BUILD --target credfolio-hostile-generate && BUILD/.../credfolio-hostile-generate
//     tests/data/hostile
#include "HostileWriter.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: credfolio-hostile-generate OUTPUT_DIR (tests/data/hostile)\n";
        return 2;
    }
    Credfolio::Hostile::Writer writer(args.at(1));
    if (!writer.writeAll()) {
        QTextStream(stderr) << writer.lastError() << '\n';
        return 1;
    }
    return 0;
}
