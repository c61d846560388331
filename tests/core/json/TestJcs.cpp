// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/Jcs.h"
#include "core/json/JsonReader.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace Credfolio;
using namespace Credfolio::Json;

class TestJcs : public QObject {
    Q_OBJECT

private slots:
    void suite_data();
    void suite();
    void canonicalFormIsStable_data();
    void canonicalFormIsStable();
    void es6Numbers();
    void numberEdgeCases_data();
    void numberEdgeCases();
    void integerStoredValues();
    void nonFiniteNumbersAreRefused_data();
    void nonFiniteNumbersAreRefused();
    void undefinedIsRefused();
    void membersSortByUtf16CodeUnits();
    void objectsFromQtReaderAreResorted();
    void stringEscapes();
    void loneSurrogateInQString();
    void structure();
};

void TestJcs::suite_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"arrays", "french", "structures", "unicode", "values", "weird"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestJcs::suite()
{
    QFETCH(QString, name);
    const QByteArray input = Test::readData(QStringLiteral("jcs/input/%1.json").arg(name));
    const QByteArray expected = Test::readData(QStringLiteral("jcs/output/%1.json").arg(name));
    const Result<QJsonValue> value = parse(input);
    QVERIFY2(value.has_value(), qPrintable(value.has_value() ? QString() : value.error().toString()));
    const Result<QByteArray> canonical = canonicalize(*value);
    QVERIFY(canonical.has_value());
    QCOMPARE(*canonical, expected);
}

void TestJcs::canonicalFormIsStable_data()
{
    suite_data();
}

void TestJcs::canonicalFormIsStable()
{
    // Canonicalizing a canonical document gives the same bytes.
    QFETCH(QString, name);
    const QByteArray canonical = Test::readData(QStringLiteral("jcs/output/%1.json").arg(name));
    const Result<QJsonValue> value = parse(canonical);
    QVERIFY(value.has_value());
    QCOMPARE(canonicalize(*value).value(), canonical);
}

void TestJcs::es6Numbers()
{
    const QByteArray file = Test::readData(QStringLiteral("jcs/es6-numbers/es6testfile-100k.txt"));
    // Throughput over the same file: formatEs6TestFile in bench/json.
    int lines = 0;
    int failures = 0;
    qsizetype pos = 0;
    while (pos < file.size()) {
        qsizetype end = file.indexOf('\n', pos);
        if (end < 0) {
            end = file.size();
        }
        const QByteArrayView line(file.constData() + pos, end - pos);
        pos = end + 1;
        const qsizetype comma = line.indexOf(',');
        QVERIFY(comma > 0);
        bool ok = false;
        const quint64 bits = line.first(comma).toULongLong(&ok, 16);
        QVERIFY(ok);
        const QByteArrayView expected = line.sliced(comma + 1);
        const QByteArray actual = formatNumber(std::bit_cast<double>(bits));
        if (actual != expected) {
            if (++failures <= 10) {
                qWarning("%s: got %s, expected %s", line.first(comma).toByteArray().constData(), actual.constData(),
                         expected.toByteArray().constData());
            }
        }
        ++lines;
    }
    QCOMPARE(lines, 100'000);
    QCOMPARE(failures, 0);
}

void TestJcs::numberEdgeCases_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("+0") << 0.0 << QByteArray("0");
    QTest::newRow("-0") << -0.0 << QByteArray("0");
    QTest::newRow("1") << 1.0 << QByteArray("1");
    QTest::newRow("-1.5") << -1.5 << QByteArray("-1.5");
    QTest::newRow("1e20 plain") << 1e20 << QByteArray("100000000000000000000");
    QTest::newRow("1e21 exponent") << 1e21 << QByteArray("1e+21");
    QTest::newRow("below 1e21") << 999999999999999900000.0 << QByteArray("999999999999999900000");
    QTest::newRow("double before 1e21") << std::nextafter(1e21, 0.0) << QByteArray("999999999999999900000");
    QTest::newRow("-1e21") << -1e21 << QByteArray("-1e+21");
    QTest::newRow("1.5e21") << 1.5e21 << QByteArray("1.5e+21");
    QTest::newRow("123456789012345680000") << 123456789012345680000.0 << QByteArray("123456789012345680000");
    QTest::newRow("1e-6 plain") << 1e-6 << QByteArray("0.000001");
    QTest::newRow("1.5e-6 plain") << 1.5e-6 << QByteArray("0.0000015");
    QTest::newRow("1e-7 exponent") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("-1e-7") << -1e-7 << QByteArray("-1e-7");
    QTest::newRow("double before 1e-6") << std::nextafter(1e-6, 0.0) << QByteArray("9.999999999999997e-7");
    QTest::newRow("1.2345e-7") << 1.2345e-7 << QByteArray("1.2345e-7");
    QTest::newRow("5e-324") << std::numeric_limits<double>::denorm_min() << QByteArray("5e-324");
    QTest::newRow("-5e-324") << -std::numeric_limits<double>::denorm_min() << QByteArray("-5e-324");
    QTest::newRow("max") << std::numeric_limits<double>::max() << QByteArray("1.7976931348623157e+308");
    QTest::newRow("min normal") << std::numeric_limits<double>::min() << QByteArray("2.2250738585072014e-308");
    QTest::newRow("2^53-1") << 9007199254740991.0 << QByteArray("9007199254740991");
    QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
    QTest::newRow("2^53+1 as double") << static_cast<double>(9007199254740993LL) << QByteArray("9007199254740992");
    QTest::newRow("2^53+2") << 9007199254740994.0 << QByteArray("9007199254740994");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("1/3") << 1.0 / 3.0 << QByteArray("0.3333333333333333");
    QTest::newRow("333333333.3333333") << 333333333.3333333 << QByteArray("333333333.3333333");
    QTest::newRow("4.35") << 4.35 << QByteArray("4.35");
    QTest::newRow("1e100") << 1e100 << QByteArray("1e+100");
    QTest::newRow("1.5e300") << 1.5e300 << QByteArray("1.5e+300");
    QTest::newRow("2^64") << 18446744073709551616.0 << QByteArray("18446744073709552000");
}

void TestJcs::numberEdgeCases()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(formatNumber(value), expected);
    QCOMPARE(canonicalize(QJsonValue(value)).value(), expected);
    QCOMPARE(canonicalize(QJsonArray{value}).value(), '[' + expected + ']');
}

void TestJcs::integerStoredValues()
{
    // QJsonValue can hold a qint64 (e.g. from QJsonDocument or code); JCS sees the double JavaScript would.
    QCOMPARE(canonicalize(QJsonValue(qint64(42))).value(), QByteArray("42"));
    QCOMPARE(canonicalize(QJsonValue(qint64(9007199254740993LL))).value(), QByteArray("9007199254740992"));
    QCOMPARE(canonicalize(QJsonValue(qint64(-7))).value(), QByteArray("-7"));
}

void TestJcs::nonFiniteNumbersAreRefused_data()
{
    QTest::addColumn<QJsonValue>("value");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("NaN") << QJsonValue(nan);
    QTest::newRow("+inf") << QJsonValue(inf);
    QTest::newRow("-inf") << QJsonValue(-inf);
    QTest::newRow("NaN in array") << QJsonValue(QJsonArray{1, QJsonArray{nan}});
    QTest::newRow("inf in object") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), inf}});
}

void TestJcs::nonFiniteNumbersAreRefused()
{
    QFETCH(QJsonValue, value);
    const Result<QByteArray> canonical = canonicalize(value);
    QVERIFY(!canonical.has_value());
    QCOMPARE(canonical.error().code, QStringLiteral("json.non-finite-number"));
    QVERIFY(!canonical.error().message.isEmpty());
}

void TestJcs::undefinedIsRefused()
{
    const Result<QByteArray> canonical = canonicalize(QJsonValue(QJsonValue::Undefined));
    QVERIFY(!canonical.has_value());
    QCOMPARE(canonical.error().code, QStringLiteral("json.undefined-value"));
    QCOMPARE(formatNumber(std::numeric_limits<double>::quiet_NaN()), QByteArray("NaN"));
    QCOMPARE(formatNumber(-std::numeric_limits<double>::infinity()), QByteArray("-Infinity"));
}

void TestJcs::membersSortByUtf16CodeUnits()
{
    const QString emoji = QString::fromUcs4(U"\U0001F602"); // D83D DE02
    const QString dalet = QString(QChar(0xFB33));
    // The premise: QString's operator< compares UTF-16 code units (code point order would say the opposite).
    QVERIFY(emoji < dalet);
    QVERIFY(QString(QChar(0xE9)) < dalet);

    QJsonObject object;
    object.insert(dalet, 1);
    object.insert(QStringLiteral("b"), 2);
    object.insert(emoji, 3);
    object.insert(QStringLiteral("a"), 4);
    object.insert(QStringLiteral("B"), 5);
    object.insert(QStringLiteral("\u00e9"), 6);
    object.insert(QStringLiteral("aa"), 7);
    const QByteArray expected = QByteArray("{\"B\":5,\"a\":4,\"aa\":7,\"b\":2,\"\xC3\xA9\":6,\"") + emoji.toUtf8() +
                                "\":3,\"" + dalet.toUtf8() + "\":1}";
    QCOMPARE(canonicalize(object).value(), expected);
}

void TestJcs::objectsFromQtReaderAreResorted()
{
    // QJsonDocument::fromJson keeps member names in code point order (U+FB33 before U+1F602): JCS must not
    // rely on the object's own order.
    const QJsonObject fromQt = QJsonDocument::fromJson(Test::readData(QStringLiteral("jcs/input/weird.json"))).object();
    QVERIFY(!fromQt.isEmpty());
    QCOMPARE(canonicalize(fromQt).value(), Test::readData(QStringLiteral("jcs/output/weird.json")));
}

void TestJcs::stringEscapes()
{
    QString text;
    for (char16_t unit = 0; unit < 0x20; ++unit) {
        text += QChar(unit);
    }
    text += QStringLiteral("\"\\/\x7f</script>") + QChar(0xE9) + QStringLiteral("A\u030a");
    const QByteArray expected = "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r"
                                "\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019"
                                "\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\\\"\\\\/\x7f</script>\xC3\xA9"
                                "A\xCC\x8A\"";
    QCOMPARE(canonicalize(QJsonValue(text)).value(), expected);
    QCOMPARE(canonicalize(QJsonValue(QString())).value(), QByteArray("\"\""));
    QCOMPARE(canonicalize(QJsonValue(QString::fromUcs4(U"\U0010FFFF\u0800\u07FF"))).value(),
             QByteArray("\"\xF4\x8F\xBF\xBF\xE0\xA0\x80\xDF\xBF\""));
}

void TestJcs::loneSurrogateInQString()
{
    // Not readable from JSON (parse() refuses it), but a QString built in code can hold one.
    const QString text = QString(QChar(0xD800)) + QLatin1Char('x') + QChar(0xDC00);
    QCOMPARE(canonicalize(QJsonValue(text)).value(), QByteArray("\"\xEF\xBF\xBDx\xEF\xBF\xBD\""));
}

void TestJcs::structure()
{
    const Result<QJsonValue> value =
        parse(" { \"z\" : [ 1.0 , { \"y\" : null , \"x\" : true } , [ ] , { } ] , \"a\" : false , \"m\" : \"\" } ");
    QVERIFY(value.has_value());
    QCOMPARE(canonicalize(*value).value(), QByteArray(R"({"a":false,"m":"","z":[1,{"x":true,"y":null},[],{}]})"));
    QCOMPARE(canonicalize(QJsonValue(QJsonValue::Null)).value(), QByteArray("null"));
    QCOMPARE(canonicalize(QJsonValue(true)).value(), QByteArray("true"));
}

QTEST_GUILESS_MAIN(TestJcs)
#include "TestJcs.moc"
