// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/AchievementTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Credfolio::Credentials {

const char *achievementTypeName(const QString &type)
{
    static const QHash<QString, const char *> known{
        {QStringLiteral("Achievement"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Achievement")},
        {QStringLiteral("ApprenticeshipCertificate"),
         QT_TRANSLATE_NOOP("Credfolio::Credentials", "Apprenticeship certificate")},
        {QStringLiteral("Assessment"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Assessment")},
        {QStringLiteral("Assignment"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Assignment")},
        {QStringLiteral("AssociateDegree"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Associate degree")},
        {QStringLiteral("Award"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Award")},
        {QStringLiteral("Badge"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Badge")},
        {QStringLiteral("BachelorDegree"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Bachelor's degree")},
        {QStringLiteral("Certificate"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Certificate")},
        {QStringLiteral("Certification"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Certification")},
        {QStringLiteral("Competency"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Competency")},
        {QStringLiteral("Course"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Course")},
        {QStringLiteral("Degree"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Degree")},
        {QStringLiteral("Diploma"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Diploma")},
        {QStringLiteral("DoctoralDegree"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Doctoral degree")},
        {QStringLiteral("License"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "License")},
        {QStringLiteral("MasterDegree"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Master's degree")},
        {QStringLiteral("MicroCredential"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Micro-credential")},
        {QStringLiteral("Module"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Module")},
        {QStringLiteral("Membership"), QT_TRANSLATE_NOOP("Credfolio::Credentials", "Membership")},
    };
    return known.value(type, nullptr);
}

QString achievementTypeWords(const QString &type)
{
    QString words = type.startsWith(QLatin1String("ext:")) ? type.mid(4) : type;
    static const QRegularExpression capital(QStringLiteral("(?<=[a-z])(?=[A-Z])"));
    words.replace(capital, QStringLiteral(" "));
    return words;
}

} // namespace Credfolio::Credentials
