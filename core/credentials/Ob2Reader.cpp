// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/Ob2Reader.h"

#include "core/credentials/JsonFields.h"
#include "core/credentials/Limits.h"

#include <QCoreApplication>

namespace Credfolio::Credentials::Detail {

namespace {

QString ob2Version(const QJsonObject &assertion)
{
    const QList<QJsonValue> contexts = elements(assertion.value(QLatin1StringView("@context")), 16);
    for (const QJsonValue &context : contexts) {
        const QString url = context.toString();
        if (url.contains(QLatin1StringView("openbadges/v2"))) {
            return QStringLiteral("OB 2.0");
        }
        if (url.contains(QLatin1StringView("openbadges/v1"))) {
            return QStringLiteral("OB 1.1");
        }
    }
    if (assertion.value(QLatin1StringView("recipient")).isString()) {
        return QStringLiteral("OB 0.5");
    }
    return assertion.contains(QLatin1StringView("@context")) ? QStringLiteral("OB 2.0") : QStringLiteral("OB 1.0");
}

bool isHashedText(const QString &identity)
{
    return identity.startsWith(QLatin1StringView("sha256$"), Qt::CaseInsensitive) ||
           identity.startsWith(QLatin1StringView("md5$"), Qt::CaseInsensitive);
}

Identity readRecipient(const QJsonObject &assertion)
{
    Identity identity;
    const QJsonValue recipient = assertion.value(QLatin1StringView("recipient"));
    if (recipient.isString()) { // OB 0.5: the e-mail address or its hash, salt beside it
        identity.identityType = QStringLiteral("email");
        identity.identityHash = recipient.toString();
        identity.hashed = isHashedText(identity.identityHash);
        identity.salt = text(assertion, QLatin1StringView("salt"));
        return identity;
    }
    // Some 1.0-era bakers wrote {"identity": {"recipient", "type", "hashed", "salt"}} instead of "recipient".
    const QJsonObject legacy = assertion.value(QLatin1StringView("identity")).toObject();
    if (!recipient.isObject() && legacy.value(QLatin1StringView("recipient")).isString()) {
        identity.identityType = text(legacy, QLatin1StringView("type"));
        identity.identityHash = text(legacy, QLatin1StringView("recipient"));
        identity.hashed = legacy.value(QLatin1StringView("hashed")).toBool() || isHashedText(identity.identityHash);
        identity.salt = text(legacy, QLatin1StringView("salt"));
        return identity;
    }
    const QJsonObject object = recipient.toObject();
    identity.identityType = text(object, QLatin1StringView("type"));
    identity.identityHash = text(object, QLatin1StringView("identity"));
    const QJsonValue hashed = object.value(QLatin1StringView("hashed"));
    identity.hashed = hashed.isBool()
                          ? hashed.toBool()
                          : (hashed.toString() == QLatin1StringView("true") || isHashedText(identity.identityHash));
    identity.salt = text(object, QLatin1StringView("salt"));
    return identity;
}

/// An embedded object, or the document fetched from a URL; a warning when it cannot be had.
QJsonObject resolve(const QJsonValue &value, const QString &what, Credential &out, ReadContext &context)
{
    if (value.isObject()) {
        return value.toObject();
    }
    const QString url = value.toString();
    if (url.isEmpty()) {
        return {};
    }
    if (!context.canFetch()) {
        warn(out.warnings, QStringLiteral("credentials.not-fetched"),
             QCoreApplication::translate("Credfolio::Credentials",
                                         "The %1 is only linked (%2) and was not fetched; its details are missing")
                 .arg(what, url));
        return {};
    }
    Result<QJsonObject> fetched = context.fetchJson(url);
    if (!fetched) {
        warn(out.warnings, QStringLiteral("credentials.fetch-failed"),
             QCoreApplication::translate("Credfolio::Credentials", "The %1 at %2 could not be fetched: %3")
                 .arg(what, url, fetched.error().message));
        return {};
    }
    return fetched.value();
}

Profile readIssuer(const QJsonValue &value, Credential &out, ReadContext &context)
{
    const QString what = QCoreApplication::translate("Credfolio::Credentials", "issuer profile");
    const QJsonObject object = resolve(value, what, out, context);
    Profile profile = readProfile(object, out.warnings);
    if (profile.id.isEmpty()) {
        profile.id = value.isString() ? value.toString() : text(object, QLatin1StringView("origin"));
    }
    if (profile.url.isEmpty()) {
        profile.url = text(object, QLatin1StringView("origin")); // OB 0.5
    }
    if (profile.email.isEmpty()) {
        profile.email = text(object, QLatin1StringView("contact")); // OB 0.5
    }
    return profile;
}

void readBadgeClass(const QJsonValue &value, Credential &out, ReadContext &context)
{
    const QString what = QCoreApplication::translate("Credfolio::Credentials", "badge description (BadgeClass)");
    const QJsonObject badge = resolve(value, what, out, context);
    Achievement &achievement = out.achievement;
    achievement.id = value.isString() ? value.toString() : text(badge, QLatin1StringView("id"));
    achievement.types = texts(badge.value(QLatin1StringView("type")));
    achievement.name = firstText(badge.value(QLatin1StringView("name")));
    achievement.description = text(badge, QLatin1StringView("description"));
    achievement.image = readImage(badge.value(QLatin1StringView("image")), out.warnings);
    const QJsonValue criteria = badge.value(QLatin1StringView("criteria"));
    if (criteria.isString()) {
        achievement.criteria.id = criteria.toString();
    } else if (criteria.isObject()) {
        achievement.criteria.id = text(criteria.toObject(), QLatin1StringView("id"));
        achievement.criteria.narrative = text(criteria.toObject(), QLatin1StringView("narrative"));
    }
    for (const QJsonValue &alignment : elements(badge.value(QLatin1StringView("alignment")), Limits::kMaxListEntries)) {
        if (alignment.isObject()) {
            achievement.alignments.append(readAlignment(alignment.toObject()));
        }
    }
    achievement.tags = texts(badge.value(QLatin1StringView("tags")));
    const QJsonValue issuer = badge.value(QLatin1StringView("issuer"));
    if (issuer.isString() || issuer.isObject()) {
        achievement.creator = readIssuer(issuer, out, context);
        out.issuer = achievement.creator;
    }
}

} // namespace

void readOb2Assertion(const QJsonObject &assertion, Credential &out, ReadContext &context)
{
    out.json = assertion;
    out.kind = Kind::Badge;
    out.specVersion = ob2Version(assertion);
    out.types = texts(assertion.value(QLatin1StringView("type")));
    const QJsonObject verify = assertion.value(QLatin1StringView("verify")).toObject(); // OB 1.0
    out.id = text(assertion, QLatin1StringView("id"));
    if (out.id.isEmpty()) {
        out.id = text(verify, QLatin1StringView("url"));
    }
    if (out.id.isEmpty()) {
        out.id = assertion.value(QLatin1StringView("uid")).toString();
    }
    out.subject.identities.append(readRecipient(assertion));
    readBadgeClass(assertion.value(QLatin1StringView("badge")), out, context);
    const bool legacy = out.specVersion != QLatin1StringView("OB 2.0");
    readDate(assertion, QLatin1StringView("issuedOn"), out.validFrom, out.warnings, legacy);
    if (!assertion.contains(QLatin1StringView("issuedOn"))) {
        readDate(assertion, QLatin1StringView("issued_on"), out.validFrom, out.warnings, true); // OB 0.5
    }
    readDate(assertion, QLatin1StringView("expires"), out.validUntil, out.warnings, legacy);
    out.evidence = readEvidence(assertion.value(QLatin1StringView("evidence")), out.warnings);
    out.image = readImage(assertion.value(QLatin1StringView("image")), out.warnings);
    if (out.image.isEmpty()) {
        out.image = out.achievement.image;
    }
    out.name = out.achievement.name;
    out.description = out.achievement.description;
}

} // namespace Credfolio::Credentials::Detail
