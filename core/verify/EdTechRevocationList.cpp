// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/EdTechRevocationList.h"

#include "core/json/JsonReader.h"

#include <QJsonArray>
#include <QUrl>

namespace Credfolio::Verify {

namespace {

EntryOutcome unchecked(const QString &code, const QString &detail)
{
    return EntryOutcome{EntryOutcome::Unchecked, {}, detail, code, {}};
}

} // namespace

QString issuerHost(const QString &issuerId)
{
    if (issuerId.startsWith(QLatin1StringView("https://")) || issuerId.startsWith(QLatin1StringView("http://"))) {
        return QUrl(issuerId).host();
    }
    if (issuerId.startsWith(QLatin1StringView("did:web:"))) {
        // did:web:example.com%3A8443:path -> example.com (the port is percent-encoded; paths follow ':').
        const QString domain = issuerId.mid(8).section(QLatin1Char(':'), 0, 0);
        return QUrl::fromPercentEncoding(domain.toLatin1()).section(QLatin1Char(':'), 0, 0).toLower();
    }
    return {};
}

EntryOutcome checkEdTechRevocationList(const QString &listUrl, const Credentials::Credential &credential,
                                       const Net::DocumentSource *documents, QDateTime &asOf)
{
    const QString revocation = QStringLiteral("revocation");
    if (credential.id.isEmpty()) {
        return unchecked(QStringLiteral("verify.status-unavailable"),
                         QStringLiteral("1EdTechRevocationList %1: the credential has no id to look up").arg(listUrl));
    }
    const QString expectedHost = issuerHost(credential.issuer.id);
    const QString listHost = QUrl(listUrl).host();
    if (!expectedHost.isEmpty() && listHost != expectedHost) {
        return unchecked(QStringLiteral("verify.status-list-invalid"),
                         QStringLiteral("1EdTechRevocationList %1 is on host \"%2\", not on the issuer's host \"%3\"")
                             .arg(listUrl, listHost, expectedHost));
    }
    Result<Net::RemoteDocument> document = StatusChecks::fetchList(
        documents, listUrl, {QStringLiteral("application/json"), QStringLiteral("application/ld+json")});
    if (!document) {
        return unchecked(document.error().code, document.error().detail);
    }
    const QString finalHost = document->finalUrl.isValid() ? document->finalUrl.host() : listHost;
    if (!expectedHost.isEmpty() && finalHost != expectedHost) {
        return unchecked(
            QStringLiteral("verify.status-list-invalid"),
            QStringLiteral("1EdTechRevocationList %1 was redirected to host \"%2\", not the issuer's \"%3\"")
                .arg(listUrl, finalHost, expectedHost));
    }
    Result<QJsonObject> list = Json::parseObject(document->body);
    if (!list) {
        return unchecked(QStringLiteral("verify.status-list-invalid"),
                         QStringLiteral("1EdTechRevocationList %1 is not a JSON object: %2 %3")
                             .arg(listUrl, list.error().code, list.error().detail));
    }
    QJsonValue revoked = list->value(QLatin1StringView("revokedCredential"));
    if (revoked.isUndefined()) {
        revoked = list->value(QLatin1StringView("revokedCredentials"));
    }
    if (!revoked.isArray()) {
        return unchecked(QStringLiteral("verify.status-list-invalid"),
                         QStringLiteral("1EdTechRevocationList %1 has no revokedCredential array").arg(listUrl));
    }
    StatusChecks::noteAsOf(asOf, *document);
    const QString suffix = StatusChecks::asOfSuffix(*document);
    for (const QJsonValue &item : revoked.toArray()) {
        const QJsonObject entry = item.toObject();
        if (entry.value(QLatin1StringView("id")).toString() != credential.id) {
            continue;
        }
        if (!entry.value(QLatin1StringView("revoked")).toBool(true)) {
            return EntryOutcome{EntryOutcome::NotSet,
                                revocation,
                                QStringLiteral("1EdTechRevocationList %1 lists %2 with revoked: false%3")
                                    .arg(listUrl, credential.id, suffix),
                                {},
                                {}};
        }
        const QString reason = entry.value(QLatin1StringView("revocationReason")).toString();
        return EntryOutcome{EntryOutcome::Set,
                            revocation,
                            QStringLiteral("1EdTechRevocationList %1 lists %2 as revoked%3%4")
                                .arg(listUrl, credential.id,
                                     reason.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(reason), suffix),
                            {},
                            reason};
    }
    return EntryOutcome{
        EntryOutcome::NotSet,
        revocation,
        QStringLiteral("1EdTechRevocationList %1 does not list %2%3").arg(listUrl, credential.id, suffix),
        {},
        {}};
}

} // namespace Credfolio::Verify
