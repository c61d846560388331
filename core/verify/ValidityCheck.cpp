// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/ValidityCheck.h"

#include "core/verify/VerifyText.h"

#include <QLocale>

namespace Credfolio::Verify {

namespace {

QString shownDate(const QDateTime &at)
{
    return QLocale().toString(at.toUTC().date(), QLocale::LongFormat);
}

QString isoDate(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

Check checkValidity(const Credentials::Credential &credential, const ProofOutcome &proof, const QDateTime &now)
{
    QDateTime from = credential.validFrom;
    QString fromSource = QStringLiteral("validFrom");
    QDateTime until = credential.validUntil;
    QString untilSource = QStringLiteral("validUntil");
    if (proof.notBefore && (!from.isValid() || proof.notBefore->at > from)) {
        from = proof.notBefore->at;
        fromSource = proof.notBefore->source;
    }
    if (proof.notAfter && (!until.isValid() || proof.notAfter->at < until)) {
        until = proof.notAfter->at;
        untilSource = proof.notAfter->source;
    }
    const QString id = QString::fromLatin1(CheckId::Validity);
    const QString checkedAt = QStringLiteral("checked as of %1").arg(isoDate(now));
    if (from.isValid() && now < from) {
        return makeCheck(
            id, CheckStatus::Fail,
            VerifyText::tr("This credential is not valid yet: it becomes valid on %1.").arg(shownDate(from)),
            QStringLiteral("%1 %2; %3").arg(fromSource, isoDate(from), checkedAt),
            QStringLiteral("verify.not-yet-valid"));
    }
    if (until.isValid() && now >= until) {
        return makeCheck(id, CheckStatus::Fail, VerifyText::tr("This credential expired on %1.").arg(shownDate(until)),
                         QStringLiteral("%1 %2; %3").arg(untilSource, isoDate(until), checkedAt),
                         QStringLiteral("verify.expired"));
    }
    if (until.isValid()) {
        return makeCheck(id, CheckStatus::Pass,
                         VerifyText::tr("Has not expired; valid until %1.").arg(shownDate(until)),
                         QStringLiteral("%1 %2; %3").arg(untilSource, isoDate(until), checkedAt));
    }
    return makeCheck(id, CheckStatus::Pass, VerifyText::tr("Has no expiration date."),
                     from.isValid() ? QStringLiteral("%1 %2; %3").arg(fromSource, isoDate(from), checkedAt)
                                    : checkedAt);
}

} // namespace Credfolio::Verify
