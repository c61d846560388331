// SPDX-License-Identifier: GPL-3.0-or-later
// Reading fetched controller documents: members, relative ids, embedded methods, key types, limits.
#include "core/codec/Base58.h"
#include "core/did/DocumentParser.h"
#include "core/did/Limits.h"
#include "core/did/Resolver.h"
#include "tests/core/credentials/MemoryDocumentSource.h"
#include "tests/core/did/DidTestUtil.h"

#include <QJsonArray>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Did;
using namespace Credfolio::Test;

namespace {

const QString kDid = QStringLiteral("did:web:issuer.example.edu");
const QString kEd25519 = QStringLiteral("z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp");
// The same key as raw base58 (Ed25519VerificationKey2018), from the did-method-key vectors.
const QString kEd25519Base58 = QStringLiteral("4zvwRjXUKGfvwnParsHAS3HuSVzV5cA4McphgmoCtajS");
const QString kP256 = QStringLiteral("zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv");
const QString kX25519 = QStringLiteral("z6LSeu9HkTHSfLLeUs2nnzUSNedgDUevfNQgQjQC23ZCit6F");

Result<ControllerDocument> parseText(const QByteArray &text, const QString &id = kDid)
{
    Net::RemoteDocument remote;
    remote.url = QUrl(QStringLiteral("https://issuer.example.edu/.well-known/did.json"));
    remote.body = text;
    remote.contentType = QStringLiteral("application/did+json");
    remote.fetchedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    remote.fromCache = true;
    return parseFetchedDocument(remote, id);
}

Result<ControllerDocument> parse(const QJsonObject &document)
{
    return parseText(QJsonDocument(document).toJson());
}

QJsonObject method(const QString &id, const QString &type, const char *member, const QJsonValue &key)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("controller"), kDid},
                       {QLatin1String(member), key}};
}

QJsonObject documentWith(const QJsonArray &methods, const QJsonArray &assertion)
{
    return QJsonObject{{QStringLiteral("id"), kDid},
                       {QStringLiteral("verificationMethod"), methods},
                       {QStringLiteral("assertionMethod"), assertion}};
}

} // namespace

class TestDocumentParser : public QObject {
    Q_OBJECT

private slots:
    void readsMethodsAndRelationships();
    void keepsTheFetchDate();
    void malformedDocuments_data();
    void malformedDocuments();
    void methodTypes_data();
    void methodTypes();
    void tooManyMethods();
    void unusableKeysDoNotSpoilTheDocument();
};

void TestDocumentParser::readsMethodsAndRelationships()
{
    const QJsonObject embedded =
        method(QStringLiteral("#embedded"), QStringLiteral("Multikey"), "publicKeyMultibase", kP256);
    const QJsonObject document{
        {QStringLiteral("id"), kDid},
        {QStringLiteral("verificationMethod"),
         QJsonArray{method(QStringLiteral("#key-1"), QStringLiteral("Multikey"), "publicKeyMultibase", kEd25519),
                    method(kDid + QStringLiteral("#key-2"), QStringLiteral("Ed25519VerificationKey2018"),
                           "publicKeyBase58", kEd25519Base58)}},
        {QStringLiteral("assertionMethod"), QJsonArray{QStringLiteral("#key-1"), embedded}},
        {QStringLiteral("authentication"), QJsonArray{QString(kDid + QStringLiteral("#key-2"))}},
        {QStringLiteral("keyAgreement"), QJsonArray{QStringLiteral("#key-1")}}};
    const Result<ControllerDocument> parsed = parse(document);
    QVERIFY2(parsed.has_value(), errorText(parsed));
    QCOMPARE(parsed->id, kDid);
    QCOMPARE(parsed->json, document);
    QCOMPARE(parsed->methods.size(), 3);
    QCOMPARE(parsed->methods.at(0).id, kDid + QStringLiteral("#key-1"));
    QCOMPARE(parsed->methods.at(1).id, kDid + QStringLiteral("#key-2"));
    QCOMPARE(parsed->methods.at(2).id, kDid + QStringLiteral("#embedded"));
    QCOMPARE(parsed->methods.at(2).json, embedded);
    QCOMPARE(parsed->assertionMethod,
             QStringList({kDid + QStringLiteral("#key-1"), kDid + QStringLiteral("#embedded")}));
    QCOMPARE(parsed->authentication, QStringList{kDid + QStringLiteral("#key-2")});
    // Ed25519 in Multikey and in the 2018 form are the same key.
    QCOMPARE(parsed->methods.at(0).key.rawEd25519(), parsed->methods.at(1).key.rawEd25519());
    QCOMPARE(parsed->methods.at(2).key.type(), Crypto::KeyType::P256);
    QVERIFY(!parsed->computed);
}

void TestDocumentParser::keepsTheFetchDate()
{
    const Result<ControllerDocument> parsed = parse(documentWith({}, {}));
    QVERIFY2(parsed.has_value(), errorText(parsed));
    QVERIFY(parsed->fromCache);
    QCOMPARE(parsed->fetchedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
}

void TestDocumentParser::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("text");
    const auto key = [](const QString &id) {
        return QJsonDocument(method(id, QStringLiteral("Multikey"), "publicKeyMultibase", kEd25519)).toJson();
    };
    const QByteArray id = "\"id\": \"did:web:issuer.example.edu\"";
    QTest::newRow("not JSON") << QByteArray("<html></html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("duplicate member") << "{" + id + ", " + id + "}";
    QTest::newRow("no id") << QByteArray("{}");
    QTest::newRow("id not a string") << QByteArray(R"({"id": ["did:web:issuer.example.edu"]})");
    QTest::newRow("another id") << QByteArray(R"({"id": "did:web:issuer.example.edu:other"})");
    QTest::newRow("verificationMethod object") << "{" + id + ", \"verificationMethod\": " + key("#a") + "}";
    QTest::newRow("method a string") << "{" + id + ", \"verificationMethod\": [\"#a\"]}";
    QTest::newRow("method without controller")
        << "{" + id + R"(, "verificationMethod": [{"id": "#a", "type": "Multikey", "publicKeyMultibase": "z6Mk"}]})";
    QTest::newRow("method without type")
        << "{" + id + R"(, "verificationMethod": [{"id": "#a", "controller": "did:web:issuer.example.edu"}]})";
    QTest::newRow("relative controller")
        << "{" + id +
               R"(, "verificationMethod": [{"id": "#a", "type": "Multikey", "controller": "issuer.example.edu"}]})";
    QTest::newRow("relative id without #") << "{" + id + ", \"verificationMethod\": [" + key("key-1") + "]}";
    QTest::newRow("empty fragment id") << "{" + id + ", \"verificationMethod\": [" + key("#") + "]}";
    QTest::newRow("duplicate method id") << "{" + id + ", \"verificationMethod\": [" + key("#a") + ", " +
                                                key("did:web:issuer.example.edu#a") + "]}";
    QTest::newRow("embedded duplicate") << "{" + id + ", \"verificationMethod\": [" + key("#a") +
                                               "], \"assertionMethod\": [" + key("#a") + "]}";
    QTest::newRow("assertionMethod a string") << "{" + id + ", \"assertionMethod\": \"#a\"}";
    QTest::newRow("assertionMethod number") << "{" + id + ", \"assertionMethod\": [1]}";
    QTest::newRow("keyAgreement malformed") << "{" + id + ", \"keyAgreement\": {}}";
    QTest::newRow("too deep") << "{" + id + ", \"x\": " + QByteArray(40, '[') + QByteArray(40, ']') + "}";
    QTest::newRow("too many relationship entries")
        << "{" + id + ", \"authentication\": [" + QByteArray("\"#a\",").repeated(Limits::kMaxRelationshipEntries) +
               "\"#a\"]}";
}

void TestDocumentParser::malformedDocuments()
{
    QFETCH(QByteArray, text);
    const Result<ControllerDocument> parsed = parseText(text);
    QCOMPARE(codeOf(parsed), QStringLiteral("did.bad-document"));
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY(!parsed.error().detail.isEmpty());
}

void TestDocumentParser::methodTypes_data()
{
    QTest::addColumn<QJsonObject>("method");
    QTest::addColumn<QString>("code");
    const QString id = QStringLiteral("#m");
    const QJsonObject p256Jwk{{QStringLiteral("kty"), QStringLiteral("EC")},
                              {QStringLiteral("crv"), QStringLiteral("P-256")},
                              {QStringLiteral("x"), QStringLiteral("igrFmi0whuihKnj9R3Om1SoMph72wUGeFaBbzG2vzns")},
                              {QStringLiteral("y"), QStringLiteral("efsX5b10x8yjyrj4ny3pGfLcY7Xby1KzgqOdqnsrJIM")}};
    QJsonObject privateJwk = p256Jwk;
    privateJwk.insert(QStringLiteral("d"), QStringLiteral("gPh-VvVS8MbvKQ9LSVVmfnxnKjHn4Tqj0bmbpehRlpc"));
    QJsonObject encJwk = p256Jwk;
    encJwk.insert(QStringLiteral("use"), QStringLiteral("enc"));

    QTest::newRow("Multikey Ed25519") << method(id, QStringLiteral("Multikey"), "publicKeyMultibase", kEd25519)
                                      << QStringLiteral("ok");
    QTest::newRow("Multikey P-256") << method(id, QStringLiteral("Multikey"), "publicKeyMultibase", kP256)
                                    << QStringLiteral("ok");
    QTest::newRow("Ed25519VerificationKey2020")
        << method(id, QStringLiteral("Ed25519VerificationKey2020"), "publicKeyMultibase", kEd25519)
        << QStringLiteral("ok");
    QTest::newRow("Ed25519VerificationKey2018")
        << method(id, QStringLiteral("Ed25519VerificationKey2018"), "publicKeyBase58", kEd25519Base58)
        << QStringLiteral("ok");
    QTest::newRow("JsonWebKey") << method(id, QStringLiteral("JsonWebKey"), "publicKeyJwk", p256Jwk)
                                << QStringLiteral("ok");
    QTest::newRow("JsonWebKey2020") << method(id, QStringLiteral("JsonWebKey2020"), "publicKeyJwk", p256Jwk)
                                    << QStringLiteral("ok");
    QTest::newRow("Multikey X25519") << method(id, QStringLiteral("Multikey"), "publicKeyMultibase", kX25519)
                                     << QStringLiteral("did.unsupported-key");
    QTest::newRow("X25519KeyAgreementKey2020")
        << method(id, QStringLiteral("X25519KeyAgreementKey2020"), "publicKeyMultibase", kX25519)
        << QStringLiteral("did.unsupported-key");
    QTest::newRow("EcdsaSecp256k1VerificationKey2019")
        << method(id, QStringLiteral("EcdsaSecp256k1VerificationKey2019"), "publicKeyJwk", p256Jwk)
        << QStringLiteral("did.unsupported-key");
    QTest::newRow("JWK use enc") << method(id, QStringLiteral("JsonWebKey"), "publicKeyJwk", encJwk)
                                 << QStringLiteral("did.unsupported-key");
    QTest::newRow("Ed25519VerificationKey2020 with a P-256 key")
        << method(id, QStringLiteral("Ed25519VerificationKey2020"), "publicKeyMultibase", kP256)
        << QStringLiteral("did.bad-key");
    QTest::newRow("private JWK") << method(id, QStringLiteral("JsonWebKey2020"), "publicKeyJwk", privateJwk)
                                 << QStringLiteral("did.bad-key");
    QJsonObject withPrivate = method(id, QStringLiteral("Multikey"), "publicKeyMultibase", kEd25519);
    withPrivate.insert(QStringLiteral("secretKeyMultibase"), QStringLiteral("z3u2"));
    QTest::newRow("secret key beside the public key") << withPrivate << QStringLiteral("did.bad-key");
    QTest::newRow("Multikey without key")
        << method(id, QStringLiteral("Multikey"), "publicKeyBase58", kEd25519Base58) << QStringLiteral("did.bad-key");
    QTest::newRow("JWK not an object") << method(id, QStringLiteral("JsonWebKey"), "publicKeyJwk", kP256)
                                       << QStringLiteral("did.bad-key");
    QTest::newRow("bad base58") << method(id, QStringLiteral("Ed25519VerificationKey2018"), "publicKeyBase58",
                                          QStringLiteral("0OIl"))
                                << QStringLiteral("did.bad-key");
    QTest::newRow("short base58 key") << method(id, QStringLiteral("Ed25519VerificationKey2018"), "publicKeyBase58",
                                                kEd25519Base58.left(20))
                                      << QStringLiteral("did.bad-key");
    const QString shortEd25519 = QString::fromLatin1(
        "z" + Codec::base58btcEncode(QByteArray(QByteArray::fromHex("ed01") + QByteArray(31, '\x07'))));
    QTest::newRow("Ed25519 Multikey of 31 bytes")
        << method(id, QStringLiteral("Multikey"), "publicKeyMultibase", shortEd25519) << QStringLiteral("did.bad-key");
}

void TestDocumentParser::methodTypes()
{
    QFETCH(QJsonObject, method);
    QFETCH(QString, code);
    MemoryDocumentSource source;
    source.add(QStringLiteral("https://issuer.example.edu/.well-known/did.json"),
               QJsonDocument(documentWith({method}, {QStringLiteral("#m")})).toJson(),
               QStringLiteral("application/did+json"));
    const Result<ResolvedMethod> resolved =
        Resolver(&source).resolveMethod(kDid + QStringLiteral("#m"), Relationship::AssertionMethod);
    QCOMPARE(codeOf(resolved), code);
    if (resolved) {
        QVERIFY(!resolved->method.key.isNull());
        QCOMPARE(resolved->method.type, method.value(QLatin1String("type")).toString());
    } else {
        QVERIFY(resolved.error().message.contains(kDid + QStringLiteral("#m")));
    }
}

void TestDocumentParser::tooManyMethods()
{
    QJsonArray methods;
    for (int i = 0; i <= Limits::kMaxMethods; ++i) {
        methods.append(
            method(QStringLiteral("#k%1").arg(i), QStringLiteral("Multikey"), "publicKeyMultibase", kEd25519));
    }
    QCOMPARE(codeOf(parse(documentWith(methods, {}))), QStringLiteral("did.bad-document"));
    methods.removeLast();
    QCOMPARE(codeOf(parse(documentWith(methods, {}))), QStringLiteral("ok"));
}

void TestDocumentParser::unusableKeysDoNotSpoilTheDocument()
{
    // A usual did:web document: a signing key and an X25519 key for encryption.
    const Result<ControllerDocument> parsed =
        parse(documentWith({method(QStringLiteral("#sign"), QStringLiteral("Multikey"), "publicKeyMultibase", kEd25519),
                            method(QStringLiteral("#enc"), QStringLiteral("Multikey"), "publicKeyMultibase", kX25519)},
                           {QStringLiteral("#sign")}));
    QVERIFY2(parsed.has_value(), errorText(parsed));
    QCOMPARE(parsed->methods.size(), 2);
    QVERIFY(!parsed->methods.at(0).key.isNull());
    QVERIFY(parsed->methods.at(1).key.isNull());
}

QTEST_GUILESS_MAIN(TestDocumentParser)
#include "TestDocumentParser.moc"
