// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/portfolio/Portfolio.h"
#include "core/portfolio/Review.h"
#include "core/services/ReviewNotes.h"

#include <QString>

namespace Credfolio::Services {

class Workspace;

/// Reads a `.credfolio` package and re-verifies it (Portfolio::reviewPackage): as of the day it was sent with the
/// documents it carries, and today through the workspace's fetcher and trust, unless the workspace is offline or
/// null (then there is no "today" check). Blocking: call it from a worker thread.
/// Errors: review.unreadable (the file), and readPackage()'s portfolio.package-invalid / package-too-large.
Result<Portfolio::Review> reviewPackageFile(const QString &path, const Workspace *workspace,
                                            const Clock *clock = nullptr);

/// The review PDF (Portfolio::writeReviewPdf) with the advisor's notes, dated `reviewedAt` (invalid: now).
Result<Portfolio::ExportStats> exportReviewPdf(const QString &path, const Portfolio::Review &review,
                                               const ReviewNotes &notes, const QDateTime &reviewedAt = {});

} // namespace Credfolio::Services
