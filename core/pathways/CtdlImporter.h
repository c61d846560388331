// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pathways/ImportResult.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace Credfolio::Pathways {

/// Pathways from a Credential Engine CTDL JSON-LD document: a registry graph (`@graph`) or a single object,
/// compacted with the `ceterms:` prefix (property names are also accepted with an upper-case first letter).
///
/// Mapped: ceterms:Pathway (name, description, ownedBy/offeredBy), ceterms:hasDestinationComponent /
/// ceterms:isDestinationComponentOf (the destination's conditions become the requirement tree, its
/// proxyFor the pathway's awardedBy), ceterms:hasChild, the PathwayComponent subtypes, ceterms:proxyFor
/// (leaf matched by `uri`), ceterms:codedNotation (leaf matched by `humanCode` when there is no proxyFor),
/// ceterms:creditValue (node credits), ceterms:ComponentCondition with ceterms:requiredNumber (allOf when
/// it equals the number of targets, else nOf), ceterms:targetComponent, nested ceterms:hasCondition, and a
/// ceterms:hasConstraint on credit value with a greater-than-or-equal comparator (minCredits). A
/// component with parts and a proxyFor credential becomes an embedded pathway node (stacking).
/// Everything else is reported in ImportResult::notes. Errors: pathways.invalid-json,
/// pathways.import.no-pathway. Pure; thread-safe.
Result<ImportResult> importCtdl(const QJsonObject &document);
Result<ImportResult> importCtdl(QByteArrayView bytes);

} // namespace Credfolio::Pathways
