// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "tests/support/TestData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Codec;

class TestMultibase : public QObject {
    Q_OBJECT

private slots:
    void encode();
    void decode_data();
    void decode();
    void refusals_data();
    void refusals();
    void unknownPrefixIsNamed();
    void didKeyEd25519();
};

void TestMultibase::encode()
{
    QCOMPARE(multibaseEncode(Multibase::Base58Btc, "Hello World!"), QByteArray("z2NEpo7TZRRrLZSi2U"));
    QCOMPARE(multibaseEncode(Multibase::Base64Url, QByteArray::fromHex("fbff")), QByteArray("u-_8"));
    QCOMPARE(multibaseEncode(Multibase::Base58Btc, {}), QByteArray("z"));
}

void TestMultibase::decode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("z") << QByteArray("z2NEpo7TZRRrLZSi2U") << QByteArray("Hello World!");
    QTest::newRow("u") << QByteArray("uSGVsbG8gV29ybGQh") << QByteArray("Hello World!");
    QTest::newRow("z empty") << QByteArray("z") << QByteArray();
    QTest::newRow("z leading zero") << QByteArray("z11") << QByteArray(2, '\0');
}

void TestMultibase::decode()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, bytes);
    const Result<QByteArray> decoded = multibaseDecode(text);
    QVERIFY2(decoded.has_value(), qPrintable(decoded.has_value() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value(), bytes);
}

void TestMultibase::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("base16 prefix f") << QByteArray("f48656c6c6f");
    QTest::newRow("padded base64url prefix U") << QByteArray("USGVsbG8gV29ybGQh");
    QTest::newRow("base64 prefix m") << QByteArray("mSGVsbG8gV29ybGQh");
    QTest::newRow("upper-case Z") << QByteArray("Z2NEpo7TZRRrLZSi2U");
    QTest::newRow("bad base58 body") << QByteArray("z2NEpo0TZ");
    QTest::newRow("padded u body") << QByteArray("uSGVsbG8=");
    QTest::newRow("standard alphabet in u body") << QByteArray("u+_8");
    QTest::newRow("whitespace before prefix") << QByteArray(" z2NEpo7TZ");
}

void TestMultibase::refusals()
{
    QFETCH(QByteArray, text);
    const Result<QByteArray> decoded = multibaseDecode(text);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, QStringLiteral("codec.bad-multibase"));
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestMultibase::unknownPrefixIsNamed()
{
    const Result<QByteArray> decoded = multibaseDecode("f48656c6c6f");
    QVERIFY(!decoded.has_value());
    QVERIFY2(decoded.error().message.contains(QLatin1String("'f'")), qPrintable(decoded.error().message));
}

void TestMultibase::didKeyEd25519()
{
    const QJsonObject vectors =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("codec/did-key/ed25519-x25519.json"))).object();
    QCOMPARE(vectors.size(), 5);
    for (auto it = vectors.begin(); it != vectors.end(); ++it) {
        const QString did = it.key();
        QVERIFY(did.startsWith(QLatin1String("did:key:z6Mk")));
        const QByteArray multibase = did.mid(8).toLatin1();
        const Result<QByteArray> bytes = multibaseDecode(multibase);
        QVERIFY2(bytes.has_value(), qPrintable(did));
        QCOMPARE(bytes->size(), 34);
        QCOMPARE(bytes->first(2), QByteArray::fromHex("ed01"));
        const QJsonObject keyPair = it.value().toObject()[QLatin1String("verificationKeyPair")].toObject();
        // Four vectors give the key in base58, one as a JWK (base64url "x").
        const QByteArray expectedKey =
            keyPair.contains(QLatin1String("publicKeyBase58"))
                ? base58btcDecode(keyPair[QLatin1String("publicKeyBase58")].toString().toLatin1()).value()
                : base64UrlDecode(keyPair[QLatin1String("publicKeyJwk")][QLatin1String("x")].toString().toLatin1())
                      .value();
        QCOMPARE(expectedKey.size(), 32);
        QCOMPARE(bytes->sliced(2), expectedKey);
        // And back.
        QCOMPARE(multibaseEncode(Multibase::Base58Btc, multicodecEncode(Multicodec::Ed25519Public, expectedKey)),
                 multibase);
    }
}

QTEST_GUILESS_MAIN(TestMultibase)
#include "TestMultibase.moc"
