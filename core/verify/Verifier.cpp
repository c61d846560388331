// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/Verifier.h"

#include "core/credentials/CredentialReader.h"
#include "core/did/Resolver.h"
#include "core/verify/DataIntegritySuite.h"
#include "core/verify/IssuerRegistry.h"
#include "core/verify/JwtSuite.h"
#include "core/verify/Ob2RevocationList.h"
#include "core/verify/Ob2Suites.h"
#include "core/verify/StatusChecker.h"
#include "core/verify/ValidityCheck.h"
#include "core/verify/VerifyText.h"

namespace Credfolio::Verify {

namespace {

Check skippedAfterFailure(const char *id)
{
    return makeCheck(QString::fromLatin1(id), CheckStatus::Skip,
                     VerifyText::tr("Not checked, because an earlier check failed."));
}

Check formatCheck(const Credentials::Credential &credential)
{
    QStringList details{Credentials::formatKey(credential.format), credential.specVersion,
                        QStringLiteral("container ") + Credentials::containerKey(credential.container)};
    for (const Credentials::ReadWarning &warning : credential.warnings)
        details.append(warning.code);
    return makeCheck(QString::fromLatin1(CheckId::Format), CheckStatus::Pass,
                     VerifyText::tr("Recognised as %1.").arg(Credentials::formatName(credential.format)),
                     details.join(QStringLiteral("; ")));
}

ProofOutcome runSuite(const Credentials::Credential &credential, const SuiteContext &context)
{
    switch (credential.format) {
    case Credentials::Format::Ob2Hosted:
        return verifyOb2Hosted(credential, context);
    case Credentials::Format::Ob2Signed:
        return verifyOb2Signed(credential, context);
    case Credentials::Format::VcJwt:
        return verifyJwt(credential, context);
    case Credentials::Format::VcJsonLd:
        break;
    }
    return verifyEmbeddedProofs(credential.json, credential.issuer.id, context);
}

Check embeddedCheck(const QList<VerificationReport> &reports, const QList<Credentials::Credential> &credentials)
{
    QStringList failing;
    QStringList details;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const Check *failure = reports.at(i).firstFailure();
        if (reports.at(i).isValid())
            continue;
        const QString name = credentials.at(i).name.isEmpty() ? credentials.at(i).id : credentials.at(i).name;
        failing.append(name);
        details.append(QStringLiteral("#%1 %2: %3").arg(i).arg(name, failure ? failure->id : QStringLiteral("?")));
    }
    const QString id = QString::fromLatin1(CheckId::Embedded);
    if (failing.isEmpty()) {
        return makeCheck(id, CheckStatus::Pass,
                         VerifyText::tr("All %n credential(s) inside it verify.", nullptr, int(reports.size())),
                         QStringLiteral("%1 embedded credentials verified").arg(reports.size()));
    }
    return makeCheck(id, CheckStatus::Fail,
                     VerifyText::tr("%n credential(s) inside it do not verify: %1", nullptr, int(failing.size()))
                         .arg(failing.join(QStringLiteral(", "))),
                     details.join(QStringLiteral("; ")), QStringLiteral("verify.embedded-invalid"));
}

void noteAsOf(VerificationReport &report, const QDateTime &asOf)
{
    if (asOf.isValid() && (!report.documentsAsOf.isValid() || asOf < report.documentsAsOf))
        report.documentsAsOf = asOf;
}

} // namespace

Verifier::Verifier(VerifierOptions options)
    : m_options(options)
    , m_resolver(std::make_unique<Did::Resolver>(options.documents))
{
}

Verifier::~Verifier() = default;

VerificationReport Verifier::verify(const Credentials::Credential &credential) const
{
    const Clock &clock = m_options.clock ? *m_options.clock : m_systemClock;
    return verifyAt(credential, clock.now().toUTC(), 0);
}

VerificationReport Verifier::verifyBytes(QByteArrayView bytes) const
{
    const Result<Credentials::Credential> credential =
        Credentials::readCredential(bytes, Credentials::ReadOptions{m_options.documents, false});
    if (credential)
        return verify(*credential);
    const Clock &clock = m_options.clock ? *m_options.clock : m_systemClock;
    VerificationReport report;
    report.checkedAt = clock.now().toUTC();
    report.checks.append(makeCheck(QString::fromLatin1(CheckId::Format), CheckStatus::Fail, credential.error().message,
                                   credential.error().detail, credential.error().code));
    for (const char *id :
         {CheckId::Proof, CheckId::IssuerKey, CheckId::Validity, CheckId::Status, CheckId::IssuerTrust})
        report.checks.append(skippedAfterFailure(id));
    return report;
}

VerificationReport Verifier::verifyAt(const Credentials::Credential &credential, const QDateTime &now, int depth) const
{
    VerificationReport report;
    report.format = Credentials::formatKey(credential.format);
    report.checkedAt = now;
    report.checks.append(formatCheck(credential));

    const SuiteContext context{*m_resolver, m_options.documents, now};
    const ProofOutcome outcome = runSuite(credential, context);
    report.documentsAsOf = outcome.documentsAsOf;
    report.checks.append(outcome.proof);
    report.checks.append(outcome.issuerKey);
    const bool broken = outcome.proof.status == CheckStatus::Fail || outcome.proof.status == CheckStatus::Skip ||
                        outcome.issuerKey.status == CheckStatus::Fail;

    const bool isBundle = !credential.embedded.isEmpty();
    if (broken) {
        if (isBundle)
            report.checks.append(skippedAfterFailure(CheckId::Embedded));
        for (const char *id : {CheckId::Validity, CheckId::Status, CheckId::IssuerTrust})
            report.checks.append(skippedAfterFailure(id));
        return report;
    }
    if (isBundle) {
        for (const Credentials::Credential &inner : credential.embedded)
            report.embedded.append(verifyAt(inner, now, depth));
        report.checks.append(embeddedCheck(report.embedded, credential.embedded));
    }
    report.checks.append(checkValidity(credential, outcome, now));

    if (depth > 0) { // a status list is verified like any credential, but its own status is not followed
        report.checks.append(makeCheck(
            QString::fromLatin1(CheckId::Status), CheckStatus::Skip,
            VerifyText::tr(
                "Not checked: this is a status list, and the status of a status list itself is not looked up.")));
    } else if (outcome.status) {
        report.checks.append(*outcome.status);
    } else if (credential.format == Credentials::Format::Ob2Signed) {
        const StatusOutcome status = checkOb2Revocation(outcome.ob2Issuer, credential.id, m_options.documents);
        report.checks.append(status.check);
        noteAsOf(report, status.documentsAsOf);
    } else if (credential.format == Credentials::Format::Ob2Hosted) {
        report.checks.append(makeCheck(QString::fromLatin1(CheckId::Status), CheckStatus::Pass,
                                       VerifyText::tr("Has not been revoked."),
                                       QStringLiteral("the issuer still hosts the assertion, without \"revoked\"")));
    } else {
        const StatusOutcome status =
            checkStatus(credential, m_options.documents, [this, now, depth](const Credentials::Credential &list) {
                return verifyAt(list, now, depth + 1);
            });
        report.checks.append(status.check);
        noteAsOf(report, status.documentsAsOf);
    }

    static const IssuerRegistrySet noRegistries;
    report.checks.append(issuerTrustCheck(credential, m_options.registries ? *m_options.registries : noRegistries));
    return report;
}

} // namespace Credfolio::Verify
