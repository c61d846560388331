// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Evaluation.h"
#include "core/verify/VerificationReport.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

namespace Credfolio::Ui {

/// How a check status looks: a shape that tells it apart without colour (✓ ✗ ! –), a colour readable on the
/// light and the dark palette, and a word for screen readers and tooltips.
QIcon checkStatusIcon(Verify::CheckStatus status);
QColor checkStatusColor(Verify::CheckStatus status);
QString checkStatusText(Verify::CheckStatus status); ///< "Passed", "Failed", "Warning", "Not checked" (translated)

/// The human title of a check id ("proof" -> "Signature"); an unknown id is shown as it is.
QString checkTitle(const QString &id);

/// The status that stands for a whole standing (Valid -> Pass, Expired/Revoked/Invalid -> Fail, Unknown -> Skip).
Verify::CheckStatus standingStatus(Pathways::Standing standing);

/// The headline verdict: "Verified", "Not valid: <first failure>", "Expired", "Revoked", "Not checked yet".
QString verdictText(const Verify::VerificationReport &report);

/// A date as the user's locale writes it in full, without the weekday ("29 November 2026").
QString formatDate(const QDateTime &dateTime);
/// A date and time in local time ("29 November 2026, 14:05").
QString formatDateTime(const QDateTime &dateTime);

} // namespace Credfolio::Ui
