// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Standing.h"

namespace Credfolio::Services {

Pathways::Standing standingOf(const Verify::VerificationReport &report)
{
    if (report.checks.isEmpty())
        return Pathways::Standing::Unknown;
    if (report.isValid())
        return Pathways::Standing::Valid;
    const Verify::Check *failure = report.firstFailure();
    if (failure && failure->id == QLatin1String(Verify::CheckId::Validity) &&
        failure->code == QLatin1String("verify.expired"))
        return Pathways::Standing::Expired;
    if (failure && failure->id == QLatin1String(Verify::CheckId::Status))
        return Pathways::Standing::Revoked;
    return Pathways::Standing::Invalid;
}

} // namespace Credfolio::Services
