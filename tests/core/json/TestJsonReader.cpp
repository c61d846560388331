// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/JsonReader.h"
#include "tests/support/TestData.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Credfolio;
using namespace Credfolio::Json;

class TestJsonReader : public QObject {
    Q_OBJECT

private slots:
    void validDocuments_data();
    void validDocuments();
    void storesNumbersAsDouble();
    void agreesWithQtOnCorpus();
    void errors_data();
    void errors();
    void duplicateKeys_data();
    void duplicateKeys();
    void duplicateIssuerFixtures_data();
    void duplicateIssuerFixtures();
    void firstRepetitionIsReported();
    void largeObjectsAreRead();
    void deepNestingIsRefusedAtTheLimit();
    void depthLimitIsExact();
    void deepNestingWithinLimitDoesNotRecurse();
    void hugeInputIsRefusedBeforeParsing();
    void sizeLimitIsExact();
    void invalidUtf8_data();
    void invalidUtf8();
    void validUtf8IsDecoded();
    void surrogateEscapes();
    void byteOrderMark();
    void numbers_data();
    void numbers();
    void negativeZero();
    void underflowBecomesZero();
    void invalidNumbers_data();
    void invalidNumbers();
    void parseObject();
    void messagesAreReadable();
};

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QString lineColumn(int line, int column)
{
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

void TestJsonReader::validDocuments_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("true") << QByteArray(" true ") << QJsonValue(true);
    QTest::newRow("false") << QByteArray("\tfalse\r\n") << QJsonValue(false);
    QTest::newRow("integer") << QByteArray("42") << QJsonValue(42.0);
    QTest::newRow("negative fraction") << QByteArray("-1.5e-3") << QJsonValue(-0.0015);
    QTest::newRow("exponent uppercase") << QByteArray("1E2") << QJsonValue(100.0);
    QTest::newRow("exponent plus") << QByteArray("2.5e+1") << QJsonValue(25.0);
    QTest::newRow("string") << QByteArray("\"hello\"") << QJsonValue(QStringLiteral("hello"));
    QTest::newRow("empty string") << QByteArray("\"\"") << QJsonValue(QString());
    QTest::newRow("escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t")") << QJsonValue(QStringLiteral("\"\\/\b\f\n\r\t"));
    QTest::newRow("unicode escapes") << QByteArray(R"("\u00e9\u20AC\u0000x")")
                                     << QJsonValue(QString(QChar(0xE9)) + QChar(0x20AC) + QChar(0) + QLatin1Char('x'));
    QTest::newRow("raw UTF-8") << QByteArray("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x82\"")
                               << QJsonValue(QString(QChar(0xE9)) + QChar(0x20AC) + QChar(0xD83D) + QChar(0xDE02));
    QTest::newRow("escaped and raw mixed")
        << QByteArray("\"a\\nb\xC3\xA9\\t\"")
        << QJsonValue(QString(QStringLiteral("a\nb") + QChar(0xE9) + QLatin1Char('\t')));
    QTest::newRow("DEL raw") << QByteArray("\"\x7F\"") << QJsonValue(QString(QChar(0x7F)));
    QTest::newRow("empty array") << QByteArray("[]") << QJsonValue(QJsonArray());
    QTest::newRow("empty object") << QByteArray(" { } ") << QJsonValue(QJsonObject());
    QTest::newRow("array") << QByteArray("[1, \"two\", true, null, [], {}]")
                           << QJsonValue(QJsonArray{1.0, QStringLiteral("two"), true, QJsonValue(), QJsonArray(),
                                                    QJsonObject()});
    QTest::newRow("object") << QByteArray("{\"b\": [1, {\"c\": null}], \"a\": \"x\"}")
                            << QJsonValue(
                                   QJsonObject{{QStringLiteral("b"),
                                                QJsonArray{1.0, QJsonObject{{QStringLiteral("c"), QJsonValue()}}}},
                                               {QStringLiteral("a"), QStringLiteral("x")}});
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \n{ \"a\" \r\n: \t[ 1 , 2 ] , \"b\" : { } } \n")
        << QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonArray{1.0, 2.0}}, {QStringLiteral("b"), QJsonObject()}});
    QTest::newRow("same name in sibling objects")
        << QByteArray(R"([{"a":1},{"a":2}])")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("a"), 1.0}}, QJsonObject{{QStringLiteral("a"), 2.0}}});
    QTest::newRow("same name at different levels")
        << QByteArray(R"({"a":{"a":1}})")
        << QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("a"), 1.0}}}});
    QTest::newRow("names differing only by case")
        << QByteArray(R"({"a":1,"A":2})")
        << QJsonValue(QJsonObject{{QStringLiteral("a"), 1.0}, {QStringLiteral("A"), 2.0}});
}

void TestJsonReader::validDocuments()
{
    QFETCH(QByteArray, input);
    QFETCH(QJsonValue, expected);
    const Result<QJsonValue> value = parse(input);
    QVERIFY2(value.has_value(), qPrintable(value.has_value() ? QString() : value.error().toString()));
    QCOMPARE(*value, expected);
}

void TestJsonReader::storesNumbersAsDouble()
{
    // Every number is read as the double JavaScript would get (QJsonValue itself keeps integral doubles in
    // an integer slot, exactly, so toDouble() gives the same double back).
    const Result<QJsonValue> value = parse("[1, 1.0, 9007199254740993, 1e20, 123456789012345678901234567890]");
    QVERIFY(value.has_value());
    const QJsonArray array = value->toArray();
    QCOMPARE(array.size(), 5);
    for (const QJsonValue &element : array) {
        QVERIFY(element.isDouble());
    }
    QCOMPARE(array.at(0).toDouble(), array.at(1).toDouble());
    QCOMPARE(array.at(2).toDouble(), 9007199254740992.0);
    QCOMPARE(array.at(3).toDouble(), 1e20);
    QCOMPARE(array.at(4).toDouble(), 1.2345678901234568e29);
}

void TestJsonReader::agreesWithQtOnCorpus()
{
    // On well-formed documents without duplicates or lone surrogates the result equals Qt's reader.
    int compared = 0;
    QDirIterator it(Test::dataPath(QStringLiteral("corpus")), {QStringLiteral("*.json"), QStringLiteral("*.jsonld")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(bytes, &qtError);
        const Result<QJsonValue> ours = parse(bytes);
        if (qtError.error != QJsonParseError::NoError) {
            QVERIFY2(!ours.has_value(), qPrintable(path));
            continue;
        }
        if (!ours) {
            // Only what Qt lets through on purpose may differ (a corpus may hold such negative cases).
            const QString code = ours.error().code;
            QVERIFY2(code == QStringLiteral("json.duplicate-key") || code == QStringLiteral("json.lone-surrogate"),
                     qPrintable(path + QLatin1Char(' ') + ours.error().toString()));
            continue;
        }
        const QJsonValue expected = qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array());
        QVERIFY2(*ours == expected, qPrintable(path));
        ++compared;
    }
    QVERIFY2(compared >= 20, qPrintable(QString::number(compared)));
}

void TestJsonReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QString syntax = QStringLiteral("json.syntax");
    QTest::newRow("unexpected character") << QByteArray("[1, 2,\n  x]") << 128 << syntax << 2 << 3;
    QTest::newRow("unterminated string") << QByteArray("{\"a\": \"abc") << 128 << syntax << 1 << 7;
    QTest::newRow("control character") << QByteArray("{\"a\": \"b\x01\"}") << 128 << syntax << 1 << 9;
    QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"") << 128 << syntax << 1 << 3;
    QTest::newRow("bad escape") << QByteArray("[\"\\q\"]") << 128 << syntax << 1 << 3;
    QTest::newRow("short unicode escape") << QByteArray("\"\\u12\"") << 128 << syntax << 1 << 2;
    QTest::newRow("bad number") << QByteArray("[01]") << 128 << syntax << 1 << 2;
    QTest::newRow("trailing comma in array") << QByteArray("[1,]") << 128 << syntax << 1 << 4;
    QTest::newRow("trailing comma in object") << QByteArray("{\"a\":1,}") << 128 << syntax << 1 << 8;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 128 << syntax << 1 << 6;
    QTest::newRow("unquoted name") << QByteArray("{a:1}") << 128 << syntax << 1 << 2;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << 128 << syntax << 1 << 4;
    QTest::newRow("mismatched bracket") << QByteArray("[1}") << 128 << syntax << 1 << 3;
    QTest::newRow("bad literal") << QByteArray("tru") << 128 << syntax << 1 << 1;
    QTest::newRow("unclosed array") << QByteArray("[\n1,\n2") << 128 << syntax << 3 << 2;
    QTest::newRow("single quotes") << QByteArray("['a']") << 128 << syntax << 1 << 2;
    QTest::newRow("comment") << QByteArray("{} // note") << 128 << QStringLiteral("json.trailing-data") << 1 << 4;
    QTest::newRow("CRLF lines") << QByteArray("[\r\n x]") << 128 << syntax << 2 << 2;
    QTest::newRow("column counts characters") << QByteArray("[\"\xC3\xA9\xE2\x82\xAC\", x]") << 128 << syntax << 1 << 8;
    QTest::newRow("duplicate") << QByteArray("{\n  \"a\": 1,\n  \"a\": 2\n}") << 128
                               << QStringLiteral("json.duplicate-key") << 3 << 3;
    QTest::newRow("too deep") << QByteArray("[[[1]]]") << 2 << QStringLiteral("json.too-deep") << 1 << 3;
    QTest::newRow("trailing data") << QByteArray("{\"a\":1} x") << 128 << QStringLiteral("json.trailing-data") << 1
                                   << 9;
    QTest::newRow("second document") << QByteArray("{\"a\":1}\n{\"b\":2}") << 128
                                     << QStringLiteral("json.trailing-data") << 2 << 1;
    QTest::newRow("lone surrogate") << QByteArray("[\"ab\\ud800\"]") << 128 << QStringLiteral("json.lone-surrogate")
                                    << 1 << 5;
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xC3\xA9\xC0\xAF\"]") << 128 << QStringLiteral("json.invalid-utf8")
                                   << 1 << 4;
    QTest::newRow("invalid UTF-8 outside string")
        << QByteArray("[1,\n\xFF]") << 128 << QStringLiteral("json.invalid-utf8") << 2 << 1;
    QTest::newRow("number out of range") << QByteArray("{\"n\":\n  [1e400]}") << 128
                                         << QStringLiteral("json.number-out-of-range") << 2 << 4;
    QTest::newRow("empty") << QByteArray("  \n ") << 128 << QStringLiteral("json.empty") << 2 << 2;
    QTest::newRow("nothing") << QByteArray() << 128 << QStringLiteral("json.empty") << 1 << 1;
}

void TestJsonReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxDepth);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    ParseLimits limits;
    limits.maxDepth = maxDepth;
    const Result<QJsonValue> value = parse(input, limits);
    QVERIFY(!value.has_value());
    QCOMPARE(value.error().code, code);
    QVERIFY2(value.error().detail.startsWith(lineColumn(line, column)), qPrintable(value.error().detail));
    QVERIFY(!value.error().message.isEmpty());
}

void TestJsonReader::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("name");

    QTest::newRow("top level") << QByteArray(R"({"issuer":"a","issuer":"b"})") << QStringLiteral("issuer");
    QTest::newRow("same value") << QByteArray(R"({"a":1,"a":1})") << QStringLiteral("a");
    QTest::newRow("not adjacent") << QByteArray(R"({"a":1,"b":2,"c":3,"a":4})") << QStringLiteral("a");
    QTest::newRow("nested") << QByteArray(R"({"x":[{"y":{"b":1,"b":2}}]})") << QStringLiteral("b");
    QTest::newRow("after escape") << QByteArray(R"({"a":1,"\u0061":2})") << QStringLiteral("a");
    QTest::newRow("both escaped") << QByteArray(R"({"\u00e9":1,"\u00E9":2})") << QStringLiteral("\u00e9");
    QTest::newRow("escape and raw UTF-8") << QByteArray("{\"\xC3\xA9\":1,\"\\u00e9\":2}") << QStringLiteral("\u00e9");
    QTest::newRow("empty name") << QByteArray(R"({"":1,"":2})") << QString();
    QTest::newRow("containers") << QByteArray(R"({"a":{},"a":[]})") << QStringLiteral("a");
}

void TestJsonReader::duplicateKeys()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, name);
    const Result<QJsonValue> value = parse(input);
    QVERIFY(!value.has_value());
    QCOMPARE(value.error().code, QStringLiteral("json.duplicate-key"));
    QVERIFY2(value.error().message.contains(QLatin1Char('"') + name + QLatin1Char('"')),
             qPrintable(value.error().message));
}

void TestJsonReader::duplicateIssuerFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << QStringLiteral("json/BrokenDuplicateIssuer.json");
    QTest::newRow("escaped") << QStringLiteral("json/BrokenEscapedDuplicateIssuer.json");
}

void TestJsonReader::duplicateIssuerFixtures()
{
    QFETCH(QString, file);
    const QByteArray bytes = Test::readData(file);
    // Where the second member name starts: the line holding "did:web:evil.example.net" (ASCII file).
    const qsizetype evil = bytes.indexOf("did:web:evil.example.net");
    QVERIFY(evil > 0);
    const qsizetype lineStart = bytes.lastIndexOf('\n', evil) + 1;
    const qsizetype nameStart = bytes.indexOf('"', lineStart);
    const int line = static_cast<int>(bytes.left(lineStart).count('\n')) + 1;
    const int column = static_cast<int>(nameStart - lineStart) + 1;

    const Result<QJsonObject> credential = Json::parseObject(bytes);
    QVERIFY(!credential.has_value());
    QCOMPARE(credential.error().code, QStringLiteral("json.duplicate-key"));
    QCOMPARE(credential.error().message, QStringLiteral("Duplicate member name \"issuer\""));
    QVERIFY2(credential.error().detail.startsWith(lineColumn(line, column)), qPrintable(credential.error().detail));
    // Qt's own reader takes such a document silently: the reason for this reader.
    QVERIFY(!QJsonDocument::fromJson(bytes).isNull());
}

void TestJsonReader::firstRepetitionIsReported()
{
    const Result<QJsonValue> value = parse(R"({"b":1,"a":1,"b":2,"a":2})");
    QCOMPARE(value.error().code, QStringLiteral("json.duplicate-key"));
    QCOMPARE(value.error().message, QStringLiteral("Duplicate member name \"b\""));
    QVERIFY(value.error().detail.startsWith(lineColumn(1, 14)));
}

void TestJsonReader::largeObjectsAreRead()
{
    // Members in descending order: inserting them one by one into a sorted QJsonObject would be quadratic.
    // The cost is measured on the same input by parseLargeObject in bench/json.
    constexpr int count = 200'000;
    QByteArray input = "{";
    for (int i = count; i > 0; --i) {
        input += '"' + QByteArray::number(i) + "\":" + QByteArray::number(i) + (i > 1 ? "," : "}");
    }
    const Result<QJsonObject> object = Json::parseObject(input);
    QVERIFY(object.has_value());
    QCOMPARE(object->size(), count);
    QCOMPARE(object->value(QStringLiteral("123456")).toDouble(), 123456.0);

    input.chop(1);
    input += ",\"77\":0}";
    const Result<QJsonObject> duplicate = Json::parseObject(input);
    QCOMPARE(duplicate.error().code, QStringLiteral("json.duplicate-key"));
    QCOMPARE(duplicate.error().message, QStringLiteral("Duplicate member name \"77\""));
}

void TestJsonReader::deepNestingIsRefusedAtTheLimit()
{
    // 10,000 levels (unterminated): refused at the 129th opening, without reading on. The cost of refusing
    // is measured on the same inputs by refuseDeepNesting in bench/json.
    for (const QByteArray &open : {QByteArray("["), QByteArray("{\"a\":")}) {
        QByteArray input;
        for (int i = 0; i < 10'000; ++i) {
            input += open;
        }
        const Result<QJsonValue> value = parse(input);
        QVERIFY(!value.has_value());
        QCOMPARE(value.error().code, QStringLiteral("json.too-deep"));
        const int column = 128 * static_cast<int>(open.size()) + 1;
        QVERIFY2(value.error().detail.startsWith(lineColumn(1, column)), qPrintable(value.error().detail));
    }
}

void TestJsonReader::depthLimitIsExact()
{
    QVERIFY(parse(nested(128)).has_value());
    const Result<QJsonValue> tooDeep = parse(nested(129));
    QVERIFY(!tooDeep.has_value());
    QCOMPARE(tooDeep.error().code, QStringLiteral("json.too-deep"));
    QVERIFY(tooDeep.error().detail.startsWith(lineColumn(1, 129)));

    ParseLimits flat;
    flat.maxDepth = 0;
    QVERIFY(parse("\"scalar\"", flat).has_value());
    QCOMPARE(parse("[]", flat).error().code, QStringLiteral("json.too-deep"));
}

void TestJsonReader::deepNestingWithinLimitDoesNotRecurse()
{
    ParseLimits limits;
    limits.maxDepth = 5000;
    const Result<QJsonValue> value = parse(nested(5000), limits);
    QVERIFY(value.has_value());
    QVERIFY(value->isArray());
}

void TestJsonReader::hugeInputIsRefusedBeforeParsing()
{
    QByteArray huge(100 * 1024 * 1024, 'a');
    huge[0] = '"';
    huge[huge.size() - 1] = '"';
    const Result<QJsonValue> value = parse(huge);
    QVERIFY(!value.has_value());
    QCOMPARE(value.error().code, QStringLiteral("json.too-large"));
    QCOMPARE(value.error().detail, QStringLiteral("%1 bytes").arg(huge.size()));
    // Before parsing: a syntax error in the first byte is not what is reported. (The cost of refusing is
    // measured on the same input by refuseHugeInput in bench/json.)
    huge[0] = '}';
    const Result<QJsonValue> malformed = parse(huge);
    QVERIFY(!malformed.has_value());
    QCOMPARE(malformed.error().code, QStringLiteral("json.too-large"));
}

void TestJsonReader::sizeLimitIsExact()
{
    ParseLimits limits;
    limits.maxBytes = 10;
    QVERIFY(parse("[1,2,3,45]", limits).has_value());
    QCOMPARE(parse("[1,2,3,456]", limits).error().code, QStringLiteral("json.too-large"));
}

void TestJsonReader::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("lone continuation byte") << QByteArray("\"a\x80z\"");
    QTest::newRow("overlong C0 AF") << QByteArray("\"\xC0\xAF\"");
    QTest::newRow("overlong E0 80 AF") << QByteArray("\"\xE0\x80\xAF\"");
    QTest::newRow("overlong F0 80 80 AF") << QByteArray("\"\xF0\x80\x80\xAF\"");
    QTest::newRow("surrogate ED A0 80") << QByteArray("\"\xED\xA0\x80\"");
    QTest::newRow("surrogate ED BF BF") << QByteArray("\"\xED\xBF\xBF\"");
    QTest::newRow("above U+10FFFF F4 90 80 80") << QByteArray("\"\xF4\x90\x80\x80\"");
    QTest::newRow("F5 lead") << QByteArray("\"\xF5\x80\x80\x80\"");
    QTest::newRow("FF") << QByteArray("\"\xFF\"");
    QTest::newRow("truncated 2-byte") << QByteArray("\"\xC3\"");
    QTest::newRow("truncated 3-byte") << QByteArray("\"\xE2\x82\"");
    QTest::newRow("truncated at end of input") << QByteArray("\"\xF0\x9F\x98");
    QTest::newRow("after an escape") << QByteArray("\"\\n\xC0\xAF\"");
    QTest::newRow("in a member name") << QByteArray("{\"\xED\xA0\x80\":1}");
    QTest::newRow("outside strings") << QByteArray("[\x80]");
}

void TestJsonReader::invalidUtf8()
{
    QFETCH(QByteArray, input);
    const Result<QJsonValue> value = parse(input);
    QVERIFY(!value.has_value());
    QCOMPARE(value.error().code, QStringLiteral("json.invalid-utf8"));
}

void TestJsonReader::validUtf8IsDecoded()
{
    // The extremes of each sequence length: U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
    const QByteArray input(
        "\"\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF\"");
    const Result<QJsonValue> value = parse(input);
    QVERIFY(value.has_value());
    const QList<uint> expected{0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF};
    QCOMPARE(value->toString().toUcs4(), expected);
}

void TestJsonReader::surrogateEscapes()
{
    for (const QByteArray &input :
         {QByteArray(R"("\ud800")"), QByteArray(R"("\udc00x")"), QByteArray(R"("\ud83d")"),
          QByteArray(R"("\ud83dx\ude02")"), QByteArray(R"("\ude02\ud83d")"), QByteArray(R"("\ud83d\u0041")"),
          QByteArray(R"("\ud83d\ud83d")"), QByteArray(R"({"\udfff":1})")}) {
        const Result<QJsonValue> value = parse(input);
        QVERIFY2(!value.has_value(), input.constData());
        QCOMPARE(value.error().code, QStringLiteral("json.lone-surrogate"));
    }
    const Result<QJsonValue> pair = parse(R"("\ud83d\ude02")");
    QVERIFY(pair.has_value());
    QCOMPARE(pair->toString().toUcs4(), QList<uint>{0x1F602});
    const Result<QJsonValue> upper = parse(R"("\uD83D\uDE02")");
    QVERIFY(upper.has_value());
    QCOMPARE(*upper, *pair);
}

void TestJsonReader::byteOrderMark()
{
    const Result<QJsonValue> value = parse("\xEF\xBB\xBF{\"a\":1}");
    QVERIFY(value.has_value());
    QCOMPARE(value->toObject().value(QStringLiteral("a")).toDouble(), 1.0);

    const Result<QJsonValue> twice = parse("\xEF\xBB\xBF\xEF\xBB\xBF{}");
    QVERIFY(!twice.has_value());
    QCOMPARE(twice.error().code, QStringLiteral("json.syntax"));

    // Positions after a BOM: the BOM is not a column, but it is a byte.
    const Result<QJsonValue> bad = parse("\xEF\xBB\xBF[x]");
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().detail, QStringLiteral("line 1, column 2 (byte offset 4)"));

    QCOMPARE(parse("\xEF\xBB\xBF").error().code, QStringLiteral("json.empty"));
    QCOMPARE(parse(" \xEF\xBB\xBF{}").error().code, QStringLiteral("json.syntax"));
}

void TestJsonReader::numbers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<double>("expected");

    QTest::newRow("1.0 equals 1") << QByteArray("1.0") << 1.0;
    QTest::newRow("1e0 equals 1") << QByteArray("1e0") << 1.0;
    QTest::newRow("10e-1 equals 1") << QByteArray("10e-1") << 1.0;
    QTest::newRow("0") << QByteArray("0") << 0.0;
    QTest::newRow("0.1") << QByteArray("0.1") << 0.1;
    QTest::newRow("beyond 2^64 rounds like JS") << QByteArray("12345678901234567890") << 12345678901234567168.0;
    QTest::newRow("2^53+1 rounds to even") << QByteArray("9007199254740993") << 9007199254740992.0;
    QTest::newRow("15 digits") << QByteArray("-999999999999999") << -999999999999999.0;
    QTest::newRow("16 digits") << QByteArray("1234567890123456") << 1234567890123456.0;
    QTest::newRow("smallest subnormal") << QByteArray("5e-324") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("subnormal rounds up") << QByteArray("3e-324") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("largest") << QByteArray("1.7976931348623157e308") << std::numeric_limits<double>::max();
    QTest::newRow("rounds down to largest")
        << QByteArray("1.7976931348623158e308") << std::numeric_limits<double>::max();
    QTest::newRow("smallest normal") << QByteArray("2.2250738585072014e-308") << std::numeric_limits<double>::min();
    QTest::newRow("long mantissa") << QByteArray(
                                          "0.1000000000000000055511151231257827021181583404541015625000000000000000001")
                                   << 0.1;
    QTest::newRow("many zeros") << QByteArray("0.000000000000000000000000000000000000000001e42") << 1.0;
    QTest::newRow("huge exponent with tiny mantissa") << QByteArray("0.0000001e+7") << 1.0;
}

void TestJsonReader::numbers()
{
    QFETCH(QByteArray, input);
    QFETCH(double, expected);
    const Result<QJsonValue> value = parse(input);
    QVERIFY2(value.has_value(), input.constData());
    QVERIFY(value->isDouble());
    QCOMPARE(value->toDouble(), expected);
}

void TestJsonReader::negativeZero()
{
    // -0 is a valid number; QJsonValue cannot keep the sign of zero (JCS and JSON-LD write it as 0 anyway).
    for (const char *input : {"-0", "-0.0", "-0e5", "-0.000e-5"}) {
        const Result<QJsonValue> value = parse(input);
        QVERIFY2(value.has_value(), input);
        QVERIFY(value->isDouble());
        QCOMPARE(value->toDouble(), 0.0);
    }
}

void TestJsonReader::underflowBecomesZero()
{
    const Result<QJsonValue> tiny = parse("1e-400");
    QVERIFY(tiny.has_value());
    QCOMPARE(tiny->toDouble(), 0.0);
    const Result<QJsonValue> negativeTiny = parse("-2e-324");
    QVERIFY(negativeTiny.has_value());
    QCOMPARE(negativeTiny->toDouble(), 0.0);
    QVERIFY(parse("1e-99999999999999999999").has_value());

    for (const char *input : {"1e400", "-1e400", "1.7976931348623159e308", "1e99999999999999999999", "1000e306"}) {
        const Result<QJsonValue> value = parse(input);
        QVERIFY2(!value.has_value(), input);
        QCOMPARE(value.error().code, QStringLiteral("json.number-out-of-range"));
    }
}

void TestJsonReader::invalidNumbers_data()
{
    QTest::addColumn<QByteArray>("input");
    for (const char *text : {"-", "01", "-01", "1.", ".5", "+1", "1e", "1e+", "1.e5", "0x10", "NaN", "Infinity",
                             "-Infinity", "[1.5.3]", "[- 1]", "[1e5e5]"}) {
        QTest::newRow(text) << QByteArray(text);
    }
}

void TestJsonReader::invalidNumbers()
{
    QFETCH(QByteArray, input);
    const Result<QJsonValue> value = parse(input);
    QVERIFY(!value.has_value());
    // "1.5.3" and "0x10" read as a number followed by garbage: trailing data at the top, syntax in arrays.
    QVERIFY2(value.error().code == QStringLiteral("json.syntax") ||
                 value.error().code == QStringLiteral("json.trailing-data"),
             qPrintable(value.error().code));
}

void TestJsonReader::parseObject()
{
    const Result<QJsonObject> object = Json::parseObject(R"({"type":["VerifiableCredential"]})");
    QVERIFY(object.has_value());
    QCOMPARE(object->value(QStringLiteral("type")).toArray().at(0).toString(), QStringLiteral("VerifiableCredential"));

    const Result<QJsonObject> array = Json::parseObject("\n  [1]");
    QVERIFY(!array.has_value());
    QCOMPARE(array.error().code, QStringLiteral("json.not-an-object"));
    QVERIFY(array.error().detail.startsWith(lineColumn(2, 3)));

    QCOMPARE(Json::parseObject("\"text\"").error().code, QStringLiteral("json.not-an-object"));
    QCOMPARE(Json::parseObject("null").error().code, QStringLiteral("json.not-an-object"));
    // Reading errors come first.
    QCOMPARE(Json::parseObject(R"({"a":1,"a":2})").error().code, QStringLiteral("json.duplicate-key"));
    QCOMPARE(Json::parseObject("").error().code, QStringLiteral("json.empty"));
}

void TestJsonReader::messagesAreReadable()
{
    const Result<QJsonValue> duplicate = parse(R"({"issuer":"a","issuer":"b"})");
    QCOMPARE(duplicate.error().message, QStringLiteral("Duplicate member name \"issuer\""));
    QCOMPARE(duplicate.error().detail, QStringLiteral("line 1, column 15 (byte offset 14)"));

    const Result<QJsonValue> unexpected = parse("[\xC3\xA9]");
    QCOMPARE(unexpected.error().code, QStringLiteral("json.syntax"));
    QVERIFY2(unexpected.error().message.contains(QStringLiteral("U+00E9")), qPrintable(unexpected.error().message));

    const Result<QJsonValue> surrogate = parse(R"("\ud800")");
    QVERIFY2(surrogate.error().message.contains(QStringLiteral("\\ud800")), qPrintable(surrogate.error().message));

    const Result<QJsonValue> tooLarge = parse("[1e400]");
    QVERIFY2(tooLarge.error().message.contains(QStringLiteral("1e400")), qPrintable(tooLarge.error().message));

    // A long duplicate name is cut in the message.
    const QByteArray longName(5000, 'k');
    const QByteArray input = "{\"" + longName + "\":1,\"" + longName + "\":2}";
    const Result<QJsonValue> longDuplicate = parse(input);
    QCOMPARE(longDuplicate.error().code, QStringLiteral("json.duplicate-key"));
    QVERIFY(longDuplicate.error().message.size() < 200);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "TestJsonReader.moc"
