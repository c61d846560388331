// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/portfolio/Package.h"
#include "core/portfolio/Portfolio.h"

#include <QList>
#include <QString>

#include <optional>

namespace Credfolio::Store {
class Library;
}

namespace Credfolio::Services {

class Workspace;

/// Which credentials go into an export.
struct ExportSelection {
    QList<qint64> ids;                ///< these; when empty, the collection's or the whole library's (top level)
    std::optional<qint64> collection; ///< with no ids: the credentials of this collection, in its order
    /// Set: its progress figure is the only one, and (unless grouped by area with pathwayOnly) the credentials that
    /// count toward it come first, under its name.
    QString pathwayId;
    bool pathwayOnly = false; ///< only the credentials that count toward pathwayId (CLR contents too)
};

/// The sections of an export: per pathway (the credentials counting toward each, the rest by area), or per area
/// (achievement type, learner records).
enum class ExportGrouping { Area, Pathway };

/// The order of the credentials within each section.
enum class ExportOrder { NewestFirst, OldestFirst, Name, Issuer };

/// What an export is made of, collected from the library.
struct PortfolioData {
    Portfolio::LearnerProfile profile;
    QList<Portfolio::PortfolioEntry> entries;
    QList<Portfolio::PathwayFigure> figures; ///< every pathway in the library (or only the selected one)
};

/// The learner profile kept in the library (filled in once, printed on every export).
Result<Portfolio::LearnerProfile> learnerProfile(const Store::Library &library);
Result<void> setLearnerProfile(Store::Library &library, const Portfolio::LearnerProfile &profile);

/// The library's own id (a UUID made on first use): names the learner's signing key in the keychain.
Result<QString> libraryId(Store::Library &library);

/// Entries (with their last reports, in sections and in order) and pathway figures. Section names are labels:
/// they follow the caller's Portfolio::LabelScope. Errors: those of the library; services.unknown-pathway.
Result<PortfolioData> collectPortfolio(const Workspace &workspace, const ExportSelection &selection,
                                       ExportGrouping grouping = ExportGrouping::Area,
                                       ExportOrder order = ExportOrder::NewestFirst);

/// A package of the selection: originals, the learner's notes, the library's pathways, and every document the
/// credentials need to verify offline (recorded while verifying them once more through the workspace's fetcher).
Result<Portfolio::PackageContents> collectPackage(const Workspace &workspace, const ExportSelection &selection,
                                                  const QString &message);

/// Signs `contents` with the learner's key from the system keychain (created on first need) and returns the file.
/// Errors: those of the keychain (store.keychain-unavailable: then no package can be signed, and nothing is written).
Result<QByteArray> signPackage(Store::Library &library, const Portfolio::PackageContents &contents);

} // namespace Credfolio::Services
