// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/VcReader.h"

#include "core/credentials/ClrReader.h"
#include "core/credentials/DetectorRules.h"
#include "core/credentials/JsonFields.h"
#include "core/credentials/Limits.h"

#include <QCoreApplication>

namespace Credfolio::Credentials::Detail {

namespace {

void warnTruncated(QList<ReadWarning> &warnings, const QString &member)
{
    warn(warnings, QStringLiteral("credentials.too-many-entries"),
         QCoreApplication::translate("Credfolio::Credentials", "Only the first %1 entries of \"%2\" were read")
             .arg(Limits::kMaxListEntries)
             .arg(member));
}

QList<QJsonObject> objects(const QJsonValue &value, const QString &member, QList<ReadWarning> &warnings)
{
    bool truncated = false;
    QList<QJsonObject> out;
    const QList<QJsonValue> items = elements(value, Limits::kMaxListEntries, &truncated);
    for (const QJsonValue &item : items) {
        if (item.isObject()) {
            out.append(item.toObject());
        }
    }
    if (truncated) {
        warnTruncated(warnings, member);
    }
    return out;
}

Identity readIdentifier(const QJsonObject &object)
{
    Identity identity;
    identity.identityType = text(object, QLatin1StringView("identityType"));
    identity.identityHash = text(object, QLatin1StringView("identityHash"));
    identity.hashed = object.value(QLatin1StringView("hashed")).toBool();
    identity.salt = text(object, QLatin1StringView("salt"));
    return identity;
}

AchievementResult readResult(const QJsonObject &object)
{
    AchievementResult result;
    result.resultDescription = text(object, QLatin1StringView("resultDescription"));
    const QJsonValue value = object.value(QLatin1StringView("value"));
    result.value = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    result.status = text(object, QLatin1StringView("status"));
    result.achievedLevel = text(object, QLatin1StringView("achievedLevel"));
    return result;
}

QJsonObject pickSubject(const QJsonObject &vc, QList<ReadWarning> &warnings)
{
    const QJsonValue value = vc.value(QLatin1StringView("credentialSubject"));
    if (value.isObject()) {
        return value.toObject();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty() && array.first().isObject()) {
            if (array.size() > 1) {
                warn(warnings, QStringLiteral("credentials.multiple-subjects"),
                     QCoreApplication::translate("Credfolio::Credentials",
                                                 "This credential has %1 subjects; only the first is shown")
                         .arg(array.size()));
            }
            return array.first().toObject();
        }
    }
    warn(warnings, QStringLiteral("credentials.no-subject"),
         QCoreApplication::translate(
             "Credfolio::Credentials",
             "This credential names no subject (credentialSubject is missing or not an object)"));
    return {};
}

void readSubject(const QJsonObject &object, Credential &out)
{
    Subject &subject = out.subject;
    subject.id = text(object, QLatin1StringView("id"));
    subject.name = firstText(object.value(QLatin1StringView("name")));
    for (const QJsonObject &identifier :
         objects(object.value(QLatin1StringView("identifier")), QStringLiteral("identifier"), out.warnings)) {
        subject.identities.append(readIdentifier(identifier));
    }
    for (const QJsonObject &result :
         objects(object.value(QLatin1StringView("result")), QStringLiteral("result"), out.warnings)) {
        subject.results.append(readResult(result));
    }
    subject.creditsEarned = number(object.value(QLatin1StringView("creditsEarned")));
    readDate(object, QLatin1StringView("activityStartDate"), subject.activityStartDate, out.warnings);
    readDate(object, QLatin1StringView("activityEndDate"), subject.activityEndDate, out.warnings);
    subject.term = text(object, QLatin1StringView("term"));
    const QJsonValue achievement = object.value(QLatin1StringView("achievement"));
    if (achievement.isObject()) {
        out.achievement = readAchievement(achievement.toObject(), out.warnings);
    } else if (achievement.isString()) {
        out.achievement.id = achievement.toString();
    }
}

QString vcVersion(const QJsonValue &context)
{
    const QString first = firstText(context);
    if (first == QLatin1StringView("https://www.w3.org/ns/credentials/v2")) {
        return QStringLiteral("VC 2.0");
    }
    if (first == QLatin1StringView("https://www.w3.org/2018/credentials/v1")) {
        return QStringLiteral("VC 1.1");
    }
    return {};
}

void readIssuer(const QJsonObject &vc, Credential &out)
{
    const QJsonValue issuer = vc.value(QLatin1StringView("issuer"));
    if (issuer.isUndefined() || issuer.isNull()) {
        warn(out.warnings, QStringLiteral("credentials.no-issuer"),
             QCoreApplication::translate("Credfolio::Credentials", "This credential names no issuer"));
        return;
    }
    if (!issuer.isString() && !issuer.isObject()) {
        warn(out.warnings, QStringLiteral("credentials.bad-issuer"),
             QCoreApplication::translate(
                 "Credfolio::Credentials",
                 "The issuer of this credential is neither a link nor a profile; it is ignored"));
        return;
    }
    out.issuer = readProfile(issuer, out.warnings);
}

void readValidity(const QJsonObject &vc, Credential &out)
{
    // VC 2.0 validFrom/validUntil, else VC 1.1 issuanceDate/expirationDate (each bound on its own).
    const bool hasValidFrom = vc.contains(QLatin1StringView("validFrom"));
    readDate(vc, hasValidFrom ? QLatin1StringView("validFrom") : QLatin1StringView("issuanceDate"), out.validFrom,
             out.warnings);
    const bool hasValidUntil = vc.contains(QLatin1StringView("validUntil"));
    readDate(vc, hasValidUntil ? QLatin1StringView("validUntil") : QLatin1StringView("expirationDate"), out.validUntil,
             out.warnings);
    readDate(vc, QLatin1StringView("awardedDate"), out.awardedDate, out.warnings);
}

} // namespace

Achievement readAchievement(const QJsonObject &object, QList<ReadWarning> &warnings)
{
    Achievement achievement;
    achievement.id = text(object, QLatin1StringView("id"));
    achievement.types = texts(object.value(QLatin1StringView("type")));
    achievement.achievementType = firstText(object.value(QLatin1StringView("achievementType")));
    achievement.name = firstText(object.value(QLatin1StringView("name")));
    achievement.description = text(object, QLatin1StringView("description"));
    const QJsonValue criteria = object.value(QLatin1StringView("criteria"));
    if (criteria.isObject()) {
        achievement.criteria.id = text(criteria.toObject(), QLatin1StringView("id"));
        achievement.criteria.narrative = text(criteria.toObject(), QLatin1StringView("narrative"));
    } else if (criteria.isString()) {
        achievement.criteria.id = criteria.toString();
    }
    achievement.image = readImage(object.value(QLatin1StringView("image")), warnings);
    for (const QJsonObject &alignment :
         objects(object.value(QLatin1StringView("alignment")), QStringLiteral("alignment"), warnings)) {
        achievement.alignments.append(readAlignment(alignment));
    }
    achievement.creditsAvailable = number(object.value(QLatin1StringView("creditsAvailable")));
    achievement.fieldOfStudy = text(object, QLatin1StringView("fieldOfStudy"));
    achievement.specialization = text(object, QLatin1StringView("specialization"));
    achievement.tags = texts(object.value(QLatin1StringView("tag")));
    achievement.humanCode = text(object, QLatin1StringView("humanCode"));
    const QJsonValue creator = object.value(QLatin1StringView("creator"));
    if (creator.isString() || creator.isObject()) {
        achievement.creator = readProfile(creator, warnings);
    }
    return achievement;
}

void readVc(const QJsonObject &vc, Credential &out, ReadContext &context, int depth)
{
    out.json = vc;
    out.types = texts(vc.value(QLatin1StringView("type")));
    out.kind = vcKind(out.types);
    const QString version = vcVersion(vc.value(QLatin1StringView("@context")));
    switch (out.kind) {
    case Kind::Badge:
    case Kind::Endorsement:
        out.specVersion = QStringLiteral("OB 3.0");
        break;
    case Kind::Clr:
        out.specVersion = QStringLiteral("CLR 2.0");
        break;
    case Kind::Other:
        out.specVersion = version;
        break;
    }
    if (version.isEmpty()) {
        warn(out.warnings, QStringLiteral("credentials.unknown-context"),
             QCoreApplication::translate("Credfolio::Credentials",
                                         "The first @context is not the W3C credentials context (1.1 or 2.0)"));
    }
    out.id = text(vc, QLatin1StringView("id"));
    readIssuer(vc, out);
    const QJsonObject subject = pickSubject(vc, out.warnings);
    readSubject(subject, out);
    out.evidence = readEvidence(vc.value(QLatin1StringView("evidence")), out.warnings);
    readValidity(vc, out);
    out.name = firstText(vc.value(QLatin1StringView("name")));
    if (out.name.isEmpty()) {
        out.name = out.achievement.name;
    }
    out.description = text(vc, QLatin1StringView("description"));
    if (out.description.isEmpty()) {
        out.description = out.achievement.description;
    }
    out.image = readImage(vc.value(QLatin1StringView("image")), out.warnings);
    if (out.image.isEmpty()) {
        out.image = out.achievement.image;
    }
    if (out.kind == Kind::Clr) {
        readClrSubject(subject, out, context, depth);
    }
}

void applyJwtClaims(const QJsonObject &claims, Credential &out)
{
    if (out.id.isEmpty()) {
        out.id = text(claims, QLatin1StringView("jti"));
    }
    if (out.issuer.id.isEmpty()) {
        out.issuer.id = text(claims, QLatin1StringView("iss"));
        if (!out.issuer.id.isEmpty()) {
            out.warnings.removeIf(
                [](const ReadWarning &w) { return w.code == QLatin1StringView("credentials.no-issuer"); });
        }
    }
    if (out.subject.id.isEmpty()) {
        out.subject.id = text(claims, QLatin1StringView("sub"));
    }
    if (!out.validFrom.isValid()) {
        out.validFrom = numericDate(claims.value(QLatin1StringView("nbf")));
    }
    if (!out.validUntil.isValid()) {
        out.validUntil = numericDate(claims.value(QLatin1StringView("exp")));
    }
}

} // namespace Credfolio::Credentials::Detail
