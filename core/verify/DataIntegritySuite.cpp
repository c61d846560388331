// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/DataIntegritySuite.h"

#include "core/codec/Multibase.h"
#include "core/crypto/Verifier.h"
#include "core/verify/KeyBinding.h"
#include "core/verify/Limits.h"
#include "core/verify/ProofHashing.h"
#include "core/verify/VerifyText.h"

#include <QJsonArray>

namespace Credfolio::Verify {

namespace {

enum class Suite { EddsaRdfc, EddsaJcs, Ed25519Signature2020, Unsupported };

const QString kProof = QStringLiteral("proof");
const QString kContext = QStringLiteral("@context");

struct SingleProof {
    ProofOutcome outcome;
    bool supported = true;
};

Check proofCheck(CheckStatus status, const QString &message, const QString &detail, const QString &code = {})
{
    return makeCheck(QString::fromLatin1(CheckId::Proof), status, message, detail, code);
}

Check skippedIssuerKey()
{
    return makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Skip,
                     VerifyText::tr("Not checked, because the signature could not be verified."));
}

SingleProof failed(const Check &proof)
{
    SingleProof single;
    single.outcome.proof = proof;
    single.outcome.issuerKey = skippedIssuerKey();
    return single;
}

Suite suiteOf(const QJsonObject &proof, QString *name)
{
    const QString type = proof.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("Ed25519Signature2020")) {
        *name = type;
        return Suite::Ed25519Signature2020;
    }
    if (type == QLatin1String("DataIntegrityProof")) {
        *name = proof.value(QStringLiteral("cryptosuite")).toString();
        if (*name == QLatin1String("eddsa-rdfc-2022") || *name == QLatin1String("eddsa-2022"))
            return Suite::EddsaRdfc;
        if (*name == QLatin1String("eddsa-jcs-2022"))
            return Suite::EddsaJcs;
        *name = type + QLatin1Char('/') + (name->isEmpty() ? QStringLiteral("(no cryptosuite)") : *name);
        return Suite::Unsupported;
    }
    *name = type.isEmpty() ? QStringLiteral("(no type)") : type;
    return Suite::Unsupported;
}

QList<QJsonObject> proofsOf(const QJsonValue &value, bool *malformed)
{
    QList<QJsonObject> proofs;
    if (value.isObject()) {
        proofs.append(value.toObject());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isObject())
                *malformed = true;
            proofs.append(item.toObject());
        }
    } else if (!value.isUndefined()) {
        *malformed = true;
    }
    return proofs;
}

// The unsecured document a proof signed: the credential without `proof`, plus the proofs named by
// previousProof (Data Integrity §4.4 step 3.3 "matching proofs").
Result<QJsonObject> unsecuredFor(const QJsonObject &credential, const QJsonObject &proof,
                                 const QList<QJsonObject> &allProofs)
{
    QJsonObject unsecured = credential;
    unsecured.remove(kProof);
    const QJsonValue previous = proof.value(QStringLiteral("previousProof"));
    if (previous.isUndefined())
        return unsecured;
    QStringList wanted;
    if (previous.isString())
        wanted.append(previous.toString());
    for (const QJsonValue &id : previous.toArray())
        wanted.append(id.toString());
    QJsonArray matching;
    for (const QString &id : std::as_const(wanted)) {
        const auto found = std::find_if(allProofs.cbegin(), allProofs.cend(), [&id](const QJsonObject &candidate) {
            return candidate.value(QStringLiteral("id")).toString() == id;
        });
        if (id.isEmpty() || found == allProofs.cend())
            return makeError(QStringLiteral("verify.previous-proof-missing"), QString(), id);
        matching.append(*found);
    }
    unsecured.insert(kProof, matching);
    return unsecured;
}

// eddsa-jcs-2022: a proof's own @context must be a prefix of the document's, which then takes it over.
bool applyJcsContext(const QJsonObject &proofOptions, QJsonObject &unsecured)
{
    if (!proofOptions.contains(kContext))
        return true;
    const QJsonValue proofContext = proofOptions.value(kContext);
    const QJsonValue documentContext = unsecured.value(kContext);
    const QJsonArray proofList = proofContext.isArray() ? proofContext.toArray() : QJsonArray{proofContext};
    const QJsonArray documentList = documentContext.isArray() ? documentContext.toArray() : QJsonArray{documentContext};
    if (proofList.size() > documentList.size())
        return false;
    for (qsizetype i = 0; i < proofList.size(); ++i) {
        if (proofList.at(i) != documentList.at(i))
            return false;
    }
    unsecured.insert(kContext, proofContext);
    return true;
}

Check canonicalizationFailure(const Error &error)
{
    if (error.code == QLatin1String("jsonld.unknown-context")) {
        return proofCheck(CheckStatus::Fail,
                          VerifyText::tr("The credential uses a vocabulary (JSON-LD context) that Credfolio does not "
                                         "know, so its signature cannot be checked."),
                          error.toString(), QStringLiteral("verify.unknown-context"));
    }
    return proofCheck(CheckStatus::Fail,
                      VerifyText::tr("The credential's data could not be put into the form its signature covers."),
                      error.code + QStringLiteral(": ") + error.toString(), QStringLiteral("verify.canonicalization"));
}

SingleProof verifyOne(const QJsonObject &credential, const QJsonObject &proof, const QList<QJsonObject> &allProofs,
                      const QString &issuerId, const SuiteContext &context)
{
    QString suiteName;
    const Suite suite = suiteOf(proof, &suiteName);
    if (suite == Suite::Unsupported) {
        SingleProof single = failed(proofCheck(
            CheckStatus::Fail, VerifyText::tr("The credential is signed in a way Credfolio does not support yet."),
            QStringLiteral("unsupported proof type %1").arg(suiteName), QStringLiteral("verify.proof-unsupported")));
        single.supported = false;
        return single;
    }
    const QString method = proof.value(QStringLiteral("verificationMethod")).toString();
    const QString purpose = proof.value(QStringLiteral("proofPurpose")).toString();
    const QString proofValue = proof.value(QStringLiteral("proofValue")).toString();
    if (method.isEmpty() || purpose.isEmpty() || proofValue.isEmpty()) {
        return failed(
            proofCheck(CheckStatus::Fail, VerifyText::tr("The credential's signature is incomplete."),
                       QStringLiteral("%1 proof without verificationMethod, proofPurpose or proofValue").arg(suiteName),
                       QStringLiteral("verify.proof-malformed")));
    }
    if (purpose != QLatin1String("assertionMethod")) {
        return failed(
            proofCheck(CheckStatus::Fail,
                       VerifyText::tr("The signature was made for another purpose, not for issuing credentials."),
                       QStringLiteral("proofPurpose is \"%1\", expected \"assertionMethod\"").arg(purpose),
                       QStringLiteral("verify.wrong-proof-purpose")));
    }
    SingleProof single;
    ProofOutcome &outcome = single.outcome;
    for (const char *member : {"created", "expires"}) {
        const QJsonValue value = proof.value(QLatin1String(member));
        if (value.isUndefined())
            continue;
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!at.isValid()) {
            return failed(proofCheck(
                CheckStatus::Fail, VerifyText::tr("The credential's signature is incomplete."),
                QStringLiteral("proof %1 \"%2\" is not a date-time").arg(QLatin1String(member), value.toString()),
                QStringLiteral("verify.proof-malformed")));
        }
        if (qstrcmp(member, "expires") == 0)
            outcome.notAfter = ValidityBound{at.toUTC(), QStringLiteral("proof expires")};
    }
    const Result<QByteArray> signature = Codec::multibaseDecode(proofValue.toUtf8());
    if (!proofValue.startsWith(QLatin1Char('z')) || !signature || signature->size() != 64) {
        return failed(proofCheck(CheckStatus::Fail, VerifyText::tr("The credential's signature is damaged."),
                                 QStringLiteral("proofValue is not a base58btc multibase Ed25519 signature (64 bytes)"),
                                 QStringLiteral("verify.proof-malformed")));
    }

    const BoundKey bound = bindVerificationMethod(method, issuerId, context, outcome);
    outcome.issuerKey = bound.issuerKey;
    if (bound.key.isNull()) {
        outcome.proof = proofCheck(CheckStatus::Skip,
                                   VerifyText::tr("The signature could not be checked without the issuer's key."),
                                   QStringLiteral("verification method %1").arg(method));
        return single;
    }
    if (bound.key.type() != Crypto::KeyType::Ed25519) {
        outcome.proof = proofCheck(CheckStatus::Fail,
                                   VerifyText::tr("The signature names a key of the wrong type for its algorithm."),
                                   QStringLiteral("%1 needs an Ed25519 key; %2 is not one").arg(suiteName, method),
                                   QStringLiteral("verify.key-type-mismatch"));
        return single;
    }

    const Result<QJsonObject> unsecured = unsecuredFor(credential, proof, allProofs);
    if (!unsecured) {
        outcome.proof = proofCheck(
            CheckStatus::Fail, VerifyText::tr("The signature builds on another signature that is missing."),
            QStringLiteral("previousProof %1 not found").arg(unsecured.error().detail), unsecured.error().code);
        return single;
    }
    QJsonObject proofConfig = proof;
    proofConfig.remove(QStringLiteral("proofValue"));
    QStringList dropped;
    Result<QByteArray> signedBytes = QByteArray();
    if (suite == Suite::EddsaJcs) {
        QJsonObject document = *unsecured;
        if (!applyJcsContext(proofConfig, document)) {
            outcome.proof = proofCheck(CheckStatus::Fail,
                                       VerifyText::tr("The signature does not match the credential's vocabulary."),
                                       QStringLiteral("the proof's @context is not a prefix of the document's"),
                                       QStringLiteral("verify.context-mismatch"));
            return single;
        }
        if (const Result<void> contexts = checkJsonLdContexts(document); !contexts) {
            outcome.proof = canonicalizationFailure(contexts.error());
            return single;
        }
        signedBytes = jcsSignedBytes(proofConfig, document);
    } else {
        proofConfig.insert(kContext, credential.value(kContext));
        signedBytes = rdfcSignedBytes(proofConfig, *unsecured, &dropped);
    }
    if (!signedBytes) {
        outcome.proof = canonicalizationFailure(signedBytes.error());
        return single;
    }
    const Result<bool> valid =
        Crypto::verifySignature(bound.key, Crypto::SignatureAlgorithm::EdDSA, *signedBytes, *signature);
    if (!valid || !*valid) {
        outcome.proof = proofCheck(
            CheckStatus::Fail,
            VerifyText::tr("The signature does not match: the credential was changed after it was signed, or it was "
                           "signed with a different key."),
            QStringLiteral("%1 signature does not verify with key %2%3")
                .arg(suiteName, bound.keyText,
                     valid ? QString() : QStringLiteral(" (") + valid.error().toString() + QLatin1Char(')')),
            QStringLiteral("verify.signature-invalid"));
        return single;
    }
    const QString detail = QStringLiteral("%1 signature verified with key %2").arg(suiteName, bound.keyText);
    if (!dropped.isEmpty()) {
        outcome.proof = proofCheck(
            CheckStatus::Warn,
            VerifyText::tr("The signature is valid, but some fields of the credential are not covered by it: %1.")
                .arg(dropped.join(QStringLiteral(", "))),
            detail + QStringLiteral("; terms not defined by any context: ") + dropped.join(QStringLiteral(", ")),
            QStringLiteral("verify.unsigned-fields"));
    } else if (suiteName == QLatin1String("eddsa-2022")) {
        outcome.proof =
            proofCheck(CheckStatus::Warn,
                       VerifyText::tr("The signature is valid; it uses the pre-standard name of its algorithm."),
                       detail, QStringLiteral("verify.legacy-suite-name"));
    } else {
        outcome.proof =
            proofCheck(CheckStatus::Pass,
                       VerifyText::tr("The signature is valid: nothing changed since the issuer signed it."), detail);
    }
    return single;
}

int severity(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return 3;
    case CheckStatus::Skip:
        return 2;
    case CheckStatus::Warn:
        return 1;
    case CheckStatus::Pass:
        break;
    }
    return 0;
}

} // namespace

ProofOutcome verifyEmbeddedProofs(const QJsonObject &credential, const QString &issuerId, const SuiteContext &context)
{
    bool malformed = false;
    const QList<QJsonObject> proofs = proofsOf(credential.value(kProof), &malformed);
    if (malformed) {
        return failed(proofCheck(CheckStatus::Fail, VerifyText::tr("The credential's signature is damaged."),
                                 QStringLiteral("`proof` is not an object or an array of objects"),
                                 QStringLiteral("verify.proof-malformed")))
            .outcome;
    }
    if (proofs.size() > Limits::kMaxProofs) {
        return failed(
                   proofCheck(
                       CheckStatus::Fail,
                       VerifyText::tr("The credential carries more signatures than Credfolio checks."),
                       QStringLiteral("%1 proofs; at most %2 are checked").arg(proofs.size()).arg(Limits::kMaxProofs),
                       QStringLiteral("verify.too-many-proofs")))
            .outcome;
    }
    if (proofs.isEmpty()) {
        return failed(
                   proofCheck(CheckStatus::Fail,
                              VerifyText::tr("The credential carries no signature, so nothing proves who issued it."),
                              QStringLiteral("no `proof` member"), QStringLiteral("verify.no-proof")))
            .outcome;
    }
    std::optional<ProofOutcome> worst;
    std::optional<ProofOutcome> firstUnsupported;
    QStringList details;
    for (const QJsonObject &proof : proofs) {
        SingleProof single = verifyOne(credential, proof, proofs, issuerId, context);
        if (!single.supported) {
            if (!firstUnsupported)
                firstUnsupported = single.outcome;
            details.append(single.outcome.proof.detail);
            continue;
        }
        details.append(single.outcome.proof.detail);
        // A broken signature outranks a key problem, which outranks a warning.
        const auto rank = [](const ProofOutcome &o) {
            return severity(o.proof.status) * 4 + severity(o.issuerKey.status);
        };
        if (!worst || rank(single.outcome) > rank(*worst)) {
            const QDateTime asOf = worst ? worst->documentsAsOf : QDateTime();
            worst = single.outcome;
            worst->reliedOn(asOf, asOf.isValid());
        } else {
            worst->reliedOn(single.outcome.documentsAsOf, single.outcome.documentsAsOf.isValid());
        }
    }
    if (!worst)
        return *firstUnsupported;
    if (proofs.size() > 1)
        worst->proof.detail = details.join(QStringLiteral("; "));
    return *worst;
}

} // namespace Credfolio::Verify
