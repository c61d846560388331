// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace Credfolio::Cli {

/// `credfolio-cli verify [--json] [--offline] [--documents MANIFEST] [--at ISO-TIME] [--jobs N] PATH...`
Command verifyCommand();

} // namespace Credfolio::Cli
