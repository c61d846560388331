// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Standing.h"

#include "core/pathways/ReportStanding.h"

namespace Credfolio::Services {

Pathways::Standing standingOf(const Verify::VerificationReport &report)
{
    return Pathways::standingOf(report);
}

} // namespace Credfolio::Services
