// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/VerificationReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Credfolio::Verify {

namespace {

Error badReport(const QString &detail)
{
    return makeError(QStringLiteral("verify.bad-report"),
                     QCoreApplication::translate("Credfolio::Verify", "The stored verification report is damaged."),
                     detail);
}

QString isoDate(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

bool VerificationReport::isValid() const
{
    if (firstFailure())
        return false;
    for (const VerificationReport &inner : embedded) {
        if (!inner.isValid())
            return false;
    }
    return !checks.isEmpty();
}

const Check *VerificationReport::firstFailure() const
{
    for (const Check &each : checks) {
        if (each.status == CheckStatus::Fail)
            return &each;
    }
    return nullptr;
}

bool VerificationReport::couldNotBeChecked() const
{
    const Check *failure = firstFailure();
    return failure && failure->code == QLatin1String("verify.key-unavailable");
}

const Check *VerificationReport::check(QStringView id) const
{
    for (const Check &each : checks) {
        if (each.id == id)
            return &each;
    }
    return nullptr;
}

void VerificationReport::setCheck(const Check &check)
{
    for (Check &each : checks) {
        if (each.id == check.id) {
            each = check;
            return;
        }
    }
    checks.append(check);
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray checkArray;
    for (const Check &each : checks) {
        QJsonObject item{{QStringLiteral("id"), each.id},
                         {QStringLiteral("status"), checkStatusKey(each.status)},
                         {QStringLiteral("message"), each.message}};
        if (!each.detail.isEmpty())
            item.insert(QStringLiteral("detail"), each.detail);
        if (!each.code.isEmpty())
            item.insert(QStringLiteral("code"), each.code);
        checkArray.append(item);
    }
    QJsonObject json{{QStringLiteral("format"), format},
                     {QStringLiteral("verdict"), isValid() ? QStringLiteral("valid") : QStringLiteral("invalid")},
                     {QStringLiteral("checkedAt"), isoDate(checkedAt)},
                     {QStringLiteral("checks"), checkArray}};
    if (documentsAsOf.isValid())
        json.insert(QStringLiteral("documentsAsOf"), isoDate(documentsAsOf));
    if (!embedded.isEmpty()) {
        QJsonArray inner;
        for (const VerificationReport &each : embedded)
            inner.append(each.toJson());
        json.insert(QStringLiteral("embedded"), inner);
    }
    return json;
}

Result<VerificationReport> VerificationReport::fromJson(const QJsonObject &json)
{
    VerificationReport report;
    report.format = json.value(QStringLiteral("format")).toString();
    report.checkedAt = QDateTime::fromString(json.value(QStringLiteral("checkedAt")).toString(), Qt::ISODateWithMs);
    if (!report.checkedAt.isValid())
        return badReport(QStringLiteral("checkedAt missing or not a date"));
    if (json.contains(QStringLiteral("documentsAsOf"))) {
        report.documentsAsOf =
            QDateTime::fromString(json.value(QStringLiteral("documentsAsOf")).toString(), Qt::ISODateWithMs);
    }
    const QJsonValue checks = json.value(QStringLiteral("checks"));
    if (!checks.isArray())
        return badReport(QStringLiteral("checks is not an array"));
    for (const QJsonValue &value : checks.toArray()) {
        const QJsonObject item = value.toObject();
        const auto status = checkStatusFromKey(item.value(QStringLiteral("status")).toString());
        const QString id = item.value(QStringLiteral("id")).toString();
        if (!status || id.isEmpty())
            return badReport(QStringLiteral("a check without id or with an unknown status"));
        report.checks.append(makeCheck(id, *status, item.value(QStringLiteral("message")).toString(),
                                       item.value(QStringLiteral("detail")).toString(),
                                       item.value(QStringLiteral("code")).toString()));
    }
    for (const QJsonValue &value : json.value(QStringLiteral("embedded")).toArray()) {
        Result<VerificationReport> inner = fromJson(value.toObject());
        if (!inner)
            return inner.error();
        report.embedded.append(std::move(inner).value());
    }
    return report;
}

QString checkStatusKey(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Skip:
        break;
    }
    return QStringLiteral("skip");
}

std::optional<CheckStatus> checkStatusFromKey(QStringView key)
{
    for (CheckStatus status : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Warn, CheckStatus::Skip}) {
        if (checkStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

Check makeCheck(const QString &id, CheckStatus status, const QString &message, const QString &detail,
                const QString &code)
{
    return Check{id, status, message, detail, code};
}

} // namespace Credfolio::Verify
