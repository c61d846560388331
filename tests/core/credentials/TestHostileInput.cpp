// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/PngChunks.h"
#include "core/credentials/CredentialReader.h"
#include "core/credentials/Limits.h"
#include "tests/core/credentials/MemoryDocumentSource.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Credentials;

namespace {

QJsonObject baseCredential()
{
    return QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json"))).object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool hasWarning(const Credential &credential, const char *code)
{
    return std::any_of(credential.warnings.cbegin(), credential.warnings.cend(), [code](const ReadWarning &w) {
        return w.code == QLatin1StringView(code) && !w.message.isEmpty();
    });
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString linkedBadgeUrl(int index)
{
    return QStringLiteral("https://badges.example.org/linked/badge-%1.json").arg(index);
}

/// An OB 2.0 signed assertion (compact JWS; the signature is not looked at while reading) whose BadgeClass is
/// only linked: reading it fetches one document.
QString assertionLinkingItsBadge(int index)
{
    const QJsonObject assertion{
        {QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2")},
        {QStringLiteral("type"), QStringLiteral("Assertion")},
        {QStringLiteral("id"),
         QStringLiteral("urn:uuid:6f1c0e56-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                                                  {QStringLiteral("hashed"), false},
                                                  {QStringLiteral("identity"), QStringLiteral("learner@example.org")}}},
        {QStringLiteral("badge"), linkedBadgeUrl(index)},
        {QStringLiteral("issuedOn"), QStringLiteral("2026-01-01T00:00:00Z")},
        {QStringLiteral("verification"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("SignedBadge")},
                     {QStringLiteral("creator"), QStringLiteral("https://badges.example.org/keys/1.json")}}}};
    return QString::fromLatin1(base64Url(R"({"alg":"RS256"})") + '.' + base64Url(toBytes(assertion)) + '.' +
                               base64Url("signature"));
}

/// A CLR holding `count` of those assertions, and a source serving their BadgeClasses.
QByteArray clrLinkingBadges(int count, Test::MemoryDocumentSource &documents)
{
    QJsonObject clr = QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/clr/clr-valid.json"))).object();
    QJsonObject subject = clr.value(QLatin1StringView("credentialSubject")).toObject();
    QJsonArray embedded;
    for (int i = 0; i < count; ++i) {
        embedded.append(assertionLinkingItsBadge(i));
        const QJsonObject badge{{QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2")},
                                {QStringLiteral("type"), QStringLiteral("BadgeClass")},
                                {QStringLiteral("id"), linkedBadgeUrl(i)},
                                {QStringLiteral("name"), QStringLiteral("Linked badge %1").arg(i)},
                                {QStringLiteral("issuer"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Profile")},
                                             {QStringLiteral("id"), QStringLiteral("https://badges.example.org/")},
                                             {QStringLiteral("name"), QStringLiteral("Example Badges")}}}};
        documents.add(linkedBadgeUrl(i), toBytes(badge), QStringLiteral("application/json"));
    }
    subject.insert(QStringLiteral("verifiableCredential"), embedded);
    clr.insert(QStringLiteral("credentialSubject"), subject);
    return toBytes(clr);
}

} // namespace

// Attacker-shaped input: clear errors or warnings, bounded work, never a crash (run under ASan+UBSan too).
class TestHostileInput : public QObject {
    Q_OBJECT

private slots:
    void wronglyTypedMembers_data();
    void wronglyTypedMembers();
    void manyEvidenceEntries();
    void largeClr();
    void linkedFetchLimitIsExact();
    void clrEntriesOfEveryShape();
    void nestedClr();
    void deepNesting();
    void oversized();
    void oversizedDataImage();
    void imageInsideImage();
    void truncatedEverywhere_data();
    void truncatedEverywhere();
    void mutations();
};

void TestHostileInput::wronglyTypedMembers_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("warning");
    QTest::newRow("issuer number") << QStringLiteral("issuer") << QJsonValue(42)
                                   << QStringLiteral("credentials.bad-issuer");
    QTest::newRow("issuer array") << QStringLiteral("issuer") << QJsonValue(QJsonArray{1, 2})
                                  << QStringLiteral("credentials.bad-issuer");
    QTest::newRow("issuer null") << QStringLiteral("issuer") << QJsonValue(QJsonValue::Null)
                                 << QStringLiteral("credentials.no-issuer");
    QTest::newRow("subject empty array") << QStringLiteral("credentialSubject") << QJsonValue(QJsonArray())
                                         << QStringLiteral("credentials.no-subject");
    QTest::newRow("subject string") << QStringLiteral("credentialSubject") << QJsonValue(QStringLiteral("me"))
                                    << QStringLiteral("credentials.no-subject");
    QTest::newRow("two subjects") << QStringLiteral("credentialSubject")
                                  << QJsonValue(
                                         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("did:a")}},
                                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("did:b")}}})
                                  << QStringLiteral("credentials.multiple-subjects");
    QTest::newRow("validFrom number") << QStringLiteral("validFrom") << QJsonValue(1700000000)
                                      << QStringLiteral("credentials.bad-date");
    QTest::newRow("validFrom impossible")
        << QStringLiteral("validFrom") << QJsonValue(QStringLiteral("2020-02-30T00:00:00Z"))
        << QStringLiteral("credentials.bad-date");
    QTest::newRow("validUntil without offset")
        << QStringLiteral("validUntil") << QJsonValue(QStringLiteral("2030-01-01T00:00:00"))
        << QStringLiteral("credentials.date-without-offset");
    QTest::newRow("image number") << QStringLiteral("image") << QJsonValue(7) << QString();
    QTest::newRow("evidence number") << QStringLiteral("evidence") << QJsonValue(7) << QString();
    QTest::newRow("type number") << QStringLiteral("type") << QJsonValue(7) << QString();
    QTest::newRow("name object") << QStringLiteral("name") << QJsonValue(QJsonObject{{QStringLiteral("x"), 1}})
                                 << QString();
    QTest::newRow("bad data image") << QStringLiteral("image")
                                    << QJsonValue(QStringLiteral("data:image/png;base64,@@@@"))
                                    << QStringLiteral("credentials.image-unreadable");
}

void TestHostileInput::wronglyTypedMembers()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, warning);
    QJsonObject credential = baseCredential();
    credential.insert(member, value);
    const Result<Credential> read = readCredential(toBytes(credential));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    if (!warning.isEmpty()) {
        QVERIFY2(hasWarning(read.value(), qPrintable(warning)), qPrintable(warning));
    }
    QVERIFY(!read->id.isEmpty());
}

void TestHostileInput::manyEvidenceEntries()
{
    QJsonObject credential = baseCredential();
    QJsonArray evidence;
    for (int i = 0; i < 10000; ++i) {
        evidence.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("https://example.org/e/%1").arg(i)},
                                    {QStringLiteral("type"), QJsonArray{QStringLiteral("Evidence")}}});
    }
    credential.insert(QStringLiteral("evidence"), evidence);
    QJsonObject subject = credential.value(QLatin1StringView("credentialSubject")).toObject();
    QJsonObject achievement = subject.value(QLatin1StringView("achievement")).toObject();
    QJsonArray alignments;
    for (int i = 0; i < 5000; ++i) {
        alignments.append(QJsonObject{{QStringLiteral("targetName"), QString::number(i)}});
    }
    achievement.insert(QStringLiteral("alignment"), alignments);
    subject.insert(QStringLiteral("achievement"), achievement);
    credential.insert(QStringLiteral("credentialSubject"), subject);
    const Result<Credential> read = readCredential(toBytes(credential));
    QVERIFY(read);
    QCOMPARE(read->evidence.size(), Limits::kMaxListEntries);
    QCOMPARE(read->evidence.last().id, QStringLiteral("https://example.org/e/%1").arg(Limits::kMaxListEntries - 1));
    QCOMPARE(read->achievement.alignments.size(), Limits::kMaxListEntries);
    QVERIFY(hasWarning(read.value(), "credentials.too-many-entries"));
}

void TestHostileInput::largeClr()
{
    QJsonObject clr = QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/clr/clr-valid.json"))).object();
    QJsonObject subject = clr.value(QLatin1StringView("credentialSubject")).toObject();
    const QJsonValue one = subject.value(QLatin1StringView("verifiableCredential")).toArray().first();
    QJsonArray many;
    for (int i = 0; i < Limits::kMaxEmbeddedCredentials + 100; ++i) {
        many.append(one);
    }
    subject.insert(QStringLiteral("verifiableCredential"), many);
    clr.insert(QStringLiteral("credentialSubject"), subject);
    const Result<Credential> read = readCredential(toBytes(clr));
    QVERIFY(read);
    QCOMPARE(read->embedded.size(), Limits::kMaxEmbeddedCredentials);
    QVERIFY(hasWarning(read.value(), "credentials.too-many-entries"));
}

void TestHostileInput::linkedFetchLimitIsExact()
{
    // docs/limits.md: at most 8 linked documents are fetched while reading one credential.
    const int limit = Limits::kMaxLinkedFetches;
    QCOMPARE(limit, 8);
    {
        Test::MemoryDocumentSource documents;
        ReadOptions options;
        options.documents = &documents;
        const Result<Credential> read = readCredential(clrLinkingBadges(limit, documents), options);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(documents.requested().size(), limit);
        QCOMPARE(read->embedded.size(), limit);
        for (int i = 0; i < limit; ++i) {
            QCOMPARE(read->embedded.at(i).achievement.name, QStringLiteral("Linked badge %1").arg(i));
        }
        QVERIFY(!hasWarning(read.value(), "credentials.fetch-failed"));
    }
    Test::MemoryDocumentSource documents;
    ReadOptions options;
    options.documents = &documents;
    const Result<Credential> read = readCredential(clrLinkingBadges(limit + 1, documents), options);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    // The ninth link is not fetched: its badge keeps only its URL, with a warning saying why.
    QCOMPARE(documents.requested().size(), limit);
    QVERIFY(!documents.requested().contains(linkedBadgeUrl(limit)));
    QCOMPARE(read->embedded.size(), limit + 1);
    QCOMPARE(read->embedded.at(limit - 1).achievement.name, QStringLiteral("Linked badge %1").arg(limit - 1));
    const Credential &last = read->embedded.at(limit);
    QVERIFY(last.achievement.name.isEmpty());
    QCOMPARE(last.achievement.id, linkedBadgeUrl(limit));
    QVERIFY(hasWarning(last, "credentials.fetch-failed"));
    QVERIFY(std::any_of(last.warnings.cbegin(), last.warnings.cend(), [](const ReadWarning &warning) {
        return warning.message.contains(QLatin1StringView("links to too many documents"));
    }));
}

void TestHostileInput::clrEntriesOfEveryShape()
{
    QJsonObject clr = QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/clr/clr-valid.json"))).object();
    QJsonObject subject = clr.value(QLatin1StringView("credentialSubject")).toObject();
    const QString token =
        QString::fromLatin1(Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt")).trimmed());
    subject.insert(QStringLiteral("verifiableCredential"),
                   QJsonArray{42, QStringLiteral("not a token"), QStringLiteral("eyJhbGciOiJub25lIn0.e30"), token,
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("Nothing")}}, QJsonArray()});
    subject.insert(QStringLiteral("association"), QJsonArray{7, QJsonObject()});
    subject.insert(QStringLiteral("achievement"), QStringLiteral("not a list"));
    clr.insert(QStringLiteral("credentialSubject"), subject);
    const Result<Credential> read = readCredential(toBytes(clr));
    QVERIFY(read);
    QCOMPARE(read->embedded.size(), 1); // only the token
    QCOMPARE(read->embedded.first().format, Format::VcJwt);
    QCOMPARE(read->embedded.first().payload, token.toUtf8()); // the exact token
    QCOMPARE(read->embedded.first().name, QStringLiteral("SQL for Data Analysis"));
    QVERIFY(read->associations.isEmpty());
    QVERIFY(read->achievements.isEmpty());
    QCOMPARE(std::count_if(
                 read->warnings.cbegin(), read->warnings.cend(),
                 [](const ReadWarning &w) { return w.code == QLatin1StringView("credentials.embedded-unreadable"); }),
             5);
}

void TestHostileInput::nestedClr()
{
    const QJsonObject inner =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/clr/clr-valid.json"))).object();
    QJsonObject outer = inner;
    QJsonObject subject = outer.value(QLatin1StringView("credentialSubject")).toObject();
    subject.insert(QStringLiteral("verifiableCredential"), QJsonArray{inner});
    outer.insert(QStringLiteral("credentialSubject"), subject);
    const Result<Credential> read = readCredential(toBytes(outer));
    QVERIFY(read);
    QCOMPARE(read->embedded.size(), 1);
    QCOMPARE(read->embedded.first().kind, Kind::Clr);
    QVERIFY(read->embedded.first().embedded.isEmpty());
    QVERIFY(hasWarning(read->embedded.first(), "credentials.nested-clr"));
}

void TestHostileInput::deepNesting()
{
    const QByteArray deepArray = QByteArray(200000, '[') + QByteArray(200000, ']');
    const Result<Credential> array = readCredential(deepArray);
    QVERIFY(!array);
    QCOMPARE(array.error().code, QStringLiteral("json.too-deep"));

    QByteArray deepObject =
        R"({"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],"x":)";
    for (int i = 0; i < 100; ++i) {
        deepObject += R"({"a":)";
    }
    deepObject += "1" + QByteArray(100, '}') + "}";
    const Result<Credential> object = readCredential(deepObject);
    QVERIFY2(object, qPrintable(object ? QString() : object.error().toString()));
    QCOMPARE(object->kind, Kind::Other);
}

void TestHostileInput::oversized()
{
    QByteArray big(Limits::kMaxInputBytes + 1, ' ');
    big.prepend("{}");
    const Result<Credential> read = readCredential(big);
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("credentials.too-large"));
}

void TestHostileInput::oversizedDataImage()
{
    QJsonObject credential = baseCredential();
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(Limits::kMaxImageDataBytes + 10, 'x');
    const QString bigUri = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    credential.insert(QStringLiteral("image"), bigUri);
    const Result<Credential> read = readCredential(toBytes(credential));
    QVERIFY(read);
    QVERIFY(hasWarning(read.value(), "credentials.image-too-large"));
    QVERIFY(read->image.data.isEmpty());

    const QByteArray small = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    const QString smallUri = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(small.toBase64());
    credential.insert(QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), smallUri},
                                                           {QStringLiteral("caption"), QStringLiteral("Seal")}});
    const Result<Credential> ok = readCredential(toBytes(credential));
    QVERIFY(ok);
    QCOMPARE(ok->image.data, small);
    QCOMPARE(ok->image.mimeType, QStringLiteral("image/png"));
    QCOMPARE(ok->image.caption, QStringLiteral("Seal"));
}

void TestHostileInput::imageInsideImage()
{
    const QByteArray image = Test::readData(QStringLiteral("openbadges2-validator-core/public_domain_heart.png"));
    const Result<QByteArray> baked = Codec::bakePngText(image, Codec::PngKeyword::OpenBadgeCredential,
                                                        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    QVERIFY(baked);
    const Result<Credential> read = readCredential(baked.value());
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("credentials.nested-image"));
    const Result<QByteArray> empty = Codec::bakePngText(image, Codec::PngKeyword::OpenBadges2, "  ");
    QVERIFY(empty);
    QCOMPARE(readCredential(empty.value()).error().code, QStringLiteral("credentials.empty"));
}

void TestHostileInput::truncatedEverywhere_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"corpus/ob3/di-rdfc-valid.json", "corpus/ob3-jwt/jwt-es256-valid.jwt", "corpus/baked/ob3-di-rdfc.png",
          "corpus/baked/ob3-jwt.svg", "corpus/clr/clr-valid.json", "corpus/ob2/signed-valid.jws"}) {
        QTest::newRow(file) << QString::fromLatin1(file);
    }
}

void TestHostileInput::truncatedEverywhere()
{
    QFETCH(QString, file);
    const QByteArray bytes = Test::readData(file);
    const qsizetype step = qMax<qsizetype>(1, bytes.size() / 400);
    int errors = 0;
    for (qsizetype size = 0; size < bytes.size() - 1; size += step) {
        const Result<Credential> read = readCredential(bytes.first(size));
        if (!read) {
            ++errors;
            QVERIFY(!read.error().code.isEmpty());
            QVERIFY(!read.error().message.isEmpty());
        }
    }
    QVERIFY(errors > 0);
}

void TestHostileInput::mutations()
{
    // Deterministic random byte flips in every kind of input: any outcome but a crash or a hang.
    QRandomGenerator random(20261129);
    const QStringList files{
        QStringLiteral("corpus/ob3/di-rdfc-valid.json"), QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"),
        QStringLiteral("corpus/baked/ob3-jwt.png"),      QStringLiteral("corpus/baked/ob2-hosted.svg"),
        QStringLiteral("corpus/clr/clr-valid.json"),     QStringLiteral("corpus/ob2/hosted-valid.json")};
    int read = 0;
    for (const QString &file : files) {
        const QByteArray original = Test::readData(file);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = original;
            const int flips = 1 + static_cast<int>(random.bounded(4));
            for (int i = 0; i < flips; ++i) {
                const auto at = static_cast<qsizetype>(random.bounded(static_cast<quint32>(bytes.size())));
                bytes[at] = static_cast<char>(random.bounded(256));
            }
            read += readCredential(bytes) ? 1 : 0;
        }
    }
    QVERIFY(read > 0); // some flips land in places that do not matter to reading
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
