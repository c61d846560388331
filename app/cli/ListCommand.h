// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace Credfolio::Cli {

/// `credfolio-cli list [--library DB] [--json] [--query TEXT]`
Command listCommand();

} // namespace Credfolio::Cli
