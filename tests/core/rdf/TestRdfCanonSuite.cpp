// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the W3C RDFC-1.0 test suite (tests/data/rdf-canon/manifest.jsonld), one data row per entry.
#include "core/rdf/Canonicalizer.h"
#include "core/rdf/NQuads.h"
#include "tests/core/rdf/CanonLimits.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Rdf;

class TestRdfCanonSuite : public QObject {
    Q_OBJECT

private slots:
    void manifestIsComplete();
    void suite_data();
    void suite();
    void cleanup();
    void cleanupTestCase();

private:
    int m_passed = 0;
    int m_failed = 0;
    int m_skipped = 0;
};

namespace {

QJsonArray entries()
{
    return QJsonDocument::fromJson(Test::readData(QStringLiteral("rdf-canon/manifest.jsonld")))
        .object()
        .value(QLatin1String("entries"))
        .toArray();
}

} // namespace

void TestRdfCanonSuite::manifestIsComplete()
{
    int eval = 0, map = 0, negative = 0;
    for (const QJsonValue &entry : entries()) {
        const QString type = entry[QLatin1String("type")].toString();
        eval += type == QLatin1String("rdfc:RDFC10EvalTest");
        map += type == QLatin1String("rdfc:RDFC10MapTest");
        negative += type == QLatin1String("rdfc:RDFC10NegativeEvalTest");
    }
    QCOMPARE(eval, 64);
    QCOMPARE(map, 21);
    QCOMPARE(negative, 1);
}

void TestRdfCanonSuite::suite_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("hash");
    for (const QJsonValue &entry : entries()) {
        const QString id = entry[QLatin1String("id")].toString().mid(1);
        QTest::newRow(qPrintable(id)) << entry[QLatin1String("type")].toString()
                                      << entry[QLatin1String("action")].toString()
                                      << entry[QLatin1String("result")].toString()
                                      << entry[QLatin1String("hashAlgorithm")].toString();
    }
}

void TestRdfCanonSuite::suite()
{
    QFETCH(QString, type);
    QFETCH(QString, action);
    QFETCH(QString, expected);
    QFETCH(QString, hash);
    const Result<Dataset> input = parseNQuads(Test::readData(QStringLiteral("rdf-canon/") + action));
    QVERIFY2(input.has_value(), qPrintable(input ? QString() : input.error().toString()));
    CanonOptions options;
    if (hash == QLatin1String("SHA384"))
        options.hash = HashAlgorithm::Sha384;
    else
        QVERIFY2(hash.isEmpty(), qPrintable(QStringLiteral("unknown hashAlgorithm ") + hash));

    const Result<CanonResult> result = canonicalize(*input, options);

    if (type == QLatin1String("rdfc:RDFC10NegativeEvalTest")) {
        // The poison dataset is refused as soon as a work limit is passed.
        const QString refusal = Test::refusedAtALimit(result, options);
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        return;
    }
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(Test::withinLimits(result->work, options));
    const QByteArray want = Test::readData(QStringLiteral("rdf-canon/") + expected);
    if (type == QLatin1String("rdfc:RDFC10EvalTest")) {
        QCOMPARE(result->nquads, want);
        // The canonical form is a fixed point.
        const Result<Dataset> again = parseNQuads(result->nquads);
        QVERIFY(again.has_value());
        const Result<CanonResult> second = canonicalize(*again, options);
        QVERIFY(second.has_value());
        QCOMPARE(second->nquads, want);
    } else if (type == QLatin1String("rdfc:RDFC10MapTest")) {
        const QJsonObject map = QJsonDocument::fromJson(want).object();
        QVERIFY(!QJsonDocument::fromJson(want).isNull());
        QHash<QString, QString> expectedMap;
        for (auto it = map.begin(); it != map.end(); ++it)
            expectedMap.insert(it.key(), it.value().toString());
        QCOMPARE(result->issued, expectedMap);
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown test type ") + type));
    }
}

void TestRdfCanonSuite::cleanup()
{
    if (QTest::currentDataTag() == nullptr)
        return;
    if (QTest::currentTestFailed())
        ++m_failed;
    else
        ++m_passed;
}

void TestRdfCanonSuite::cleanupTestCase()
{
    qInfo("RDFC-1.0 suite: %d passed, %d failed, %d skipped", m_passed, m_failed, m_skipped);
}

QTEST_GUILESS_MAIN(TestRdfCanonSuite)
#include "TestRdfCanonSuite.moc"
