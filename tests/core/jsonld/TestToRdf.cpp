// SPDX-License-Identifier: GPL-3.0-or-later
// Literal forms of toRdf (docs/standards.md §3.2): what the signed canonical N-Quads contain.
#include "core/json/JsonReader.h"
#include "core/jsonld/ToRdf.h"

#include <QTest>

using namespace Credfolio;
using namespace Credfolio::JsonLd;

class TestToRdf : public QObject {
    Q_OBJECT

private slots:
    void canonicalDouble_data();
    void canonicalDouble();
    void literals_data();
    void literals();
    void relativeIrisAreSkipped();
    void directionEncodings();
};

namespace {

const QString Xsd = QStringLiteral("http://www.w3.org/2001/XMLSchema#");

Rdf::Term objectOf(const QByteArray &valueJson)
{
    const QByteArray document = R"({"@id": "http://example.org/s", "http://example.org/p": )" + valueJson + "}";
    const Result<Rdf::Dataset> dataset = documentToRdf(Json::parse(document).value(), {});
    if (!dataset || dataset->size() != 1)
        return {};
    return dataset->front().object;
}

} // namespace

void TestToRdf::canonicalDouble_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("9.9") << 9.9 << QStringLiteral("9.9E0");
    QTest::newRow("1e21") << 1e21 << QStringLiteral("1.0E21");
    QTest::newRow("123.45") << 123.45 << QStringLiteral("1.2345E2");
    QTest::newRow("-0.5") << -0.5 << QStringLiteral("-5.0E-1");
    QTest::newRow("1/3") << 1.0 / 3 << QStringLiteral("3.333333333333333E-1");
    QTest::newRow("5") << 5.0 << QStringLiteral("5.0E0");
}

void TestToRdf::canonicalDouble()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(JsonLd::canonicalDouble(value), expected);
}

void TestToRdf::literals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("lexical");
    QTest::addColumn<QString>("datatype");
    QTest::newRow("true") << QByteArray("true") << QStringLiteral("true") << Xsd + QStringLiteral("boolean");
    QTest::newRow("integral double") << QByteArray("5.0") << QStringLiteral("5") << Xsd + QStringLiteral("integer");
    QTest::newRow("minus zero") << QByteArray("-0") << QStringLiteral("0") << Xsd + QStringLiteral("integer");
    QTest::newRow("fraction") << QByteArray("9.9") << QStringLiteral("9.9E0") << Xsd + QStringLiteral("double");
    QTest::newRow("1e21") << QByteArray("1e21") << QStringLiteral("1.0E21") << Xsd + QStringLiteral("double");
    QTest::newRow("coerced double") << QByteArray(
                                           R"({"@value": 5, "@type": "http://www.w3.org/2001/XMLSchema#double"})")
                                    << QStringLiteral("5.0E0") << Xsd + QStringLiteral("double");
    QTest::newRow("https float verbatim")
        << QByteArray(R"({"@value": 3, "@type": "https://www.w3.org/2001/XMLSchema#float"})") << QStringLiteral("3")
        << QStringLiteral("https://www.w3.org/2001/XMLSchema#float");
    QTest::newRow("json literal") << QByteArray(R"({"@value": {"b": [1.0, "x"], "a": true}, "@type": "@json"})")
                                  << QStringLiteral(R"({"a":true,"b":[1,"x"]})")
                                  << QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON");
    QTest::newRow("string") << QByteArray(R"("text")") << QStringLiteral("text") << QString();
}

void TestToRdf::literals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, lexical);
    QFETCH(QString, datatype);
    const Rdf::Term object = objectOf(json);
    QCOMPARE(object.kind, Rdf::TermKind::Literal);
    QCOMPARE(object.value, lexical);
    QCOMPARE(object.datatype, datatype);
}

void TestToRdf::relativeIrisAreSkipped()
{
    const Result<Rdf::Dataset> dataset = documentToRdf(Json::parse(R"({
        "@id": "relative/subject", "http://example.org/p": "dropped",
        "http://example.org/q": {"@id": "also/relative"}})")
                                                           .value(),
                                                       {});
    QVERIFY(dataset);
    QCOMPARE(int(dataset->size()), 0);
}

void TestToRdf::directionEncodings()
{
    const QJsonValue document = Json::parse(R"({"@id": "http://example.org/s",
        "http://example.org/p": {"@value": "abc", "@language": "ar-EG", "@direction": "rtl"}})")
                                    .value();
    const Result<Rdf::Dataset> dropped = documentToRdf(document, {});
    QVERIFY(dropped);
    // Language tags are normalised to lower case, as jsonld.js does (and the suite's toRdf outputs show).
    QCOMPARE(dropped->front().object.language, QStringLiteral("ar-eg"));
    QCOMPARE(dropped->front().object.datatype, QString());
    ToRdfOptions i18n;
    i18n.rdfDirection = QStringLiteral("i18n-datatype");
    const Result<Rdf::Dataset> typed = documentToRdf(document, {}, i18n);
    QVERIFY(typed);
    QCOMPARE(typed->front().object.datatype, QStringLiteral("https://www.w3.org/ns/i18n#ar-eg_rtl"));
    ToRdfOptions compound;
    compound.rdfDirection = QStringLiteral("compound-literal");
    const Result<Rdf::Dataset> quads = documentToRdf(document, {}, compound);
    QVERIFY(quads);
    QCOMPARE(int(quads->size()), 4);
}

QTEST_GUILESS_MAIN(TestToRdf)
#include "TestToRdf.moc"
