// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace Credfolio::Cli {

/// `credfolio-cli review [--json] [--offline] PACKAGE`
Command reviewCommand();

} // namespace Credfolio::Cli
