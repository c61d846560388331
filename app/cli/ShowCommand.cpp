// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ShowCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/InputFiles.h"
#include "core/credentials/CredentialJson.h"
#include "core/credentials/CredentialReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Credfolio::Cli {

namespace {

QJsonObject errorJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("code"), error.code},
                       {QStringLiteral("message"), error.message},
                       {QStringLiteral("detail"), error.detail}};
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help"))) {
        out << CliText::tr("Usage: credfolio-cli show [--json] PATH...") << "\n\n"
            << CliText::tr("Prints what Credfolio reads from each credential: JSON, JWT, PNG or SVG files, or folders "
                           "(searched recursively). Nothing is fetched: documents a credential only links to are "
                           "named as not fetched.")
            << "\n"
            << CliText::tr("  --json  print a JSON array with one object per file") << "\n";
        return Success;
    }
    QStringList paths = arguments;
    const bool json = paths.removeAll(QStringLiteral("--json")) > 0;
    if (paths.isEmpty()) {
        err << CliText::tr("Usage: credfolio-cli show [--json] PATH...") << "\n";
        return UsageOrIoError;
    }
    const auto files = collectFiles(paths);
    if (!files) {
        err << files.error().toString() << "\n";
        return UsageOrIoError;
    }
    int status = Success;
    QJsonArray results;
    for (const QString &file : *files) {
        auto bytes = readInput(file);
        const Result<Credentials::Credential> credential =
            bytes ? Credentials::readCredential(*bytes) : Result<Credentials::Credential>(bytes.error());
        QJsonObject entry{{QStringLiteral("path"), file}};
        if (!credential) {
            status = UsageOrIoError;
            entry.insert(QStringLiteral("error"), errorJson(credential.error()));
            if (!json) {
                err << file << ": " << credential.error().toString() << "\n";
            }
        } else if (json) {
            const QJsonObject summary = Credentials::toSummaryJson(*credential);
            for (auto it = summary.begin(); it != summary.end(); ++it) {
                entry.insert(it.key(), it.value());
            }
        } else {
            out << "== " << file << "\n" << Credentials::toSummaryText(*credential) << "\n";
        }
        results.append(entry);
    }
    if (json) {
        out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    }
    return status;
}

} // namespace

Command showCommand()
{
    return Command{QStringLiteral("show"), QStringLiteral("[--json] PATH..."),
                   CliText::tr("Show what is read from credential files (format, issuer, achievement, dates, "
                               "credits)"),
                   run};
}

} // namespace Credfolio::Cli
