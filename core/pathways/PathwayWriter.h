// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Pathway.h"

#include <QJsonObject>

namespace Credfolio::Pathways {

/// The pathway as a `credfolio.pathway/1` object that readPathway() reads back to an equal Pathway
/// (used to save imported pathways). Pure; thread-safe.
QJsonObject writePathway(const Pathway &pathway);

} // namespace Credfolio::Pathways
