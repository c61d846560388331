// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/KeyBinding.h"

#include "core/did/Resolver.h"
#include "core/verify/VerifyText.h"

namespace Credfolio::Verify {

namespace {

QString normalizedIssuer(const QString &id)
{
    if (id.startsWith(QLatin1String("https://")) || id.startsWith(QLatin1String("http://"))) {
        QString copy = id;
        while (copy.endsWith(QLatin1Char('/')))
            copy.chop(1);
        return copy;
    }
    return id;
}

bool documentUnreachable(const Error &error)
{
    return error.code.startsWith(QLatin1String("net.")) || error.code == QLatin1String("did.no-network-source");
}

// The fragment shortcut of many OB 3.0 samples: "<issuer id>#<Multikey>".
std::optional<Crypto::PublicKey> fragmentKey(const QString &methodUrl, const QString &issuerId)
{
    const qsizetype hash = methodUrl.indexOf(QLatin1Char('#'));
    if (hash < 0 || !sameIssuer(methodUrl.left(hash), issuerId))
        return std::nullopt;
    Result<Crypto::PublicKey> key = Crypto::PublicKey::fromMultikey(QStringView(methodUrl).mid(hash + 1));
    if (!key)
        return std::nullopt;
    return key.value();
}

Check keyFailure(const Error &error, const QString &methodUrl)
{
    const QString detail = error.code + QStringLiteral(": ") + error.toString() + QStringLiteral(" — ") + methodUrl;
    if (error.code == QLatin1String("did.method-not-authorized") ||
        error.code == QLatin1String("did.method-not-found") ||
        error.code == QLatin1String("did.method-controller-mismatch")) {
        return makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Fail,
                         VerifyText::tr("The issuer does not list the key that signed this credential."), detail,
                         QStringLiteral("verify.key-not-listed"));
    }
    if (error.code == QLatin1String("did.redirected-elsewhere")) {
        return makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Fail,
                         VerifyText::tr("The issuer's key list was sent from another web site than the issuer's, so "
                                        "it cannot be trusted."),
                         detail, QStringLiteral("verify.origin-mismatch"));
    }
    if (documentUnreachable(error)) {
        return makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Fail,
                         VerifyText::tr("The issuer's key could not be obtained, so the signature cannot be checked."),
                         detail, QStringLiteral("verify.key-unavailable"));
    }
    return makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Fail,
                     VerifyText::tr("The key that signed this credential could not be read."), detail,
                     QStringLiteral("verify.key-invalid"));
}

} // namespace

bool sameIssuer(const QString &a, const QString &b)
{
    return !a.isEmpty() && normalizedIssuer(a) == normalizedIssuer(b);
}

QString describeKey(const Crypto::PublicKey &key)
{
    const QString multikey = key.toMultikey();
    if (!multikey.isEmpty())
        return multikey;
    return QStringLiteral("RSA-%1").arg(key.bits());
}

BoundKey bindVerificationMethod(const QString &methodUrl, const QString &issuerId, const SuiteContext &context,
                                ProofOutcome &outcome)
{
    BoundKey bound;
    const Result<Did::ResolvedMethod> resolved =
        context.resolver.resolveMethod(methodUrl, Did::Relationship::AssertionMethod);
    if (!resolved) {
        if (documentUnreachable(resolved.error())) {
            if (const auto key = fragmentKey(methodUrl, issuerId)) {
                bound.key = *key;
                bound.keyText = describeKey(*key);
                bound.issuerKey = makeCheck(
                    QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Warn,
                    VerifyText::tr("The key is named by the issuer's address, but the issuer's own key list could not "
                                   "be checked, so it is unconfirmed."),
                    QStringLiteral("key %1 taken from the fragment of %2; controller document unavailable: %3")
                        .arg(bound.keyText, methodUrl, resolved.error().toString()),
                    QStringLiteral("verify.key-unconfirmed"));
                return bound;
            }
        }
        bound.issuerKey = keyFailure(resolved.error(), methodUrl);
        return bound;
    }

    const Did::ResolvedMethod &method = resolved.value();
    outcome.reliedOn(method.document.fetchedAt, method.document.fromCache);
    bound.key = method.method.key;
    bound.keyText = describeKey(bound.key);
    const QString asOf = method.document.computed
                             ? QString()
                             : QStringLiteral("; document fetched %1%2")
                                   .arg(method.document.fetchedAt.toString(Qt::ISODate),
                                        method.document.fromCache ? QStringLiteral(" (cached copy)") : QString());
    if (!sameIssuer(method.method.controller, issuerId)) {
        bound.issuerKey =
            makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Fail,
                      VerifyText::tr("The credential was signed with a key that does not belong to its issuer."),
                      QStringLiteral("method %1 is controlled by %2, but the issuer is %3")
                          .arg(method.method.id, method.method.controller,
                               issuerId.isEmpty() ? QStringLiteral("(none)") : issuerId),
                      QStringLiteral("verify.key-not-issuers"));
        return bound;
    }
    bound.issuerKey = makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Pass,
                                VerifyText::tr("The signing key belongs to the issuer."),
                                QStringLiteral("%1 (%2) listed under assertionMethod of %3%4")
                                    .arg(method.method.id, method.method.type, method.document.id, asOf));
    return bound;
}

} // namespace Credfolio::Verify
