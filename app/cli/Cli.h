// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

#include <QList>

namespace Credfolio::Cli {

/// The subcommands this build provides, in the order of the contract.
QList<Command> commands();

/// Runs `credfolio-cli` with `arguments` (without the program name); returns the exit status.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Credfolio::Cli
