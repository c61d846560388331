// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ListCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/LibraryOption.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Credfolio::Cli {

namespace {

QString isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject rowJson(const Store::CredentialRow &row)
{
    QJsonObject json{{QStringLiteral("id"), row.id},
                     {QStringLiteral("credentialId"), row.credentialId},
                     {QStringLiteral("name"), row.name},
                     {QStringLiteral("issuer"),
                      QJsonObject{{QStringLiteral("id"), row.issuerId}, {QStringLiteral("name"), row.issuerName}}},
                     {QStringLiteral("achievement"), row.achievementName},
                     {QStringLiteral("kind"), row.kind},
                     {QStringLiteral("format"), row.format},
                     {QStringLiteral("verdict"), Store::verdictKey(row.verdict)},
                     {QStringLiteral("validFrom"), isoDate(row.validFrom)},
                     {QStringLiteral("validUntil"), isoDate(row.validUntil)},
                     {QStringLiteral("checkedAt"), isoDate(row.checkedAt)},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(row.tags)}};
    if (!row.firstFailure.isEmpty())
        json.insert(QStringLiteral("firstFailure"), row.firstFailure);
    if (row.credits)
        json.insert(QStringLiteral("credits"), *row.credits);
    return json;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help"))) {
        out << CliText::tr("Usage: credfolio-cli list [--library DB] [--json] [--query TEXT]") << "\n\n"
            << CliText::tr("Lists the credentials in the library (one per line: id, verdict, name, issuer, issue "
                           "date), or those matching the search words of --query.")
            << "\n";
        return Success;
    }
    QStringList rest = arguments;
    const bool json = rest.removeAll(QStringLiteral("--json")) > 0;
    Store::Query query;
    const qsizetype at = rest.indexOf(QStringLiteral("--query"));
    if (at >= 0) {
        if (at + 1 >= rest.size()) {
            err << CliText::tr("The option %1 needs a value.").arg(QStringLiteral("--query")) << "\n";
            return UsageOrIoError;
        }
        query.text = rest.at(at + 1);
        rest.remove(at, 2);
    }
    bool usageError = false;
    const std::unique_ptr<Services::Workspace> workspace = openLibrary(rest, err, &usageError);
    if (!workspace)
        return UsageOrIoError;
    if (!rest.isEmpty()) {
        err << CliText::tr("Unknown argument '%1'.").arg(rest.first()) << "\n";
        return UsageOrIoError;
    }
    const Result<QList<Store::CredentialRow>> rows = workspace->library().list(query);
    if (!rows) {
        err << rows.error().toString() << "\n";
        return UsageOrIoError;
    }
    if (json) {
        QJsonArray array;
        for (const Store::CredentialRow &row : *rows)
            array.append(rowJson(row));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const Store::CredentialRow &row : *rows) {
        out << row.id << '\t' << Store::verdictKey(row.verdict) << '\t' << row.name << '\t'
            << (row.issuerName.isEmpty() ? row.issuerId : row.issuerName) << '\t'
            << (row.validFrom.isValid() ? row.validFrom.toUTC().date().toString(Qt::ISODate) : QStringLiteral("-"))
            << "\n";
    }
    return Success;
}

} // namespace

Command listCommand()
{
    return Command{QStringLiteral("list"), QStringLiteral("[--library DB] [--json] [--query TEXT]"),
                   CliText::tr("List or search the credentials in the library"), run};
}

} // namespace Credfolio::Cli
