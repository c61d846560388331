// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ImportCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/LibraryOption.h"
#include "core/services/Workspace.h"

#include <QTextStream>
#include <QThreadPool>
#include <QUrl>

namespace Credfolio::Cli {

namespace {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help"))) {
        out << CliText::tr("Usage: credfolio-cli import [--library DB] PATH...") << "\n\n"
            << CliText::tr("Reads, verifies and stores credentials in the library: files, folders (searched "
                           "recursively) and https URLs. A file already in the library is reported, not stored "
                           "twice; a credential that does not verify is stored and flagged. Exit status: 0 all "
                           "imported, 1 some inputs could not be imported, 2 usage error or the library cannot be "
                           "used.")
            << "\n";
        return Success;
    }
    QStringList paths = arguments;
    bool usageError = false;
    const std::unique_ptr<Services::Workspace> workspace = openLibrary(paths, err, &usageError);
    if (!workspace)
        return UsageOrIoError;
    if (paths.isEmpty()) {
        err << CliText::tr("Usage: credfolio-cli import [--library DB] PATH...") << "\n";
        return UsageOrIoError;
    }
    Services::ImportRequest request;
    for (const QString &path : std::as_const(paths)) {
        if (path.startsWith(QLatin1String("https://")) || path.startsWith(QLatin1String("http://")))
            request.urls.append(QUrl(path));
        else
            request.paths.append(path);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    const std::atomic<bool> cancel{false};
    const Result<Services::ImportSummary> summary = workspace->importBatch(request, pool, {}, cancel);
    if (!summary) {
        err << CliText::tr("Nothing was imported: %1").arg(summary.error().toString()) << "\n";
        return UsageOrIoError;
    }
    out << CliText::tr("Imported: %1 (not verifying: %2). Already in the library: %3. Not imported: %4.")
               .arg(summary->storedCount())
               .arg(summary->storedInvalid)
               .arg(summary->duplicates.size())
               .arg(summary->problems.size())
        << "\n";
    for (const Services::ImportDuplicate &duplicate : summary->duplicates)
        out << "  " << CliText::tr("already in the library: %1").arg(duplicate.source) << "\n";
    for (const Services::ImportProblem &problem : summary->problems)
        err << problem.source << ": " << problem.error.toString() << "\n";
    return summary->problems.isEmpty() ? Success : SomeInvalid;
}

} // namespace

Command importCommand()
{
    return Command{QStringLiteral("import"), QStringLiteral("[--library DB] PATH..."),
                   CliText::tr("Import credentials (files, folders, URLs) into the library, verifying each"), run};
}

} // namespace Credfolio::Cli
