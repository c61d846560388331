// SPDX-License-Identifier: GPL-3.0-or-later
// The W3C JSON-LD 1.1 API toRdf tests (tests/data/jsonld-api/toRdf-manifest.jsonld), one row per test.
// Produced and expected quads are compared as datasets up to blank node renaming.
#include "JsonLdSuite.h"
#include "RdfCompare.h"
#include "core/json/JsonReader.h"
#include "core/jsonld/ToRdf.h"
#include "tests/support/TestData.h"

#include <QTest>

#ifdef CREDFOLIO_HAVE_RDF_CANON
#include "core/rdf/Canonicalizer.h"
#include "core/rdf/NQuads.h"
#endif

#include <algorithm>

using namespace Credfolio;
using namespace Credfolio::Test;

class TestJsonLdToRdfSuite : public QObject {
    Q_OBJECT

private slots:
    void suite_data();
    void suite();
    void cleanupTestCase();

private:
    QString run(const JsonLdSuiteTest &test);
    SuiteTotals m_totals;
};

namespace {

const QList<JsonLdSuiteTest> &tests()
{
    static const QList<JsonLdSuiteTest> list = loadJsonLdManifest(QStringLiteral("toRdf-manifest.jsonld"));
    return list;
}

QStringList lines(const Rdf::Dataset &dataset)
{
    QStringList list;
    for (const Rdf::Quad &q : dataset)
        list.append(quadToText(q));
    list.sort();
    list.removeDuplicates();
    return list;
}

// The lines of `a` missing from `b` (blank node labels included, so only a hint when they differ).
QString missing(const Rdf::Dataset &a, const Rdf::Dataset &b)
{
    const QStringList other = lines(b);
    QStringList out;
    for (const QString &line : lines(a)) {
        if (!other.contains(line))
            out.append(line);
    }
    return out.join(QStringLiteral("\n    "));
}

} // namespace

void TestJsonLdToRdfSuite::suite_data()
{
    QTest::addColumn<int>("index");
    QVERIFY(tests().size() > 400);
    for (int i = 0; i < tests().size(); ++i)
        QTest::newRow(qPrintable(tests()[i].id)) << i;
}

QString TestJsonLdToRdfSuite::run(const JsonLdSuiteTest &test)
{
    const Result<QJsonValue> input = Json::parse(readData(QStringLiteral("jsonld-api/") + test.input));
    if (!input)
        return QStringLiteral("input unreadable: ") + input.error().toString();
    JsonLd::ToRdfOptions options;
    if (test.option.contains(QLatin1String("rdfDirection")))
        options.rdfDirection = test.option.value(QLatin1String("rdfDirection")).toString();
    options.produceGeneralizedRdf = test.option.value(QLatin1String("produceGeneralizedRdf")).toBool();
    const Result<Rdf::Dataset> result = JsonLd::documentToRdf(input.value(), jsonLdSuiteOptions(test), options);
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
    if (test.isSyntax())
        return {};
    const std::optional<Rdf::Dataset> expected = readTestNQuads(readData(QStringLiteral("jsonld-api/") + test.expect));
    if (!expected)
        return QStringLiteral("expected output unreadable");
#ifdef CREDFOLIO_HAVE_RDF_CANON
    // Datasets are isomorphic when their RDFC-1.0 canonical forms are identical. Generalized RDF (blank node
    // predicates) is not N-Quads, so those two tests use the test-local isomorphism check below.
    if (!options.produceGeneralizedRdf) {
        const Result<Rdf::Dataset> parsed = Rdf::parseNQuads(readData(QStringLiteral("jsonld-api/") + test.expect));
        if (!parsed)
            return QStringLiteral("expected output unreadable: ") + parsed.error().toString();
        const Result<Rdf::CanonResult> produced = Rdf::canonicalize(result.value());
        const Result<Rdf::CanonResult> wanted = Rdf::canonicalize(parsed.value());
        if (!produced || !wanted)
            return QStringLiteral("canonicalization failed");
        if (produced->nquads != wanted->nquads) {
            return QStringLiteral("canonical forms differ\n  got:\n%1\n  expected:\n%2")
                .arg(QString::fromUtf8(produced->nquads), QString::fromUtf8(wanted->nquads));
        }
        return {};
    }
#endif
    if (!isomorphic(result.value(), *expected)) {
        return QStringLiteral("datasets differ\n  unexpected:\n    %1\n  missing:\n    %2")
            .arg(missing(result.value(), *expected), missing(*expected, result.value()));
    }
    return {};
}

void TestJsonLdToRdfSuite::suite()
{
    QFETCH(int, index);
    const JsonLdSuiteTest &test = tests().at(index);
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

void TestJsonLdToRdfSuite::cleanupTestCase()
{
    qInfo("toRdf-manifest.jsonld: %d passed, %d failed, %d skipped", m_totals.passed, m_totals.failed,
          m_totals.skipped);
}

QTEST_GUILESS_MAIN(TestJsonLdToRdfSuite)
#include "TestJsonLdToRdfSuite.moc"
