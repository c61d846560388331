// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace Credfolio::Cli {

/// `credfolio-cli canon (--jcs|--rdfc) FILE`: the JCS form of a JSON document, or the RDFC-1.0 canonical
/// N-Quads of a JSON-LD document (bundled contexts only), for people debugging issuers' credentials.
Command canonCommand();

} // namespace Credfolio::Cli
