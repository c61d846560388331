// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"

#include <QDateTime>
#include <QString>

#include <algorithm>

namespace Credfolio::Test {

/// Builds Credentials::Credential values for pathway tests, as a reader would fill them.
class CredentialBuilder {
public:
    explicit CredentialBuilder(const QString &achievementId, const QString &name = {})
    {
        const QString last = achievementId.mid(
            std::max(achievementId.lastIndexOf(QLatin1Char('/')), achievementId.lastIndexOf(QLatin1Char(':'))) + 1);
        m_credential.achievement.id = achievementId;
        m_credential.achievement.name = name.isEmpty() ? last : name;
        m_credential.name = m_credential.achievement.name;
        m_credential.id = QLatin1String("urn:uuid:") + last;
        m_credential.validFrom = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    }
    CredentialBuilder &id(const QString &value)
    {
        m_credential.id = value;
        return *this;
    }
    CredentialBuilder &issuer(const QString &value)
    {
        m_credential.issuer.id = value;
        return *this;
    }
    CredentialBuilder &type(const QString &value)
    {
        m_credential.achievement.achievementType = value;
        return *this;
    }
    CredentialBuilder &code(const QString &value)
    {
        m_credential.achievement.humanCode = value;
        return *this;
    }
    CredentialBuilder &available(double credits)
    {
        m_credential.achievement.creditsAvailable = credits;
        return *this;
    }
    CredentialBuilder &earned(double credits)
    {
        m_credential.subject.creditsEarned = credits;
        return *this;
    }
    CredentialBuilder &field(const QString &value)
    {
        m_credential.achievement.fieldOfStudy = value;
        return *this;
    }
    CredentialBuilder &tags(const QStringList &value)
    {
        m_credential.achievement.tags = value;
        return *this;
    }
    CredentialBuilder &alignment(const QString &framework, const QString &code, const QString &url = {})
    {
        Credentials::Alignment alignment;
        alignment.targetFramework = framework;
        alignment.targetCode = code;
        alignment.targetUrl = url;
        m_credential.achievement.alignments.append(alignment);
        return *this;
    }
    CredentialBuilder &result(const QString &value, const QString &status = QStringLiteral("Completed"))
    {
        Credentials::AchievementResult result;
        result.value = value;
        result.status = status;
        m_credential.subject.results.append(result);
        return *this;
    }
    CredentialBuilder &issued(int year, int month, int day)
    {
        m_credential.validFrom = QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
        return *this;
    }
    Credentials::Credential build() const { return m_credential; }
    operator Credentials::Credential() const { return m_credential; }

private:
    Credentials::Credential m_credential;
};

} // namespace Credfolio::Test
