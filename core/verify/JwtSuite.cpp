// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/JwtSuite.h"

#include "core/crypto/Jws.h"
#include "core/did/Resolver.h"
#include "core/verify/KeyBinding.h"
#include "core/verify/VerifyText.h"

#include <QJsonArray>

namespace Credfolio::Verify {

namespace {

Check proofCheck(CheckStatus status, const QString &message, const QString &detail, const QString &code = {})
{
    return makeCheck(QString::fromLatin1(CheckId::Proof), status, message, detail, code);
}

ProofOutcome failedProof(const Check &proof)
{
    ProofOutcome outcome;
    outcome.proof = proof;
    outcome.issuerKey = makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Skip,
                                  VerifyText::tr("Not checked, because the signature could not be verified."));
    return outcome;
}

Check jwsFailure(const Error &error)
{
    if (error.code == QLatin1String("crypto.jws-alg-none")) {
        return proofCheck(CheckStatus::Fail, VerifyText::tr("The credential is not signed (its token says \"none\")."),
                          error.toString(), QStringLiteral("verify.alg-none"));
    }
    if (error.code == QLatin1String("crypto.jws-alg-hmac")) {
        return proofCheck(CheckStatus::Fail,
                          VerifyText::tr("The credential's token uses a shared-secret algorithm that cannot prove who "
                                         "issued it."),
                          error.toString(), QStringLiteral("verify.alg-hmac"));
    }
    return proofCheck(CheckStatus::Fail, VerifyText::tr("The credential's signed token is damaged."),
                      error.code + QStringLiteral(": ") + error.toString(), QStringLiteral("verify.jws-malformed"));
}

// The verification method URL a `kid` names (absolute, or relative to a DID issuer).
QString methodUrlFor(const QString &kid, const QString &issuerId)
{
    if (kid.startsWith(QLatin1Char('#')))
        return issuerId + kid;
    if (kid.startsWith(QLatin1String("did:")) || kid.startsWith(QLatin1String("https://")) ||
        kid.startsWith(QLatin1String("http://")))
        return kid;
    if (issuerId.startsWith(QLatin1String("did:")))
        return issuerId + QLatin1Char('#') + kid;
    return kid;
}

QDateTime numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC);
}

QDateTime jsonDate(const QJsonObject &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isString())
            return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    }
    return {};
}

QString subjectId(const QJsonObject &credential)
{
    const QJsonValue subject = credential.value(QStringLiteral("credentialSubject"));
    if (subject.isArray())
        return subject.toArray().first().toObject().value(QStringLiteral("id")).toString();
    return subject.toObject().value(QStringLiteral("id")).toString();
}

// The registered claims must agree with the credential they carry (OB 3.0 §8.2.4, VC-JOSE-COSE).
QStringList claimMismatches(const Credentials::Credential &credential)
{
    const QJsonObject &claims = credential.jwtClaims;
    const QJsonObject &vc = credential.json;
    QStringList problems;
    const auto compare = [&](const char *claim, const QString &expected) {
        const QJsonValue value = claims.value(QLatin1String(claim));
        if (!value.isUndefined() && !expected.isEmpty() && value.toString() != expected)
            problems.append(QStringLiteral("%1 \"%2\" ≠ \"%3\"").arg(QLatin1String(claim), value.toString(), expected));
    };
    compare("iss", credential.issuer.id);
    compare("jti", vc.value(QStringLiteral("id")).toString());
    compare("sub", subjectId(vc));
    const auto compareDate = [&](const char *claim, const QDateTime &expected) {
        const QJsonValue value = claims.value(QLatin1String(claim));
        if (value.isUndefined() || !expected.isValid())
            return;
        const QDateTime at = numericDate(value);
        if (!at.isValid() || at.toSecsSinceEpoch() != expected.toSecsSinceEpoch())
            problems.append(
                QStringLiteral("%1 %2 ≠ %3")
                    .arg(QLatin1String(claim), value.toVariant().toString(), expected.toString(Qt::ISODate)));
    };
    compareDate("nbf", jsonDate(vc, {"validFrom", "issuanceDate"}));
    compareDate("exp", jsonDate(vc, {"validUntil", "expirationDate"}));
    return problems;
}

// A `jwk` header is self-asserted: it binds to the issuer only when the issuer is that very key.
Check selfAssertedKey(const Crypto::PublicKey &key, const QString &issuerId, const SuiteContext &context)
{
    if (issuerId.startsWith(QLatin1String("did:key:")) || issuerId.startsWith(QLatin1String("did:jwk:"))) {
        const Result<Did::ControllerDocument> document = context.resolver.resolve(issuerId);
        if (document) {
            for (const Did::VerificationMethod &method : document->methods) {
                if (method.key.toJwk() == key.toJwk()) {
                    return makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Pass,
                                     VerifyText::tr("The signing key belongs to the issuer."),
                                     QStringLiteral("the token's jwk header is the key of %1").arg(issuerId));
                }
            }
        }
    }
    return makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Warn,
                     VerifyText::tr("The token carries its own key, and nothing confirms that the issuer owns it."),
                     QStringLiteral("key %1 from the jwk header; issuer %2").arg(describeKey(key), issuerId),
                     QStringLiteral("verify.key-unconfirmed"));
}

} // namespace

ProofOutcome verifyJwt(const Credentials::Credential &credential, const SuiteContext &context)
{
    const Result<Crypto::JwsCompact> jws = Crypto::parseJwsCompact(credential.payload.trimmed());
    if (!jws)
        return failedProof(jwsFailure(jws.error()));
    const QString issuerId = credential.issuer.id;
    ProofOutcome outcome;
    Crypto::PublicKey key;
    const QString kid = jws->header.value(QStringLiteral("kid")).toString();
    if (!kid.isEmpty()) {
        const BoundKey bound = bindVerificationMethod(methodUrlFor(kid, issuerId), issuerId, context, outcome);
        outcome.issuerKey = bound.issuerKey;
        key = bound.key;
    } else if (jws->header.value(QStringLiteral("jwk")).isObject()) {
        const Result<Crypto::PublicKey> embedded =
            Crypto::PublicKey::fromJwk(jws->header.value(QStringLiteral("jwk")).toObject());
        if (!embedded) {
            return failedProof(proofCheck(
                CheckStatus::Fail, VerifyText::tr("The credential's signed token is damaged."),
                QStringLiteral("jwk header: ") + embedded.error().toString(), QStringLiteral("verify.jws-malformed")));
        }
        key = embedded.value();
        outcome.issuerKey = selfAssertedKey(key, issuerId, context);
    } else {
        // No key named: the issuer's own document must offer exactly the key (first assertionMethod entry).
        const Result<Did::ControllerDocument> document = context.resolver.resolve(issuerId);
        const QString first =
            document && !document->assertionMethod.isEmpty() ? document->assertionMethod.first() : QString();
        const BoundKey bound = bindVerificationMethod(first.isEmpty() ? issuerId : first, issuerId, context, outcome);
        outcome.issuerKey = bound.issuerKey;
        key = bound.key;
    }
    if (key.isNull()) {
        outcome.proof = proofCheck(CheckStatus::Skip,
                                   VerifyText::tr("The signature could not be checked without the issuer's key."),
                                   QStringLiteral("kid %1").arg(kid.isEmpty() ? QStringLiteral("(none)") : kid));
        return outcome;
    }
    const Result<bool> valid = Crypto::verifyJws(*jws, key);
    const QString algorithm = Crypto::joseName(jws->algorithm);
    if (!valid) {
        outcome.proof = proofCheck(
            CheckStatus::Fail, VerifyText::tr("The signature names a key of the wrong type for its algorithm."),
            QStringLiteral("%1 with key %2: %3").arg(algorithm, describeKey(key), valid.error().toString()),
            QStringLiteral("verify.key-type-mismatch"));
        return outcome;
    }
    if (!*valid) {
        outcome.proof = proofCheck(
            CheckStatus::Fail,
            VerifyText::tr("The signature does not match: the credential was changed after it was signed, or it was "
                           "signed with a different key."),
            QStringLiteral("%1 JWS signature does not verify with key %2").arg(algorithm, describeKey(key)),
            QStringLiteral("verify.signature-invalid"));
        return outcome;
    }
    const QStringList mismatches = claimMismatches(credential);
    if (!mismatches.isEmpty()) {
        outcome.proof =
            proofCheck(CheckStatus::Fail, VerifyText::tr("The signed token contradicts the credential it carries."),
                       mismatches.join(QStringLiteral("; ")), QStringLiteral("verify.claim-mismatch"));
        return outcome;
    }
    if (const QDateTime nbf = numericDate(credential.jwtClaims.value(QStringLiteral("nbf"))); nbf.isValid())
        outcome.notBefore = ValidityBound{nbf, QStringLiteral("JWT nbf")};
    if (const QDateTime exp = numericDate(credential.jwtClaims.value(QStringLiteral("exp"))); exp.isValid())
        outcome.notAfter = ValidityBound{exp, QStringLiteral("JWT exp")};
    outcome.proof = proofCheck(CheckStatus::Pass,
                               VerifyText::tr("The signature is valid: nothing changed since the issuer signed it."),
                               QStringLiteral("%1 JWS verified with key %2").arg(algorithm, describeKey(key)));
    return outcome;
}

} // namespace Credfolio::Verify
