// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/Recipient.h"

#include <QCryptographicHash>

namespace Credfolio::Credentials {

namespace {

bool isEmailType(const QString &type)
{
    return type.compare(QLatin1StringView("email"), Qt::CaseInsensitive) == 0 ||
           type.compare(QLatin1StringView("emailAddress"), Qt::CaseInsensitive) == 0;
}

bool hashMatches(QCryptographicHash::Algorithm algorithm, const QString &expectedHex, const QString &candidate,
                 const QString &salt)
{
    const QByteArray digest = QCryptographicHash::hash((candidate + salt).toUtf8(), algorithm).toHex();
    return expectedHex.compare(QString::fromLatin1(digest), Qt::CaseInsensitive) == 0;
}

} // namespace

bool identityMatches(const Identity &identity, const QString &value)
{
    const QString candidate = value.trimmed();
    if (candidate.isEmpty() || identity.identityHash.isEmpty()) {
        return false;
    }
    const bool email = isEmailType(identity.identityType) || identity.identityType.isEmpty();
    const qsizetype dollar = identity.identityHash.indexOf(QLatin1Char('$'));
    const bool looksHashed = dollar > 0;
    if (!identity.hashed && !looksHashed) {
        return email ? identity.identityHash.trimmed().compare(candidate, Qt::CaseInsensitive) == 0
                     : identity.identityHash == candidate;
    }
    if (!looksHashed) {
        return false;
    }
    const QString algorithmName = identity.identityHash.first(dollar).toLower();
    const QString hex = identity.identityHash.sliced(dollar + 1);
    QCryptographicHash::Algorithm algorithm;
    if (algorithmName == QLatin1StringView("sha256")) {
        algorithm = QCryptographicHash::Sha256;
    } else if (algorithmName == QLatin1StringView("md5")) {
        algorithm = QCryptographicHash::Md5;
    } else {
        return false;
    }
    if (hashMatches(algorithm, hex, candidate, identity.salt)) {
        return true;
    }
    const QString lower = candidate.toLower();
    return email && lower != candidate && hashMatches(algorithm, hex, lower, identity.salt);
}

bool subjectMatches(const Subject &subject, const QString &value)
{
    if (!subject.id.isEmpty() && subject.id == value.trimmed()) {
        return true;
    }
    for (const Identity &identity : subject.identities) {
        if (identityMatches(identity, value)) {
            return true;
        }
    }
    return false;
}

} // namespace Credfolio::Credentials
