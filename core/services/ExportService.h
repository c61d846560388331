// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/portfolio/Portfolio.h"
#include "core/portfolio/PortfolioExport.h"
#include "core/services/Exporter.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace Credfolio::Services {

class Workspace;

enum class ExportFormat { Pdf, Html, JsonResume, Package };

/// Everything that decides one export, as the CLI's `export` and the GUI's Export dialog ask for it.
struct ExportRequest {
    ExportFormat format = ExportFormat::Pdf;
    ExportSelection selection;
    ExportGrouping grouping = ExportGrouping::Area;
    ExportOrder order = ExportOrder::NewestFirst;
    /// Page size, what to include, label language ("en", "de", "es": also sets `labels` to that language's
    /// dates and numbers; empty: the application's translators and `labels` as given). exportedAt: invalid
    /// means now.
    Portfolio::ExportOptions options;
    std::optional<Portfolio::LearnerProfile> profile; ///< unset: the one kept in the library
    QString message;                                  ///< the learner's note to the advisor (package only)
};

/// What an export wrote (or, for describePackage(), would write).
struct ExportOutcome {
    Portfolio::ExportStats stats; ///< for a package: entries = credentials, pages = 0
    int selected = 0;             ///< credentials the selection named
    Portfolio::LeftOut leftOut;   ///< of those, left out (never for a package: it carries every one)
    int documents = 0;            ///< package: documents carried for offline checking
};

/// Collects, writes and (for a package) signs one export to `path`; nothing is left at `path` when it fails.
/// Blocks (a package verifies every credential again through the workspace's fetcher): call it on a worker thread
/// in the GUI. Errors: services.unknown-language, those of collecting (library, services.unknown-pathway), of
/// writing (portfolio.write-failed...) and of the keychain (store.keychain-unavailable: no package is written).
Result<ExportOutcome> exportPortfolio(const Workspace &workspace, const ExportRequest &request, const QString &path);

/// What a package of `request` would carry (credentials, documents, size in bytes once signed), without the
/// keychain and without writing anything. Blocks like exportPortfolio().
Result<ExportOutcome> describePackage(const Workspace &workspace, const ExportRequest &request);

/// The languages an export's labels can be written in ("en", "de", "es"), English first.
QStringList labelLanguages();

/// The locale of dates and numbers that goes with a label language ("de" -> German, Germany).
QLocale labelLocale(const QString &language);

} // namespace Credfolio::Services
