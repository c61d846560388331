// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace Credfolio::Cli {

/// `credfolio-cli progress [--library DB] [--json] PATHWAY`
Command progressCommand();

} // namespace Credfolio::Cli
