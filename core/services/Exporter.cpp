// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Exporter.h"

#include "core/crypto/Hash.h"
#include "core/net/Fetcher.h"
#include "core/pathways/Evaluator.h"
#include "core/pathways/PathwayCatalog.h"
#include "core/pathways/PathwayReader.h"
#include "core/portfolio/SnapshotSource.h"
#include "core/services/LibraryCredentials.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"
#include "core/store/SigningKeyStore.h"
#include "core/verify/Verifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace Credfolio::Services {

namespace {

struct ExporterText {
    Q_DECLARE_TR_FUNCTIONS(Credfolio::Services)
};

const QString kProfileSetting = QStringLiteral("learner.profile");
const QString kLibraryIdSetting = QStringLiteral("library.id");

QString areaOf(const Credentials::Credential &credential)
{
    if (credential.kind == Credentials::Kind::Clr)
        return ExporterText::tr("Learner records");
    const QString type = credential.achievement.achievementType;
    if (type.isEmpty())
        return ExporterText::tr("Credentials");
    // "MicroCredential" -> "Micro Credential"-like spacing for display.
    QString spaced;
    for (qsizetype i = 0; i < type.size(); ++i) {
        if (i > 0 && type.at(i).isUpper() && type.at(i - 1).isLower())
            spaced += QLatin1Char(' ');
        spaced += type.at(i);
    }
    return spaced;
}

struct LibraryPathways {
    Pathways::PathwayCatalog catalog;
    QList<Pathways::Pathway> pathways;
    QList<QByteArray> documents;
};

Result<LibraryPathways> libraryPathways(const Store::Library &library)
{
    const Result<QList<Store::PathwayEntry>> saved = library.pathways();
    if (!saved)
        return saved.error();
    LibraryPathways result;
    for (const Store::PathwayEntry &entry : *saved) {
        const Result<Pathways::ReadPathway> read = Pathways::readPathway(entry.document);
        if (read && result.catalog.add(read->pathway)) {
            result.pathways.append(read->pathway);
            result.documents.append(entry.document);
        }
    }
    return result;
}

Portfolio::PathwayFigure figureOf(const Pathways::Pathway &pathway, const Pathways::Evaluation &evaluation)
{
    const Pathways::NodeProgress &root = evaluation.root();
    Portfolio::PathwayFigure figure;
    figure.name = pathway.name;
    figure.institution = pathway.issuer.name;
    figure.metRequirements = int(root.have);
    figure.totalRequirements = int(root.need);
    figure.creditsEarned = root.creditsEarned;
    figure.creditsRequired = root.creditsRequired.value_or(pathway.credits.value_or(0));
    figure.fraction = root.fraction;
    return figure;
}

// The ids of the stored rows the selection names (top level only when none are named).
Result<QList<qint64>> selectedIds(const Store::Library &library, const ExportSelection &selection)
{
    if (!selection.ids.isEmpty())
        return selection.ids;
    Store::Query query;
    query.sort = Store::SortKey::DateIssued;
    query.descending = true;
    const Result<QList<Store::CredentialRow>> rows = library.list(query);
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    for (const Store::CredentialRow &row : *rows)
        ids.append(row.id);
    return ids;
}

} // namespace

Result<Portfolio::LearnerProfile> learnerProfile(const Store::Library &library)
{
    const Result<std::optional<QString>> stored = library.setting(kProfileSetting);
    if (!stored)
        return stored.error();
    const QJsonObject json = QJsonDocument::fromJson(stored->value_or(QString()).toUtf8()).object();
    const auto text = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    return Portfolio::LearnerProfile{text("name"),    text("headline"), text("email"),  text("phone"),
                                     text("website"), text("location"), text("summary")};
}

Result<void> setLearnerProfile(Store::Library &library, const Portfolio::LearnerProfile &profile)
{
    const QJsonObject json{{QStringLiteral("name"), profile.name},       {QStringLiteral("headline"), profile.headline},
                           {QStringLiteral("email"), profile.email},     {QStringLiteral("phone"), profile.phone},
                           {QStringLiteral("website"), profile.website}, {QStringLiteral("location"), profile.location},
                           {QStringLiteral("summary"), profile.summary}};
    return library.setSetting(kProfileSetting, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

Result<QString> libraryId(Store::Library &library)
{
    const Result<std::optional<QString>> stored = library.setting(kLibraryIdSetting);
    if (!stored)
        return stored.error();
    if (stored->has_value() && !stored->value().isEmpty())
        return stored->value();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const Result<void> saved = library.setSetting(kLibraryIdSetting, id); !saved)
        return saved.error();
    return id;
}

Result<PortfolioData> collectPortfolio(const Workspace &workspace, const ExportSelection &selection)
{
    const Store::Library &library = workspace.library();
    PortfolioData data;
    Result<Portfolio::LearnerProfile> profile = learnerProfile(library);
    if (!profile)
        return profile.error();
    data.profile = std::move(profile).value();
    const Result<QList<qint64>> ids = selectedIds(library, selection);
    if (!ids)
        return ids.error();

    QList<Store::StoredCredential> stored;
    for (qint64 id : *ids) {
        Result<Store::StoredCredential> one = library.credential(id);
        if (!one)
            return one.error();
        stored.append(std::move(one).value());
    }

    const Result<LibraryPathways> pathways = libraryPathways(library);
    if (!pathways)
        return pathways.error();
    const Result<QList<LearnerCredential>> held = learnerCredentials(library);
    if (!held)
        return held.error();
    QList<Pathways::EvaluatedCredential> evaluated;
    for (const LearnerCredential &each : *held)
        evaluated.append(Pathways::EvaluatedCredential{&each.credential, each.standing});

    QSet<QString> countingTowardSelected;
    QString selectedName;
    for (const Pathways::Pathway &pathway : pathways->pathways) {
        if (!selection.pathwayId.isEmpty() && pathway.id != selection.pathwayId)
            continue;
        const Result<Pathways::Evaluation> evaluation = Pathways::evaluate(pathway, pathways->catalog, evaluated);
        if (!evaluation)
            continue;
        data.figures.append(figureOf(pathway, *evaluation));
        if (pathway.id == selection.pathwayId) {
            selectedName = pathway.name;
            for (const Pathways::NodeProgress &node : evaluation->nodes) {
                for (const Pathways::CredentialUse &use : node.satisfiedBy)
                    countingTowardSelected.insert(use.credentialId);
            }
        }
    }

    QList<Portfolio::PortfolioEntry> first;
    QList<Portfolio::PortfolioEntry> rest;
    for (const Store::StoredCredential &credential : std::as_const(stored)) {
        Portfolio::PortfolioEntry entry{credential.credential, credential.report,
                                        QString::fromLatin1(Crypto::sha256(credential.original).toHex()),
                                        areaOf(credential.credential)};
        if (!selectedName.isEmpty() && countingTowardSelected.contains(credential.credential.id)) {
            entry.group = selectedName;
            first.append(entry);
        } else {
            rest.append(entry);
        }
    }
    data.entries = first + rest;
    return data;
}

Result<Portfolio::PackageContents> collectPackage(const Workspace &workspace, const ExportSelection &selection,
                                                  const QString &message)
{
    const Store::Library &library = workspace.library();
    Portfolio::PackageContents contents;
    contents.id = QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    contents.createdAt = QDateTime::currentDateTimeUtc();
    contents.message = message;
    Result<Portfolio::LearnerProfile> profile = learnerProfile(library);
    if (!profile)
        return profile.error();
    contents.profile = std::move(profile).value();
    const Result<LibraryPathways> pathways = libraryPathways(library);
    if (!pathways)
        return pathways.error();
    contents.pathways = pathways->documents;

    const Result<QList<qint64>> ids = selectedIds(library, selection);
    if (!ids)
        return ids.error();
    const Portfolio::RecordingSource recorder(&workspace.fetcher());
    const Verify::Verifier verifier(Verify::VerifierOptions{&recorder, nullptr, workspace.trust().get()});
    for (qint64 id : *ids) {
        const Result<Store::StoredCredential> stored = library.credential(id);
        if (!stored)
            return stored.error();
        (void)verifier.verifyBytes(stored->original); // records the documents it needs, as a reader would
        contents.credentials.append(Portfolio::PackagedCredential{stored->original, stored->row.name,
                                                                  stored->note ? stored->note->text : QString()});
    }
    contents.documents = recorder.recorded();
    return contents;
}

Result<QByteArray> signPackage(Store::Library &library, const Portfolio::PackageContents &contents)
{
    const Result<QString> id = libraryId(library);
    if (!id)
        return id.error();
    const Store::SigningKeyStore keys;
    const Result<Crypto::Ed25519SigningKey> key = keys.signingKey(*id, Store::CreatePolicy::CreateIfMissing);
    if (!key)
        return key.error();
    return Portfolio::writePackage(contents, *key);
}

} // namespace Credfolio::Services
