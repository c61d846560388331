// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/ReportStanding.h"

namespace Credfolio::Pathways {

Standing standingOf(const Verify::VerificationReport &report)
{
    if (report.checks.isEmpty() || report.couldNotBeChecked())
        return Standing::Unknown;
    if (report.isValid())
        return Standing::Valid;
    const Verify::Check *failure = report.firstFailure();
    if (failure && failure->code == QLatin1String("verify.expired"))
        return Standing::Expired;
    if (failure && failure->id == QLatin1String(Verify::CheckId::Status))
        return Standing::Revoked;
    return Standing::Invalid;
}

} // namespace Credfolio::Pathways
