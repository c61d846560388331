// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/DetectorRules.h"

#include "core/credentials/JsonFields.h"

#include <QCoreApplication>

namespace Credfolio::Credentials {

namespace {

bool contextMentions(const QJsonValue &context, QLatin1StringView needle)
{
    const QList<QJsonValue> items = Detail::elements(context, 64);
    for (const QJsonValue &item : items) {
        if (item.isString() && item.toString().contains(needle)) {
            return true;
        }
    }
    return false;
}

bool isVcContext(const QJsonValue &context)
{
    const QString first = Detail::firstText(context);
    return first == QLatin1StringView("https://www.w3.org/ns/credentials/v2") ||
           first == QLatin1StringView("https://www.w3.org/2018/credentials/v1");
}

Error refuse(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

} // namespace

Kind vcKind(const QStringList &types)
{
    if (types.contains(QLatin1StringView("ClrCredential"))) {
        return Kind::Clr;
    }
    if (types.contains(QLatin1StringView("EndorsementCredential"))) {
        return Kind::Endorsement;
    }
    if (types.contains(QLatin1StringView("OpenBadgeCredential")) ||
        types.contains(QLatin1StringView("AchievementCredential"))) {
        return Kind::Badge;
    }
    return Kind::Other;
}

Result<JsonShape> classifyJson(const QJsonObject &object)
{
    const QStringList types = Detail::texts(object.value(QLatin1StringView("type")));
    const QJsonValue context = object.value(QLatin1StringView("@context"));
    if (types.contains(QLatin1StringView("VerifiablePresentation"))) {
        return refuse("credentials.presentation",
                      QCoreApplication::translate("Credfolio::Credentials",
                                                  "This is a Verifiable Presentation (a wrapper that a holder sends), "
                                                  "not a credential; import the credentials it contains"));
    }
    if (types.contains(QLatin1StringView("VerifiableCredential")) || isVcContext(context)) {
        JsonShape shape;
        shape.vc = true;
        shape.kind = vcKind(types);
        return shape;
    }
    const bool openBadges = contextMentions(context, QLatin1StringView("openbadges"));
    const bool hasRecipient = object.contains(QLatin1StringView("recipient"));
    const bool hasBadge = object.contains(QLatin1StringView("badge"));
    const bool legacyAssertion =
        hasBadge && (object.contains(QLatin1StringView("uid")) || object.value(QLatin1StringView("verify")).isObject());
    if (types.contains(QLatin1StringView("Assertion")) || (hasRecipient && hasBadge) || legacyAssertion) {
        return JsonShape{false, Kind::Badge};
    }
    if (types.contains(QLatin1StringView("BadgeClass")) ||
        (!hasRecipient && object.contains(QLatin1StringView("criteria")) &&
         object.contains(QLatin1StringView("issuer")))) {
        return refuse("credentials.badgeclass-not-assertion",
                      QCoreApplication::translate("Credfolio::Credentials",
                                                  "This JSON is an Open Badges BadgeClass (the description of a "
                                                  "badge), not an awarded badge"));
    }
    if (types.contains(QLatin1StringView("Achievement"))) {
        return refuse("credentials.badgeclass-not-assertion",
                      QCoreApplication::translate("Credfolio::Credentials",
                                                  "This JSON is an Open Badges 3.0 Achievement (the description of "
                                                  "what can be earned), not an awarded credential"));
    }
    const bool profileType =
        types.contains(QLatin1StringView("Issuer")) || types.contains(QLatin1StringView("Profile"));
    const bool bareProfile = types.isEmpty() && !hasRecipient && object.contains(QLatin1StringView("name")) &&
                             (openBadges || object.contains(QLatin1StringView("url")));
    if (profileType || bareProfile) {
        return refuse("credentials.issuer-profile",
                      QCoreApplication::translate("Credfolio::Credentials",
                                                  "This JSON is an issuer's profile, not an awarded badge"));
    }
    return refuse("credentials.not-a-credential",
                  openBadges ? QCoreApplication::translate("Credfolio::Credentials",
                                                           "This Open Badges document is not an awarded badge")
                             : QCoreApplication::translate("Credfolio::Credentials",
                                                           "This JSON is not a credential Credfolio can read"));
}

} // namespace Credfolio::Credentials
