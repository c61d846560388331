// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "tests/support/TestData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Codec;

class TestMulticodec : public QObject {
    Q_OBJECT

private slots:
    void prefixes_data();
    void prefixes();
    void varints_data();
    void varints();
    void refusals_data();
    void refusals();
    void didKeyEd25519Prefix();
    void didKeyNistCurves();
};

void TestMulticodec::prefixes_data()
{
    QTest::addColumn<quint64>("code");
    QTest::addColumn<QByteArray>("prefix");
    // standards.md §9.1 and the multicodec table.
    QTest::newRow("Ed25519 public") << Multicodec::Ed25519Public << QByteArray::fromHex("ed01");
    QTest::newRow("P-256 public") << Multicodec::P256Public << QByteArray::fromHex("8024");
    QTest::newRow("P-384 public") << Multicodec::P384Public << QByteArray::fromHex("8124");
    QTest::newRow("Ed25519 private") << Multicodec::Ed25519Private << QByteArray::fromHex("8026");
}

void TestMulticodec::prefixes()
{
    QFETCH(quint64, code);
    QFETCH(QByteArray, prefix);
    const QByteArray payload = QByteArray::fromHex("0102030405");
    const QByteArray encoded = multicodecEncode(code, payload);
    QCOMPARE(encoded, prefix + payload);
    const Result<MulticodecValue> decoded = multicodecDecode(encoded);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->code, code);
    QCOMPARE(decoded->payload, payload);
}

void TestMulticodec::varints_data()
{
    QTest::addColumn<quint64>("code");
    QTest::addColumn<QByteArray>("varint");
    // Examples of the multiformats unsigned-varint specification.
    QTest::newRow("0") << quint64(0) << QByteArray::fromHex("00");
    QTest::newRow("1") << quint64(1) << QByteArray::fromHex("01");
    QTest::newRow("127") << quint64(127) << QByteArray::fromHex("7f");
    QTest::newRow("128") << quint64(128) << QByteArray::fromHex("8001");
    QTest::newRow("255") << quint64(255) << QByteArray::fromHex("ff01");
    QTest::newRow("300") << quint64(300) << QByteArray::fromHex("ac02");
    QTest::newRow("16384") << quint64(16384) << QByteArray::fromHex("808001");
    QTest::newRow("2^63-1") << quint64(0x7fffffffffffffffULL) << QByteArray::fromHex("ffffffffffffffff7f");
}

void TestMulticodec::varints()
{
    QFETCH(quint64, code);
    QFETCH(QByteArray, varint);
    QCOMPARE(multicodecEncode(code, {}), varint);
    const Result<MulticodecValue> decoded = multicodecDecode(QByteArray(varint + "xy"));
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->code, code);
    QCOMPARE(decoded->payload, QByteArray("xy"));
}

void TestMulticodec::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray::fromHex("ed");
    QTest::newRow("truncated two bytes") << QByteArray::fromHex("8080");
    QTest::newRow("overlong zero") << QByteArray::fromHex("8000");
    QTest::newRow("overlong 0xed") << QByteArray::fromHex("ed8100");
    QTest::newRow("overlong 1") << QByteArray::fromHex("818000");
    QTest::newRow("ten bytes") << QByteArray::fromHex("ffffffffffffffffff01");
}

void TestMulticodec::refusals()
{
    QFETCH(QByteArray, bytes);
    const Result<MulticodecValue> decoded = multicodecDecode(bytes);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, QStringLiteral("codec.bad-multicodec"));
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestMulticodec::didKeyEd25519Prefix()
{
    const QJsonObject vectors =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("codec/did-key/ed25519-x25519.json"))).object();
    QVERIFY(!vectors.isEmpty());
    for (const QString &did : vectors.keys()) {
        const Result<QByteArray> bytes = multibaseDecode(did.mid(8).toLatin1());
        QVERIFY(bytes.has_value());
        const Result<MulticodecValue> value = multicodecDecode(*bytes);
        QVERIFY(value.has_value());
        QCOMPARE(value->code, Multicodec::Ed25519Public);
        QCOMPARE(value->payload.size(), 32);
    }
}

void TestMulticodec::didKeyNistCurves()
{
    const QJsonObject vectors =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("codec/did-key/nist-curves.json"))).object();
    int p256 = 0;
    int p384 = 0;
    for (const QString &did : vectors.keys()) {
        const Result<QByteArray> bytes = multibaseDecode(did.mid(8).toLatin1());
        QVERIFY2(bytes.has_value(), qPrintable(did));
        const Result<MulticodecValue> value = multicodecDecode(*bytes);
        QVERIFY(value.has_value());
        if (did.startsWith(QLatin1String("did:key:zDn"))) {
            QCOMPARE(value->code, Multicodec::P256Public);
            QCOMPARE(value->payload.size(), 33);
            ++p256;
        } else if (did.startsWith(QLatin1String("did:key:z82"))) {
            QCOMPARE(value->code, Multicodec::P384Public);
            QCOMPARE(value->payload.size(), 49);
            ++p384;
        }
    }
    QVERIFY(p256 > 0);
    QVERIFY(p384 > 0);
}

QTEST_GUILESS_MAIN(TestMulticodec)
#include "TestMulticodec.moc"
