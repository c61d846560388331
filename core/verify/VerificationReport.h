// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Credfolio::Verify {

/// The outcome of one check. `Warn` never makes a credential invalid ("status could not be checked",
/// "issuer not in a registry", "key taken from the method URL"); `Skip` means the check was not run
/// (an earlier check failed, or the credential has nothing to check, e.g. no credentialStatus).
enum class CheckStatus { Pass, Fail, Warn, Skip };

/// Stable check ids, in report order.
namespace CheckId {
inline constexpr auto Format = "format";
inline constexpr auto Proof = "proof";
inline constexpr auto IssuerKey = "issuer-key";
inline constexpr auto Embedded = "embedded"; ///< CLR only: every contained credential verifies
inline constexpr auto Validity = "validity";
inline constexpr auto Status = "status";
inline constexpr auto IssuerTrust = "issuer-trust";
} // namespace CheckId

/// One line of the check list. `message` is for learners (translated, one sentence); `detail` is the
/// technical line behind it (untranslated: suite, key, URLs, dates, error codes).
struct Check {
    QString id;
    CheckStatus status = CheckStatus::Skip;
    QString message;
    QString detail;
    QString code; ///< stable reason when not Pass ("verify.signature-invalid", "net.offline"...), else empty
};

/// Everything Credfolio found out about one credential, in check order (format, proof, issuer-key,
/// [embedded], validity, status, issuer-trust). A plain copyable value.
struct VerificationReport {
    QString format;          ///< Credentials::formatKey() of what was verified, or empty if it could not be read
    QList<Check> checks;     ///< ordered as above; every id at most once
    QDateTime checkedAt;     ///< the instant the checks were made against ("now" or --at), UTC
    QDateTime documentsAsOf; ///< oldest fetch date of a cached/bundled document relied on; invalid if none
    QList<VerificationReport> embedded; ///< CLR: one report per contained credential, in order

    /// Valid: no check failed (warnings allowed) and every embedded report valid.
    bool isValid() const;
    /// The first failing check, or nullptr.
    const Check *firstFailure() const;
    /// Not valid only because the issuer's key could not be obtained (offline, a network failure): nothing was
    /// found wrong, the signature is simply unchecked. Shown as "could not be checked", never as forged.
    bool couldNotBeChecked() const;
    /// The check with this id, or nullptr.
    const Check *check(QStringView id) const;
    /// Adds or replaces the check with the same id (keeps the position of the one replaced).
    void setCheck(const Check &check);

    /// {"format", "verdict": "valid"|"invalid", "checkedAt", "documentsAsOf"?, "checks": [{"id", "status",
    /// "message", "detail"?, "code"?}], "embedded"?: [...]} — the `verify --json` element (without "path")
    /// and what the library stores.
    QJsonObject toJson() const;
    /// Reads what toJson() wrote. Errors: verify.bad-report.
    static Result<VerificationReport> fromJson(const QJsonObject &json);
};

QString checkStatusKey(CheckStatus status); ///< "pass", "fail", "warn", "skip"
std::optional<CheckStatus> checkStatusFromKey(QStringView key);

/// Shorthand: Check{id, status, message, detail, code}.
Check makeCheck(const QString &id, CheckStatus status, const QString &message, const QString &detail = {},
                const QString &code = {});

} // namespace Credfolio::Verify
