// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/LibraryOption.h"
#include "core/portfolio/Labels.h"
#include "core/services/ExportService.h"
#include "core/services/Workspace.h"

#include <QLocale>
#include <QTextStream>

#include <optional>

namespace Credfolio::Cli {

namespace {

const QString kSynopsis = QStringLiteral(
    "[--library DB] (--pdf|--html|--json-resume|--package) OUT [--pathway PATHWAY] [--letter] [--include-invalid] "
    "[--include-expired] [--language en|de|es] [--message TEXT]");

void printUsage(QTextStream &stream)
{
    stream << CliText::tr("Usage: credfolio-cli export %1").arg(kSynopsis) << "\n";
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
                   "first. --language writes the labels in English, German or Spanish.")
            << "\n";
        return Success;
    }
    QStringList rest = arguments;
    bool usageError = false;
    const std::unique_ptr<Services::Workspace> workspace = openLibrary(rest, err, &usageError);
    if (!workspace)
        return UsageOrIoError;
    std::optional<Services::ExportFormat> format;
    QString output;
    Services::ExportRequest request;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &argument = rest.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= rest.size())
                return std::nullopt;
            return rest.at(++i);
        };
        const std::pair<const char *, Services::ExportFormat> formats[] = {
            {"--pdf", Services::ExportFormat::Pdf},
            {"--html", Services::ExportFormat::Html},
            {"--json-resume", Services::ExportFormat::JsonResume},
            {"--package", Services::ExportFormat::Package}};
        bool matched = false;
        for (const auto &[flag, each] : formats) {
            if (argument == QLatin1String(flag)) {
                const auto file = value();
                if (!file || format) {
                    printUsage(err);
                    return UsageOrIoError;
                }
                format = each;
                output = *file;
                matched = true;
            }
        }
        if (matched)
            continue;
        if (argument == QLatin1String("--pathway") || argument == QLatin1String("--message") ||
            argument == QLatin1String("--language")) {
            const auto text = value();
            if (!text) {
                err << CliText::tr("The option %1 needs a value.").arg(argument) << "\n";
                return UsageOrIoError;
            }
            if (argument == QLatin1String("--language") && !Portfolio::labelLanguages().contains(*text)) {
                err << CliText::tr("The option --language takes en, de or es.") << "\n";
                return UsageOrIoError;
            }
            (argument == QLatin1String("--pathway")   ? request.selection.pathwayId
             : argument == QLatin1String("--message") ? request.message
                                                      : request.options.labelLanguage) = *text;
        } else if (argument == QLatin1String("--letter")) {
            request.options.pageSize = QPageSize(QPageSize::Letter);
        } else if (argument == QLatin1String("--include-invalid")) {
            request.options.includeInvalid = true;
        } else if (argument == QLatin1String("--include-expired")) {
            request.options.includeExpired = true;
        } else {
            err << CliText::tr("Unknown argument '%1'.").arg(argument) << "\n";
            return UsageOrIoError;
        }
    }
    if (!format) {
        printUsage(err);
        return UsageOrIoError;
    }
    request.format = *format;
    const Result<Services::ExportOutcome> outcome = Services::exportPortfolio(*workspace, request, output);
    if (request.format == Services::ExportFormat::Package) {
        if (!outcome) {
            err << CliText::tr("No package was written: %1").arg(outcome.error().toString()) << "\n";
            return UsageOrIoError;
        }
        out << CliText::tr("Wrote %1: %2, %3 for offline checking, signed.")
                   .arg(output, CliText::tr("%n credential(s)", nullptr, outcome->stats.entries),
                        CliText::tr("%n document(s)", nullptr, outcome->documents))
            << "\n";
        return Success;
    }
    if (!outcome) {
        err << outcome.error().toString() << "\n";
        return UsageOrIoError;
    }
    out << CliText::tr("Wrote %1: %2, %3, %4.")
               .arg(output, CliText::tr("%n credential(s)", nullptr, outcome->stats.entries),
                    CliText::tr("%n page(s)", nullptr, outcome->stats.pages),
                    QLocale().formattedDataSize(outcome->stats.bytes))
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
