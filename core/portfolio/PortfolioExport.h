// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/portfolio/Portfolio.h"

namespace Credfolio::Portfolio {

/// The portfolio as a PDF: a header with the learner's profile, a skills summary (alignments and tags of the
/// exported credentials, most frequent first), pathway progress figures, then one section per group with a card
/// per credential (badge or initials, name, issuer, date, credits, one line of description, verification mark
/// as of the export, and a QR code of checkTarget() with the short hash beneath). Embedded DejaVu fonts,
/// selectable text, page numbers "2 / 5", Title and Author metadata. Needs a QGuiApplication (fonts); may run
/// on a worker thread. Errors: portfolio.no-gui, portfolio.write-failed, portfolio.qr-failed.
Result<ExportStats> writePdf(const QString &path, const LearnerProfile &profile, const QList<PortfolioEntry> &entries,
                             const QList<PathwayFigure> &pathways, const ExportOptions &options);

/// The same content as one self-contained, printable XHTML5 file (UTF-8, images as data: URIs, text escaped,
/// print CSS). Errors: portfolio.write-failed.
Result<ExportStats> writeHtml(const QString &path, const LearnerProfile &profile, const QList<PortfolioEntry> &entries,
                              const QList<PathwayFigure> &pathways, const ExportOptions &options);

/// JSON Resume (https://jsonresume.org/schema, v1.x): `basics` from the profile, `certificates` (name, date,
/// issuer, url) for the selected credentials, `skills` grouped by alignment framework. Pathways are not part
/// of the format and are not written. Errors: portfolio.write-failed.
Result<ExportStats> writeJsonResume(const QString &path, const LearnerProfile &profile,
                                    const QList<PortfolioEntry> &entries, const QList<PathwayFigure> &pathways,
                                    const ExportOptions &options);

/// The entries an export with `options` leaves out, as of `options.exportedAt`: not currently verified (invalid,
/// revoked, suspended, not yet valid, never checked) unless includeInvalid; expired unless includeExpired.
struct LeftOut {
    int invalid = 0;
    int expired = 0;
};
LeftOut leftOut(const QList<PortfolioEntry> &entries, const ExportOptions &options);

/// Where a reader can check the credential; what its QR code encodes. The credential's public URL (an http(s)
/// `id`, else its `sourceUrl`), else "credfolio:package:<packageId>#sha256=<contentHash>".
QString checkTarget(const PortfolioEntry &entry, const ExportOptions &options);

} // namespace Credfolio::Portfolio
