// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/Ob2RevocationList.h"

#include "core/json/JsonReader.h"
#include "core/verify/StatusChecks.h"

#include <QJsonArray>

#include <optional>

namespace Credfolio::Verify {

namespace {

struct Listed {
    QString reason;
};

std::optional<Listed> findAssertion(const QJsonArray &revoked, const QString &id, const QString &uid)
{
    for (const QJsonValue &item : revoked) {
        if (item.isString()) {
            if (item.toString() == id || (!uid.isEmpty() && item.toString() == uid)) {
                return Listed{};
            }
            continue;
        }
        const QJsonObject entry = item.toObject();
        const QString entryId = entry.value(QLatin1StringView("id")).toString();
        const QString entryUid = entry.value(QLatin1StringView("uid")).toString();
        if ((!entryId.isEmpty() && entryId == id) || (!uid.isEmpty() && entryUid == uid)) {
            return Listed{entry.value(QLatin1StringView("revocationReason")).toString()};
        }
    }
    return std::nullopt;
}

} // namespace

StatusOutcome checkOb2Revocation(const QJsonObject &issuerProfile, const QString &assertionId,
                                 const Net::DocumentSource *documents, const QString &assertionUid)
{
    const QString listUrl = issuerProfile.value(QLatin1StringView("revocationList")).toString();
    if (listUrl.isEmpty()) {
        return {StatusChecks::nothingToCheck(QStringLiteral("the issuer profile names no revocationList")), {}};
    }
    if (assertionId.isEmpty() && assertionUid.isEmpty()) {
        return {StatusChecks::unchecked(QStringLiteral("verify.status-unavailable"),
                                        QStringLiteral("the assertion has no id to look up in %1").arg(listUrl)),
                {}};
    }
    Result<Net::RemoteDocument> document = StatusChecks::fetchList(
        documents, listUrl, {QStringLiteral("application/json"), QStringLiteral("application/ld+json")});
    if (!document) {
        return {StatusChecks::unchecked(document.error().code, document.error().detail), {}};
    }
    Result<QJsonObject> list = Json::parseObject(document->body);
    const QJsonValue revoked = list ? list->value(QLatin1StringView("revokedAssertions")) : QJsonValue();
    if (!revoked.isArray()) {
        return {StatusChecks::unchecked(
                    QStringLiteral("verify.status-list-invalid"),
                    QStringLiteral("RevocationList %1 is not a JSON object with a revokedAssertions array%2")
                        .arg(listUrl, list ? QString() : QStringLiteral(": ") + list.error().detail)),
                {}};
    }
    StatusOutcome outcome;
    StatusChecks::noteAsOf(outcome.documentsAsOf, *document);
    const QString who = assertionId.isEmpty() ? assertionUid : assertionId;
    const QString suffix = StatusChecks::asOfSuffix(*document);
    if (const std::optional<Listed> listed = findAssertion(revoked.toArray(), assertionId, assertionUid)) {
        outcome.check = StatusChecks::revoked(
            listed->reason,
            QStringLiteral("RevocationList %1 lists %2%3%4")
                .arg(listUrl, who,
                     listed->reason.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(listed->reason), suffix));
    } else {
        outcome.check = StatusChecks::passed(
            true, false, QStringLiteral("RevocationList %1 does not list %2%3").arg(listUrl, who, suffix));
    }
    return outcome;
}

} // namespace Credfolio::Verify
