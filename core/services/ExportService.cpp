// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ExportService.h"

#include "core/crypto/Ed25519SigningKey.h"
#include "core/portfolio/Labels.h"
#include "core/portfolio/Package.h"
#include "core/portfolio/PortfolioExport.h"
#include "core/services/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace Credfolio::Services {

namespace {

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(
            QStringLiteral("portfolio.write-failed"),
            QCoreApplication::translate("Credfolio::Services", "The package could not be saved to %1.").arg(path),
            file.errorString());
    }
    return {};
}

Result<Portfolio::PackageContents> packageContents(const Workspace &workspace, const ExportRequest &request)
{
    Result<Portfolio::PackageContents> contents = collectPackage(workspace, request.selection, request.message);
    if (contents && request.profile)
        contents->profile = *request.profile;
    return contents;
}

Result<ExportOutcome> writePackageFile(const Workspace &workspace, const ExportRequest &request, const QString &path)
{
    const Result<Portfolio::PackageContents> contents = packageContents(workspace, request);
    if (!contents)
        return contents.error();
    const Result<QByteArray> bytes = signPackage(workspace.library(), *contents);
    if (!bytes)
        return bytes.error();
    if (const Result<void> written = writeFile(path, *bytes); !written)
        return written.error();
    ExportOutcome outcome;
    outcome.selected = int(contents->credentials.size());
    outcome.stats.entries = outcome.selected;
    outcome.stats.bytes = bytes->size();
    outcome.documents = int(contents->documents.size());
    return outcome;
}

} // namespace

QStringList labelLanguages()
{
    return Portfolio::labelLanguages();
}

QLocale labelLocale(const QString &language)
{
    if (language == u"de")
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == u"es")
        return QLocale(QLocale::Spanish, QLocale::Spain);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Result<ExportOutcome> exportPortfolio(const Workspace &workspace, const ExportRequest &request, const QString &path)
{
    Portfolio::ExportOptions options = request.options;
    if (!options.labelLanguage.isEmpty()) {
        if (!labelLanguages().contains(options.labelLanguage)) {
            return makeError(QStringLiteral("services.unknown-language"),
                             QCoreApplication::translate("Credfolio::Services",
                                                         "Labels can be written in English, German or Spanish only."),
                             options.labelLanguage);
        }
        options.labels = labelLocale(options.labelLanguage);
    }
    if (request.format == ExportFormat::Package)
        return writePackageFile(workspace, request, path);

    const Portfolio::LabelScope language(options.labelLanguage); // section names are labels too
    Result<PortfolioData> data = collectPortfolio(workspace, request.selection, request.grouping, request.order);
    if (!data)
        return data.error();
    if (request.profile)
        data->profile = *request.profile;
    if (!options.exportedAt.isValid())
        options.exportedAt = QDateTime::currentDateTimeUtc();

    Result<Portfolio::ExportStats> stats = makeError(QString(), QString());
    switch (request.format) {
    case ExportFormat::Pdf:
        stats = Portfolio::writePdf(path, data->profile, data->entries, data->figures, options);
        break;
    case ExportFormat::Html:
        stats = Portfolio::writeHtml(path, data->profile, data->entries, data->figures, options);
        break;
    case ExportFormat::JsonResume:
        stats = Portfolio::writeJsonResume(path, data->profile, data->entries, data->figures, options);
        break;
    case ExportFormat::Package:
        break; // written above
    }
    if (!stats)
        return stats.error();
    ExportOutcome outcome;
    outcome.stats = *stats;
    outcome.selected = int(data->entries.size());
    outcome.leftOut = Portfolio::leftOut(data->entries, options);
    return outcome;
}

Result<ExportOutcome> describePackage(const Workspace &workspace, const ExportRequest &request)
{
    const Result<Portfolio::PackageContents> contents = packageContents(workspace, request);
    if (!contents)
        return contents.error();
    // Signed with a throwaway key: the same size as with the learner's, without asking the keychain.
    const Result<Crypto::Ed25519SigningKey> key = Crypto::Ed25519SigningKey::generate();
    if (!key)
        return key.error();
    ExportOutcome outcome;
    outcome.selected = int(contents->credentials.size());
    outcome.stats.entries = outcome.selected;
    outcome.stats.bytes = Portfolio::writePackage(*contents, *key).size();
    outcome.documents = int(contents->documents.size());
    return outcome;
}

} // namespace Credfolio::Services
