// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/Ob2Suites.h"

#include "core/crypto/Jws.h"
#include "core/json/JsonReader.h"
#include "core/net/DocumentSource.h"
#include "core/verify/KeyBinding.h"
#include "core/verify/VerifyText.h"

#include <QJsonArray>
#include <QUrl>

namespace Credfolio::Verify {

namespace {

constexpr qint64 kMaxDocumentBytes = 1024 * 1024;

Check proofCheck(CheckStatus status, const QString &message, const QString &detail, const QString &code = {})
{
    return makeCheck(QString::fromLatin1(CheckId::Proof), status, message, detail, code);
}

Check issuerKeyCheck(CheckStatus status, const QString &message, const QString &detail, const QString &code = {})
{
    return makeCheck(QString::fromLatin1(CheckId::IssuerKey), status, message, detail, code);
}

Check skipped(const char *id)
{
    return makeCheck(QString::fromLatin1(id), CheckStatus::Skip,
                     VerifyText::tr("Not checked, because the signature could not be verified."));
}

Net::FetchOptions jsonOptions(bool acceptErrorStatus = false)
{
    Net::FetchOptions options;
    options.acceptedContentTypes = {QStringLiteral("application/json"), QStringLiteral("application/ld+json")};
    options.maxBytes = kMaxDocumentBytes;
    options.acceptErrorStatus = acceptErrorStatus;
    return options;
}

Result<Net::RemoteDocument> fetch(const QString &url, const SuiteContext &context, bool acceptErrorStatus = false)
{
    if (!context.documents) {
        return makeError(QStringLiteral("net.offline"), VerifyText::tr("Nothing can be fetched here."),
                         QStringLiteral("no document source for %1").arg(url));
    }
    return context.documents->fetch(QUrl(url), jsonOptions(acceptErrorStatus));
}

Result<QJsonObject> fetchJson(const QString &url, const SuiteContext &context, ProofOutcome &outcome)
{
    const Result<Net::RemoteDocument> document = fetch(url, context);
    if (!document)
        return document.error();
    outcome.reliedOn(document->fetchedAt, document->fromCache);
    return Json::parseObject(document->body);
}

QString idOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("id")).toString() : value.toString();
}

QStringList publicKeysOf(const QJsonObject &profile)
{
    const QJsonValue value = profile.value(QStringLiteral("publicKey"));
    QStringList keys;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            keys.append(idOf(item));
    } else if (!value.isUndefined()) {
        keys.append(idOf(value));
    }
    keys.removeAll(QString());
    return keys;
}

ProofOutcome profileUnavailable(const QString &issuerId, const Error &error)
{
    ProofOutcome outcome;
    outcome.proof =
        proofCheck(CheckStatus::Skip, VerifyText::tr("The signature could not be checked without the issuer's key."),
                   QStringLiteral("issuer profile %1").arg(issuerId));
    outcome.issuerKey = issuerKeyCheck(
        CheckStatus::Fail, VerifyText::tr("The issuer's profile could not be obtained, so its keys are unknown."),
        error.code + QStringLiteral(": ") + error.toString(), QStringLiteral("verify.key-unavailable"));
    return outcome;
}

// The assertion URL must lie within the issuer's scope (OB 2.0 §Hosted verification).
bool withinIssuerScope(const QUrl &assertion, const QJsonObject &profile, const QString &issuerId)
{
    const QJsonObject policy = profile.value(QStringLiteral("verification")).toObject();
    const auto asList = [](const QJsonValue &value) {
        QStringList list;
        if (value.isString())
            list.append(value.toString());
        for (const QJsonValue &item : value.toArray())
            list.append(item.toString());
        return list;
    };
    const QStringList prefixes = asList(policy.value(QStringLiteral("startsWith")));
    const QStringList origins = asList(policy.value(QStringLiteral("allowedOrigins")));
    const QString url = assertion.toString();
    if (!prefixes.isEmpty()) {
        return std::any_of(prefixes.cbegin(), prefixes.cend(),
                           [&url](const QString &prefix) { return !prefix.isEmpty() && url.startsWith(prefix); });
    }
    if (!origins.isEmpty())
        return origins.contains(assertion.host(), Qt::CaseInsensitive);
    return QUrl(issuerId).host().compare(assertion.host(), Qt::CaseInsensitive) == 0;
}

QStringList differingMembers(QJsonObject held, QJsonObject hosted)
{
    // Revoking changes the issuer's copy, and says so in the status check, not as a difference.
    for (const char *member : {"revoked", "revocationReason"}) {
        held.remove(QLatin1String(member));
        hosted.remove(QLatin1String(member));
    }
    QStringList keys = held.keys() + hosted.keys();
    keys.removeDuplicates();
    QStringList differing;
    for (const QString &key : std::as_const(keys)) {
        if (held.value(key) != hosted.value(key))
            differing.append(key);
    }
    return differing;
}

Check revokedStatus(const QString &detail, const QString &reason = {})
{
    return makeCheck(QString::fromLatin1(CheckId::Status), CheckStatus::Fail,
                     reason.isEmpty() ? VerifyText::tr("The issuer has revoked this badge.")
                                      : VerifyText::tr("The issuer has revoked this badge: %1").arg(reason),
                     detail, QStringLiteral("verify.revoked"));
}

} // namespace

ProofOutcome verifyOb2Signed(const Credentials::Credential &credential, const SuiteContext &context)
{
    ProofOutcome outcome;
    const Result<Crypto::JwsCompact> jws = Crypto::parseJwsCompact(credential.payload.trimmed());
    if (!jws) {
        const bool none = jws.error().code == QLatin1String("crypto.jws-alg-none");
        outcome.proof = proofCheck(CheckStatus::Fail,
                                   none ? VerifyText::tr("The badge is not signed (its token says \"none\").")
                                        : VerifyText::tr("The badge's signed token is damaged."),
                                   jws.error().code + QStringLiteral(": ") + jws.error().toString(),
                                   none ? QStringLiteral("verify.alg-none") : QStringLiteral("verify.jws-malformed"));
        outcome.issuerKey = skipped(CheckId::IssuerKey);
        return outcome;
    }
    const QString issuerId = credential.issuer.id;
    const Result<QJsonObject> profile = fetchJson(issuerId, context, outcome);
    if (!profile)
        return profileUnavailable(issuerId, profile.error());
    outcome.ob2Issuer = profile.value();

    const QStringList listed = publicKeysOf(*profile);
    const QString creator =
        credential.json.value(QStringLiteral("verification")).toObject().value(QStringLiteral("creator")).toString();
    const QString keyUrl = creator.isEmpty() ? listed.value(0) : creator;
    if (keyUrl.isEmpty()) {
        outcome.proof = proofCheck(
            CheckStatus::Skip, VerifyText::tr("The signature could not be checked without the issuer's key."),
            QStringLiteral("the issuer profile lists no publicKey and the assertion names no creator"));
        outcome.issuerKey =
            issuerKeyCheck(CheckStatus::Fail, VerifyText::tr("The issuer publishes no signing key."),
                           QStringLiteral("no publicKey in %1").arg(issuerId), QStringLiteral("verify.key-not-listed"));
        return outcome;
    }
    const Result<QJsonObject> keyDocument = fetchJson(keyUrl, context, outcome);
    const Result<Crypto::PublicKey> key =
        keyDocument ? Crypto::PublicKey::fromPem(keyDocument->value(QStringLiteral("publicKeyPem")).toString().toUtf8())
                    : Result<Crypto::PublicKey>(keyDocument.error());
    if (!key) {
        outcome.proof = proofCheck(CheckStatus::Skip,
                                   VerifyText::tr("The signature could not be checked without the issuer's key."),
                                   QStringLiteral("key %1").arg(keyUrl));
        outcome.issuerKey = issuerKeyCheck(
            CheckStatus::Fail, VerifyText::tr("The issuer's signing key could not be obtained."),
            key.error().code + QStringLiteral(": ") + key.error().toString(), QStringLiteral("verify.key-unavailable"));
        return outcome;
    }
    const Result<bool> valid = Crypto::verifyJws(*jws, *key);
    const QString algorithm = Crypto::joseName(jws->algorithm);
    if (!valid || !*valid) {
        outcome.proof = proofCheck(
            CheckStatus::Fail,
            VerifyText::tr("The signature does not match: the badge was changed after it was signed, or it was signed "
                           "with a different key."),
            QStringLiteral("%1 JWS does not verify with %2%3")
                .arg(algorithm, keyUrl, valid ? QString() : QStringLiteral(": ") + valid.error().toString()),
            QStringLiteral("verify.signature-invalid"));
        outcome.issuerKey = skipped(CheckId::IssuerKey);
        return outcome;
    }
    outcome.proof = proofCheck(CheckStatus::Pass,
                               VerifyText::tr("The signature is valid: nothing changed since the issuer signed it."),
                               QStringLiteral("%1 JWS verified with %2").arg(algorithm, keyUrl));
    const QString owner = keyDocument->value(QStringLiteral("owner")).toString();
    if (!listed.contains(keyUrl) || !sameIssuer(owner, issuerId)) {
        outcome.issuerKey = issuerKeyCheck(
            CheckStatus::Fail, VerifyText::tr("The badge was signed with a key that does not belong to its issuer."),
            QStringLiteral("key %1 (owner %2); issuer %3 lists %4")
                .arg(keyUrl, owner.isEmpty() ? QStringLiteral("(none)") : owner, issuerId,
                     listed.isEmpty() ? QStringLiteral("no keys") : listed.join(QStringLiteral(", "))),
            QStringLiteral("verify.key-not-issuers"));
        return outcome;
    }
    outcome.issuerKey =
        issuerKeyCheck(CheckStatus::Pass, VerifyText::tr("The signing key belongs to the issuer."),
                       QStringLiteral("%1 is listed by %2 and names it as owner").arg(keyUrl, issuerId));
    return outcome;
}

ProofOutcome verifyOb2Hosted(const Credentials::Credential &credential, const SuiteContext &context)
{
    ProofOutcome outcome;
    const QString id = credential.json.value(QStringLiteral("id")).toString();
    const QUrl url(id, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        outcome.proof =
            proofCheck(CheckStatus::Fail, VerifyText::tr("The badge does not say where its issuer keeps the original."),
                       QStringLiteral("hosted assertion id \"%1\" is not an http(s) URL").arg(id),
                       QStringLiteral("verify.hosted-no-url"));
        outcome.issuerKey = skipped(CheckId::IssuerKey);
        return outcome;
    }
    const Result<Net::RemoteDocument> hosted = fetch(id, context, true);
    if (!hosted) {
        outcome.proof =
            proofCheck(CheckStatus::Fail,
                       VerifyText::tr("The issuer's copy of the badge could not be fetched, so it cannot be "
                                      "confirmed."),
                       hosted.error().code + QStringLiteral(": ") + hosted.error().toString(),
                       QStringLiteral("verify.hosted-unavailable"));
        outcome.issuerKey = skipped(CheckId::IssuerKey);
        return outcome;
    }
    outcome.reliedOn(hosted->fetchedAt, hosted->fromCache);
    if (hosted->httpStatus == 410) {
        outcome.proof = proofCheck(CheckStatus::Pass, VerifyText::tr("The issuer has withdrawn its copy of the badge."),
                                   QStringLiteral("HTTP 410 Gone for %1").arg(id));
        outcome.status = revokedStatus(QStringLiteral("HTTP 410 Gone for %1").arg(id));
    } else if (hosted->httpStatus >= 400) {
        outcome.proof = proofCheck(CheckStatus::Fail,
                                   VerifyText::tr("The issuer does not have this badge: its address leads nowhere."),
                                   QStringLiteral("HTTP %1 for %2").arg(hosted->httpStatus).arg(id),
                                   QStringLiteral("verify.hosted-not-found"));
        outcome.issuerKey = skipped(CheckId::IssuerKey);
        return outcome;
    } else {
        const Result<QJsonObject> copy = Json::parseObject(hosted->body);
        if (!copy) {
            outcome.proof = proofCheck(CheckStatus::Fail, VerifyText::tr("The issuer's copy of the badge is damaged."),
                                       copy.error().toString(), QStringLiteral("verify.hosted-malformed"));
            outcome.issuerKey = skipped(CheckId::IssuerKey);
            return outcome;
        }
        const QStringList differing = differingMembers(credential.json, *copy);
        if (!differing.isEmpty()) {
            outcome.proof = proofCheck(
                CheckStatus::Fail, VerifyText::tr("This badge differs from the issuer's copy of it."),
                QStringLiteral("members that differ from %1: %2").arg(id, differing.join(QStringLiteral(", "))),
                QStringLiteral("verify.hosted-mismatch"));
            outcome.issuerKey = skipped(CheckId::IssuerKey);
            return outcome;
        }
        outcome.proof =
            proofCheck(CheckStatus::Pass, VerifyText::tr("The issuer's copy of the badge matches this one."),
                       QStringLiteral("fetched %1 (%2)").arg(id, hosted->fetchedAt.toString(Qt::ISODate)));
        if (copy->value(QStringLiteral("revoked")).toBool()) {
            outcome.status = revokedStatus(QStringLiteral("hosted assertion %1 says \"revoked\": true").arg(id),
                                           copy->value(QStringLiteral("revocationReason")).toString());
        }
    }

    const QString issuerId = credential.issuer.id;
    const Result<QJsonObject> profile = fetchJson(issuerId, context, outcome);
    if (!profile) {
        outcome.issuerKey =
            issuerKeyCheck(CheckStatus::Fail,
                           VerifyText::tr("The issuer's profile could not be obtained, so the badge's address cannot "
                                          "be confirmed as the issuer's."),
                           profile.error().code + QStringLiteral(": ") + profile.error().toString(),
                           QStringLiteral("verify.key-unavailable"));
        return outcome;
    }
    outcome.ob2Issuer = profile.value();
    if (!withinIssuerScope(url, *profile, issuerId)) {
        outcome.issuerKey = issuerKeyCheck(
            CheckStatus::Fail, VerifyText::tr("The badge is hosted on a site that does not belong to its issuer."),
            QStringLiteral("%1 is outside the scope of issuer %2").arg(id, issuerId),
            QStringLiteral("verify.origin-mismatch"));
        return outcome;
    }
    outcome.issuerKey = issuerKeyCheck(CheckStatus::Pass, VerifyText::tr("The badge is hosted by its issuer."),
                                       QStringLiteral("%1 lies within the scope of %2").arg(id, issuerId));
    return outcome;
}

} // namespace Credfolio::Verify
