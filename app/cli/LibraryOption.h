// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QStringList>

#include <memory>

class QTextStream;

namespace Credfolio::Services {
class Workspace;
}

namespace Credfolio::Cli {

/// Takes `--library DB` out of `arguments` (default: $CREDFOLIO_LIBRARY, else the library under the user's
/// data folder) and opens that library; on failure writes why to `err` and returns nullptr.
std::unique_ptr<Services::Workspace> openLibrary(QStringList &arguments, QTextStream &err, bool *usageError);

} // namespace Credfolio::Cli
