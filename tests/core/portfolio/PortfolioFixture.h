// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/CredentialReader.h"
#include "core/net/DocumentBundle.h"
#include "core/net/DocumentSource.h"
#include "core/portfolio/Portfolio.h"
#include "tests/support/TestData.h"

#include <QCryptographicHash>
#include <QTest>

// Portfolio entries made from real corpus credentials, with verification reports built as values.
namespace Credfolio::Portfolio::Test {

inline const QDateTime kCheckedAt = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
inline const QDateTime kExportedAt = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);

inline Verify::VerificationReport validReport(const Credentials::Credential &credential)
{
    using namespace Verify;
    VerificationReport report;
    report.format = Credentials::formatKey(credential.format);
    report.checkedAt = kCheckedAt;
    report.checks = {makeCheck(QString::fromLatin1(CheckId::Format), CheckStatus::Pass, QStringLiteral("ok")),
                     makeCheck(QString::fromLatin1(CheckId::Proof), CheckStatus::Pass, QStringLiteral("ok")),
                     makeCheck(QString::fromLatin1(CheckId::IssuerKey), CheckStatus::Pass, QStringLiteral("ok")),
                     makeCheck(QString::fromLatin1(CheckId::Validity), CheckStatus::Pass, QStringLiteral("ok")),
                     makeCheck(QString::fromLatin1(CheckId::Status), CheckStatus::Skip, QStringLiteral("none"))};
    return report;
}

inline Verify::VerificationReport failedReport(const Credentials::Credential &credential, const char *checkId,
                                               const QString &code)
{
    Verify::VerificationReport report = validReport(credential);
    report.setCheck(
        Verify::makeCheck(QString::fromLatin1(checkId), Verify::CheckStatus::Fail, QStringLiteral("failed"), {}, code));
    return report;
}

/// The issuers' web documents of the corpus (OB 2.0 BadgeClasses, issuer profiles, badge images), offline.
class CorpusWeb : public Net::DocumentSource {
public:
    CorpusWeb()
    {
        auto bundle = Net::DocumentBundle::load(Credfolio::Test::dataPath(QStringLiteral("corpus/web/manifest.json")));
        if (!bundle) {
            qFatal("cannot load the corpus web bundle: %s", qPrintable(bundle.error().toString()));
        }
        m_bundle = *bundle;
    }
    Result<Net::RemoteDocument> fetch(const QUrl &url, const Net::FetchOptions & = {}) const override
    {
        if (auto found = m_bundle.find(url)) {
            return *found;
        }
        return makeError(QStringLiteral("net.http-status"), QStringLiteral("HTTP 404"), url.toString());
    }

private:
    Net::DocumentBundle m_bundle;
};

enum class Verdict { Valid, Expired, Revoked };

inline PortfolioEntry entryFrom(const QString &corpusFile, const QString &group, Verdict verdict = Verdict::Valid)
{
    const QByteArray bytes = Credfolio::Test::readData(QStringLiteral("corpus/") + corpusFile);
    static const CorpusWeb web;
    Credentials::ReadOptions readOptions;
    readOptions.documents = &web;
    auto read = Credentials::readCredential(bytes, readOptions);
    if (!read) {
        qFatal("cannot read %s: %s", qPrintable(corpusFile), qPrintable(read.error().toString()));
    }
    PortfolioEntry entry;
    entry.credential = *read;
    entry.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    entry.group = group;
    switch (verdict) {
    case Verdict::Valid:
        entry.report = validReport(entry.credential);
        break;
    case Verdict::Expired:
        entry.report = failedReport(entry.credential, Verify::CheckId::Validity, QStringLiteral("verify.expired"));
        break;
    case Verdict::Revoked:
        entry.report = failedReport(entry.credential, Verify::CheckId::Status, QStringLiteral("verify.revoked"));
        break;
    }
    return entry;
}

inline const QString kDataGroup = QStringLiteral("Data Analytics Certificate");
inline const QString kWorkGroup = QStringLiteral("Workplace and Safety");

/// Six valid credentials in two groups (two with baked badge images, one with a public https id), one expired
/// and one revoked credential whose names appear nowhere else.
inline QList<PortfolioEntry> sampleEntries()
{
    return {
        entryFrom(QStringLiteral("ob3/di-rdfc-valid.json"), kDataGroup),
        entryFrom(QStringLiteral("ob3-jwt/jwt-eddsa-valid.jwt"), kDataGroup),
        entryFrom(QStringLiteral("baked/ob3-di-rdfc.png"), kDataGroup),
        entryFrom(QStringLiteral("ob3/di-jcs-valid.json"), kWorkGroup),
        entryFrom(QStringLiteral("ob3-jwt/jwt-rs256-valid.jwt"), kWorkGroup),
        entryFrom(QStringLiteral("baked/ob2-hosted.png"), kWorkGroup),
        entryFrom(QStringLiteral("ob3/di-rdfc-expired.json"), kWorkGroup, Verdict::Expired),
        entryFrom(QStringLiteral("ob3/di-rdfc-unknown-context.json"), kDataGroup, Verdict::Revoked),
    };
}

inline LearnerProfile sampleProfile()
{
    LearnerProfile profile;
    profile.name = QStringLiteral("Nadia Fernández");
    profile.headline = QStringLiteral("Junior data analyst");
    profile.email = QStringLiteral("nadia.fernandez@example.org");
    profile.phone = QStringLiteral("+44 20 7946 0958");
    profile.website = QStringLiteral("https://nadia.example.org");
    profile.location = QStringLiteral("Leeds, United Kingdom");
    profile.summary = QStringLiteral("Analyst with a community-college data analytics certificate in progress, "
                                     "hands-on SQL and spreadsheet work, and a background in logistics and safety.");
    return profile;
}

inline QList<PathwayFigure> samplePathways()
{
    return {PathwayFigure{QStringLiteral("Data Analytics Certificate"), QStringLiteral("Riverbend Community College"),
                          3, 4, 9, 12, 0.75},
            PathwayFigure{QStringLiteral("Workplace Readiness Badge"), QStringLiteral("Summit Workforce Board"), 1, 3,
                          0, 0, 1.0 / 3}};
}

inline ExportOptions sampleOptions()
{
    ExportOptions options;
    options.exportedAt = kExportedAt;
    options.packageId = QStringLiteral("urn:uuid:5f0c7a9e-2d1b-4c8e-9a57-0c1d2e3f4a5b");
    return options;
}

} // namespace Credfolio::Portfolio::Test
