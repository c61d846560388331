// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "app/cli/CanonCommand.h"
#include "app/cli/CliText.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/ListCommand.h"
#include "app/cli/ProgressCommand.h"
#include "app/cli/ReviewCommand.h"
#include "app/cli/ShowCommand.h"
#include "app/cli/VerifyCommand.h"
#include "core/common/Version.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Credfolio::Cli {

namespace {

void printHelp(QTextStream &out)
{
    out << CliText::tr("Usage: credfolio-cli [--help] [--version] COMMAND [ARGUMENTS...]") << "\n\n"
        << CliText::tr("Credfolio keeps a learner's badges and certificates on their own computer, verifies them "
                       "independently and exports a portfolio. This is its command line.")
        << "\n\n";
    const QList<Command> available = commands();
    if (available.isEmpty()) {
        out << CliText::tr("This build provides no commands yet.") << "\n";
        return;
    }
    out << CliText::tr("Commands:") << "\n";
    for (const Command &command : available) {
        out << "  " << command.name << ' ' << command.synopsis << "\n      " << command.summary << "\n";
    }
    out << "\n" << CliText::tr("Run 'credfolio-cli COMMAND --help' for the options of a command.") << "\n";
}

} // namespace

QList<Command> commands()
{
    return {showCommand(), canonCommand(),    verifyCommand(), importCommand(),
            listCommand(), progressCommand(), exportCommand(), reviewCommand()};
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printHelp(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? UsageOrIoError : Success;
    }
    if (arguments.first() == QLatin1String("--version") || arguments.first() == QLatin1String("-v")) {
        out << "credfolio-cli " << kVersion << "\n";
        return Success;
    }
    for (const Command &command : commands()) {
        if (command.name == arguments.first()) {
            return command.run(arguments.mid(1), out, err);
        }
    }
    err << CliText::tr("Unknown command '%1'. Run 'credfolio-cli --help' for the list of commands.")
               .arg(arguments.first())
        << "\n";
    return UsageOrIoError;
}

} // namespace Credfolio::Cli
