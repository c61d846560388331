// SPDX-License-Identifier: GPL-3.0-or-later
#include "Signing.h"

#include "core/codec/Base64Url.h"
#include "core/codec/Multibase.h"
#include "core/crypto/Hash.h"
#include "core/verify/ProofHashing.h"

#include <QJsonDocument>

namespace Credfolio::Hostile {

Signer signerFromLabel(const QString &label)
{
    const QByteArray seed = Crypto::sha256(label.toUtf8());
    Result<Crypto::Ed25519SigningKey> key = Crypto::Ed25519SigningKey::fromSeed(seed);
    Q_ASSERT(key);
    return Signer{*key, key->publicKey().toMultikey()};
}

QJsonObject dataIntegrityProof(const QJsonObject &document, const ProofSpec &spec, const Signer &signer, QString *error)
{
    QJsonObject config{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                       {QStringLiteral("cryptosuite"), spec.cryptosuite},
                       {QStringLiteral("created"), spec.created},
                       {QStringLiteral("verificationMethod"), spec.verificationMethod},
                       {QStringLiteral("proofPurpose"), spec.proofPurpose}};
    config.insert(QStringLiteral("@context"), document.value(QStringLiteral("@context")));
    QJsonObject unsecured = document;
    unsecured.remove(QStringLiteral("proof"));
    const bool jcs = spec.cryptosuite == QLatin1String("eddsa-jcs-2022");
    const Result<QByteArray> bytes =
        jcs ? Verify::jcsSignedBytes(config, unsecured) : Verify::rdfcSignedBytes(config, unsecured, nullptr);
    if (!bytes) {
        *error = bytes.error().code + QStringLiteral(": ") + bytes.error().detail;
        return {};
    }
    QJsonObject proof = config;
    if (!jcs)
        proof.remove(QStringLiteral("@context"));
    proof.insert(QStringLiteral("proofValue"),
                 QString::fromLatin1(Codec::multibaseEncode(Codec::Multibase::Base58Btc, signer.key.sign(*bytes))));
    return proof;
}

QJsonObject signDataIntegrity(const QJsonObject &document, const ProofSpec &spec, const Signer &signer, QString *error)
{
    const QJsonObject proof = dataIntegrityProof(document, spec, signer, error);
    if (proof.isEmpty())
        return {};
    QJsonObject secured = document;
    secured.insert(QStringLiteral("proof"), proof);
    return secured;
}

QByteArray signingInput(const QByteArray &headerJson, const QByteArray &payload)
{
    return Codec::base64UrlEncode(headerJson) + '.' + Codec::base64UrlEncode(payload);
}

QByteArray compactJws(const QByteArray &headerJson, const QByteArray &payload, const QByteArray &signature)
{
    return signingInput(headerJson, payload) + '.' + Codec::base64UrlEncode(signature);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Credfolio::Hostile
