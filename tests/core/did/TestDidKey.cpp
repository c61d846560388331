// SPDX-License-Identifier: GPL-3.0-or-later
// did:key resolution against the w3c-ccg did-method-key vectors (tests/data/did/did-key/).
#include "core/codec/Base58.h"
#include "core/did/Resolver.h"
#include "tests/core/did/DidTestUtil.h"

#include <QJsonArray>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Did;
using namespace Credfolio::Test;

namespace {

const QString kEd25519Did = QStringLiteral("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp");

// The expected document's first verification method (the signing key; the vectors add derived X25519 keys).
QJsonObject expectedSigningMethod(const QJsonObject &expectedDocument)
{
    return expectedDocument.value(QLatin1String("verificationMethod")).toArray().first().toObject();
}

// The key a vector's method states, in whichever form it has: a JWK, or base58 bytes (Ed25519 raw key, or a
// compressed P-256 point for P256Key2021).
QJsonObject expectedJwk(const QJsonObject &method)
{
    if (method.contains(QLatin1String("publicKeyJwk"))) {
        return method.value(QLatin1String("publicKeyJwk")).toObject();
    }
    const Result<QByteArray> raw =
        Codec::base58btcDecode(method.value(QLatin1String("publicKeyBase58")).toString().toLatin1());
    if (!raw) {
        return {};
    }
    const QString type = method.value(QLatin1String("type")).toString();
    const Result<Crypto::PublicKey> key =
        type == QLatin1String("P256Key2021")
            ? Crypto::PublicKey::fromMultikey(
                  QString::fromLatin1("z" + Codec::base58btcEncode(QByteArray(QByteArray::fromHex("8024") + *raw))))
            : Crypto::PublicKey::fromRawEd25519(*raw);
    return key ? key->toJwk() : QJsonObject();
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &value : array.toArray()) {
        result.append(value.toString());
    }
    return result;
}

} // namespace

class TestDidKey : public QObject {
    Q_OBJECT

private slots:
    void ed25519Vectors_data();
    void ed25519Vectors();
    void nistCurveVectors_data();
    void nistCurveVectors();
    void otherKeyTypesAreRefused_data();
    void otherKeyTypesAreRefused();
    void documentHasTheMultikeyShape();
    void fragmentMustBeTheDidsOwnKey_data();
    void fragmentMustBeTheDidsOwnKey();
    void malformedDidKeys_data();
    void malformedDidKeys();
};

void TestDidKey::ed25519Vectors_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<QJsonObject>("vector");
    const QJsonObject vectors = readJsonObject(QStringLiteral("did/did-key/ed25519-x25519.json"));
    QCOMPARE(vectors.size(), 5);
    for (auto it = vectors.constBegin(); it != vectors.constEnd(); ++it) {
        QTest::newRow(qPrintable(it.key().right(12))) << it.key() << it.value().toObject();
    }
}

void TestDidKey::ed25519Vectors()
{
    QFETCH(QString, did);
    QFETCH(QJsonObject, vector);
    const QJsonObject expected = vector.value(QLatin1String("didDocument")).toObject();
    const QJsonObject expectedMethod = expectedSigningMethod(expected);

    const Resolver resolver(nullptr);
    const Result<ControllerDocument> document = resolver.resolve(did);
    QVERIFY2(document.has_value(), errorText(document));
    QCOMPARE(document->id, expected.value(QLatin1String("id")).toString());
    QVERIFY(document->computed);
    QVERIFY(!document->fromCache);
    QVERIFY(!document->fetchedAt.isValid());
    QCOMPARE(document->methods.size(), 1);
    const VerificationMethod &method = document->methods.first();
    QCOMPARE(method.id, expectedMethod.value(QLatin1String("id")).toString());
    QCOMPARE(method.controller, expectedMethod.value(QLatin1String("controller")).toString());
    QCOMPARE(method.key.type(), Crypto::KeyType::Ed25519);
    QVERIFY(!expectedJwk(expectedMethod).isEmpty());
    QCOMPARE(method.key.toJwk(), expectedJwk(expectedMethod));
    QCOMPARE(document->assertionMethod, strings(expected.value(QLatin1String("assertionMethod"))));
    QCOMPARE(document->authentication, strings(expected.value(QLatin1String("authentication"))));

    for (const Relationship relationship : {Relationship::AssertionMethod, Relationship::Authentication}) {
        const Result<ResolvedMethod> resolved = resolver.resolveMethod(method.id, relationship);
        QVERIFY2(resolved.has_value(), errorText(resolved));
        QCOMPARE(resolved->method.key.rawEd25519(), method.key.rawEd25519());
        QCOMPARE(resolved->document.id, did);
    }
}

void TestDidKey::nistCurveVectors_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<QJsonObject>("vector");
    const QJsonObject vectors = readJsonObject(QStringLiteral("did/did-key/nist-curves.json"));
    QCOMPARE(vectors.size(), 7);
    for (auto it = vectors.constBegin(); it != vectors.constEnd(); ++it) {
        QTest::newRow(qPrintable(it.key().left(16))) << it.key() << it.value().toObject();
    }
}

void TestDidKey::nistCurveVectors()
{
    QFETCH(QString, did);
    QFETCH(QJsonObject, vector);
    const QJsonObject expected = vector.value(QLatin1String("didDocument")).toObject();
    const QJsonObject expectedMethod = expectedSigningMethod(expected);
    const QJsonObject jwk = expectedJwk(expectedMethod);
    QVERIFY(!jwk.isEmpty());
    const QString curve = jwk.value(QLatin1String("crv")).toString();

    const Resolver resolver(nullptr);
    const Result<ResolvedMethod> resolved = resolver.resolveMethod(
        expected.value(QLatin1String("assertionMethod")).toArray().first().toString(), Relationship::AssertionMethod);
    if (curve == QLatin1String("P-521")) {
        QCOMPARE(codeOf(resolved), QStringLiteral("did.unsupported-key"));
        QVERIFY(resolved.error().detail.contains(QLatin1String("P-521")));
        return;
    }
    QVERIFY2(resolved.has_value(), errorText(resolved));
    QCOMPARE(resolved->method.id, expectedMethod.value(QLatin1String("id")).toString());
    QCOMPARE(resolved->method.controller, did);
    QCOMPARE(resolved->method.key.type(),
             curve == QLatin1String("P-256") ? Crypto::KeyType::P256 : Crypto::KeyType::P384);
    QCOMPARE(resolved->method.key.toJwk(), jwk);
    QCOMPARE(resolved->document.authentication, strings(expected.value(QLatin1String("authentication"))));
}

void TestDidKey::otherKeyTypesAreRefused_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<QString>("kind");
    const struct {
        const char *file;
        const char *kind;
        int count;
    } files[] = {{"secp256k1", "secp256k1", 6}, {"bls12381", "BLS12-381", 6}, {"rsa", "RSA", 2}};
    for (const auto &file : files) {
        const QJsonObject vectors = readJsonObject(QStringLiteral("did/did-key/%1.json").arg(QLatin1String(file.file)));
        QCOMPARE(vectors.size(), file.count);
        int row = 0;
        for (auto it = vectors.constBegin(); it != vectors.constEnd(); ++it) {
            QTest::addRow("%s-%d", file.file, row++) << it.key() << QString::fromLatin1(file.kind);
        }
    }
    const QJsonObject x25519 =
        readJsonObject(QStringLiteral("did/did-key/x25519.json")).value(QLatin1String("didDocument")).toObject();
    QVERIFY(!x25519.isEmpty());
    int row = 0;
    for (auto it = x25519.constBegin(); it != x25519.constEnd(); ++it) {
        QTest::addRow("x25519-%d", row++) << it.key() << QStringLiteral("X25519");
    }
}

void TestDidKey::otherKeyTypesAreRefused()
{
    QFETCH(QString, did);
    QFETCH(QString, kind);
    const Resolver resolver(nullptr);
    const Result<ControllerDocument> document = resolver.resolve(did);
    QCOMPARE(codeOf(document), QStringLiteral("did.unsupported-key"));
    QVERIFY2(document.error().detail.contains(kind), qPrintable(document.error().detail));
    QVERIFY(!document.error().message.isEmpty());
    const QString fragment = did.mid(did.lastIndexOf(QLatin1Char(':')) + 1);
    const Result<ResolvedMethod> method =
        resolver.resolveMethod(did + QLatin1Char('#') + fragment, Relationship::AssertionMethod);
    QCOMPARE(codeOf(method), QStringLiteral("did.unsupported-key"));
}

void TestDidKey::documentHasTheMultikeyShape()
{
    const Result<ControllerDocument> document = Resolver(nullptr).resolve(kEd25519Did);
    QVERIFY2(document.has_value(), errorText(document));
    const QString key = kEd25519Did.mid(8);
    const QString methodId = kEd25519Did + QLatin1Char('#') + key;
    const QJsonObject method = document->json.value(QLatin1String("verificationMethod")).toArray().first().toObject();
    QCOMPARE(method.value(QLatin1String("type")).toString(), QStringLiteral("Multikey"));
    QCOMPARE(method.value(QLatin1String("publicKeyMultibase")).toString(), key);
    QCOMPARE(method.value(QLatin1String("id")).toString(), methodId);
    QCOMPARE(document->methods.first().json, method);
    QCOMPARE(document->methods.first().type, QStringLiteral("Multikey"));
    QCOMPARE(document->json.value(QLatin1String("id")).toString(), kEd25519Did);
    for (const char *relationship :
         {"assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation"}) {
        QCOMPARE(strings(document->json.value(QLatin1String(relationship))), QStringList{methodId});
    }
    QVERIFY(!document->json.contains(QLatin1String("keyAgreement")));
}

void TestDidKey::fragmentMustBeTheDidsOwnKey_data()
{
    QTest::addColumn<QString>("methodUrl");
    QTest::addColumn<QString>("code");
    QTest::newRow("another key") << kEd25519Did + QStringLiteral("#z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG")
                                 << QStringLiteral("did.method-not-found");
    QTest::newRow("#0") << kEd25519Did + QStringLiteral("#0") << QStringLiteral("did.method-not-found");
    QTest::newRow("derived X25519 key") << kEd25519Did +
                                               QStringLiteral("#z6LShs9GGnqk85isEBzzshkuVWrVKsRp24GnDuHk8QWkARMW")
                                        << QStringLiteral("did.method-not-found");
    QTest::newRow("no fragment") << kEd25519Did << QStringLiteral("did.bad-did");
    QTest::newRow("empty fragment") << kEd25519Did + QLatin1Char('#') << QStringLiteral("did.bad-did");
}

void TestDidKey::fragmentMustBeTheDidsOwnKey()
{
    QFETCH(QString, methodUrl);
    QFETCH(QString, code);
    QCOMPARE(codeOf(Resolver(nullptr).resolveMethod(methodUrl, Relationship::AssertionMethod)), code);
}

void TestDidKey::malformedDidKeys_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<QString>("code");
    const QString key = kEd25519Did.mid(8);
    QTest::newRow("not multibase base58") << QStringLiteral("did:key:") + key.mid(1) << QStringLiteral("did.bad-did");
    QTest::newRow("base64url multibase") << QStringLiteral("did:key:u7QE") << QStringLiteral("did.bad-did");
    QTest::newRow("outside the alphabet") << QStringLiteral("did:key:z6MkO0Il") << QStringLiteral("did.bad-did");
    QTest::newRow("empty") << QStringLiteral("did:key:") << QStringLiteral("did.bad-did");
    QTest::newRow("just z") << QStringLiteral("did:key:z") << QStringLiteral("did.bad-did");
    QTest::newRow("path") << kEd25519Did + QStringLiteral("/path") << QStringLiteral("did.bad-did");
    QTest::newRow("query") << kEd25519Did + QStringLiteral("?versionId=1") << QStringLiteral("did.bad-did");
    QTest::newRow("upper-case method") << QStringLiteral("did:KEY:") + key << QStringLiteral("did.bad-did");
    QTest::newRow("upper-case scheme") << QStringLiteral("DID:key:") + key << QStringLiteral("did.bad-did");
    // Ed25519 code with 31 key bytes: the right type, damaged material.
    QTest::newRow("short Ed25519 key") << QStringLiteral("did:key:") +
                                              QString::fromLatin1(
                                                  "z" + Codec::base58btcEncode(QByteArray(QByteArray::fromHex("ed01") +
                                                                                          QByteArray(31, '\x07'))))
                                       << QStringLiteral("did.bad-key");
    // P-256 code with an x coordinate that is not on the curve (x^3 - 3x + b has no square root for x = 1).
    QTest::newRow("P-256 point off the curve")
        << QStringLiteral("did:key:") +
               QString::fromLatin1(
                   "z" + Codec::base58btcEncode(QByteArray(QByteArray::fromHex("8024") + QByteArray(1, '\x02') +
                                                           QByteArray(31, '\0') + QByteArray(1, '\x01'))))
        << QStringLiteral("did.bad-key");
}

void TestDidKey::malformedDidKeys()
{
    QFETCH(QString, did);
    QFETCH(QString, code);
    const Result<ControllerDocument> document = Resolver(nullptr).resolve(did);
    QCOMPARE(codeOf(document), code);
    QVERIFY(!document.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestDidKey)
#include "TestDidKey.moc"
