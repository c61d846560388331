// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Base64Url.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Codec;

class TestBase64Url : public QObject {
    Q_OBJECT

private slots:
    void rfc4648Vectors_data();
    void rfc4648Vectors();
    void urlAlphabet();
    void strictRefusals_data();
    void strictRefusals();
    void lenient_data();
    void lenient();
    void lenientRefusals_data();
    void lenientRefusals();
    void roundTrip();
};

void TestBase64Url::rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    // RFC 4648 §10, without the padding base64url drops.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
}

void TestBase64Url::rfc4648Vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(base64UrlEncode(bytes), text);
    const Result<QByteArray> decoded = base64UrlDecode(text);
    QVERIFY2(decoded.has_value(), qPrintable(decoded.has_value() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value(), bytes);
}

void TestBase64Url::urlAlphabet()
{
    const QByteArray bytes = QByteArray::fromHex("fbff bf");
    QCOMPARE(base64UrlEncode(bytes), QByteArray("-_-_"));
    QCOMPARE(base64UrlEncode(QByteArray::fromHex("fbff")), QByteArray("-_8"));
    QCOMPARE(base64UrlDecode("-_-_").value(), bytes);
    // Same as Qt's own encoder with the URL options.
    QByteArray all;
    for (int i = 0; i < 256; ++i) {
        all.append(static_cast<char>(i));
    }
    QCOMPARE(base64UrlEncode(all), all.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void TestBase64Url::strictRefusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArray("Zg==");
    QTest::newRow("single padding") << QByteArray("Zm8=");
    QTest::newRow("standard plus") << QByteArray("+_8");
    QTest::newRow("standard slash") << QByteArray("-/8");
    QTest::newRow("newline") << QByteArray("Zm9v\nYg");
    QTest::newRow("space") << QByteArray("Zm9v Yg");
    QTest::newRow("trailing space") << QByteArray("Zm9v ");
    QTest::newRow("stray character") << QByteArray("Zm9v*g");
    QTest::newRow("NUL") << QByteArray("Zm9v\0Yg", 7);
    QTest::newRow("non-ASCII") << QByteArray("Zm9v\xc3\xa9");
    QTest::newRow("length 1 mod 4") << QByteArray("Zm9vY");
    QTest::newRow("length 1") << QByteArray("Z");
    QTest::newRow("non-zero trailing bits (2 chars)") << QByteArray("Zh");
    QTest::newRow("non-zero trailing bits (3 chars)") << QByteArray("Zm9");
}

void TestBase64Url::strictRefusals()
{
    QFETCH(QByteArray, text);
    const Result<QByteArray> decoded = base64UrlDecode(text);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, QStringLiteral("codec.bad-base64url"));
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestBase64Url::lenient_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("url, no padding") << QByteArray("-_8") << QByteArray::fromHex("fbff");
    QTest::newRow("standard, padding") << QByteArray("+/8=") << QByteArray::fromHex("fbff");
    QTest::newRow("standard, no padding") << QByteArray("+/8") << QByteArray::fromHex("fbff");
    QTest::newRow("url, padding") << QByteArray("-_8=") << QByteArray::fromHex("fbff");
    QTest::newRow("two padding") << QByteArray("Zg==") << QByteArray("f");
    QTest::newRow("unused bits ignored") << QByteArray("Zh") << QByteArray("f");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestBase64Url::lenient()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, bytes);
    const Result<QByteArray> decoded = base64DecodeLenient(text);
    QVERIFY2(decoded.has_value(), qPrintable(decoded.has_value() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value(), bytes);
}

void TestBase64Url::lenientRefusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("space") << QByteArray("Zm9v Yg==");
    QTest::newRow("newline") << QByteArray("Zm9v\nYg==");
    QTest::newRow("stray") << QByteArray("Zm9v.Yg");
    QTest::newRow("padding in the middle") << QByteArray("Zg==Zg==");
    QTest::newRow("three padding") << QByteArray("Zg===");
    QTest::newRow("wrong padding count") << QByteArray("Zm9vYg=");
    QTest::newRow("length 1 mod 4") << QByteArray("Zm9vY");
}

void TestBase64Url::lenientRefusals()
{
    QFETCH(QByteArray, text);
    const Result<QByteArray> decoded = base64DecodeLenient(text);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, QStringLiteral("codec.bad-base64url"));
}

void TestBase64Url::roundTrip()
{
    QRandomGenerator random(20261129);
    for (int length = 0; length < 70; ++length) {
        QByteArray bytes(length, '\0');
        for (char &byte : bytes) {
            byte = static_cast<char>(random.bounded(256));
        }
        const QByteArray text = base64UrlEncode(bytes);
        QCOMPARE(base64UrlDecode(text).value(), bytes);
        QCOMPARE(base64DecodeLenient(bytes.toBase64()).value(), bytes);
    }
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "TestBase64Url.moc"
