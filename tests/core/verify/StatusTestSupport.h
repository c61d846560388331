// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-ins for the pipeline around the status check: the list verifier and credentials with a given status.
#pragma once

#include "core/credentials/Credential.h"
#include "core/verify/StatusChecker.h"
#include "core/verify/VerificationReport.h"

#include <QJsonArray>
#include <QMutex>

namespace Credfolio::Test {

/// A ListCredentialVerifier answering with a report whose proof check has `status`; remembers what it saw.
class FakeListVerifier {
public:
    explicit FakeListVerifier(Verify::CheckStatus status = Verify::CheckStatus::Pass)
        : m_status(status)
    {
    }

    Verify::ListCredentialVerifier verifier()
    {
        return [this](const Credentials::Credential &list) {
            const QMutexLocker locker(&m_mutex);
            m_seen.append(list);
            Verify::VerificationReport report;
            report.format = QStringLiteral("vc-json-ld");
            report.checkedAt = QDateTime::currentDateTimeUtc();
            report.documentsAsOf = m_documentsAsOf;
            report.checks.append(Verify::makeCheck(
                QStringLiteral("proof"), m_status, QStringLiteral("proof"), QStringLiteral("stand-in proof check"),
                m_status == Verify::CheckStatus::Fail ? QStringLiteral("verify.signature-invalid") : QString()));
            return report;
        };
    }

    /// The documentsAsOf of the reports it gives (e.g. the list issuer's DID document came from the cache).
    void setDocumentsAsOf(const QDateTime &asOf) { m_documentsAsOf = asOf; }

    QList<Credentials::Credential> seen() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_seen;
    }

private:
    Verify::CheckStatus m_status;
    QDateTime m_documentsAsOf;
    mutable QMutex m_mutex;
    QList<Credentials::Credential> m_seen;
};

/// A credential of `issuer` carrying `status` as its credentialStatus (the status check reads only the JSON,
/// the id and the issuer id).
inline Credentials::Credential credentialWithStatus(const QJsonValue &status,
                                                    const QString &issuer = QStringLiteral("did:example:issuer"),
                                                    const QString &id = QStringLiteral("urn:uuid:credential-1"))
{
    Credentials::Credential credential;
    credential.id = id;
    credential.issuer.id = issuer;
    credential.json.insert(QStringLiteral("id"), id);
    credential.json.insert(QStringLiteral("issuer"), issuer);
    credential.json.insert(QStringLiteral("credentialStatus"), status);
    return credential;
}

/// A BitstringStatusListEntry / StatusList2021Entry.
inline QJsonObject listEntry(const QString &listUrl, qint64 index,
                             const QString &purpose = QStringLiteral("revocation"),
                             const QString &type = QStringLiteral("BitstringStatusListEntry"))
{
    QJsonObject entry;
    entry.insert(QStringLiteral("id"), QString(listUrl + QLatin1Char('#') + QString::number(index)));
    entry.insert(QStringLiteral("type"), type);
    entry.insert(QStringLiteral("statusPurpose"), purpose);
    entry.insert(QStringLiteral("statusListIndex"), QString::number(index));
    entry.insert(QStringLiteral("statusListCredential"), listUrl);
    return entry;
}

} // namespace Credfolio::Test
