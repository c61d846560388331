// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace Credfolio::Cli {

/// `credfolio-cli import [--library DB] PATH...`
Command importCommand();

} // namespace Credfolio::Cli
