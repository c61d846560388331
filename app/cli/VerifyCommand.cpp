// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/VerifyCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/InputFiles.h"
#include "core/common/Clock.h"
#include "core/net/Fetcher.h"
#include "core/net/SqliteDocumentCache.h"
#include "core/verify/IssuerRegistry.h"
#include "core/verify/Verifier.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace Credfolio::Cli {

namespace {

const QString kSynopsis =
    QStringLiteral("[--json] [--offline] [--documents MANIFEST] [--at ISO-TIME] [--jobs N] PATH...");

struct VerifyArguments {
    bool json = false;
    bool offline = false;
    QString documents;
    std::optional<QDateTime> at;
    int jobs = 1;
    QStringList registries;
    QStringList paths;
};

void printUsage(QTextStream &stream)
{
    stream << CliText::tr("Usage: credfolio-cli verify %1").arg(kSynopsis) << "\n";
}

void printHelp(QTextStream &out)
{
    printUsage(out);
    out << "\n"
        << CliText::tr("Verifies each credential (files, or folders searched recursively) and prints one line per "
                       "credential: PATH, valid or invalid, and the first failing check (or -).")
        << "\n\n"
        << CliText::tr("  --json                print a JSON array of reports with every check") << "\n"
        << CliText::tr("  --offline             never use the network: only pre-fetched and cached documents") << "\n"
        << CliText::tr(
               "  --documents MANIFEST  load pre-fetched documents ({\"resources\": [{url, file, contentType}]})")
        << "\n"
        << CliText::tr("  --at ISO-TIME         check validity periods as of this time (e.g. 2030-01-01T00:00:00Z)")
        << "\n"
        << CliText::tr("  --jobs N              verify N credentials at a time (default 1)") << "\n"
        << CliText::tr("  --registry FILE       an issuer registry to check issuers against (may be repeated)")
        << "\n\n"
        << CliText::tr("Exit status: 0 all valid, 1 some invalid, 2 usage or I/O error.") << "\n";
}

std::optional<VerifyArguments> parseArguments(const QStringList &arguments, QTextStream &err)
{
    VerifyArguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                err << CliText::tr("The option %1 needs a value.").arg(argument) << "\n";
                return std::nullopt;
            }
            return arguments.at(++i);
        };
        if (argument == QLatin1String("--json")) {
            parsed.json = true;
        } else if (argument == QLatin1String("--offline")) {
            parsed.offline = true;
        } else if (argument == QLatin1String("--documents")) {
            const auto manifest = value();
            if (!manifest)
                return std::nullopt;
            parsed.documents = *manifest;
        } else if (argument == QLatin1String("--at")) {
            const auto text = value();
            if (!text)
                return std::nullopt;
            const QDateTime at = QDateTime::fromString(*text, Qt::ISODateWithMs);
            if (!at.isValid()) {
                err << CliText::tr("'%1' is not a date and time; write it as 2030-01-01T00:00:00Z.").arg(*text) << "\n";
                return std::nullopt;
            }
            parsed.at = at.toUTC();
        } else if (argument == QLatin1String("--registry")) {
            const auto file = value();
            if (!file)
                return std::nullopt;
            parsed.registries.append(*file);
        } else if (argument == QLatin1String("--jobs")) {
            const auto text = value();
            if (!text)
                return std::nullopt;
            bool ok = false;
            parsed.jobs = text->toInt(&ok);
            if (!ok || parsed.jobs < 1 || parsed.jobs > 256) {
                err << CliText::tr("--jobs needs a number from 1 to 256.") << "\n";
                return std::nullopt;
            }
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << CliText::tr("Unknown option '%1'.").arg(argument) << "\n";
            return std::nullopt;
        } else {
            parsed.paths.append(argument);
        }
    }
    if (parsed.paths.isEmpty()) {
        printUsage(err);
        return std::nullopt;
    }
    return parsed;
}

// The CLI keeps fetched documents between runs in the user's cache folder, so a second run can be offline.
std::shared_ptr<Net::DocumentCache> documentCache()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    auto cache = std::make_shared<Net::SqliteDocumentCache>(folder + QStringLiteral("/documents.sqlite"));
    return cache->open() ? cache : nullptr;
}

struct FileResult {
    QString path;
    Verify::VerificationReport report;
    std::optional<Error> ioError;
};

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help"))) {
        printHelp(out);
        return Success;
    }
    const std::optional<VerifyArguments> parsed = parseArguments(arguments, err);
    if (!parsed)
        return UsageOrIoError;
    const Result<QStringList> files = collectFiles(parsed->paths);
    if (!files) {
        err << files.error().toString() << "\n";
        return UsageOrIoError;
    }

    Net::Fetcher fetcher({}, documentCache());
    fetcher.setOffline(parsed->offline);
    if (!parsed->documents.isEmpty()) {
        if (const Result<void> loaded = fetcher.loadBundle(parsed->documents); !loaded) {
            err << loaded.error().toString() << "\n";
            return UsageOrIoError;
        }
    }
    Verify::IssuerRegistrySet registries;
    for (const QString &file : parsed->registries) {
        const Result<Verify::IssuerRegistry> registry = Verify::IssuerRegistry::load(file);
        if (!registry) {
            err << file << ": " << registry.error().toString() << "\n";
            return UsageOrIoError;
        }
        registries.addRegistry(*registry);
    }
    std::optional<FixedClock> fixedClock;
    if (parsed->at)
        fixedClock.emplace(*parsed->at);
    const Verify::Verifier verifier(
        Verify::VerifierOptions{&fetcher, fixedClock ? &*fixedClock : nullptr, &registries});

    QThreadPool pool;
    pool.setMaxThreadCount(parsed->jobs);
    const QList<FileResult> results =
        QtConcurrent::blockingMapped(&pool, *files, [&verifier](const QString &path) -> FileResult {
            const Result<QByteArray> bytes = readInput(path);
            if (!bytes)
                return FileResult{path, {}, bytes.error()};
            return FileResult{path, verifier.verifyBytes(*bytes), std::nullopt};
        });

    int status = Success;
    QJsonArray reports;
    for (const FileResult &result : results) {
        if (result.ioError) {
            err << result.ioError->toString() << "\n";
            status = UsageOrIoError;
            continue;
        }
        const bool valid = result.report.isValid();
        if (!valid && status == Success)
            status = SomeInvalid;
        if (parsed->json) {
            QJsonObject entry = result.report.toJson();
            entry.insert(QStringLiteral("path"), result.path);
            reports.append(entry);
            continue;
        }
        const Verify::Check *failure = result.report.firstFailure();
        QString failing = failure ? failure->id : QStringLiteral("-");
        if (!failure && !valid)
            failing = QString::fromLatin1(Verify::CheckId::Embedded);
        out << result.path << '\t' << (valid ? "valid" : "invalid") << '\t' << failing << "\n";
    }
    if (parsed->json)
        out << QString::fromUtf8(QJsonDocument(reports).toJson(QJsonDocument::Indented));
    return status;
}

} // namespace

Command verifyCommand()
{
    return Command{QStringLiteral("verify"), kSynopsis,
                   CliText::tr("Verify credentials: signature, issuer key, validity period, revocation status and "
                               "issuer registries"),
                   run};
}

} // namespace Credfolio::Cli
