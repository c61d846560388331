// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Base58.h"
#include "core/codec/Limits.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Codec;

class TestBase58 : public QObject {
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void refusals_data();
    void refusals();
    void lengthCap();
    void roundTrip();
};

void TestBase58::vectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    // draft-msporny-base58 and the Bitcoin reference tests.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("Hello World!") << QByteArray("Hello World!") << QByteArray("2NEpo7TZRRrLZSi2U");
    QTest::newRow("quick brown fox") << QByteArray("The quick brown fox jumps over the lazy dog.")
                                     << QByteArray("USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z");
    QTest::newRow("leading zeros") << QByteArray::fromHex("000000287fb4cd") << QByteArray("111233QC4");
    QTest::newRow("one zero") << QByteArray::fromHex("00") << QByteArray("1");
    QTest::newRow("only zeros") << QByteArray::fromHex("000000") << QByteArray("111");
    QTest::newRow("0x61") << QByteArray::fromHex("61") << QByteArray("2g");
    QTest::newRow("0x626262") << QByteArray::fromHex("626262") << QByteArray("a3gV");
    QTest::newRow("0x636363") << QByteArray::fromHex("636363") << QByteArray("aPEr");
    QTest::newRow("0x00eb15231dfceb60925886b67d065299925915aeb172c06647")
        << QByteArray::fromHex("00eb15231dfceb60925886b67d065299925915aeb172c06647")
        << QByteArray("1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L");
    QTest::newRow("0xff x4") << QByteArray::fromHex("ffffffff") << QByteArray("7YXq9G");
}

void TestBase58::vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(base58btcEncode(bytes), text);
    const Result<QByteArray> decoded = base58btcDecode(text);
    QVERIFY2(decoded.has_value(), qPrintable(decoded.has_value() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value(), bytes);
}

void TestBase58::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero digit") << QByteArray("2NEpo0TZ");
    QTest::newRow("capital O") << QByteArray("2NEpoOTZ");
    QTest::newRow("capital I") << QByteArray("2NEpoITZ");
    QTest::newRow("lower l") << QByteArray("2NEpolTZ");
    QTest::newRow("space") << QByteArray("2NEpo 7TZ");
    QTest::newRow("trailing newline") << QByteArray("2NEpo7TZ\n");
    QTest::newRow("plus") << QByteArray("2NE+o7TZ");
    QTest::newRow("NUL") << QByteArray("2NE\0o7TZ", 8);
    QTest::newRow("non-ASCII") << QByteArray("2NE\xc3\xa9");
}

void TestBase58::refusals()
{
    QFETCH(QByteArray, text);
    const Result<QByteArray> decoded = base58btcDecode(text);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, QStringLiteral("codec.bad-base58"));
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestBase58::lengthCap()
{
    const QByteArray atLimit(Limits::kMaxBase58Text, 'z');
    QVERIFY(base58btcDecode(atLimit).has_value());
    // One past the limit and far past it are refused alike (the cost of refusing 1 MiB is measured by
    // BM_Base58DecodeOverLimit in bench/codec).
    const Result<QByteArray> justOver = base58btcDecode(QByteArray(Limits::kMaxBase58Text + 1, 'z'));
    QVERIFY(!justOver.has_value());
    QCOMPARE(justOver.error().code, QStringLiteral("codec.bad-base58"));
    const Result<QByteArray> tooLong = base58btcDecode(QByteArray(1024 * 1024, 'z'));
    QVERIFY(!tooLong.has_value());
    QCOMPARE(tooLong.error().code, QStringLiteral("codec.bad-base58"));
    // Refused for its length, before any decoding.
    QVERIFY2(tooLong.error().message.contains(QString::number(1024 * 1024)), qPrintable(tooLong.error().message));
}

void TestBase58::roundTrip()
{
    QRandomGenerator random(58);
    for (int length = 0; length < 100; ++length) {
        QByteArray bytes(length, '\0');
        for (char &byte : bytes) {
            byte = static_cast<char>(random.bounded(256));
        }
        // Some leading zeros too.
        if (length % 5 == 0 && length > 2) {
            bytes[0] = 0;
            bytes[1] = 0;
        }
        QCOMPARE(base58btcDecode(base58btcEncode(bytes)).value(), bytes);
    }
    // And from text: every base58btc text is the encoding of exactly one byte string.
    const QByteArray alphabet("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    for (int length = 1; length < 200; ++length) {
        QByteArray text(length, '1');
        for (qsizetype i = length % 3; i < length; ++i) {
            text[i] = alphabet[random.bounded(58)];
        }
        const Result<QByteArray> bytes = base58btcDecode(text);
        QVERIFY(bytes.has_value());
        QCOMPARE(base58btcEncode(*bytes), text);
    }
}

QTEST_GUILESS_MAIN(TestBase58)
#include "TestBase58.moc"
