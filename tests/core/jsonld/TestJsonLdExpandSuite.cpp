// SPDX-License-Identifier: GPL-3.0-or-later
// The W3C JSON-LD 1.1 API expansion tests (tests/data/jsonld-api/expand-manifest.jsonld), one row per test.
#include "JsonLdSuite.h"
#include "core/json/JsonReader.h"
#include "core/jsonld/Expander.h"
#include "tests/support/TestData.h"

#include <QJsonDocument>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Test;

class TestJsonLdExpandSuite : public QObject {
    Q_OBJECT

private slots:
    void suite_data();
    void suite();
    void cleanupTestCase();

private:
    QString run(const JsonLdSuiteTest &test);
    SuiteTotals m_totals;
};

void TestJsonLdExpandSuite::suite_data()
{
    QTest::addColumn<int>("index");
    const QList<JsonLdSuiteTest> tests = loadJsonLdManifest(QStringLiteral("expand-manifest.jsonld"));
    QVERIFY(tests.size() > 300);
    for (int i = 0; i < tests.size(); ++i)
        QTest::newRow(qPrintable(tests[i].id)) << i;
}

QString TestJsonLdExpandSuite::run(const JsonLdSuiteTest &test)
{
    const Result<QJsonValue> input = Json::parse(readData(QStringLiteral("jsonld-api/") + test.input));
    if (!input)
        return QStringLiteral("input unreadable: ") + input.error().toString();
    const Result<JsonLd::ExpandResult> result = JsonLd::expand(input.value(), jsonLdSuiteOptions(test));
    if (test.isNegative()) {
        if (result)
            return QStringLiteral("expected error \"%1\", got success").arg(test.expectErrorCode);
        if (!jsonLdErrorMatches(result.error(), test.expectErrorCode))
            return QStringLiteral("expected error \"%1\", got %2 (%3)")
                .arg(test.expectErrorCode, result.error().code, result.error().detail);
        return {};
    }
    if (!result)
        return QStringLiteral("unexpected error %1 (%2)").arg(result.error().code, result.error().detail);
    const Result<QJsonValue> expected = Json::parse(readData(QStringLiteral("jsonld-api/") + test.expect));
    if (!expected)
        return QStringLiteral("expected output unreadable");
    if (!jsonLdEqual(QJsonValue(result->expanded), expected.value())) {
        return QStringLiteral("output differs\n  got:      %1\n  expected: %2")
            .arg(QString::fromUtf8(QJsonDocument(result->expanded).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(expected->isArray()
                                       ? QJsonDocument(expected->toArray()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(expected->toObject()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

void TestJsonLdExpandSuite::suite()
{
    QFETCH(int, index);
    static const QList<JsonLdSuiteTest> tests = loadJsonLdManifest(QStringLiteral("expand-manifest.jsonld"));
    const JsonLdSuiteTest &test = tests.at(index);
    if (const QString reason = jsonLdSkipReason(test); !reason.isEmpty()) {
        ++m_totals.skipped;
        QSKIP(qPrintable(reason));
    }
    const QString failure = run(test);
    if (failure.isEmpty())
        ++m_totals.passed;
    else
        ++m_totals.failed;
    QVERIFY2(failure.isEmpty(), qPrintable(test.id + QStringLiteral(" ") + test.name + QStringLiteral(": ") + failure));
}

void TestJsonLdExpandSuite::cleanupTestCase()
{
    qInfo("expand-manifest.jsonld: %d passed, %d failed, %d skipped", m_totals.passed, m_totals.failed,
          m_totals.skipped);
}

QTEST_GUILESS_MAIN(TestJsonLdExpandSuite)
#include "TestJsonLdExpandSuite.moc"
