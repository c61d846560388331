// SPDX-License-Identifier: GPL-3.0-or-later
// did:jwk resolution against the examples of the did:jwk specification (tests/data/did/did-jwk/).
#include "core/codec/Base64Url.h"
#include "core/did/Resolver.h"
#include "tests/core/did/DidTestUtil.h"

#include <QJsonArray>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Did;
using namespace Credfolio::Test;

namespace {

QJsonObject vector(const QString &name)
{
    const QJsonArray vectors =
        readJsonObject(QStringLiteral("did/did-jwk/vectors.json")).value(QLatin1String("vectors")).toArray();
    for (const QJsonValue &value : vectors) {
        if (value.toObject().value(QLatin1String("name")).toString() == name) {
            return value.toObject();
        }
    }
    qFatal("no did:jwk vector %s", qPrintable(name));
}

QString didFor(const QJsonObject &jwk)
{
    return QStringLiteral("did:jwk:") +
           QString::fromLatin1(Codec::base64UrlEncode(QJsonDocument(jwk).toJson(QJsonDocument::Compact)));
}

QJsonObject p256Jwk()
{
    return vector(QStringLiteral("P-256")).value(QLatin1String("decodedJwk")).toObject();
}

} // namespace

class TestDidJwk : public QObject {
    Q_OBJECT

private slots:
    void p256DocumentIsTheSpecsExample();
    void p256MethodResolves();
    void x25519IsRefusedForAssertions();
    void useSigHasNoKeyAgreement();
    void encryptionKeysAreNotSigningKeys();
    void privateKeysAreRefused();
    void onlyMethodZeroExists();
    void malformedDidJwk_data();
    void malformedDidJwk();
};

void TestDidJwk::p256DocumentIsTheSpecsExample()
{
    const QJsonObject example = vector(QStringLiteral("P-256"));
    const QString did = example.value(QLatin1String("did")).toString();

    // The specification's example has a stray "$" in its authentication entry (kept upstream, see the README).
    QByteArray expectedText = readData(QStringLiteral("did/did-jwk/p-256.did-document.json"));
    QVERIFY(expectedText.contains("did:jwk:$eyJ"));
    expectedText.replace("did:jwk:$eyJ", "did:jwk:eyJ");
    const QJsonObject expected = QJsonDocument::fromJson(expectedText).object();
    QVERIFY(!expected.isEmpty());

    const Result<ControllerDocument> document = Resolver(nullptr).resolve(did);
    QVERIFY2(document.has_value(), errorText(document));
    QCOMPARE(document->json, expected);
    QVERIFY(document->computed);
    QCOMPARE(document->id, did);
    QCOMPARE(document->assertionMethod, QStringList{example.value(QLatin1String("didUrl")).toString()});
    QCOMPARE(document->authentication, QStringList{example.value(QLatin1String("didUrl")).toString()});
}

void TestDidJwk::p256MethodResolves()
{
    const QJsonObject example = vector(QStringLiteral("P-256"));
    const Result<ResolvedMethod> resolved = Resolver(nullptr).resolveMethod(
        example.value(QLatin1String("didUrl")).toString(), Relationship::AssertionMethod);
    QVERIFY2(resolved.has_value(), errorText(resolved));
    QCOMPARE(resolved->method.type, QStringLiteral("JsonWebKey2020"));
    QCOMPARE(resolved->method.controller, example.value(QLatin1String("did")).toString());
    QCOMPARE(resolved->method.key.type(), Crypto::KeyType::P256);
    QCOMPARE(resolved->method.key.toJwk(), example.value(QLatin1String("decodedJwk")).toObject());
    QCOMPARE(resolved->method.json.value(QLatin1String("publicKeyJwk")).toObject(), p256Jwk());
}

void TestDidJwk::x25519IsRefusedForAssertions()
{
    const QJsonObject example = vector(QStringLiteral("X25519"));
    const Resolver resolver(nullptr);
    const Result<ResolvedMethod> resolved =
        resolver.resolveMethod(example.value(QLatin1String("didUrl")).toString(), Relationship::AssertionMethod);
    QCOMPARE(codeOf(resolved), QStringLiteral("did.unsupported-key"));
    QVERIFY(resolved.error().detail.contains(QLatin1String("enc")));
    QCOMPARE(codeOf(resolver.resolve(example.value(QLatin1String("did")).toString())),
             QStringLiteral("did.unsupported-key"));
}

void TestDidJwk::useSigHasNoKeyAgreement()
{
    QJsonObject jwk = p256Jwk();
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    const Result<ControllerDocument> document = Resolver(nullptr).resolve(didFor(jwk));
    QVERIFY2(document.has_value(), errorText(document));
    QVERIFY(!document->json.contains(QLatin1String("keyAgreement")));
    QCOMPARE(document->assertionMethod.size(), 1);
    QVERIFY(document->json.contains(QLatin1String("capabilityInvocation")));
}

void TestDidJwk::encryptionKeysAreNotSigningKeys()
{
    QJsonObject jwk = p256Jwk();
    jwk.insert(QStringLiteral("use"), QStringLiteral("enc"));
    const QString did = didFor(jwk);
    QCOMPARE(codeOf(Resolver(nullptr).resolveMethod(did + QStringLiteral("#0"), Relationship::AssertionMethod)),
             QStringLiteral("did.unsupported-key"));
}

void TestDidJwk::privateKeysAreRefused()
{
    QJsonObject jwk = p256Jwk();
    jwk.insert(QStringLiteral("d"), QStringLiteral("gPh-VvVS8MbvKQ9LSVVmfnxnKjHn4Tqj0bmbpehRlpc"));
    const Result<ControllerDocument> document = Resolver(nullptr).resolve(didFor(jwk));
    QCOMPARE(codeOf(document), QStringLiteral("did.bad-key"));
    QVERIFY(document.error().detail.contains(QLatin1String("crypto.private-key-in-jwk")));

    // Even with "use": "enc": a private key is damaged input first.
    jwk.insert(QStringLiteral("use"), QStringLiteral("enc"));
    QCOMPARE(codeOf(Resolver(nullptr).resolve(didFor(jwk))), QStringLiteral("did.bad-key"));
}

void TestDidJwk::onlyMethodZeroExists()
{
    const QString did = vector(QStringLiteral("P-256")).value(QLatin1String("did")).toString();
    const Resolver resolver(nullptr);
    QCOMPARE(codeOf(resolver.resolveMethod(did + QStringLiteral("#1"), Relationship::AssertionMethod)),
             QStringLiteral("did.method-not-found"));
    QCOMPARE(codeOf(resolver.resolveMethod(did + QStringLiteral("#key-1"), Relationship::Authentication)),
             QStringLiteral("did.method-not-found"));
    QCOMPARE(codeOf(resolver.resolveMethod(did + QStringLiteral("#0"), Relationship::Authentication)),
             QStringLiteral("ok"));
}

void TestDidJwk::malformedDidJwk_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<QString>("code");
    const auto encoded = [](const QByteArray &bytes) -> QString {
        return QStringLiteral("did:jwk:") + QString::fromLatin1(Codec::base64UrlEncode(bytes));
    };
    QTest::newRow("padding") << encoded("{}") + QStringLiteral("==") << QStringLiteral("did.bad-did");
    QTest::newRow("standard base64 alphabet") << QStringLiteral("did:jwk:eyJ+") << QStringLiteral("did.bad-did");
    QTest::newRow("not JSON") << encoded("kty=EC") << QStringLiteral("did.bad-did");
    QTest::newRow("JSON array") << encoded("[1]") << QStringLiteral("did.bad-did");
    QTest::newRow("duplicate member") << encoded(R"({"kty":"OKP","kty":"EC"})") << QStringLiteral("did.bad-did");
    QTest::newRow("no kty") << encoded("{}") << QStringLiteral("did.bad-key");
    QTest::newRow("symmetric key") << encoded(R"({"kty":"oct","k":"AAAA"})") << QStringLiteral("did.bad-key");
    QTest::newRow("secp256k1") << encoded(R"({"kty":"EC","crv":"secp256k1","x":"AAAA","y":"AAAA"})")
                               << QStringLiteral("did.unsupported-key");
    QTest::newRow("Ed25519 x too short") << encoded(R"({"kty":"OKP","crv":"Ed25519","x":"AAAA"})")
                                         << QStringLiteral("did.bad-key");
}

void TestDidJwk::malformedDidJwk()
{
    QFETCH(QString, did);
    QFETCH(QString, code);
    QCOMPARE(codeOf(Resolver(nullptr).resolve(did)), code);
}

QTEST_GUILESS_MAIN(TestDidJwk)
#include "TestDidJwk.moc"
