// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ImportRequest.h"

#include <atomic>
#include <functional>

class QThreadPool;

namespace Credfolio::Net {
class DocumentSource;
}
namespace Credfolio::Verify {
class Verifier;
}

namespace Credfolio::Services {

/// Progress of a batch: `done` of `total` inputs handled, `current` the input just finished.
using ImportProgress = std::function<void(int done, int total, const QString &current)>;

/// Expands the request into inputs (folders recursively, sorted), then reads and verifies each on `pool`'s
/// threads (blocking the caller until all are done or `cancel` becomes true). A file that is not a credential,
/// too large or unreadable becomes an ImportProblem naming why; it never stops the others. `progress` is called
/// from worker threads. Nothing is stored here: see Library::addBatch.
PreparedBatch prepareImport(const ImportRequest &request, const Verify::Verifier &verifier,
                            const Net::DocumentSource *documents, QThreadPool &pool, const ImportProgress &progress,
                            const std::atomic<bool> &cancel);

/// The inputs a request stands for, in the order they are handled (for counting and for tests).
QStringList expandPaths(const QStringList &paths, QList<ImportProblem> *problems);

} // namespace Credfolio::Services
