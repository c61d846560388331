// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/JsonReader.h"
#include "core/verify/StatusList.h"
#include "tests/core/verify/StatusListBuilder.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Verify;
using Credfolio::Test::bitstringEncoded;
using Credfolio::Test::bitsWithSet;

namespace {

constexpr qsizetype kMinBytes = 16 * 1024;

StatusList decoded(const QByteArray &encoded, StatusListFormat format = StatusListFormat::Bitstring)
{
    Result<StatusList> list = StatusList::decode(encoded, format);
    if (!list) {
        qFatal("decode failed: %s", qPrintable(list.error().toString()));
    }
    return *list;
}

QList<qint64> setEntries(const StatusList &list)
{
    QList<qint64> set;
    for (qint64 index = 0; index < list.bitCount(); ++index) {
        if (list.value(quint64(index)).value() != 0) {
            set.append(index);
        }
    }
    return set;
}

} // namespace

class TestStatusList : public QObject {
    Q_OBJECT

private slots:
    void w3cExampleIsAllClear();
    void indexZeroIsMostSignificantBitOfByteZero();
    void setBitsAreFound();
    void statusSizeTwo();
    void shortBitstringListRefused();
    void shortStatusList2021Accepted();
    void outOfRange();
    void bothAlphabetsFor2021_data();
    void bothAlphabetsFor2021();
    void uPrefixRequiredForBitstring_data();
    void uPrefixRequiredForBitstring();
    void notGzipRefused();
    void inflateIsCapped();
    void edtechValidatorTestList();
    void corpusRevocationList();
};

// The example list of the W3C Bitstring Status List recommendation (section 2.3): 16 KiB of zeros.
void TestStatusList::w3cExampleIsAllClear()
{
    const StatusList list = decoded("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");
    QCOMPARE(list.bitCount(), 131072);
    QVERIFY(setEntries(list).isEmpty());
}

void TestStatusList::indexZeroIsMostSignificantBitOfByteZero()
{
    QByteArray bits(kMinBytes, '\0');
    bits[0] = char(0x80);
    const StatusList high = decoded(bitstringEncoded(bits));
    QCOMPARE(high.value(0).value(), 1u);
    QCOMPARE(setEntries(high), QList<qint64>{0});

    bits[0] = char(0x01);
    const StatusList low = decoded(bitstringEncoded(bits));
    QCOMPARE(low.value(0).value(), 0u);
    QCOMPARE(low.value(7).value(), 1u);
    QCOMPARE(setEntries(low), QList<qint64>{7});
}

void TestStatusList::setBitsAreFound()
{
    const QList<qint64> set{1, 23, 8, 56509, 131071};
    const StatusList list = decoded(bitstringEncoded(bitsWithSet(kMinBytes, set)));
    QList<qint64> expected = set;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(setEntries(list), expected);
}

void TestStatusList::statusSizeTwo()
{
    QByteArray bits(kMinBytes, '\0');
    bits[0] = char(0b01'10'11'00);
    bits[kMinBytes - 1] = char(0b00'00'00'11);
    const StatusList list = decoded(bitstringEncoded(bits));
    QCOMPARE(list.value(0, 2).value(), 1u);
    QCOMPARE(list.value(1, 2).value(), 2u);
    QCOMPARE(list.value(2, 2).value(), 3u);
    QCOMPARE(list.value(3, 2).value(), 0u);
    QCOMPARE(list.value(65535, 2).value(), 3u);
    QCOMPARE(list.value(65536, 2).error().code, QStringLiteral("verify.status-index-out-of-range"));
    // One-bit reading of the same byte.
    QCOMPARE(list.value(1).value(), 1u);
    QCOMPARE(list.value(0).value(), 0u);
}

void TestStatusList::shortBitstringListRefused()
{
    const Result<StatusList> list =
        StatusList::decode(bitstringEncoded(QByteArray(kMinBytes - 1, '\xff')), StatusListFormat::Bitstring);
    QVERIFY(!list);
    QCOMPARE(list.error().code, QStringLiteral("verify.status-list-too-short"));
    QVERIFY(list.error().detail.contains(QLatin1String("131064")));
    QVERIFY(!list.error().message.isEmpty());
}

void TestStatusList::shortStatusList2021Accepted()
{
    const StatusList list =
        decoded(Test::statusList2021Encoded(bitsWithSet(16, {3}), true), StatusListFormat::StatusList2021);
    QCOMPARE(list.bitCount(), 128);
    QCOMPARE(setEntries(list), QList<qint64>{3});
    const Result<StatusList> empty =
        StatusList::decode(Test::statusList2021Encoded({}, true), StatusListFormat::StatusList2021);
    QCOMPARE(empty.error().code, QStringLiteral("verify.status-list-too-short"));
}

void TestStatusList::outOfRange()
{
    const StatusList list = decoded(bitstringEncoded(bitsWithSet(kMinBytes, {131071})));
    QCOMPARE(list.value(131071).value(), 1u);
    for (const quint64 index : {quint64(131072), quint64(1) << 53, ~quint64(0)}) {
        const Result<quint32> value = list.value(index);
        QVERIFY(!value);
        QCOMPARE(value.error().code, QStringLiteral("verify.status-index-out-of-range"));
    }
    // index × statusSize must not wrap around.
    QCOMPARE(list.value(~quint64(0) / 2 + 1, 2).error().code, QStringLiteral("verify.status-index-out-of-range"));
    QCOMPARE(list.value(0, 0).error().code, QStringLiteral("verify.status-index-out-of-range"));
}

void TestStatusList::bothAlphabetsFor2021_data()
{
    QTest::addColumn<bool>("urlAlphabet");
    QTest::newRow("base64 with padding") << false;
    QTest::newRow("base64url without padding") << true;
}

void TestStatusList::bothAlphabetsFor2021()
{
    QFETCH(bool, urlAlphabet);
    // Find a list whose encoding uses the characters that differ between the alphabets, and needs padding.
    QByteArray bits;
    QByteArray standard;
    for (int seed = 1; seed < 5000; ++seed) {
        bits = bitsWithSet(kMinBytes, {seed, seed * 7, seed * 131});
        standard = Test::statusList2021Encoded(bits, false);
        if (standard.contains('+') && standard.contains('/') && standard.endsWith('=')) {
            break;
        }
    }
    QVERIFY(standard.contains('+') && standard.contains('/') && standard.endsWith('='));
    const QByteArray encoded = Test::statusList2021Encoded(bits, urlAlphabet);
    QCOMPARE(encoded.contains('+'), !urlAlphabet);
    const StatusList list = decoded(encoded, StatusListFormat::StatusList2021);
    QCOMPARE(list.bits(), bits);
    // The same text in the Bitstring form needs the 'u' prefix, which StatusList2021 does not have.
    QCOMPARE(StatusList::decode(encoded, StatusListFormat::Bitstring).error().code,
             QStringLiteral("verify.status-list-encoding"));
}

void TestStatusList::uPrefixRequiredForBitstring_data()
{
    const QByteArray bits = bitsWithSet(kMinBytes, {5});
    const QByteArray body = bitstringEncoded(bits).mid(1);
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("no prefix") << body;
    QTest::newRow("base58 prefix") << QByteArray("z" + body);
    QTest::newRow("upper-case U") << QByteArray("U" + body);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("prefix only") << QByteArray("u");
    QTest::newRow("space") << QByteArray("u " + body);
}

void TestStatusList::uPrefixRequiredForBitstring()
{
    QFETCH(QByteArray, encoded);
    const Result<StatusList> list = StatusList::decode(encoded, StatusListFormat::Bitstring);
    QVERIFY(!list);
    QVERIFY2(list.error().code == QLatin1String("verify.status-list-encoding") ||
                 list.error().code == QLatin1String("verify.status-list-compression"),
             qPrintable(list.error().code));
}

void TestStatusList::notGzipRefused()
{
    const QByteArray bits(kMinBytes, '\0');
    const QByteArray zlib = Codec::deflate(bits, Codec::Compression::Zlib);
    const Result<StatusList> list =
        StatusList::decode(QByteArray(QByteArray("u") + Codec::base64UrlEncode(zlib)), StatusListFormat::Bitstring);
    QCOMPARE(list.error().code, QStringLiteral("verify.status-list-compression"));
    QByteArray truncated = Codec::gzip(bits);
    truncated.chop(6);
    QCOMPARE(
        StatusList::decode(QByteArray(QByteArray("u") + Codec::base64UrlEncode(truncated)), StatusListFormat::Bitstring)
            .error()
            .code,
        QStringLiteral("verify.status-list-compression"));
}

void TestStatusList::inflateIsCapped()
{
    const QByteArray encoded = bitstringEncoded(QByteArray(64 * 1024, '\0'));
    QVERIFY(StatusList::decode(encoded, StatusListFormat::Bitstring, 64 * 1024));
    const Result<StatusList> capped = StatusList::decode(encoded, StatusListFormat::Bitstring, 64 * 1024 - 1);
    QCOMPARE(capped.error().code, QStringLiteral("verify.status-list-compression"));
    QVERIFY(capped.error().detail.contains(QLatin1String("codec.too-large")));
}

// The 1EdTech validator's test list: 131,072 entries, only entry 23 set.
void TestStatusList::edtechValidatorTestList()
{
    const Result<QJsonObject> credential =
        Json::parseObject(Test::readData(QStringLiteral("openbadges-1edtech-validator/ob30/bit-string-list/testlist")));
    QVERIFY(credential);
    const QJsonObject subject = credential->value(QLatin1String("credentialSubject")).toObject();
    const StatusList list = decoded(subject.value(QLatin1String("encodedList")).toString().toLatin1());
    QCOMPARE(list.bitCount(), 131072);
    QCOMPARE(setEntries(list), QList<qint64>{23});
}

void TestStatusList::corpusRevocationList()
{
    const Result<QJsonObject> credential =
        Json::parseObject(Test::readData(QStringLiteral("corpus/web/status.example.edu/lists/revocation-1")));
    QVERIFY(credential);
    const QJsonObject subject = credential->value(QLatin1String("credentialSubject")).toObject();
    const StatusList list = decoded(subject.value(QLatin1String("encodedList")).toString().toLatin1());
    QCOMPARE(list.bitCount(), 131072);
    // The corpus's revoked credentials point at 56509 and 56510, the active ones at 30525 and 30526.
    QCOMPARE(list.value(56509).value(), 1u);
    QCOMPARE(list.value(56510).value(), 1u);
    QCOMPARE(list.value(30525).value(), 0u);
    QCOMPARE(list.value(30526).value(), 0u);
}

QTEST_GUILESS_MAIN(TestStatusList)
#include "TestStatusList.moc"
