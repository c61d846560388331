// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace Credfolio::Cli {

/// Exit statuses of the CLI contract (docs/architecture.md).
enum ExitStatus : int { Success = 0, SomeInvalid = 1, UsageOrIoError = 2 };

/// One subcommand: `credfolio-cli <name> <synopsis>`; run() gets the arguments after the name.
struct Command {
    QString name;
    QString synopsis;
    QString summary;
    std::function<int(const QStringList &arguments, QTextStream &out, QTextStream &err)> run;
};

} // namespace Credfolio::Cli
