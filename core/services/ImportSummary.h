// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ImportRequest.h"

#include <QList>
#include <QString>

namespace Credfolio::Services {

/// A credential of the batch that the library already held.
struct ImportDuplicate {
    QString source;
    QString name;
    qint64 existingId = 0;
    bool inTrash = false; ///< the learner had moved the existing one to the trash
};

/// What one import batch did, for the summary people read at the end.
struct ImportSummary {
    QList<qint64> storedIds; ///< new top-level rows, in input order
    int storedInvalid = 0;   ///< of them, how many did not verify (stored, flagged)
    QList<ImportDuplicate> duplicates;
    QList<ImportProblem> problems; ///< inputs that are not credentials or could not be read
    bool cancelled = false;        ///< nothing was stored

    int storedCount() const { return int(storedIds.size()); }
};

} // namespace Credfolio::Services
