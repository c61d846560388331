// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Exporter.h"

#include "core/credentials/AchievementTypes.h"
#include "core/crypto/Hash.h"
#include "core/net/Fetcher.h"
#include "core/pathways/Evaluator.h"
#include "core/pathways/PathwayCatalog.h"
#include "core/pathways/PathwayReader.h"
#include "core/portfolio/Labels.h"
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

#include <algorithm>
#include <numeric>

namespace Credfolio::Services {

namespace {

const QString kProfileSetting = QStringLiteral("learner.profile");
const QString kLibraryIdSetting = QStringLiteral("library.id");

QString areaOf(const Credentials::Credential &credential)
{
    if (credential.kind == Credentials::Kind::Clr)
        return Portfolio::label("Credfolio::Services", QT_TRANSLATE_NOOP("Credfolio::Services", "Learner records"));
    const QString type = credential.achievement.achievementType;
    if (type.isEmpty())
        return Portfolio::label("Credfolio::Services", QT_TRANSLATE_NOOP("Credfolio::Services", "Credentials"));
    if (const char *name = Credentials::achievementTypeName(type))
        return Portfolio::label("Credfolio::Credentials", name);
    return Credentials::achievementTypeWords(type);
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

struct EvaluatedPathway {
    Pathways::Pathway pathway;
    Portfolio::PathwayFigure figure;
    QSet<QString> counting; ///< credential ids that satisfy a requirement
};

// Every pathway of the library evaluated against the learner's credentials, the selected one first.
Result<QList<EvaluatedPathway>> evaluatedPathways(const Store::Library &library, const QString &selectedId)
{
    const Result<LibraryPathways> pathways = libraryPathways(library);
    if (!pathways)
        return pathways.error();
    const Result<QList<LearnerCredential>> held = learnerCredentials(library);
    if (!held)
        return held.error();
    QList<Pathways::EvaluatedCredential> evaluated;
    for (const LearnerCredential &each : *held)
        evaluated.append(Pathways::EvaluatedCredential{&each.credential, each.standing});
    QList<EvaluatedPathway> result;
    for (const Pathways::Pathway &pathway : pathways->pathways) {
        const Result<Pathways::Evaluation> evaluation = Pathways::evaluate(pathway, pathways->catalog, evaluated);
        if (!evaluation)
            continue;
        EvaluatedPathway one{pathway, figureOf(pathway, *evaluation), {}};
        for (const Pathways::NodeProgress &node : evaluation->nodes) {
            for (const Pathways::CredentialUse &use : node.satisfiedBy)
                one.counting.insert(use.credentialId);
        }
        if (pathway.id == selectedId)
            result.prepend(one);
        else
            result.append(one);
    }
    if (!selectedId.isEmpty() && (result.isEmpty() || result.first().pathway.id != selectedId)) {
        return makeError(QStringLiteral("services.unknown-pathway"),
                         QCoreApplication::translate("Credfolio::Services", "There is no pathway %1 in the library.")
                             .arg(selectedId));
    }
    return result;
}

// The ids of the stored rows the selection names.
Result<QList<qint64>> selectedIds(const Store::Library &library, const ExportSelection &selection,
                                  const QList<EvaluatedPathway> &pathways)
{
    Store::Query query;
    query.sort = Store::SortKey::DateIssued;
    query.descending = true;
    query.includeChildren = selection.pathwayOnly;
    const Result<QList<Store::CredentialRow>> rows = library.list(query);
    if (!rows)
        return rows.error();
    QList<qint64> ids = selection.ids;
    if (ids.isEmpty() && selection.collection) {
        Result<QList<qint64>> items = library.collectionItems(*selection.collection);
        if (!items)
            return items.error();
        ids = std::move(items).value();
    } else if (ids.isEmpty()) {
        for (const Store::CredentialRow &row : *rows)
            ids.append(row.id);
    }
    if (!selection.pathwayOnly || selection.pathwayId.isEmpty())
        return ids;
    const QSet<QString> &counting = pathways.first().counting; // evaluatedPathways() put the selected one first
    QSet<qint64> countingRows;
    for (const Store::CredentialRow &row : *rows) {
        if (counting.contains(row.credentialId))
            countingRows.insert(row.id);
    }
    QList<qint64> kept;
    for (qint64 id : std::as_const(ids)) {
        if (countingRows.contains(id))
            kept.append(id);
    }
    return kept;
}

QDateTime issuedAt(const Credentials::Credential &credential)
{
    return credential.awardedDate.isValid() ? credential.awardedDate : credential.validFrom;
}

QString displayName(const Credentials::Credential &credential)
{
    return !credential.name.trimmed().isEmpty() ? credential.name.simplified()
                                                : credential.achievement.name.simplified();
}

// a before b in `order` (ties keep the library's order: the sort is stable).
bool comesBefore(const Portfolio::PortfolioEntry &a, const Portfolio::PortfolioEntry &b, ExportOrder order)
{
    const auto byText = [](const QString &x, const QString &y) {
        return QString::localeAwareCompare(x, y);
    };
    switch (order) {
    case ExportOrder::NewestFirst:
    case ExportOrder::OldestFirst: {
        const QDateTime x = issuedAt(a.credential);
        const QDateTime y = issuedAt(b.credential);
        if (x.isValid() != y.isValid())
            return x.isValid(); // undated last
        if (x == y)
            return false;
        return order == ExportOrder::NewestFirst ? x > y : x < y;
    }
    case ExportOrder::Issuer:
        if (const int issuer = byText(a.credential.issuer.name.simplified(), b.credential.issuer.name.simplified());
            issuer != 0)
            return issuer < 0;
        [[fallthrough]];
    case ExportOrder::Name:
        return byText(displayName(a.credential), displayName(b.credential)) < 0;
    }
    return false;
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

Result<PortfolioData> collectPortfolio(const Workspace &workspace, const ExportSelection &selection,
                                       ExportGrouping grouping, ExportOrder order)
{
    const Store::Library &library = workspace.library();
    PortfolioData data;
    Result<Portfolio::LearnerProfile> profile = learnerProfile(library);
    if (!profile)
        return profile.error();
    data.profile = std::move(profile).value();
    const Result<QList<EvaluatedPathway>> pathways = evaluatedPathways(library, selection.pathwayId);
    if (!pathways)
        return pathways.error();
    const Result<QList<qint64>> ids = selectedIds(library, selection, *pathways);
    if (!ids)
        return ids.error();
    for (const EvaluatedPathway &each : *pathways) {
        if (selection.pathwayId.isEmpty() || each.pathway.id == selection.pathwayId)
            data.figures.append(each.figure);
    }

    // Sections: the pathways a credential counts toward (grouped by pathway: each of them, the selected first;
    // else only the selected pathway unless the learner chose areas for a pathway's own credentials), then areas.
    QList<const EvaluatedPathway *> sectionPathways;
    if (grouping == ExportGrouping::Pathway) {
        for (const EvaluatedPathway &each : *pathways)
            sectionPathways.append(&each);
    } else if (!selection.pathwayId.isEmpty() && !selection.pathwayOnly) {
        sectionPathways.append(&pathways->first());
    }

    QList<Portfolio::PortfolioEntry> entries;
    QList<int> ranks; // section rank: pathway index, or after every pathway for areas
    for (qint64 id : *ids) {
        const Result<Store::StoredCredential> stored = library.credential(id);
        if (!stored)
            return stored.error();
        Portfolio::PortfolioEntry entry{stored->credential, stored->report,
                                        QString::fromLatin1(Crypto::sha256(stored->original).toHex()),
                                        areaOf(stored->credential)};
        int rank = int(sectionPathways.size());
        for (int i = 0; i < sectionPathways.size(); ++i) {
            if (sectionPathways.at(i)->counting.contains(stored->credential.id)) {
                entry.group = sectionPathways.at(i)->pathway.name;
                rank = i;
                break;
            }
        }
        entries.append(entry);
        ranks.append(rank);
    }
    QList<int> positions(entries.size());
    std::iota(positions.begin(), positions.end(), 0);
    std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) {
        if (ranks.at(a) != ranks.at(b))
            return ranks.at(a) < ranks.at(b);
        return comesBefore(entries.at(a), entries.at(b), order);
    });
    for (int position : std::as_const(positions))
        data.entries.append(entries.at(position));
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

    const Result<QList<EvaluatedPathway>> evaluated = evaluatedPathways(library, selection.pathwayId);
    if (!evaluated)
        return evaluated.error();
    const Result<QList<qint64>> ids = selectedIds(library, selection, *evaluated);
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
