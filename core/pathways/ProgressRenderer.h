// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Evaluation.h"

#include <QJsonObject>
#include <QString>

namespace Credfolio::Pathways {

/// A readable tree of the progress, one node a line, two spaces of indentation a level:
/// `✔ DATA 101 — Foundations of Data Analysis (3 cr)`, `… Electives — 6 of 9 credits`,
/// `✗ missing: 2 more of these 5`. Translated; ends with a newline. Pure; thread-safe.
QString renderProgressText(const Evaluation &evaluation);

/// The whole evaluation as JSON (`"format": "credfolio.progress/1"`): the pathway, counts, and the node tree
/// under "root" with state, fraction, have/need, credits, the credentials used and those that would count,
/// and what remains. Stable member names (docs/pathways.md, "Progress JSON"). Pure; thread-safe.
QJsonObject toJson(const Evaluation &evaluation);

} // namespace Credfolio::Pathways
