// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialReader.h"
#include "core/credentials/Recipient.h"
#include "tests/core/credentials/CorpusManifest.h"
#include "tests/core/credentials/MemoryDocumentSource.h"
#include "tests/support/TestData.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Credfolio;
using namespace Credfolio::Credentials;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

bool hasWarning(const Credential &credential, const char *code)
{
    for (const ReadWarning &warning : credential.warnings) {
        if (warning.code == QLatin1StringView(code)) {
            return !warning.message.isEmpty();
        }
    }
    return false;
}

} // namespace

class TestCorpusReading : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFile_data();
    void everyFile();
    void ob3JsonLdFields();
    void ob3Vc11Dates();
    void vcJwtCredentialAsPayload();
    void vcJwtVcClaim();
    void algNoneIsStillRead();
    void clrSplits();
    void ob2HostedWithLinkedDocuments();
    void ob2HostedOffline();
    void ob2Signed();
    void bakedPngKeepsChunkText();
    void bakedOb2ImageFetched();
    void bakedLegacyUrl();
    void urlImport();
    void urlImportWithoutSource();
    void recipientConfirmation();
    void concurrentReading();

private:
    Test::MemoryDocumentSource m_web;
};

void TestCorpusReading::initTestCase()
{
    m_web.loadManifest(QStringLiteral("corpus/web/manifest.json"));
}

void TestCorpusReading::everyFile_data()
{
    QTest::addColumn<QJsonObject>("entry");
    for (const QJsonValue &entry : Test::corpusEntries()) {
        const QJsonObject object = entry.toObject();
        QTest::newRow(qPrintable(object.value(QLatin1StringView("file")).toString())) << object;
    }
}

void TestCorpusReading::everyFile()
{
    QFETCH(QJsonObject, entry);
    const QByteArray bytes =
        Test::readData(QStringLiteral("corpus/") + entry.value(QLatin1StringView("file")).toString());
    ReadOptions options;
    options.documents = &m_web;
    const Result<Credential> credential = readCredential(bytes, options);
    const QString errorCode = Test::expectedErrorCode(entry.value(QLatin1StringView("reason")).toString());
    if (!errorCode.isEmpty()) {
        QVERIFY(!credential);
        QCOMPARE(credential.error().code, errorCode);
        return;
    }
    QVERIFY2(credential, qPrintable(credential ? QString() : credential.error().toString()));
    QCOMPARE(credential->original, bytes);
    QVERIFY(!credential->payload.isEmpty());
    QVERIFY(!credential->name.isEmpty());
    QVERIFY(!credential->issuer.id.isEmpty());
    QVERIFY(credential->validFrom.isValid());
    const QString family = entry.value(QLatin1StringView("family")).toString();
    QCOMPARE(credential->image.isEmpty(), family == QLatin1StringView("clr2")); // a CLR has no image of its own
    QCOMPARE(credential->kind, family == QLatin1StringView("clr2") ? Kind::Clr : Kind::Badge);
    const QJsonObject embedded = entry.value(QLatin1StringView("embedded")).toObject();
    if (family == QLatin1StringView("clr2")) {
        QCOMPARE(credential->embedded.size(), embedded.value(QLatin1StringView("count")).toInt());
    }
    const QString vcdm = entry.value(QLatin1StringView("vcdm")).toString();
    QCOMPARE(credential->specVersion, vcdm.isEmpty()                        ? QStringLiteral("OB 2.0")
                                      : family == QLatin1StringView("clr2") ? QStringLiteral("CLR 2.0")
                                                                            : QStringLiteral("OB 3.0"));
}

void TestCorpusReading::ob3JsonLdFields()
{
    const QByteArray bytes = Test::readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json"));
    const Result<Credential> read = readCredential(bytes);
    QVERIFY(read);
    const Credential &c = read.value();
    QCOMPARE(c.format, Format::VcJsonLd);
    QCOMPARE(c.container, Container::Json);
    QCOMPARE(c.specVersion, QStringLiteral("OB 3.0"));
    QCOMPARE(c.payload, bytes);
    QCOMPARE(c.id, QStringLiteral("urn:uuid:d4498969-8df0-495c-9b59-a4cebe094f3a"));
    QCOMPARE(c.types, QStringList({QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}));
    QCOMPARE(c.name, QStringLiteral("Foundations of Data Analysis"));
    QCOMPARE(c.issuer.id, QStringLiteral("did:key:z6MkrjR5BDembRct9ZTe6z8pNZqUpEXbYFGYM2rfSqVJUHv7"));
    QCOMPARE(c.issuer.name, QStringLiteral("Riverbend Community College"));
    QCOMPARE(c.issuer.url, QStringLiteral("https://www.example.edu/"));
    QCOMPARE(c.issuer.email, QStringLiteral("registrar@example.edu"));
    QCOMPARE(c.issuer.image.url, QStringLiteral("https://www.example.edu/assets/riverbend-seal.png"));
    QCOMPARE(c.validFrom, utc("2026-07-31T15:06:53Z"));
    QCOMPARE(c.validUntil, utc("2036-11-25T15:06:53Z"));
    QCOMPARE(c.subject.id, QStringLiteral("did:key:z6Mkh8qLTaShCyezVZEJEkvyRTy8LvXbtNZkwA7Bq6QMe3zX"));
    QCOMPARE(c.subject.identities.size(), 1);
    QCOMPARE(c.subject.identities.first().identityType, QStringLiteral("emailAddress"));
    QVERIFY(c.subject.identities.first().hashed);
    QCOMPARE(c.subject.identities.first().salt, QStringLiteral("178792b461f468bc"));
    QCOMPARE(c.subject.creditsEarned, std::optional<double>(3));
    QCOMPARE(c.subject.term, QStringLiteral("Summer 2026"));
    QCOMPARE(c.subject.results.size(), 1);
    QCOMPARE(c.subject.results.first().value, QStringLiteral("A"));
    QCOMPARE(c.subject.results.first().resultDescription,
             QStringLiteral("https://www.example.edu/achievements/data-analytics/DATA-101/results/final-grade"));
    const Achievement &a = c.achievement;
    QCOMPARE(a.id, QStringLiteral("https://www.example.edu/achievements/data-analytics/DATA-101"));
    QCOMPARE(a.achievementType, QStringLiteral("Course"));
    QCOMPARE(a.humanCode, QStringLiteral("DATA 101"));
    QCOMPARE(a.fieldOfStudy, QStringLiteral("Data Analytics"));
    QCOMPARE(a.creditsAvailable, std::optional<double>(3));
    QCOMPARE(a.tags,
             QStringList({QStringLiteral("data"), QStringLiteral("statistics"), QStringLiteral("spreadsheets")}));
    QVERIFY(a.criteria.narrative.startsWith(QLatin1StringView("Completed all weekly labs")));
    QCOMPARE(a.image.caption, QStringLiteral("Foundations of Data Analysis badge"));
    QCOMPARE(a.alignments.size(), 1);
    QCOMPARE(a.alignments.first().targetName, QStringLiteral("Data Scientists"));
    QCOMPARE(a.alignments.first().targetFramework, QStringLiteral("O*NET-SOC 2019"));
    QCOMPARE(a.alignments.first().targetCode, QStringLiteral("15-2051.00"));
    QCOMPARE(a.alignments.first().targetUrl, QStringLiteral("https://www.onetonline.org/link/summary/15-2051.00"));
    QCOMPARE(c.image.url, a.image.url); // no credential image: the achievement's
    QCOMPARE(c.credits(), std::optional<double>(3));
    QVERIFY(c.json.contains(QLatin1StringView("proof")));
    QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.isEmpty() ? QString() : c.warnings.first().message));
}

void TestCorpusReading::ob3Vc11Dates()
{
    const Result<Credential> read =
        readCredential(Test::readData(QStringLiteral("corpus/ob3/ldp-ed25519-2020-valid.json")));
    QVERIFY(read);
    QCOMPARE(read->specVersion, QStringLiteral("OB 3.0"));
    QCOMPARE(read->name, QStringLiteral("Programming in Python"));
    QCOMPARE(read->description,
             QStringLiteral("Łukasz Rossi earned Programming in Python from Riverbend Community College."));
    QCOMPARE(read->validFrom, utc("2025-10-24T15:06:53Z"));
    QCOMPARE(read->validUntil, utc("2035-02-14T15:06:53Z"));
}

void TestCorpusReading::vcJwtCredentialAsPayload()
{
    const QByteArray bytes = Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"));
    const Result<Credential> read = readCredential(bytes);
    QVERIFY(read);
    QCOMPARE(read->format, Format::VcJwt);
    QCOMPARE(read->container, Container::Jwt);
    QCOMPARE(read->payload, bytes.trimmed());
    QCOMPARE(read->original, bytes);
    QCOMPARE(read->jwtHeader.value(QLatin1StringView("alg")).toString(), QStringLiteral("EdDSA"));
    QCOMPARE(read->jwtClaims.value(QLatin1StringView("jti")).toString(), read->id);
    QCOMPARE(read->id, QStringLiteral("urn:uuid:3918319d-d249-462f-9d9a-2efd2eed02a1"));
    QCOMPARE(read->name, QStringLiteral("SQL for Data Analysis"));
    QCOMPARE(read->issuer.name, QStringLiteral("Riverbend Community College"));
    QCOMPARE(read->achievement.id, QStringLiteral("https://www.example.edu/achievements/data-analytics/DATA-110"));
    QCOMPARE(read->validFrom, utc("2026-10-14T15:06:53Z"));
    QCOMPARE(read->validUntil, utc("2036-11-25T15:06:53Z"));
    QCOMPARE(read->specVersion, QStringLiteral("OB 3.0"));
}

void TestCorpusReading::vcJwtVcClaim()
{
    const Result<Credential> read =
        readCredential(Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-rs256-vc-claim-valid.jwt")));
    QVERIFY(read);
    QCOMPARE(read->format, Format::VcJwt);
    QCOMPARE(read->name, QStringLiteral("Forklift Operator Safety"));
    QCOMPARE(read->issuer.name, QStringLiteral("Summit Workforce Board"));
    QCOMPARE(read->achievement.achievementType, QStringLiteral("License"));
    QCOMPARE(read->id, QStringLiteral("urn:uuid:cf81a4b0-a963-4031-93b4-12d120af37da")); // jti: the vc has no id
    QCOMPARE(read->subject.id, QStringLiteral("did:key:z6MktvCk5Wk38BKvUUt3hyLCQ3UAFgihiuVVM8xj8gAxo5W1"));
    QCOMPARE(read->validFrom, utc("2025-07-16T15:06:53Z"));
    QCOMPARE(read->validUntil, utc("2029-08-24T15:06:53Z"));
    QVERIFY(!read->json.contains(QLatin1StringView("vc"))); // json is the credential, jwtClaims the payload
    QVERIFY(read->jwtClaims.value(QLatin1StringView("vc")).isObject());
    QCOMPARE(read->jwtHeader.value(QLatin1StringView("alg")).toString(), QStringLiteral("RS256"));
}

void TestCorpusReading::algNoneIsStillRead()
{
    // Reading never judges the algorithm: verification must be able to say "alg none refused".
    for (const char *file : {"corpus/ob3-jwt/jwt-alg-none.jwt", "corpus/ob2/signed-alg-none.jws",
                             "corpus/ob3-jwt/jwt-alg-confusion-hs256.jwt"}) {
        const Result<Credential> read = readCredential(Test::readData(QString::fromLatin1(file)));
        QVERIFY2(read, file);
        QVERIFY(!read->jwtHeader.value(QLatin1StringView("alg")).toString().isEmpty());
        QVERIFY(!read->id.isEmpty());
        QVERIFY(!read->subject.identities.isEmpty() || !read->subject.id.isEmpty());
    }
}

void TestCorpusReading::clrSplits()
{
    const QByteArray bytes = Test::readData(QStringLiteral("corpus/clr/clr-valid.json"));
    const Result<Credential> read = readCredential(bytes);
    QVERIFY(read);
    const Credential &clr = read.value();
    QCOMPARE(clr.kind, Kind::Clr);
    QCOMPARE(clr.specVersion, QStringLiteral("CLR 2.0"));
    QCOMPARE(clr.issuer.name, QStringLiteral("Riverbend Community College"));
    QVERIFY(clr.name.startsWith(QLatin1StringView("Comprehensive Learner Record")));
    QCOMPARE(clr.validFrom, utc("2026-11-18T15:06:53Z"));
    QCOMPARE(clr.embedded.size(), 3);
    const QJsonArray source = clr.json.value(QLatin1StringView("credentialSubject"))
                                  .toObject()
                                  .value(QLatin1StringView("verifiableCredential"))
                                  .toArray();
    QStringList embeddedAchievements;
    for (int i = 0; i < clr.embedded.size(); ++i) {
        const Credential &e = clr.embedded.at(i);
        QCOMPARE(e.kind, Kind::Badge);
        QVERIFY(e.types.contains(QLatin1StringView("AchievementCredential")));
        QVERIFY(e.json.value(QLatin1StringView("proof")).isObject()); // each keeps its own proof
        QCOMPARE(e.json, source.at(i).toObject());
        QCOMPARE(QJsonDocument::fromJson(e.payload).object(), source.at(i).toObject());
        QCOMPARE(e.achievement.creditsAvailable, std::optional<double>(3));
        embeddedAchievements << e.achievement.id;
    }
    QCOMPARE(embeddedAchievements,
             QStringList({QStringLiteral("https://www.example.edu/achievements/data-analytics/DATA-101"),
                          QStringLiteral("https://www.example.edu/achievements/data-analytics/DATA-110"),
                          QStringLiteral("https://www.example.edu/achievements/data-analytics/DATA-120")}));
    QCOMPARE(clr.associations.size(), 3);
    for (const Association &association : clr.associations) {
        QCOMPARE(association.associationType, QStringLiteral("isChildOf"));
        QCOMPARE(association.targetId,
                 QStringLiteral("https://www.example.edu/achievements/data-analytics/certificate"));
        QVERIFY(embeddedAchievements.contains(association.sourceId));
    }
    QCOMPARE(clr.achievements.size(), 4);
    const auto certificate = std::find_if(clr.achievements.cbegin(), clr.achievements.cend(), [](const Achievement &a) {
        return a.id == QLatin1StringView("https://www.example.edu/achievements/data-analytics/certificate");
    });
    QVERIFY(certificate != clr.achievements.cend());
    QCOMPARE(certificate->name, QStringLiteral("Certificate in Data Analytics"));
    QCOMPARE(certificate->creditsAvailable, std::optional<double>(9));
}

void TestCorpusReading::ob2HostedWithLinkedDocuments()
{
    ReadOptions options;
    options.documents = &m_web;
    const Result<Credential> read =
        readCredential(Test::readData(QStringLiteral("corpus/ob2/hosted-valid.json")), options);
    QVERIFY(read);
    const Credential &c = read.value();
    QCOMPARE(c.format, Format::Ob2Hosted);
    QCOMPARE(c.specVersion, QStringLiteral("OB 2.0"));
    QCOMPARE(c.id,
             QStringLiteral("https://badges.example.org/ob2/assertions/02a150f7-308e-47d7-8e05-31231eb49c94.json"));
    QCOMPARE(c.name, QStringLiteral("Python Foundations"));
    QCOMPARE(c.description, QStringLiteral("Writes, tests and documents small Python programs."));
    QCOMPARE(c.achievement.id, QStringLiteral("https://badges.example.org/ob2/badges/python-foundations.json"));
    QCOMPARE(c.achievement.tags,
             QStringList({QStringLiteral("python"), QStringLiteral("bootcamp"), QStringLiteral("NCA-PY-1")}));
    QCOMPARE(c.achievement.alignments.size(), 1);
    QCOMPARE(c.achievement.alignments.first().targetCode, QStringLiteral("15-1252.00"));
    QVERIFY(c.achievement.criteria.narrative.startsWith(QLatin1StringView("Complete the Python Foundations")));
    QCOMPARE(c.issuer.id, QStringLiteral("https://badges.example.org/ob2/issuer.json"));
    QCOMPARE(c.issuer.name, QStringLiteral("Northgate Coding Academy"));
    QCOMPARE(c.issuer.email, QStringLiteral("badges@example.org"));
    QCOMPARE(c.achievement.creator.name, c.issuer.name);
    QCOMPARE(c.validFrom, utc("2026-09-29T15:06:53Z"));
    QVERIFY(!c.validUntil.isValid());
    QCOMPARE(c.evidence.size(), 1);
    QCOMPARE(c.evidence.first().narrative, QStringLiteral("Final project repository reviewed by two instructors."));
    QCOMPARE(c.subject.identities.size(), 1);
    QCOMPARE(c.subject.identities.first().salt, QStringLiteral("4c7dc8730a4c"));
    // The badge image and the issuer logo came through the DocumentSource.
    QCOMPARE(c.image.url, QStringLiteral("https://badges.example.org/ob2/badges/python-foundations.png"));
    QVERIFY(c.image.data.startsWith("\x89PNG"));
    QCOMPARE(c.image.mimeType, QStringLiteral("image/png"));
    QVERIFY(c.issuer.image.data.startsWith("\x89PNG"));
    QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.isEmpty() ? QString() : c.warnings.first().message));

    const Result<Credential> expired =
        readCredential(Test::readData(QStringLiteral("corpus/ob2/hosted-expired.json")), options);
    QVERIFY(expired);
    QCOMPARE(expired->validFrom, utc("2024-09-19T15:06:53Z"));
    QCOMPARE(expired->validUntil, utc("2026-10-29T15:06:53Z"));
}

void TestCorpusReading::ob2HostedOffline()
{
    const Result<Credential> read = readCredential(Test::readData(QStringLiteral("corpus/ob2/hosted-valid.json")));
    QVERIFY(read);
    QCOMPARE(read->achievement.id, QStringLiteral("https://badges.example.org/ob2/badges/python-foundations.json"));
    QVERIFY(read->achievement.name.isEmpty());
    QVERIFY(hasWarning(read.value(), "credentials.not-fetched"));
    QVERIFY(read->warnings.first().message.contains(QLatin1StringView("python-foundations.json")));
}

void TestCorpusReading::ob2Signed()
{
    ReadOptions options;
    options.documents = &m_web;
    const QByteArray bytes = Test::readData(QStringLiteral("corpus/ob2/signed-valid.jws"));
    const Result<Credential> read = readCredential(bytes, options);
    QVERIFY(read);
    QCOMPARE(read->format, Format::Ob2Signed);
    QCOMPARE(read->container, Container::Jwt);
    QCOMPARE(read->payload, bytes.trimmed());
    QCOMPARE(read->jwtHeader.value(QLatin1StringView("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(read->json, read->jwtClaims);
    QCOMPARE(read->name, QStringLiteral("Python Foundations"));
    QCOMPARE(read->issuer.name, QStringLiteral("Northgate Coding Academy"));
    QCOMPARE(read->json.value(QLatin1StringView("verification")).toObject().value(QLatin1StringView("type")).toString(),
             QStringLiteral("SignedBadge"));
}

void TestCorpusReading::bakedPngKeepsChunkText()
{
    const QByteArray png = Test::readData(QStringLiteral("corpus/baked/ob3-jwt.png"));
    const Result<Credential> read = readCredential(png);
    QVERIFY(read);
    QCOMPARE(read->container, Container::Png);
    QCOMPARE(read->format, Format::VcJwt);
    QCOMPARE(read->original, png);
    QCOMPARE(read->payload, Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt")).trimmed());
    QCOMPARE(read->name, QStringLiteral("SQL for Data Analysis"));
}

void TestCorpusReading::bakedOb2ImageFetched()
{
    ReadOptions options;
    options.documents = &m_web;
    const QByteArray svg = Test::readData(QStringLiteral("corpus/baked/ob2-hosted.svg"));
    const Result<Credential> read = readCredential(svg, options);
    QVERIFY(read);
    QCOMPARE(read->container, Container::Svg);
    QCOMPARE(read->format, Format::Ob2Hosted);
    QCOMPARE(read->name, QStringLiteral("Python Foundations"));
    QCOMPARE(QJsonDocument::fromJson(read->payload),
             QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/ob2/hosted-valid.json"))));
}

namespace {

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(static_cast<char>(value >> shift));
    }
    return out;
}

/// `png` with a tEXt chunk inserted right after IHDR (pre-2.0 bakers wrote the assertion URL so).
QByteArray withTextChunk(const QByteArray &png, const QByteArray &keyword, const QByteArray &text)
{
    const QByteArray body = "tEXt" + keyword + '\0' + text;
    const QByteArray chunk = bigEndian(static_cast<quint32>(body.size() - 4)) + body + bigEndian(crc32(body));
    QByteArray out = png;
    out.insert(8 + 25, chunk); // signature + IHDR (12 + 13 bytes)
    return out;
}

} // namespace

void TestCorpusReading::bakedLegacyUrl()
{
    const QByteArray url = "https://badges.example.org/ob2/assertions/02a150f7-308e-47d7-8e05-31231eb49c94.json";
    const QByteArray png = withTextChunk(
        Test::readData(QStringLiteral("openbadges2-validator-core/public_domain_heart.png")), "openbadges", url);
    // Offline: what the image carries (the link) is kept, with a warning saying it was not fetched.
    const Result<Credential> offline = readCredential(png);
    QVERIFY2(offline, qPrintable(offline ? QString() : offline.error().toString()));
    QCOMPARE(offline->container, Container::Png);
    QCOMPARE(offline->format, Format::Ob2Hosted);
    QCOMPARE(offline->payload, url);
    QCOMPARE(offline->id, QString::fromLatin1(url));
    QVERIFY(hasWarning(offline.value(), "credentials.not-fetched"));
    // Online: the hosted assertion is fetched and read; the payload stays the chunk text.
    ReadOptions options;
    options.documents = &m_web;
    const Result<Credential> online = readCredential(png, options);
    QVERIFY(online);
    QCOMPARE(online->container, Container::Png);
    QCOMPARE(online->payload, url);
    QCOMPARE(online->original, png);
    QCOMPARE(online->sourceUrl, QString::fromLatin1(url));
    QCOMPARE(online->name, QStringLiteral("Python Foundations"));
    QCOMPARE(online->id, QString::fromLatin1(url));
}

void TestCorpusReading::urlImport()
{
    ReadOptions options;
    options.documents = &m_web;
    const QUrl url(
        QStringLiteral("https://badges.example.org/ob2/assertions/02a150f7-308e-47d7-8e05-31231eb49c94.json"));
    const Result<Credential> read = readCredentialFromUrl(url, options);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->container, Container::Url);
    QCOMPARE(read->format, Format::Ob2Hosted);
    QCOMPARE(read->sourceUrl, url.toString());
    QCOMPARE(read->original, m_web.fetch(url).value().body);
    QCOMPARE(read->name, QStringLiteral("Python Foundations"));

    const Result<Credential> missing =
        readCredentialFromUrl(QUrl(QStringLiteral("https://badges.example.org/ob2/assertions/none.json")), options);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("net.http-status"));
}

void TestCorpusReading::urlImportWithoutSource()
{
    const Result<Credential> read = readCredential("https://badges.example.org/ob2/assertions/1.json");
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("credentials.url-not-fetched"));
}

void TestCorpusReading::recipientConfirmation()
{
    // openbadges-validator-core: sha256$ecf5... = SHA-256("nobody@example.org" + "deadsea").
    const Result<Credential> read = readCredential(
        Test::readData(QStringLiteral("openbadges2-validator-core/components/2_0_basic_assertion.json")));
    QVERIFY(read);
    QCOMPARE(read->subject.identities.size(), 1);
    const Identity identity = read->subject.identities.first();
    QVERIFY(identity.hashed);
    QVERIFY(identityMatches(identity, QStringLiteral("nobody@example.org")));
    QVERIFY(identityMatches(identity, QStringLiteral("  Nobody@Example.ORG ")));
    QVERIFY(!identityMatches(identity, QStringLiteral("somebody@example.org")));
    QVERIFY(!identityMatches(identity, QString()));
    QVERIFY(subjectMatches(read->subject, QStringLiteral("nobody@example.org")));

    Identity md5 = identity;
    md5.identityHash = QStringLiteral("MD5$DF7F6AB472EDFCAF9040A8BBDEE36400"); // md5("nobody@example.orgdeadsea")
    QVERIFY(identityMatches(md5, QStringLiteral("nobody@example.org")));
    md5.salt.clear();
    QVERIFY(!identityMatches(md5, QStringLiteral("nobody@example.org")));
    Identity unknown = identity;
    unknown.identityHash = QStringLiteral("sha1$0000");
    QVERIFY(!identityMatches(unknown, QStringLiteral("nobody@example.org")));
    const Identity plain{QStringLiteral("email"), QStringLiteral("Test@Example.com"), false, {}};
    QVERIFY(identityMatches(plain, QStringLiteral("test@example.com")));
    const Identity url{QStringLiteral("url"), QStringLiteral("https://example.org/me"), false, {}};
    QVERIFY(!identityMatches(url, QStringLiteral("https://example.org/ME")));
}

void TestCorpusReading::concurrentReading()
{
    // Imports run on worker threads: readers share no state, so parallel reads give the same results.
    const QStringList files{QStringLiteral("corpus/ob3/di-rdfc-valid.json"),
                            QStringLiteral("corpus/ob3-jwt/jwt-es256-valid.jwt"),
                            QStringLiteral("corpus/baked/ob3-di-rdfc.svg"), QStringLiteral("corpus/clr/clr-valid.json"),
                            QStringLiteral("corpus/ob2/hosted-valid.json")};
    QList<QByteArray> inputs;
    QStringList expected;
    ReadOptions options;
    options.documents = &m_web;
    for (const QString &file : files) {
        inputs << Test::readData(file);
        expected << readCredential(inputs.last(), options).value().name;
    }
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 50; ++round) {
                const int index = (t + round) % static_cast<int>(inputs.size());
                const Result<Credential> read = readCredential(inputs.at(index), options);
                if (!read || read->name != expected.at(index)) {
                    ++mismatches;
                }
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestCorpusReading)
#include "TestCorpusReading.moc"
