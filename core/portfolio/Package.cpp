// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/Package.h"

#include "core/codec/Base58.h"
#include "core/crypto/Ed25519SigningKey.h"
#include "core/crypto/Hash.h"
#include "core/did/Resolver.h"
#include "core/json/JsonReader.h"
#include "core/verify/DataIntegritySuite.h"
#include "core/verify/ProofHashing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Credfolio::Portfolio {

namespace {

struct PackageText {
    Q_DECLARE_TR_FUNCTIONS(Credfolio::Portfolio)
};

constexpr qsizetype kMaxPackageBytes = 256 * 1024 * 1024;
const QString kFormat = QStringLiteral("credfolio.package/1");

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString isoDate(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODate);
}

QJsonObject profileJson(const LearnerProfile &profile)
{
    return QJsonObject{{QStringLiteral("name"), profile.name},       {QStringLiteral("headline"), profile.headline},
                       {QStringLiteral("email"), profile.email},     {QStringLiteral("phone"), profile.phone},
                       {QStringLiteral("website"), profile.website}, {QStringLiteral("location"), profile.location},
                       {QStringLiteral("summary"), profile.summary}};
}

LearnerProfile profileFrom(const QJsonObject &json)
{
    const auto text = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    return LearnerProfile{text("name"),    text("headline"), text("email"),  text("phone"),
                          text("website"), text("location"), text("summary")};
}

Error invalid(const QString &detail)
{
    return makeError(QStringLiteral("portfolio.package-invalid"),
                     PackageText::tr("This file is not a Credfolio portfolio package, or it is damaged."), detail);
}

// The package body without its proof: what the signature covers (with the proof options, see eddsa-jcs-2022).
QJsonObject unsignedPackage(const PackageContents &contents, const QString &holder)
{
    QJsonArray credentials;
    for (const PackagedCredential &credential : contents.credentials) {
        credentials.append(
            QJsonObject{{QStringLiteral("name"), credential.name},
                        {QStringLiteral("note"), credential.note},
                        {QStringLiteral("sha256"), QString::fromLatin1(Crypto::sha256(credential.original).toHex())},
                        {QStringLiteral("original"), base64(credential.original)}});
    }
    QJsonArray pathways;
    for (const QByteArray &pathway : contents.pathways)
        pathways.append(base64(pathway));
    QJsonArray documents;
    for (const Net::RemoteDocument &document : contents.documents) {
        documents.append(QJsonObject{{QStringLiteral("url"), document.url.toString()},
                                     {QStringLiteral("contentType"), document.contentType},
                                     {QStringLiteral("status"), document.httpStatus},
                                     {QStringLiteral("fetchedAt"), isoDate(document.fetchedAt)},
                                     {QStringLiteral("body"), base64(document.body)}});
    }
    return QJsonObject{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
        {QStringLiteral("id"), contents.id},
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("VerifiablePresentation"), QStringLiteral("CredfolioPackage")}},
        {QStringLiteral("holder"), holder},
        {QStringLiteral("credfolioPackage"), QJsonObject{{QStringLiteral("format"), kFormat},
                                                         {QStringLiteral("createdAt"), isoDate(contents.createdAt)},
                                                         {QStringLiteral("profile"), profileJson(contents.profile)},
                                                         {QStringLiteral("message"), contents.message},
                                                         {QStringLiteral("credentials"), credentials},
                                                         {QStringLiteral("pathways"), pathways},
                                                         {QStringLiteral("documents"), documents}}}};
}

Result<QByteArray> fromBase64(const QJsonValue &value, const QString &where)
{
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded)
        return invalid(where + QStringLiteral(" is not base64"));
    return *decoded;
}

Result<PackageContents> contentsFrom(const QJsonObject &package)
{
    const QJsonObject body = package.value(QLatin1StringView("credfolioPackage")).toObject();
    if (body.value(QLatin1StringView("format")).toString() != kFormat)
        return invalid(QStringLiteral("credfolioPackage.format is not %1").arg(kFormat));
    PackageContents contents;
    contents.id = package.value(QLatin1StringView("id")).toString();
    contents.createdAt = QDateTime::fromString(body.value(QLatin1StringView("createdAt")).toString(), Qt::ISODate);
    if (!contents.createdAt.isValid())
        return invalid(QStringLiteral("credfolioPackage.createdAt is not a date"));
    contents.profile = profileFrom(body.value(QLatin1StringView("profile")).toObject());
    contents.message = body.value(QLatin1StringView("message")).toString();
    const QJsonArray credentials = body.value(QLatin1StringView("credentials")).toArray();
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        const QJsonObject item = credentials.at(i).toObject();
        Result<QByteArray> original =
            fromBase64(item.value(QLatin1StringView("original")), QStringLiteral("credentials[%1].original").arg(i));
        if (!original)
            return original.error();
        contents.credentials.append(PackagedCredential{std::move(original).value(),
                                                       item.value(QLatin1StringView("name")).toString(),
                                                       item.value(QLatin1StringView("note")).toString()});
    }
    const QJsonArray pathways = body.value(QLatin1StringView("pathways")).toArray();
    for (qsizetype i = 0; i < pathways.size(); ++i) {
        Result<QByteArray> pathway = fromBase64(pathways.at(i), QStringLiteral("pathways[%1]").arg(i));
        if (!pathway)
            return pathway.error();
        contents.pathways.append(std::move(pathway).value());
    }
    const QJsonArray documents = body.value(QLatin1StringView("documents")).toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject item = documents.at(i).toObject();
        Result<QByteArray> bytes =
            fromBase64(item.value(QLatin1StringView("body")), QStringLiteral("documents[%1].body").arg(i));
        if (!bytes)
            return bytes.error();
        Net::RemoteDocument document;
        document.url = QUrl(item.value(QLatin1StringView("url")).toString());
        document.finalUrl = document.url;
        document.body = std::move(bytes).value();
        document.contentType = item.value(QLatin1StringView("contentType")).toString();
        document.httpStatus = item.value(QLatin1StringView("status")).toInt(200);
        document.fetchedAt = QDateTime::fromString(item.value(QLatin1StringView("fetchedAt")).toString(), Qt::ISODate);
        document.fromCache = true;
        contents.documents.append(document);
    }
    return contents;
}

} // namespace

QByteArray writePackage(const PackageContents &contents, const Crypto::Ed25519SigningKey &key)
{
    const QString multikey = key.publicKey().toMultikey();
    const QString holder = QStringLiteral("did:key:") + multikey;
    QJsonObject package = unsignedPackage(contents, holder);
    const QJsonObject proofOptions{
        {QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
        {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-jcs-2022")},
        {QStringLiteral("created"), isoDate(contents.createdAt)},
        {QStringLiteral("verificationMethod"), QString(holder + QLatin1Char('#') + multikey)},
        {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")}};
    const QByteArray signedBytes = Verify::jcsSignedBytes(proofOptions, package).value_or(QByteArray());
    QJsonObject proof = proofOptions;
    proof.insert(QStringLiteral("proofValue"),
                 QString(QStringLiteral("z") + QString::fromLatin1(Codec::base58btcEncode(key.sign(signedBytes)))));
    package.insert(QStringLiteral("proof"), proof);
    return QJsonDocument(package).toJson(QJsonDocument::Indented);
}

Result<OpenedPackage> readPackage(QByteArrayView bytes)
{
    if (bytes.size() > kMaxPackageBytes) {
        return makeError(QStringLiteral("portfolio.package-too-large"),
                         PackageText::tr("This package is larger than Credfolio opens (%1 MiB).")
                             .arg(kMaxPackageBytes / (1024 * 1024)));
    }
    Json::ParseLimits limits;
    limits.maxBytes = kMaxPackageBytes;
    const Result<QJsonObject> json = Json::parseObject(bytes, limits);
    if (!json)
        return invalid(json.error().toString());
    Result<PackageContents> contents = contentsFrom(*json);
    if (!contents)
        return contents.error();
    OpenedPackage opened;
    opened.contents = std::move(contents).value();
    opened.holder = json->value(QLatin1StringView("holder")).toString();

    const Did::Resolver resolver(nullptr); // the holder is a did:key: nothing is fetched
    const Verify::SuiteContext context{resolver, nullptr, QDateTime::currentDateTimeUtc()};
    const Verify::ProofOutcome outcome = Verify::verifyEmbeddedProofs(*json, opened.holder, context);
    const bool holderIsKey = opened.holder.startsWith(QLatin1String("did:key:"));
    const bool ok = holderIsKey && outcome.proof.status == Verify::CheckStatus::Pass &&
                    outcome.issuerKey.status == Verify::CheckStatus::Pass;
    const QString id = QStringLiteral("package-signature");
    if (ok) {
        opened.signature = Verify::makeCheck(id, Verify::CheckStatus::Pass,
                                             PackageText::tr("The package is exactly as the learner signed it."),
                                             outcome.proof.detail + QStringLiteral("; holder ") + opened.holder);
    } else {
        const Verify::Check &reason =
            outcome.proof.status != Verify::CheckStatus::Pass ? outcome.proof : outcome.issuerKey;
        opened.signature = Verify::makeCheck(
            id, Verify::CheckStatus::Fail,
            PackageText::tr("The package was changed after the learner signed it, or it is not signed by its holder."),
            holderIsKey ? reason.detail : QStringLiteral("holder %1 is not a did:key").arg(opened.holder),
            holderIsKey ? reason.code : QStringLiteral("portfolio.package-holder"));
    }
    return opened;
}

} // namespace Credfolio::Portfolio
