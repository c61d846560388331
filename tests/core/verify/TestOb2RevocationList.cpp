// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialReader.h"
#include "core/json/JsonReader.h"
#include "core/verify/Ob2RevocationList.h"
#include "tests/core/credentials/MemoryDocumentSource.h"
#include "tests/support/TestData.h"

#include <QFileInfo>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Verify;

namespace {

const QString kListUrl = QStringLiteral("https://badges.example.org/ob2/revocations.json");

QJsonObject corpusIssuer()
{
    return Json::parseObject(Test::readData(QStringLiteral("corpus/web/badges.example.org/ob2/issuer.json"))).value();
}

QString assertionId(const QString &relative)
{
    Result<Credentials::Credential> credential = Credentials::readCredential(Test::readData(relative));
    if (!credential) {
        qFatal("%s: %s", qPrintable(relative), qPrintable(credential.error().toString()));
    }
    return credential->id;
}

} // namespace

class TestOb2RevocationList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void revokedAssertionFails();
    void validAssertionPasses();
    void plainIdEntries();
    void legacyUid();
    void noRevocationListIsSkipped();
    void unreachableListIsAWarning();
    void brokenListIsAWarning_data();
    void brokenListIsAWarning();

private:
    Test::MemoryDocumentSource m_corpus;
};

void TestOb2RevocationList::initTestCase()
{
    m_corpus.loadManifest(QStringLiteral("corpus/web/manifest.json"));
}

void TestOb2RevocationList::revokedAssertionFails()
{
    const QString id = assertionId(QStringLiteral("corpus/ob2/signed-revoked.jws"));
    const StatusOutcome outcome = checkOb2Revocation(corpusIssuer(), id, &m_corpus);
    QCOMPARE(outcome.check.id, QStringLiteral("status"));
    QCOMPARE(outcome.check.status, CheckStatus::Fail);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.revoked"));
    QVERIFY2(outcome.check.message.contains(QLatin1String("Awarded in error")), qPrintable(outcome.check.message));
    QVERIFY(outcome.check.detail.contains(kListUrl));
    QVERIFY(outcome.check.detail.contains(id));
    const QDateTime bundled =
        QFileInfo(Test::dataPath(QStringLiteral("corpus/web/badges.example.org/ob2/revocations.json")))
            .lastModified()
            .toUTC();
    QCOMPARE(outcome.documentsAsOf, bundled);
    QVERIFY(outcome.check.detail.contains(QLatin1String("as of")));
}

void TestOb2RevocationList::validAssertionPasses()
{
    const StatusOutcome outcome =
        checkOb2Revocation(corpusIssuer(), assertionId(QStringLiteral("corpus/ob2/signed-valid.jws")), &m_corpus);
    QCOMPARE(outcome.check.status, CheckStatus::Pass);
    QCOMPARE(outcome.check.message, QStringLiteral("Has not been revoked."));
}

void TestOb2RevocationList::plainIdEntries()
{
    // revocations.json also lists bare id strings.
    const StatusOutcome outcome =
        checkOb2Revocation(corpusIssuer(), QStringLiteral("urn:uuid:28fca1ef-423f-4a94-b914-f3f29a6db673"), &m_corpus);
    QCOMPARE(outcome.check.status, CheckStatus::Fail);
    QCOMPARE(outcome.check.message, QStringLiteral("Has been revoked by its issuer."));
}

void TestOb2RevocationList::legacyUid()
{
    Test::MemoryDocumentSource documents;
    documents.add(
        kListUrl,
        R"({"type": "RevocationList", "revokedAssertions": [{"uid": "abc123", "revocationReason": "Fraud"}]})",
        QStringLiteral("application/json"));
    const StatusOutcome byUid = checkOb2Revocation(corpusIssuer(), QStringLiteral("https://badges.example.org/a/1"),
                                                   &documents, QStringLiteral("abc123"));
    QCOMPARE(byUid.check.status, CheckStatus::Fail);
    QVERIFY(byUid.check.message.contains(QLatin1String("Fraud")));
    const StatusOutcome other = checkOb2Revocation(corpusIssuer(), QStringLiteral("https://badges.example.org/a/2"),
                                                   &documents, QStringLiteral("abc124"));
    QCOMPARE(other.check.status, CheckStatus::Pass);
    QVERIFY(!other.documentsAsOf.isValid()); // fresh, not a copy
}

void TestOb2RevocationList::noRevocationListIsSkipped()
{
    QJsonObject issuer = corpusIssuer();
    issuer.remove(QStringLiteral("revocationList"));
    const StatusOutcome outcome = checkOb2Revocation(issuer, QStringLiteral("urn:uuid:x"), &m_corpus);
    QCOMPARE(outcome.check.status, CheckStatus::Skip);
    QCOMPARE(outcome.check.message, QStringLiteral("This credential has no revocation list to check."));
}

void TestOb2RevocationList::unreachableListIsAWarning()
{
    Test::MemoryDocumentSource empty;
    const QString revoked = assertionId(QStringLiteral("corpus/ob2/signed-revoked.jws"));
    const StatusOutcome outcome = checkOb2Revocation(corpusIssuer(), revoked, &empty);
    QCOMPARE(outcome.check.status, CheckStatus::Warn);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.status-unavailable"));
    QCOMPARE(outcome.check.message, QStringLiteral("Revocation status could not be checked."));
    QCOMPARE(checkOb2Revocation(corpusIssuer(), revoked, nullptr).check.code,
             QStringLiteral("verify.status-unavailable"));
}

void TestOb2RevocationList::brokenListIsAWarning_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("<html></html>");
    QTest::newRow("no revokedAssertions") << QByteArray(R"({"type": "RevocationList"})");
    QTest::newRow("revokedAssertions not an array") << QByteArray(R"({"revokedAssertions": "urn:uuid:x"})");
    QTest::newRow("duplicate keys") << QByteArray(R"({"revokedAssertions": [], "revokedAssertions": ["urn:uuid:x"]})");
}

void TestOb2RevocationList::brokenListIsAWarning()
{
    QFETCH(QByteArray, body);
    Test::MemoryDocumentSource documents;
    documents.add(kListUrl, body, QStringLiteral("application/json"));
    const StatusOutcome outcome = checkOb2Revocation(corpusIssuer(), QStringLiteral("urn:uuid:x"), &documents);
    QCOMPARE(outcome.check.status, CheckStatus::Warn);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.status-list-invalid"));
}

QTEST_GUILESS_MAIN(TestOb2RevocationList)
#include "TestOb2RevocationList.moc"
