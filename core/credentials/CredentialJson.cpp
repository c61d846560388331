// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Credfolio::Credentials {

namespace {

QJsonValue isoDate(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC()
                                           .toString(Qt::ISODateWithMs)
                                           .replace(QLatin1StringView(".000Z"), QLatin1StringView("Z")))
                          : QJsonValue(QJsonValue::Null);
}

QString achievementType(const Achievement &achievement)
{
    if (!achievement.achievementType.isEmpty()) {
        return achievement.achievementType;
    }
    return achievement.types.isEmpty() ? QString() : achievement.types.first();
}

QString shortDate(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

QJsonObject toSummaryJson(const Credential &credential)
{
    QJsonObject out;
    out.insert(QLatin1StringView("format"), formatKey(credential.format));
    out.insert(QLatin1StringView("formatName"), formatName(credential.format));
    out.insert(QLatin1StringView("container"), containerKey(credential.container));
    out.insert(QLatin1StringView("kind"), kindKey(credential.kind));
    out.insert(QLatin1StringView("specVersion"), credential.specVersion);
    out.insert(QLatin1StringView("id"), credential.id);
    out.insert(QLatin1StringView("name"), credential.name);
    out.insert(QLatin1StringView("issuer"), QJsonObject{{QLatin1StringView("id"), credential.issuer.id},
                                                        {QLatin1StringView("name"), credential.issuer.name}});
    out.insert(QLatin1StringView("achievement"),
               QJsonObject{{QLatin1StringView("id"), credential.achievement.id},
                           {QLatin1StringView("name"), credential.achievement.name},
                           {QLatin1StringView("type"), achievementType(credential.achievement)}});
    out.insert(QLatin1StringView("validFrom"), isoDate(credential.validFrom));
    out.insert(QLatin1StringView("validUntil"), isoDate(credential.validUntil));
    out.insert(QLatin1StringView("awardedDate"), isoDate(credential.awardedDate));
    const std::optional<double> credits = credential.credits();
    out.insert(QLatin1StringView("credits"), credits ? QJsonValue(*credits) : QJsonValue(QJsonValue::Null));
    QJsonArray alignments;
    for (const Alignment &alignment : credential.achievement.alignments) {
        alignments.append(QJsonObject{{QLatin1StringView("targetName"), alignment.targetName},
                                      {QLatin1StringView("targetUrl"), alignment.targetUrl},
                                      {QLatin1StringView("targetFramework"), alignment.targetFramework},
                                      {QLatin1StringView("targetCode"), alignment.targetCode}});
    }
    out.insert(QLatin1StringView("alignments"), alignments);
    QJsonArray results;
    for (const AchievementResult &result : credential.subject.results) {
        results.append(QJsonObject{{QLatin1StringView("resultDescription"), result.resultDescription},
                                   {QLatin1StringView("value"), result.value},
                                   {QLatin1StringView("status"), result.status}});
    }
    out.insert(QLatin1StringView("results"), results);
    out.insert(QLatin1StringView("embedded"), static_cast<int>(credential.embedded.size()));
    QJsonArray warnings;
    for (const ReadWarning &warning : credential.warnings) {
        warnings.append(
            QJsonObject{{QLatin1StringView("code"), warning.code}, {QLatin1StringView("message"), warning.message}});
    }
    out.insert(QLatin1StringView("warnings"), warnings);
    return out;
}

QString toSummaryText(const Credential &credential)
{
    QStringList lines;
    const QString unnamed = QCoreApplication::translate("Credfolio::Credentials", "(no name)");
    lines << (credential.name.isEmpty() ? unnamed : credential.name);
    const QString issuer = credential.issuer.name.isEmpty() ? credential.issuer.id : credential.issuer.name;
    lines << QCoreApplication::translate("Credfolio::Credentials", "Issuer: %1")
                 .arg(issuer.isEmpty() ? QCoreApplication::translate("Credfolio::Credentials", "unknown") : issuer);
    lines << QCoreApplication::translate("Credfolio::Credentials", "Format: %1 (%2)")
                 .arg(formatName(credential.format), credential.specVersion);
    if (credential.validFrom.isValid()) {
        lines << QCoreApplication::translate("Credfolio::Credentials", "Valid from: %1")
                     .arg(shortDate(credential.validFrom));
    }
    if (credential.validUntil.isValid()) {
        lines << QCoreApplication::translate("Credfolio::Credentials", "Valid until: %1")
                     .arg(shortDate(credential.validUntil));
    }
    if (const std::optional<double> credits = credential.credits()) {
        lines << QCoreApplication::translate("Credfolio::Credentials", "Credits: %1").arg(*credits);
    }
    if (!credential.embedded.isEmpty()) {
        lines << QCoreApplication::translate("Credfolio::Credentials", "Contains %n credential(s)", nullptr,
                                             int(credential.embedded.size()));
    }
    if (!credential.warnings.isEmpty()) {
        lines << QCoreApplication::translate("Credfolio::Credentials", "%n warning(s) while reading", nullptr,
                                             int(credential.warnings.size()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Credfolio::Credentials
