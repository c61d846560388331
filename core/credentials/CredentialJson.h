// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"

#include <QJsonObject>

namespace Credfolio::Credentials {

/// The summary `credfolio-cli show --json` prints for one credential:
/// `{"format", "formatName", "container", "kind", "specVersion", "id", "name", "issuer": {"id", "name"},
///   "achievement": {"id", "name", "type"}, "validFrom", "validUntil", "awardedDate", "credits",
///   "alignments": [{"targetName", "targetUrl", "targetFramework", "targetCode"}],
///   "results": [{"resultDescription", "value", "status"}], "embedded", "warnings": [{"code", "message"}]}`.
/// Dates are ISO 8601 UTC with "Z" (null when absent); credits is null when unknown; `type` is the
/// achievementType, else the achievement's first type. Keys are stable; messages are translated. Pure.
QJsonObject toSummaryJson(const Credential &credential);

/// A few readable, translated lines: name, issuer, format, dates, credits, warnings count.
QString toSummaryText(const Credential &credential);

} // namespace Credfolio::Credentials
