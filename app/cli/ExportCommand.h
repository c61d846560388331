// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace Credfolio::Cli {

/// `credfolio-cli export [--library DB] (--pdf|--html|--json-resume|--package) OUT [--pathway PATHWAY]
/// [--letter] [--include-invalid] [--include-expired] [--language en|de|es] [--message TEXT]`
Command exportCommand();

} // namespace Credfolio::Cli
