// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace Credfolio::Cli {

/// `credfolio-cli show [--json] PATH...`: what Credfolio reads from each credential file (format, issuer,
/// achievement, dates, credits, alignments), or why it cannot be read. Exit status 2 when a file cannot be read.
Command showCommand();

} // namespace Credfolio::Cli
