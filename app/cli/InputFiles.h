// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QStringList>

namespace Credfolio::Cli {

/// Expands PATH arguments into files: a file stays itself, a folder is searched recursively (sorted, so
/// output order is stable). A path that does not exist is an error naming it.
Result<QStringList> collectFiles(const QStringList &paths);

/// The bytes of a file, or of standard input for "-". Refuses files over `maxBytes`.
Result<QByteArray> readInput(const QString &path, qint64 maxBytes = 64 * 1024 * 1024);

} // namespace Credfolio::Cli
