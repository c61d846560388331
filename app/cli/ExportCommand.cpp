// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/LibraryOption.h"
#include "core/portfolio/PortfolioExport.h"
#include "core/services/Exporter.h"
#include "core/services/Workspace.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace Credfolio::Cli {

namespace {

const QString kSynopsis = QStringLiteral(
    "[--library DB] (--pdf|--html|--json-resume|--package) OUT [--pathway PATHWAY] [--letter] [--include-invalid] "
    "[--include-expired] [--message TEXT]");

enum class Kind { None, Pdf, Html, JsonResume, Package };

void printUsage(QTextStream &stream)
{
    stream << CliText::tr("Usage: credfolio-cli export %1").arg(kSynopsis) << "\n";
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(QStringLiteral("cli.write-failed"),
                         CliText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help"))) {
        printUsage(out);
        out << "\n"
            << CliText::tr(
                   "Exports the library's credentials: a résumé-ready PDF portfolio, one printable HTML file, "
                   "JSON Resume, or a portfolio package signed with your key (from the system keychain) that an "
                   "advisor opens with 'credfolio-cli review'. Credentials that do not verify, or have expired, "
                   "are left out unless asked for. --pathway puts the credentials counting toward that pathway "
                   "first.")
            << "\n";
        return Success;
    }
    QStringList rest = arguments;
    bool usageError = false;
    const std::unique_ptr<Services::Workspace> workspace = openLibrary(rest, err, &usageError);
    if (!workspace)
        return UsageOrIoError;
    Kind kind = Kind::None;
    QString output;
    Services::ExportSelection selection;
    Portfolio::ExportOptions options;
    QString message;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &argument = rest.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= rest.size())
                return std::nullopt;
            return rest.at(++i);
        };
        const std::pair<const char *, Kind> kinds[] = {{"--pdf", Kind::Pdf},
                                                       {"--html", Kind::Html},
                                                       {"--json-resume", Kind::JsonResume},
                                                       {"--package", Kind::Package}};
        bool matched = false;
        for (const auto &[flag, each] : kinds) {
            if (argument == QLatin1String(flag)) {
                const auto file = value();
                if (!file || kind != Kind::None) {
                    printUsage(err);
                    return UsageOrIoError;
                }
                kind = each;
                output = *file;
                matched = true;
            }
        }
        if (matched)
            continue;
        if (argument == QLatin1String("--pathway") || argument == QLatin1String("--message")) {
            const auto text = value();
            if (!text) {
                err << CliText::tr("The option %1 needs a value.").arg(argument) << "\n";
                return UsageOrIoError;
            }
            (argument == QLatin1String("--pathway") ? selection.pathwayId : message) = *text;
        } else if (argument == QLatin1String("--letter")) {
            options.pageSize = QPageSize(QPageSize::Letter);
        } else if (argument == QLatin1String("--include-invalid")) {
            options.includeInvalid = true;
        } else if (argument == QLatin1String("--include-expired")) {
            options.includeExpired = true;
        } else {
            err << CliText::tr("Unknown argument '%1'.").arg(argument) << "\n";
            return UsageOrIoError;
        }
    }
    if (kind == Kind::None) {
        printUsage(err);
        return UsageOrIoError;
    }

    if (kind == Kind::Package) {
        const Result<Portfolio::PackageContents> contents = Services::collectPackage(*workspace, selection, message);
        const Result<QByteArray> bytes =
            contents ? Services::signPackage(workspace->library(), *contents) : Result<QByteArray>(contents.error());
        if (!bytes) {
            err << CliText::tr("No package was written: %1").arg(bytes.error().toString()) << "\n";
            return UsageOrIoError;
        }
        if (const Result<void> written = writeFile(output, *bytes); !written) {
            err << written.error().toString() << "\n";
            return UsageOrIoError;
        }
        out << CliText::tr("Wrote %1: %2 credential(s), %3 document(s) for offline checking, signed.")
                   .arg(output)
                   .arg(contents->credentials.size())
                   .arg(contents->documents.size())
            << "\n";
        return Success;
    }

    const Result<Services::PortfolioData> data = Services::collectPortfolio(*workspace, selection);
    if (!data) {
        err << data.error().toString() << "\n";
        return UsageOrIoError;
    }
    options.exportedAt = QDateTime::currentDateTimeUtc();
    Result<Portfolio::ExportStats> stats = makeError(QString(), QString());
    if (kind == Kind::Pdf)
        stats = Portfolio::writePdf(output, data->profile, data->entries, data->figures, options);
    else if (kind == Kind::Html)
        stats = Portfolio::writeHtml(output, data->profile, data->entries, data->figures, options);
    else
        stats = Portfolio::writeJsonResume(output, data->profile, data->entries, data->figures, options);
    if (!stats) {
        err << stats.error().toString() << "\n";
        return UsageOrIoError;
    }
    out << CliText::tr("Wrote %1: %2 credential(s), %3 page(s), %4 bytes.")
               .arg(output)
               .arg(stats->entries)
               .arg(stats->pages)
               .arg(stats->bytes)
        << "\n";
    return Success;
}

} // namespace

Command exportCommand()
{
    return Command{QStringLiteral("export"), kSynopsis,
                   CliText::tr("Export a PDF portfolio, HTML, JSON Resume, or a signed portfolio package"), run};
}

} // namespace Credfolio::Cli
