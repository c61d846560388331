// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/ClrReader.h"

#include "core/credentials/JsonFields.h"
#include "core/credentials/Limits.h"
#include "core/credentials/VcReader.h"
#include "core/json/Jcs.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Credfolio::Credentials::Detail {

namespace {

void warnUnreadable(Credential &out, int index, const Error &error)
{
    warn(out.warnings, QStringLiteral("credentials.embedded-unreadable"),
         QCoreApplication::translate("Credfolio::Credentials", "Embedded credential %1 cannot be read: %2")
             .arg(index + 1)
             .arg(error.message));
}

void readEmbeddedObject(const QJsonObject &object, int index, Credential &out, ReadContext &context, int depth)
{
    Credential embedded;
    embedded.format = Format::VcJsonLd;
    embedded.container = Container::Json;
    // The exact text of an embedded object cannot be recovered once its CLR was parsed: keep its JCS (RFC 8785)
    // serialization. Proofs over RDFC or over the CLR's graph do not depend on these bytes; a JCS proof
    // verifies on them exactly.
    Result<QByteArray> canonical = Json::canonicalize(object);
    embedded.payload = canonical ? canonical.value() : QJsonDocument(object).toJson(QJsonDocument::Compact);
    embedded.original = embedded.payload;
    const QStringList types = texts(object.value(QLatin1StringView("type")));
    if (!types.contains(QLatin1StringView("VerifiableCredential"))) {
        warnUnreadable(
            out, index,
            makeError(QStringLiteral("credentials.not-a-credential"),
                      QCoreApplication::translate("Credfolio::Credentials", "it is not a VerifiableCredential")));
        return;
    }
    readVc(object, embedded, context, depth + 1);
    out.embedded.append(embedded);
}

void readEmbeddedToken(const QString &token, int index, Credential &out, ReadContext &context, int depth)
{
    const QByteArray bytes = token.toUtf8();
    Result<Detection> detection = detect(bytes);
    if (!detection) {
        warnUnreadable(out, index, detection.error());
        return;
    }
    if (detection->container != Container::Jwt) {
        warnUnreadable(
            out, index,
            makeError(QStringLiteral("credentials.not-a-credential"),
                      QCoreApplication::translate("Credfolio::Credentials", "a string entry must be a compact JWS")));
        return;
    }
    Credential embedded;
    embedded.original = bytes;
    embedded.payload = detection->payload;
    readDetected(detection.value(), embedded, context, depth + 1);
    out.embedded.append(embedded);
}

void readEmbedded(const QJsonObject &subject, Credential &out, ReadContext &context, int depth)
{
    const QJsonValue value = subject.value(QLatin1StringView("verifiableCredential"));
    if (depth > 0) {
        if (!value.isUndefined()) {
            warn(out.warnings, QStringLiteral("credentials.nested-clr"),
                 QCoreApplication::translate("Credfolio::Credentials",
                                             "A CLR inside a CLR: its own embedded credentials were not read"));
        }
        return;
    }
    bool truncated = false;
    const QList<QJsonValue> items = elements(value, Limits::kMaxEmbeddedCredentials, &truncated);
    for (int index = 0; index < items.size(); ++index) {
        const QJsonValue &item = items.at(index);
        if (item.isObject()) {
            readEmbeddedObject(item.toObject(), index, out, context, depth);
        } else if (item.isString()) {
            readEmbeddedToken(item.toString(), index, out, context, depth);
        } else {
            warnUnreadable(out, index,
                           makeError(QStringLiteral("credentials.not-a-credential"),
                                     QCoreApplication::translate("Credfolio::Credentials",
                                                                 "it is neither an object nor a signed token")));
        }
    }
    if (truncated) {
        warn(out.warnings, QStringLiteral("credentials.too-many-entries"),
             QCoreApplication::translate("Credfolio::Credentials", "Only the first %1 embedded credentials were read")
                 .arg(Limits::kMaxEmbeddedCredentials));
    }
}

} // namespace

void readClrSubject(const QJsonObject &subject, Credential &out, ReadContext &context, int depth)
{
    readEmbedded(subject, out, context, depth);
    bool truncated = false;
    for (const QJsonValue &item :
         elements(subject.value(QLatin1StringView("achievement")), Limits::kMaxListEntries, &truncated)) {
        if (item.isObject()) {
            out.achievements.append(readAchievement(item.toObject(), out.warnings));
        }
    }
    bool associationsTruncated = false;
    for (const QJsonValue &item :
         elements(subject.value(QLatin1StringView("association")), Limits::kMaxListEntries, &associationsTruncated)) {
        const QJsonObject object = item.toObject();
        Association association;
        association.associationType = text(object, QLatin1StringView("associationType"));
        association.sourceId = text(object, QLatin1StringView("sourceId"));
        association.targetId = text(object, QLatin1StringView("targetId"));
        if (!association.associationType.isEmpty() || !association.sourceId.isEmpty()) {
            out.associations.append(association);
        }
    }
    if (truncated || associationsTruncated) {
        warn(out.warnings, QStringLiteral("credentials.too-many-entries"),
             QCoreApplication::translate("Credfolio::Credentials",
                                         "Only the first %1 achievements and associations of this CLR were read")
                 .arg(Limits::kMaxListEntries));
    }
}

} // namespace Credfolio::Credentials::Detail
