// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PackageReview.h"

#include "core/net/Fetcher.h"
#include "core/portfolio/Package.h"
#include "core/services/Workspace.h"
#include "core/verify/IssuerRegistry.h"

#include <QCoreApplication>
#include <QFile>

namespace Credfolio::Services {

namespace {
constexpr qint64 kMaxPackageFile = 256LL * 1024 * 1024; // far above readPackage's own limit; stops a huge read
}

Result<Portfolio::Review> reviewPackageFile(const QString &path, const Workspace *workspace, const Clock *clock)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxPackageFile) {
        return makeError(QStringLiteral("review.unreadable"),
                         QCoreApplication::translate("Credfolio::Services", "The package file could not be read."),
                         path + QStringLiteral(": ") +
                             (file.isOpen() ? QStringLiteral("larger than 256 MiB") : file.errorString()));
    }
    const Result<Portfolio::OpenedPackage> opened = Portfolio::readPackage(file.readAll());
    if (!opened)
        return opened.error();
    const bool live = workspace && !workspace->isOffline() && workspace->isFetchingDocuments();
    const std::shared_ptr<const Verify::IssuerRegistrySet> trust = workspace ? workspace->trust() : nullptr;
    return Portfolio::reviewPackage(*opened, live ? &workspace->fetcher() : nullptr, clock, trust.get());
}

Result<Portfolio::ExportStats> exportReviewPdf(const QString &path, const Portfolio::Review &review,
                                               const ReviewNotes &notes, const QDateTime &reviewedAt)
{
    Portfolio::ExportOptions options;
    options.exportedAt = reviewedAt.isValid() ? reviewedAt : QDateTime::currentDateTimeUtc();
    options.labels = QLocale();
    return Portfolio::writeReviewPdf(path, review, notes.toAnnotations(), options);
}

} // namespace Credfolio::Services
