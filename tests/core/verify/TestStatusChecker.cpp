// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialReader.h"
#include "core/json/JsonReader.h"
#include "core/verify/StatusChecker.h"
#include "tests/core/credentials/MemoryDocumentSource.h"
#include "tests/core/verify/StatusListBuilder.h"
#include "tests/core/verify/StatusTestSupport.h"
#include "tests/support/TestData.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Verify;
using Credfolio::Test::credentialWithStatus;
using Credfolio::Test::FakeListVerifier;
using Credfolio::Test::listEntry;

namespace {

const QString kCorpusList = QStringLiteral("https://status.example.edu/lists/revocation-1");
const QString kIssuer = QStringLiteral("did:example:issuer");
const QString kList = QStringLiteral("https://status.example.org/lists/1");
const QString kSuspensionList = QStringLiteral("https://status.example.org/lists/suspension");
const QString kValidatorList =
    QStringLiteral("https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/"
                   "inspector-vc/src/test/resources/ob30/bit-string-list/testlist");
constexpr qsizetype kListBytes = 16 * 1024;

Credentials::Credential readCredential(const QString &relative)
{
    Result<Credentials::Credential> credential = Credentials::readCredential(Test::readData(relative));
    if (!credential) {
        qFatal("%s: %s", qPrintable(relative), qPrintable(credential.error().toString()));
    }
    return *credential;
}

QByteArray bitstringList(const QString &url, const QList<qint64> &set,
                         const QJsonValue &purpose = QStringLiteral("revocation"), const QString &issuer = kIssuer)
{
    return Test::listCredential(url, issuer, QStringLiteral("BitstringStatusListCredential"), purpose,
                                Test::bitstringEncoded(Test::bitsWithSet(kListBytes, set)));
}

/// Answers net.offline for everything, like the Fetcher in offline mode without a cached copy.
class OfflineSource : public Net::DocumentSource {
public:
    Result<Net::RemoteDocument> fetch(const QUrl &url, const Net::FetchOptions & = {}) const override
    {
        return makeError(QStringLiteral("net.offline"), QStringLiteral("offline"), url.toString());
    }
};

} // namespace

class TestStatusChecker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
    void noCredentialStatusIsSkipped();
    void freshListHasNoAsOfDate();
    void listVerificationDateIsKept();
    void invalidListIsAWarning_data();
    void invalidListIsAWarning();
    void offlineWithoutListIsAWarning();
    void noDocumentSourceIsAWarning();
    void missingListIsAWarning();
    void listProblemsAreWarnings_data();
    void listProblemsAreWarnings();
    void indexOutOfRangeIsAWarning();
    void suspension();
    void refreshAndMessageAreIgnored();
    void statusList2021_data();
    void statusList2021();
    void unsupportedTypeIsAWarning();
    void malformedEntryIsAWarning();
    void edtechValidatorBitstringList();
    void edtechRevocationList_data();
    void edtechRevocationList();
    void edtechListOnAnotherHostIsNotUsed();

private:
    Test::MemoryDocumentSource m_corpus;
};

void TestStatusChecker::initTestCase()
{
    m_corpus.loadManifest(QStringLiteral("corpus/web/manifest.json"));
}

void TestStatusChecker::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("revoked");
    QTest::newRow("di-rdfc active") << QStringLiteral("corpus/status/di-rdfc-status-active.json") << false;
    QTest::newRow("di-rdfc revoked") << QStringLiteral("corpus/status/di-rdfc-status-revoked.json") << true;
    QTest::newRow("jwt active") << QStringLiteral("corpus/status/jwt-eddsa-status-active.jwt") << false;
    QTest::newRow("jwt revoked") << QStringLiteral("corpus/status/jwt-eddsa-status-revoked.jwt") << true;
}

void TestStatusChecker::corpus()
{
    QFETCH(QString, file);
    QFETCH(bool, revoked);
    FakeListVerifier lists;
    const StatusOutcome outcome = checkStatus(readCredential(file), &m_corpus, lists.verifier());
    QCOMPARE(outcome.check.id, QStringLiteral("status"));
    if (revoked) {
        QCOMPARE(outcome.check.status, CheckStatus::Fail);
        QCOMPARE(outcome.check.code, QStringLiteral("verify.revoked"));
        QVERIFY(outcome.check.message.contains(QLatin1String("revoked")));
    } else {
        QCOMPARE(outcome.check.status, CheckStatus::Pass);
        QCOMPARE(outcome.check.message, QStringLiteral("Has not been revoked."));
        QVERIFY(outcome.check.code.isEmpty());
    }
    QVERIFY(outcome.check.detail.contains(kCorpusList));
    // The list was verified by the pipeline's verifier before its bits were believed.
    QCOMPARE(lists.seen().size(), 1);
    QVERIFY(lists.seen().first().types.contains(QStringLiteral("BitstringStatusListCredential")));
    QCOMPARE(lists.seen().first().id, kCorpusList);
    // Bundled documents are copies: the check says as of when.
    const QDateTime bundled =
        QFileInfo(Test::dataPath(QStringLiteral("corpus/web/status.example.edu/lists/revocation-1")))
            .lastModified()
            .toUTC();
    QCOMPARE(outcome.documentsAsOf, bundled);
    QVERIFY2(outcome.check.detail.contains(QStringLiteral("as of ") + bundled.toString(Qt::ISODate)),
             qPrintable(outcome.check.detail));
}

void TestStatusChecker::noCredentialStatusIsSkipped()
{
    FakeListVerifier lists;
    Test::MemoryDocumentSource documents;
    const StatusOutcome outcome =
        checkStatus(readCredential(QStringLiteral("corpus/ob3/di-rdfc-valid.json")), &documents, lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Skip);
    QCOMPARE(outcome.check.message, QStringLiteral("This credential has no revocation list to check."));
    QVERIFY(!outcome.documentsAsOf.isValid());
    QVERIFY(documents.requested().isEmpty());
    QVERIFY(lists.seen().isEmpty());
}

void TestStatusChecker::freshListHasNoAsOfDate()
{
    Test::MemoryDocumentSource documents;
    documents.add(kList, bitstringList(kList, {5}), QStringLiteral("application/vc+ld+json"));
    FakeListVerifier lists;
    const StatusOutcome outcome = checkStatus(credentialWithStatus(listEntry(kList, 5)), &documents, lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Fail);
    QVERIFY(!outcome.documentsAsOf.isValid());
    QVERIFY(!outcome.check.detail.contains(QLatin1String("as of")));
    QCOMPARE(documents.requested(), QStringList{kList});
}

// The list's own verification relied on an older copy (its issuer's key): that date is the one to show.
void TestStatusChecker::listVerificationDateIsKept()
{
    Test::MemoryDocumentSource documents;
    documents.add(kList, bitstringList(kList, {5}), QStringLiteral("application/vc+ld+json"));
    const QDateTime older(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    FakeListVerifier lists;
    lists.setDocumentsAsOf(older);
    const StatusOutcome outcome = checkStatus(credentialWithStatus(listEntry(kList, 6)), &documents, lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Pass);
    QCOMPARE(outcome.documentsAsOf, older);

    FakeListVerifier brokenLists(CheckStatus::Fail);
    brokenLists.setDocumentsAsOf(older);
    const StatusOutcome unused =
        checkStatus(credentialWithStatus(listEntry(kList, 6)), &documents, brokenLists.verifier());
    QCOMPARE(unused.check.status, CheckStatus::Warn);
    QVERIFY(!unused.documentsAsOf.isValid()); // a list that was not relied on dates nothing
}

void TestStatusChecker::invalidListIsAWarning_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("active") << QStringLiteral("corpus/status/di-rdfc-status-active.json");
    QTest::newRow("revoked") << QStringLiteral("corpus/status/di-rdfc-status-revoked.json");
}

// A list whose own proof fails can neither clear nor revoke anything.
void TestStatusChecker::invalidListIsAWarning()
{
    QFETCH(QString, file);
    FakeListVerifier brokenLists(CheckStatus::Fail);
    const StatusOutcome outcome = checkStatus(readCredential(file), &m_corpus, brokenLists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Warn);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.status-list-invalid"));
    QCOMPARE(outcome.check.message, QStringLiteral("Revocation status could not be checked."));
    QVERIFY(outcome.check.detail.contains(QLatin1String("verify.signature-invalid")));
    QCOMPARE(brokenLists.seen().size(), 1);
}

void TestStatusChecker::offlineWithoutListIsAWarning()
{
    OfflineSource offline;
    FakeListVerifier lists;
    const StatusOutcome outcome = checkStatus(
        readCredential(QStringLiteral("corpus/status/di-rdfc-status-revoked.json")), &offline, lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Warn);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.status-unavailable"));
    QCOMPARE(outcome.check.message, QStringLiteral("Revocation status could not be checked."));
    QVERIFY(outcome.check.detail.contains(QLatin1String("net.offline")));
    QVERIFY(outcome.check.detail.contains(kCorpusList));
    QVERIFY(!outcome.documentsAsOf.isValid());
    QVERIFY(lists.seen().isEmpty());
}

void TestStatusChecker::noDocumentSourceIsAWarning()
{
    FakeListVerifier lists;
    const StatusOutcome outcome = checkStatus(
        readCredential(QStringLiteral("corpus/status/di-rdfc-status-active.json")), nullptr, lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Warn);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.status-unavailable"));
}

void TestStatusChecker::missingListIsAWarning()
{
    Test::MemoryDocumentSource empty; // answers 404
    FakeListVerifier lists;
    const StatusOutcome outcome = checkStatus(credentialWithStatus(listEntry(kList, 5)), &empty, lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Warn);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.status-unavailable"));
    QVERIFY(outcome.check.detail.contains(QLatin1String("net.http-status")));
}

void TestStatusChecker::listProblemsAreWarnings_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QString>("why");
    QTest::newRow("another issuer") << bitstringList(kList, {5}, QStringLiteral("revocation"),
                                                     QStringLiteral("did:example:someone-else"))
                                    << QStringLiteral("did:example:someone-else");
    QTest::newRow("wrong list type") << Test::listCredential(kList, kIssuer, QStringLiteral("StatusList2021Credential"),
                                                             QStringLiteral("revocation"),
                                                             Test::bitstringEncoded(Test::bitsWithSet(kListBytes, {5})))
                                     << QStringLiteral("BitstringStatusListCredential");
    QTest::newRow("purpose not in list") << bitstringList(kList, {5}, QStringLiteral("suspension"))
                                         << QStringLiteral("statusPurpose");
    QJsonObject emptySubject = QJsonDocument::fromJson(bitstringList(kList, {5})).object();
    emptySubject.insert(QStringLiteral("credentialSubject"), QJsonArray{});
    QTest::newRow("empty subject array") << QJsonDocument(emptySubject).toJson() << QStringLiteral("statusPurpose");
    QTest::newRow("not a credential") << QByteArray("<html>gone</html>") << QStringLiteral("unreadable");
    QTest::newRow("no u prefix") << Test::listCredential(
                                        kList, kIssuer, QStringLiteral("BitstringStatusListCredential"),
                                        QStringLiteral("revocation"),
                                        Test::bitstringEncoded(Test::bitsWithSet(kListBytes, {5})).mid(1))
                                 << QStringLiteral("verify.status-list-encoding");
    QTest::newRow("too short") << Test::listCredential(kList, kIssuer, QStringLiteral("BitstringStatusListCredential"),
                                                       QStringLiteral("revocation"),
                                                       Test::bitstringEncoded(Test::bitsWithSet(1024, {5})))
                               << QStringLiteral("verify.status-list-too-short");
}

// Whatever is wrong with the list, the credential's status is unknown: a warning, never pass or fail.
void TestStatusChecker::listProblemsAreWarnings()
{
    QFETCH(QByteArray, list);
    QFETCH(QString, why);
    Test::MemoryDocumentSource documents;
    documents.add(kList, list, QStringLiteral("application/vc+ld+json"));
    FakeListVerifier lists;
    const StatusOutcome outcome = checkStatus(credentialWithStatus(listEntry(kList, 5)), &documents, lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Warn);
    QCOMPARE(outcome.check.code, QStringLiteral("verify.status-list-invalid"));
    QVERIFY2(outcome.check.detail.contains(why), qPrintable(outcome.check.detail));
}

void TestStatusChecker::indexOutOfRangeIsAWarning()
{
    Test::MemoryDocumentSource documents;
    documents.add(kList, bitstringList(kList, {}), QStringLiteral("application/vc+ld+json"));
    FakeListVerifier lists;
    const StatusOutcome outcome =
        checkStatus(credentialWithStatus(listEntry(kList, 131072)), &documents, lists.verifier());
    QCOMPARE(outcome.check.status, CheckStatus::Warn);
    QVERIFY(outcome.check.detail.contains(QLatin1String("verify.status-index-out-of-range")));
}

void TestStatusChecker::suspension()
{
    Test::MemoryDocumentSource documents;
    documents.add(kList, bitstringList(kList, {7}), QStringLiteral("application/vc+ld+json"));
    documents.add(kSuspensionList, bitstringList(kSuspensionList, {9}, QStringLiteral("suspension")),
                  QStringLiteral("application/vc+ld+json"));
    FakeListVerifier lists;
    const auto statusOf = [&](qint64 revocationIndex, qint64 suspensionIndex) {
        const QJsonArray entries{listEntry(kList, revocationIndex),
                                 listEntry(kSuspensionList, suspensionIndex, QStringLiteral("suspension"))};
        return checkStatus(credentialWithStatus(entries), &documents, lists.verifier()).check;
    };
    const Check clear = statusOf(1, 1);
    QCOMPARE(clear.status, CheckStatus::Pass);
    QCOMPARE(clear.message, QStringLiteral("Has not been revoked or suspended."));

    const Check suspended = statusOf(1, 9);
    QCOMPARE(suspended.status, CheckStatus::Fail);
    QCOMPARE(suspended.code, QStringLiteral("verify.suspended"));
    QVERIFY(suspended.message.contains(QLatin1String("suspended")));

    // Revoked wins over suspended.
    const Check both = statusOf(7, 9);
    QCOMPARE(both.code, QStringLiteral("verify.revoked"));

    const Check onlySuspension =
        checkStatus(credentialWithStatus(listEntry(kSuspensionList, 2, QStringLiteral("suspension"))), &documents,
                    lists.verifier())
            .check;
    QCOMPARE(onlySuspension.status, CheckStatus::Pass);
    QCOMPARE(onlySuspension.message, QStringLiteral("Has not been suspended."));
}

void TestStatusChecker::refreshAndMessageAreIgnored()
{
    Test::MemoryDocumentSource documents;
    documents.add(kList, bitstringList(kList, {}), QStringLiteral("application/vc+ld+json"));
    FakeListVerifier lists;
    QJsonObject message =
        listEntry(QStringLiteral("https://status.example.org/messages"), 3, QStringLiteral("message"));
    message.insert(QStringLiteral("statusSize"), 2);
    const Check onlyIgnored =
        checkStatus(credentialWithStatus(QJsonArray{
                        listEntry(QStringLiteral("https://status.example.org/refresh"), 3, QStringLiteral("refresh")),
                        message}),
                    &documents, lists.verifier())
            .check;
    QCOMPARE(onlyIgnored.status, CheckStatus::Skip);
    QVERIFY(onlyIgnored.detail.contains(QLatin1String("refresh")));
    QVERIFY(onlyIgnored.detail.contains(QLatin1String("ignored")));
    QCOMPARE(documents.requested(), QStringList{}); // nothing fetched for them

    const Check withRevocation =
        checkStatus(credentialWithStatus(QJsonArray{listEntry(kList, 3), message}), &documents, lists.verifier()).check;
    QCOMPARE(withRevocation.status, CheckStatus::Pass);
    QVERIFY(withRevocation.detail.contains(QLatin1String("statusPurpose message) ignored")));
}

void TestStatusChecker::statusList2021_data()
{
    QTest::addColumn<bool>("urlAlphabet");
    QTest::newRow("base64") << false;
    QTest::newRow("base64url") << true;
}

void TestStatusChecker::statusList2021()
{
    QFETCH(bool, urlAlphabet);
    Test::MemoryDocumentSource documents;
    documents.add(kList,
                  Test::listCredential(
                      kList, kIssuer, QStringLiteral("StatusList2021Credential"), QStringLiteral("revocation"),
                      Test::statusList2021Encoded(Test::bitsWithSet(kListBytes, {94567 % 131072, 42}), urlAlphabet)),
                  QStringLiteral("application/json"));
    FakeListVerifier lists;
    const auto statusOf = [&](qint64 index) {
        return checkStatus(credentialWithStatus(listEntry(kList, index, QStringLiteral("revocation"),
                                                          QStringLiteral("StatusList2021Entry"))),
                           &documents, lists.verifier())
            .check;
    };
    QCOMPARE(statusOf(42).code, QStringLiteral("verify.revoked"));
    QCOMPARE(statusOf(43).status, CheckStatus::Pass);
    // A Bitstring entry pointing at a StatusList2021 credential is not believed.
    const Check mixed = checkStatus(credentialWithStatus(listEntry(kList, 42)), &documents, lists.verifier()).check;
    QCOMPARE(mixed.status, CheckStatus::Warn);
}

void TestStatusChecker::unsupportedTypeIsAWarning()
{
    FakeListVerifier lists;
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("https://example.com/status/1#5")},
                            {QStringLiteral("type"), QStringLiteral("RevocationList2020Status")}};
    const Check check = checkStatus(credentialWithStatus(entry), &m_corpus, lists.verifier()).check;
    QCOMPARE(check.status, CheckStatus::Warn);
    QCOMPARE(check.code, QStringLiteral("verify.status-unsupported"));
    QVERIFY(check.detail.contains(QLatin1String("RevocationList2020Status")));
}

void TestStatusChecker::malformedEntryIsAWarning()
{
    FakeListVerifier lists;
    QJsonObject entry = listEntry(kList, 5);
    entry.insert(QStringLiteral("statusListIndex"), -5);
    const Check check = checkStatus(credentialWithStatus(entry), &m_corpus, lists.verifier()).check;
    QCOMPARE(check.status, CheckStatus::Warn);
    QCOMPARE(check.code, QStringLiteral("verify.bad-status-entry"));
    QCOMPARE(check.message, QStringLiteral("Revocation status could not be checked."));
}

// The 1EdTech validator's example: entry 23 of its list is set; its credential gives the index as a number.
void TestStatusChecker::edtechValidatorBitstringList()
{
    Test::MemoryDocumentSource documents;
    documents.add(kValidatorList,
                  Test::readData(QStringLiteral("openbadges-1edtech-validator/ob30/bit-string-list/testlist")),
                  QStringLiteral("text/plain"));
    FakeListVerifier lists;
    const Credentials::Credential revoked = readCredential(
        QStringLiteral("openbadges-1edtech-validator/ob30/bit-string-list/credential-status-revoked.json"));
    const Check check = checkStatus(revoked, &documents, lists.verifier()).check;
    QCOMPARE(check.status, CheckStatus::Fail);
    QCOMPARE(check.code, QStringLiteral("verify.revoked"));
    QVERIFY(check.detail.contains(QLatin1String("index 23")));

    for (const int index : {0, 22, 24, 131071}) {
        Credentials::Credential other = revoked;
        QJsonObject status = other.json.value(QLatin1String("credentialStatus")).toObject();
        status.insert(QStringLiteral("statusListIndex"), index);
        other.json.insert(QStringLiteral("credentialStatus"), status);
        const Check clear = checkStatus(other, &documents, lists.verifier()).check;
        QVERIFY2(clear.status == CheckStatus::Pass, qPrintable(clear.detail));
    }
}

void TestStatusChecker::edtechRevocationList_data()
{
    const QString id = QStringLiteral("http://1edtech.edu/credentials/3732");
    QTest::addColumn<QJsonObject>("list");
    QTest::addColumn<CheckStatus>("expected");
    QTest::addColumn<QString>("reason");
    const auto list = [](const QString &member, const QJsonArray &entries) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("https://1edtech.edu/credentials/3732/revocations")},
                           {member, entries}};
    };
    const QJsonObject listed{{QStringLiteral("id"), id},
                             {QStringLiteral("revocationReason"), QStringLiteral("Issued to the wrong learner")}};
    QTest::newRow("listed") << list(QStringLiteral("revokedCredential"), {listed}) << CheckStatus::Fail
                            << QStringLiteral("Issued to the wrong learner");
    QTest::newRow("listed (revokedCredentials)")
        << list(QStringLiteral("revokedCredentials"), {QJsonObject{{QStringLiteral("id"), id}}}) << CheckStatus::Fail
        << QString();
    QTest::newRow("listed, revoked true")
        << list(QStringLiteral("revokedCredential"),
                {QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("revoked"), true}}})
        << CheckStatus::Fail << QString();
    QTest::newRow("listed, revoked false")
        << list(QStringLiteral("revokedCredential"),
                {QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("revoked"), false}}})
        << CheckStatus::Pass << QString();
    QTest::newRow("others listed") << list(QStringLiteral("revokedCredential"),
                                           {QJsonObject{{QStringLiteral("id"),
                                                         QStringLiteral("http://1edtech.edu/credentials/3733")}}})
                                   << CheckStatus::Pass << QString();
    QTest::newRow("empty") << list(QStringLiteral("revokedCredential"), {}) << CheckStatus::Pass << QString();
    QTest::newRow("no array") << QJsonObject{{QStringLiteral("id"), id}} << CheckStatus::Warn << QString();
}

void TestStatusChecker::edtechRevocationList()
{
    QFETCH(QJsonObject, list);
    QFETCH(CheckStatus, expected);
    QFETCH(QString, reason);
    Test::MemoryDocumentSource documents;
    documents.add(QStringLiteral("https://1edtech.edu/credentials/3732/revocations"),
                  QJsonDocument(list).toJson(QJsonDocument::Compact), QStringLiteral("application/json"));
    FakeListVerifier lists;
    const Check check = checkStatus(readCredential(QStringLiteral("openbadges-1edtech-validator/ob30/complete.json")),
                                    &documents, lists.verifier())
                            .check;
    QCOMPARE(check.status, expected);
    if (expected == CheckStatus::Fail) {
        QCOMPARE(check.code, QStringLiteral("verify.revoked"));
        QVERIFY(check.message.contains(reason));
    } else if (expected == CheckStatus::Warn) {
        QCOMPARE(check.code, QStringLiteral("verify.status-list-invalid"));
    }
    QVERIFY(lists.seen().isEmpty()); // a 1EdTech list is plain JSON, not a credential
}

void TestStatusChecker::edtechListOnAnotherHostIsNotUsed()
{
    const QString elsewhere = QStringLiteral("https://evil.example.net/revocations");
    Test::MemoryDocumentSource documents;
    documents.add(elsewhere, R"({"revokedCredential": []})", QStringLiteral("application/json"));
    FakeListVerifier lists;
    const auto check = [&](const QString &issuer) {
        const QJsonObject entry{{QStringLiteral("id"), elsewhere},
                                {QStringLiteral("type"), QStringLiteral("1EdTechRevocationList")}};
        return checkStatus(credentialWithStatus(entry, issuer), &documents, lists.verifier()).check;
    };
    const Check httpsIssuer = check(QStringLiteral("https://1edtech.edu/issuers/565049"));
    QCOMPARE(httpsIssuer.status, CheckStatus::Warn);
    QCOMPARE(httpsIssuer.code, QStringLiteral("verify.status-list-invalid"));
    QVERIFY(httpsIssuer.detail.contains(QLatin1String("1edtech.edu")));
    const Check didWebIssuer = check(QStringLiteral("did:web:dc.1edtech.org:wellspring2022:org:1"));
    QCOMPARE(didWebIssuer.status, CheckStatus::Warn);
    QVERIFY(didWebIssuer.detail.contains(QLatin1String("dc.1edtech.org")));
    QVERIFY(documents.requested().isEmpty());
    // The issuer's own domain (did:web with a port) is fine.
    QCOMPARE(check(QStringLiteral("did:web:evil.example.net%3A8443:issuer")).status, CheckStatus::Pass);
}

QTEST_GUILESS_MAIN(TestStatusChecker)
#include "TestStatusChecker.moc"
