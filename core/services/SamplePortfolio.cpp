// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SamplePortfolio.h"

#include "core/services/SamplePathways.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThreadPool>

namespace Credfolio::Services {

namespace {
Q_LOGGING_CATEGORY(lcSamplePortfolio, "credfolio.services")

Result<void> fill(Workspace &workspace)
{
    if (const Result<void> marked =
            workspace.library().setSetting(sampleLibrarySettingKey(), QStringLiteral("filling"));
        !marked)
        return marked;
    if (const Result<void> offline = workspace.setOffline(true); !offline)
        return offline;
    ImportRequest request;
    request.paths = sampleCredentialFiles();
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const std::atomic<bool> cancel{false};
    const Result<ImportSummary> imported = workspace.importBatch(request, pool, {}, cancel);
    if (!imported)
        return imported.error();
    for (const ImportProblem &problem : imported->problems)
        qCWarning(lcSamplePortfolio) << "sample credential" << problem.source
                                     << "does not read:" << problem.error.toString();
    for (const SamplePathway &sample : samplePathways()) {
        if (const Result<void> saved = workspace.library().savePathway(sample.id, sample.name, sample.bytes); !saved)
            return saved;
    }
    return workspace.library().setSetting(sampleLibrarySettingKey(), QStringLiteral("1"));
}

} // namespace

QString samplePortfolioPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample-library.sqlite"));
}

QStringList sampleCredentialFiles()
{
    const QDir dir(QStringLiteral(":/samples/credentials"));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QString sampleLibrarySettingKey()
{
    return QStringLiteral("library.sample");
}

bool isSampleLibrary(const Workspace &workspace)
{
    const Result<std::optional<QString>> value = workspace.library().setting(sampleLibrarySettingKey());
    return value && value->has_value();
}

Result<std::unique_ptr<Workspace>> openSamplePortfolio(const QString &path, const Clock *clock)
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path, clock);
    if (!workspace)
        return workspace;
    const Result<std::optional<QString>> mark = (*workspace)->library().setting(sampleLibrarySettingKey());
    if (!mark)
        return mark.error();
    if (mark->value_or(QString()) == QLatin1String("1"))
        return workspace;
    // The mark is "filling" until the fill is complete, so an interrupted first fill is finished next time
    // (duplicates are not stored twice), while a library with credentials and no mark is someone's real library.
    const Result<int> count = (*workspace)->library().count();
    if (!count)
        return count.error();
    if (*count > 0 && mark->value_or(QString()) != QLatin1String("filling"))
        return makeError(QStringLiteral("services.sample-not-a-sample"),
                         QCoreApplication::translate(
                             "Credfolio::Services", "This library is not the sample portfolio and was left unchanged."),
                         path);
    if (const Result<void> filled = fill(**workspace); !filled)
        return filled.error();
    return workspace;
}

} // namespace Credfolio::Services
