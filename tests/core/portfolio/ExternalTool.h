// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// Runs the command-line tools the exports are checked with (poppler-utils, zbar-tools).
namespace Credfolio::Portfolio::Test {

struct ToolRun {
    bool ok = false;
    QString error; ///< why it did not run, for the failure message
    QByteArray out;
};

inline ToolRun runTool(const QString &program, const QStringList &arguments, const QString &package)
{
    ToolRun run;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        run.error = QStringLiteral("%1 is not installed (apt-get install %2)").arg(program, package);
        return run;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        run.error = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return run;
    }
    run.out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = QStringLiteral("%1 %2 failed (exit %3): %4")
                        .arg(program, arguments.join(QLatin1Char(' ')), QString::number(process.exitCode()),
                             QString::fromUtf8(process.readAllStandardError()));
        return run;
    }
    run.ok = true;
    return run;
}

} // namespace Credfolio::Portfolio::Test

#define RUN_TOOL(var, program, arguments, package)                                                                     \
    const auto var = Credfolio::Portfolio::Test::runTool(QStringLiteral(program), arguments, QStringLiteral(package)); \
    QVERIFY2(var.ok, qPrintable(var.error))
