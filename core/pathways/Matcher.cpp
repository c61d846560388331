// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/Matcher.h"

#include <QCoreApplication>

namespace Credfolio::Pathways {

namespace {

bool containsInsensitive(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

bool alignmentMatches(const AlignmentMatch &wanted, const Credentials::Alignment &held)
{
    if (!wanted.targetUrl.isEmpty() && wanted.targetUrl != held.targetUrl) {
        return false;
    }
    if (!wanted.targetCode.isEmpty() && wanted.targetCode != held.targetCode) {
        return false;
    }
    if (!wanted.targetFramework.isEmpty() && wanted.targetFramework != held.targetFramework) {
        return false;
    }
    return true;
}

// Position of a value on an ordered scale (lowest first), or a number when there is no scale.
std::optional<double> rank(const ResultMinimum &minimum, const QString &value)
{
    if (!minimum.scale.isEmpty()) {
        const qsizetype index = minimum.scale.indexOf(value.trimmed());
        return index < 0 ? std::nullopt : std::optional<double>(double(index));
    }
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

bool resultMeets(const ResultMinimum &minimum, const QStringList &statuses, const Credentials::Credential &credential)
{
    const std::optional<double> required = rank(minimum, minimum.minimum);
    if (!required) {
        return false;
    }
    for (const Credentials::AchievementResult &result : credential.subject.results) {
        if ((!minimum.resultDescription.isEmpty() && result.resultDescription != minimum.resultDescription) ||
            (!statuses.isEmpty() && !containsInsensitive(statuses, result.status))) {
            continue;
        }
        const QString &value = minimum.field == QLatin1String("achievedLevel") ? result.achievedLevel : result.value;
        const std::optional<double> held = rank(minimum, value);
        if (held && *held >= *required) {
            return true;
        }
    }
    return false;
}

QDateTime issuedAt(const Credentials::Credential &credential)
{
    return credential.awardedDate.isValid() ? credential.awardedDate : credential.validFrom;
}

} // namespace

bool Matcher::isEmpty() const
{
    return achievementIds.isEmpty() && uris.isEmpty() && humanCodes.isEmpty() && issuers.isEmpty() &&
           achievementTypes.isEmpty() && alignments.isEmpty() && tagsAny.isEmpty() && tagsAll.isEmpty() &&
           fieldsOfStudy.isEmpty() && resultStatus.isEmpty() && !minResult && !issuedNotBefore.isValid() &&
           !issuedNotAfter.isValid();
}

bool Matcher::matches(const Credentials::Credential &credential) const
{
    const Credentials::Achievement &achievement = credential.achievement;
    if (!achievementIds.isEmpty() && !achievementIds.contains(achievement.id)) {
        return false;
    }
    if (!uris.isEmpty()) {
        bool found = uris.contains(achievement.id) || (!credential.id.isEmpty() && uris.contains(credential.id));
        for (qsizetype i = 0; !found && i < achievement.alignments.size(); ++i) {
            found = uris.contains(achievement.alignments[i].targetUrl);
        }
        if (!found) {
            return false;
        }
    }
    if (!humanCodes.isEmpty() && !humanCodes.contains(achievement.humanCode)) {
        return false;
    }
    if (!issuers.isEmpty() && !issuers.contains(credential.issuer.id) &&
        (achievement.creator.id.isEmpty() || !issuers.contains(achievement.creator.id))) {
        return false;
    }
    if (!achievementTypes.isEmpty() && !containsInsensitive(achievementTypes, achievement.achievementType)) {
        return false;
    }
    if (!alignments.isEmpty()) {
        bool found = false;
        for (qsizetype i = 0; !found && i < alignments.size(); ++i) {
            for (qsizetype j = 0; !found && j < achievement.alignments.size(); ++j) {
                found = alignmentMatches(alignments[i], achievement.alignments[j]);
            }
        }
        if (!found) {
            return false;
        }
    }
    if (!tagsAny.isEmpty()) {
        bool found = false;
        for (qsizetype i = 0; !found && i < tagsAny.size(); ++i) {
            found = containsInsensitive(achievement.tags, tagsAny[i]);
        }
        if (!found) {
            return false;
        }
    }
    for (const QString &tag : tagsAll) {
        if (!containsInsensitive(achievement.tags, tag)) {
            return false;
        }
    }
    if (!fieldsOfStudy.isEmpty() && !containsInsensitive(fieldsOfStudy, achievement.fieldOfStudy)) {
        return false;
    }
    if (!resultStatus.isEmpty()) {
        bool found = false;
        for (const Credentials::AchievementResult &result : credential.subject.results) {
            found = found || containsInsensitive(resultStatus, result.status);
        }
        if (!found) {
            return false;
        }
    }
    if (minResult && !resultMeets(*minResult, resultStatus, credential)) {
        return false;
    }
    if (issuedNotBefore.isValid() || issuedNotAfter.isValid()) {
        const QDateTime issued = issuedAt(credential);
        if (!issued.isValid() || (issuedNotBefore.isValid() && issued < issuedNotBefore) ||
            (issuedNotAfter.isValid() && issued > issuedNotAfter)) {
            return false;
        }
    }
    return true;
}

QString Matcher::describe() const
{
    QStringList parts;
    if (!humanCodes.isEmpty()) {
        parts << humanCodes.join(QLatin1String(" | "));
    } else if (!achievementIds.isEmpty()) {
        parts << achievementIds.join(QLatin1String(" | "));
    }
    if (!uris.isEmpty()) {
        parts << uris.join(QLatin1String(" | "));
    }
    if (!achievementTypes.isEmpty()) {
        parts << QCoreApplication::translate("Credfolio::Pathways", "type: %1")
                     .arg(achievementTypes.join(QLatin1String(" | ")));
    }
    if (!fieldsOfStudy.isEmpty()) {
        parts << QCoreApplication::translate("Credfolio::Pathways", "field of study: %1")
                     .arg(fieldsOfStudy.join(QLatin1String(" | ")));
    }
    if (!tagsAny.isEmpty()) {
        parts << QCoreApplication::translate("Credfolio::Pathways", "tag: %1").arg(tagsAny.join(QLatin1String(" | ")));
    }
    if (!tagsAll.isEmpty()) {
        parts << QCoreApplication::translate("Credfolio::Pathways", "tags: %1").arg(tagsAll.join(QLatin1String(" + ")));
    }
    for (const AlignmentMatch &alignment : alignments) {
        parts << QCoreApplication::translate("Credfolio::Pathways", "aligned to %1")
                     .arg(alignment.targetUrl.isEmpty()
                              ? alignment.targetFramework + QLatin1Char(' ') + alignment.targetCode
                              : alignment.targetUrl);
    }
    if (!issuers.isEmpty()) {
        parts << QCoreApplication::translate("Credfolio::Pathways", "issued by %1")
                     .arg(issuers.join(QLatin1String(" | ")));
    }
    if (minResult) {
        parts << QCoreApplication::translate("Credfolio::Pathways", "result at least %1").arg(minResult->minimum);
    }
    if (!resultStatus.isEmpty()) {
        parts << QCoreApplication::translate("Credfolio::Pathways", "status %1")
                     .arg(resultStatus.join(QLatin1String(" | ")));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace Credfolio::Pathways
