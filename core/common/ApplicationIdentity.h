// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Credfolio {

/// Sets the organisation and application names and version on QCoreApplication. Both entry points call it
/// first thing, before anything asks QStandardPaths or QSettings for a location.
void applyApplicationIdentity();

} // namespace Credfolio
