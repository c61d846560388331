// SPDX-License-Identifier: GPL-3.0-or-later
// The signed portfolio package: what goes in comes out byte for byte, any change to the file is caught, and an
// advisor sees a credential that was valid when sent but has been revoked since ("valid as of …, revoked now"),
// with the live status list served by a local HTTPS server.
#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"
#include "core/codec/Inflate.h"
#include "core/crypto/Ed25519SigningKey.h"
#include "core/net/Fetcher.h"
#include "core/portfolio/Package.h"
#include "core/portfolio/Review.h"
#include "core/portfolio/SnapshotSource.h"
#include "core/verify/ProofHashing.h"
#include "core/verify/Verifier.h"
#include "tests/support/TestCertificateAuthority.h"
#include "tests/support/TestData.h"
#include "tests/support/TestNetwork.h"
#include "tests/support/TestWebServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;

namespace {

Crypto::Ed25519SigningKey keyFromByte(char byte)
{
    return Crypto::Ed25519SigningKey::fromSeed(QByteArray(32, byte)).value();
}

QString didKeyOf(const Crypto::Ed25519SigningKey &key)
{
    return QStringLiteral("did:key:") + key.publicKey().toMultikey();
}

// Signs `document` with an eddsa-jcs-2022 Data Integrity proof by the did:key of `key`.
QJsonObject signJcs(QJsonObject document, const Crypto::Ed25519SigningKey &key)
{
    const QString did = didKeyOf(key);
    QJsonObject proof{
        {QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
        {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-jcs-2022")},
        {QStringLiteral("created"), QStringLiteral("2026-01-01T00:00:00Z")},
        {QStringLiteral("verificationMethod"), QString(did + QLatin1Char('#') + key.publicKey().toMultikey())},
        {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")}};
    const QByteArray signedBytes = Verify::jcsSignedBytes(proof, document).value();
    QByteArray signature = key.sign(signedBytes);
    proof.insert(QStringLiteral("proofValue"),
                 QString(QStringLiteral("z") + QString::fromLatin1(Codec::base58btcEncode(signature))));
    document.insert(QStringLiteral("proof"), proof);
    return document;
}

const QString kListUrl = QStringLiteral("https://status.example.edu/lists/advisor-test");

// A BitstringStatusListCredential of 131,072 entries with `revoked` set.
QByteArray statusList(const Crypto::Ed25519SigningKey &issuer, std::optional<int> revoked)
{
    QByteArray bits(131072 / 8, '\0');
    if (revoked)
        bits[*revoked / 8] = char(0x80 >> (*revoked % 8));
    const QJsonObject list{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
        {QStringLiteral("id"), kListUrl},
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("BitstringStatusListCredential")}},
        {QStringLiteral("issuer"), didKeyOf(issuer)},
        {QStringLiteral("validFrom"), QStringLiteral("2026-01-01T00:00:00Z")},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("id"), QString(kListUrl + QStringLiteral("#list"))},
                     {QStringLiteral("type"), QStringLiteral("BitstringStatusList")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("encodedList"),
                      QString(QStringLiteral("u") + QString::fromLatin1(Codec::base64UrlEncode(Codec::gzip(bits))))}}}};
    return QJsonDocument(signJcs(list, issuer)).toJson(QJsonDocument::Compact);
}

QByteArray credentialWithStatus(const Crypto::Ed25519SigningKey &issuer, int index)
{
    const QJsonObject credential{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
        {QStringLiteral("id"), QStringLiteral("urn:uuid:7f0a1c52-1111-4a4a-9c9c-000000000007")},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential")}},
        {QStringLiteral("name"), QStringLiteral("Applied Statistics")},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), didKeyOf(issuer)},
                                               {QStringLiteral("name"), QStringLiteral("Test College")}}},
        {QStringLiteral("validFrom"), QStringLiteral("2026-02-01T00:00:00Z")},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("did:example:learner")}}},
        {QStringLiteral("credentialStatus"),
         QJsonObject{{QStringLiteral("id"), QString(kListUrl + QStringLiteral("#") + QString::number(index))},
                     {QStringLiteral("type"), QStringLiteral("BitstringStatusListEntry")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("statusListIndex"), QString::number(index)},
                     {QStringLiteral("statusListCredential"), kListUrl}}}};
    return QJsonDocument(signJcs(credential, issuer)).toJson(QJsonDocument::Indented);
}

Portfolio::PackageContents sampleContents()
{
    Portfolio::PackageContents contents;
    contents.id = QStringLiteral("urn:uuid:0c6e1f4e-5a55-4d7a-9d0b-3c8f6f1b2a10");
    contents.createdAt = QDateTime(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);
    contents.profile.name = QStringLiteral("Nadia Fernández");
    contents.message = QStringLiteral("Please look at my data analytics pathway.");
    for (const char *file :
         {"corpus/ob3/di-rdfc-valid.json", "corpus/ob3-jwt/jwt-eddsa-valid.jwt", "corpus/clr/clr-valid.json"}) {
        contents.credentials.append(Portfolio::PackagedCredential{Test::readData(QString::fromLatin1(file)),
                                                                  QString::fromLatin1(file), QStringLiteral("note")});
    }
    contents.pathways.append(Test::readData(QStringLiteral("pathways/data-analytics-degree-block.json")));
    return contents;
}

} // namespace

class TestPackageReview : public QObject {
    Q_OBJECT

private slots:
    void whatGoesInComesOut()
    {
        const Portfolio::PackageContents contents = sampleContents();
        const QByteArray file = Portfolio::writePackage(contents, keyFromByte('\x11'));
        const auto opened = Portfolio::readPackage(file);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QVERIFY2(opened->isAuthentic(), qPrintable(opened->signature.detail));
        QCOMPARE(opened->holder, didKeyOf(keyFromByte('\x11')));
        QCOMPARE(opened->contents.credentials.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(opened->contents.credentials.at(i).original, contents.credentials.at(i).original);
        QCOMPARE(opened->contents.pathways, contents.pathways);
        QCOMPARE(opened->contents.message, contents.message);
        QCOMPARE(opened->contents.profile.name, contents.profile.name);
        QCOMPARE(opened->contents.createdAt, contents.createdAt);
        // No secret travels with it.
        QVERIFY(!file.contains(keyFromByte('\x11').seed().toBase64()));
        QVERIFY(!file.contains(keyFromByte('\x11').seed().toHex()));
    }

    void theAdvisorSeesEveryCredentialAndThePathway()
    {
        const auto opened = Portfolio::readPackage(Portfolio::writePackage(sampleContents(), keyFromByte('\x11')));
        QVERIFY(opened);
        const Portfolio::Review review = Portfolio::reviewPackage(*opened, nullptr, nullptr, nullptr);
        QCOMPARE(review.credentials.size(), 3);
        for (const Portfolio::ReviewedCredential &each : review.credentials) {
            QVERIFY2(each.asSent.isValid(), qPrintable(each.name));
            QVERIFY(!each.today); // offline: no "today" column
            QCOMPARE(each.note, QStringLiteral("note"));
        }
        QVERIFY(review.pathwayProblems.isEmpty());
        QCOMPARE(review.pathways.size(), 1);
        QVERIFY(review.pathways.first().root().creditsEarned > 0);
    }

    void changingAnyByteIsCaught()
    {
        const QByteArray file = Portfolio::writePackage(sampleContents(), keyFromByte('\x22'));
        int tampered = 0;
        for (qsizetype at = 7; at < file.size(); at += 211) {
            QByteArray copy = file;
            copy[at] = copy.at(at) == 'A' ? 'B' : 'A';
            const auto opened = Portfolio::readPackage(copy);
            if (!opened) {
                QCOMPARE(opened.error().code, QStringLiteral("portfolio.package-invalid"));
                continue;
            }
            QVERIFY2(!opened->isAuthentic(), qPrintable(QStringLiteral("byte %1 changed unnoticed").arg(at)));
            QCOMPARE(opened->signature.status, Verify::CheckStatus::Fail);
            QVERIFY(!opened->signature.message.isEmpty());
            ++tampered;
        }
        QVERIFY(tampered > 20);
    }

    void aPackageSignedByAnotherKeyThanItsHolderIsNotAuthentic()
    {
        QJsonObject package =
            QJsonDocument::fromJson(Portfolio::writePackage(sampleContents(), keyFromByte('\x33'))).object();
        package.insert(QStringLiteral("holder"), didKeyOf(keyFromByte('\x44')));
        const auto opened = Portfolio::readPackage(QJsonDocument(package).toJson());
        QVERIFY(opened);
        QVERIFY(!opened->isAuthentic());
    }

    void revokedAfterSendingShowsBoth()
    {
        const Crypto::Ed25519SigningKey issuer = keyFromByte('\x55');
        Test::TestCertificateAuthority ca;
        Test::TestWebServer server(ca.issue({QStringLiteral("status.example.edu")}));
        server.setResponse(QUrl(kListUrl),
                           Test::TestResponse::ok(statusList(issuer, std::nullopt), "application/vc+ld+json"));
        QVERIFY(server.start());
        Net::Fetcher fetcher;
        fetcher.addTrustedCertificates({ca.certificate()});
        Test::routeToServer(fetcher, server);

        // The learner packages the credential while its status is clear; the package records the list it used.
        const QByteArray credential = credentialWithStatus(issuer, 42);
        const Portfolio::RecordingSource recorder(&fetcher);
        const Verify::Verifier verifier(Verify::VerifierOptions{&recorder, nullptr, nullptr});
        QVERIFY(verifier.verifyBytes(credential).isValid());
        Portfolio::PackageContents contents = sampleContents();
        contents.credentials = {Portfolio::PackagedCredential{credential, QStringLiteral("Applied Statistics"), {}}};
        contents.documents = recorder.recorded();
        contents.createdAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(contents.documents.size(), 1);
        const auto opened = Portfolio::readPackage(Portfolio::writePackage(contents, keyFromByte('\x66')));
        QVERIFY(opened && opened->isAuthentic());

        // Then the issuer revokes it.
        server.setResponse(QUrl(kListUrl), Test::TestResponse::ok(statusList(issuer, 42), "application/vc+ld+json"));
        const Portfolio::Review review = Portfolio::reviewPackage(*opened, &fetcher, nullptr, nullptr);
        QCOMPARE(review.credentials.size(), 1);
        const Portfolio::ReviewedCredential &reviewed = review.credentials.first();
        QVERIFY2(reviewed.asSent.isValid(),
                 qPrintable(reviewed.asSent.firstFailure() ? reviewed.asSent.firstFailure()->detail : QString()));
        QCOMPARE(reviewed.asSent.check(u"status")->status, Verify::CheckStatus::Pass);
        QVERIFY(reviewed.asSent.documentsAsOf.isValid());
        QVERIFY(reviewed.today);
        QVERIFY(!reviewed.today->isValid());
        QCOMPARE(reviewed.today->firstFailure()->code, QStringLiteral("verify.revoked"));
    }
};

QTEST_GUILESS_MAIN(TestPackageReview)
#include "TestPackageReview.moc"
