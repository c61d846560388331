// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pathways/Pathway.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace Credfolio::Pathways {

/// A pathway read from a file, with what was tolerated (unknown members).
struct ReadPathway {
    Pathway pathway;
    QList<PathwayNote> warnings;
};

/// Strict reading of `credfolio.pathway/1` files (docs/pathways.md, docs/pathway.schema.json).
///
/// Every malformed value is an Error whose message starts with the JSON path of the offending value
/// ("$.requirements.children[2].n: must be a positive integer"); `detail` holds the bare path.
/// Codes: pathways.invalid-json (detail: the JSON reader's code and position), pathways.unsupported-format,
/// pathways.missing-member, pathways.wrong-type, pathways.invalid-value, pathways.unknown-kind,
/// pathways.duplicate-id. Unknown members are reported as warnings (pathways.unknown-member), not errors.
/// References to other pathways are not resolved here (see PathwayCatalog). Pure functions; thread-safe.
Result<ReadPathway> readPathway(QByteArrayView bytes);
Result<ReadPathway> readPathway(const QJsonObject &object);

} // namespace Credfolio::Pathways
