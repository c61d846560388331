// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rdf/Canonicalizer.h"
#include "core/rdf/NQuads.h"
#include "tests/core/rdf/CanonLimits.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Rdf;

class TestCanonicalizer : public QObject {
    Q_OBJECT

private slots:
    void emptyDataset();
    void realCredentialIsReproduced();
    void typicalCredential();
    void duplicatesAreDropped();
    void labelsDoNotMatter();
    void sha384DiffersFromSha256();
    void poisonCliqueFailsFast();
    void largeCliqueFailsFast_data();
    void largeCliqueFailsFast();
    void longChainIsBounded();
    void manyDuplicatedEdgesAreBounded();
    void limitsAreConfigurable();
};

namespace {

Dataset parse(const QByteArray &text)
{
    Result<Dataset> dataset = parseNQuads(text);
    if (!dataset)
        qFatal("bad fixture: %s", qPrintable(dataset.error().toString()));
    return std::move(dataset).value();
}

Dataset clique(int size)
{
    Dataset dataset;
    for (int a = 0; a < size; ++a) {
        for (int b = 0; b < size; ++b) {
            if (a != b)
                dataset.push_back({Term::blank(QStringLiteral("n%1").arg(a)),
                                   Term::iri(QStringLiteral("http://example.org/p")),
                                   Term::blank(QStringLiteral("n%1").arg(b)), Term::defaultGraph()});
        }
    }
    return dataset;
}

} // namespace

void TestCanonicalizer::emptyDataset()
{
    const Result<CanonResult> result = canonicalize({});
    QVERIFY(result.has_value());
    QVERIFY(result->nquads.isEmpty());
    QVERIFY(result->issued.isEmpty());
}

void TestCanonicalizer::realCredentialIsReproduced()
{
    // The CLR 2.0 vector's canonical form, from its blank nodes renamed and lines shuffled.
    const Result<CanonResult> result =
        canonicalize(parse(Test::readData(QStringLiteral("rdf/clr2-document-relabelled.nq"))));
    QVERIFY(result.has_value());
    QCOMPARE(result->nquads, Test::readData(QStringLiteral("rdf/clr2-document-canon.nq")));
    QCOMPARE(result->issued.size(), 3);
}

void TestCanonicalizer::typicalCredential()
{
    const Dataset dataset = parse(Test::readData(QStringLiteral("rdf/typical-credential.nq")));
    QCOMPARE(dataset.size(), size_t(70));
    const Result<CanonResult> result = canonicalize(dataset);
    QVERIFY(result.has_value());
    QCOMPARE(result->issued.size(), 5);
    // Two quads occur in both documents (the subject's and the issuer's type): a dataset is a set.
    QCOMPARE(result->nquads.count('\n'), 68);
    QVERIFY(!result->nquads.contains("_:b"));
    // Sorted lines, and a fixed point.
    QList<QByteArray> lines = result->nquads.split('\n');
    lines.removeLast();
    QList<QByteArray> sorted = lines;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(lines, sorted);
    const Result<CanonResult> again = canonicalize(parse(result->nquads));
    QVERIFY(again.has_value());
    QCOMPARE(again->nquads, result->nquads);
}

void TestCanonicalizer::duplicatesAreDropped()
{
    const Dataset once = parse("_:x <http://example.org/p> \"v\" .\n_:x <http://example.org/q> _:y .\n");
    Dataset twice = once;
    twice.insert(twice.end(), once.begin(), once.end());
    // xsd:string written out is the same literal as the plain one.
    twice.push_back({Term::blank(QStringLiteral("x")), Term::iri(QStringLiteral("http://example.org/p")),
                     Term::literal(QStringLiteral("v"), QStringLiteral("http://www.w3.org/2001/XMLSchema#string")),
                     Term::defaultGraph()});
    const Result<CanonResult> a = canonicalize(once);
    const Result<CanonResult> b = canonicalize(twice);
    QVERIFY(a && b);
    QCOMPARE(b->nquads, a->nquads);
    QCOMPARE(a->nquads.count('\n'), 2);
}

void TestCanonicalizer::labelsDoNotMatter()
{
    const QByteArray text = "_:a <http://example.org/p> _:b .\n_:b <http://example.org/p> _:c .\n"
                            "_:c <http://example.org/p> _:a .\n_:a <http://example.org/name> \"A\" .\n";
    QByteArray renamed = text;
    renamed.replace("_:a", "_:zz").replace("_:b", "_:q1").replace("_:c", "_:m");
    const Result<CanonResult> a = canonicalize(parse(text));
    const Result<CanonResult> b = canonicalize(parse(renamed));
    QVERIFY(a && b);
    QCOMPARE(b->nquads, a->nquads);
    QCOMPARE(a->issued.value(QStringLiteral("a")), b->issued.value(QStringLiteral("zz")));
    QCOMPARE(a->issued.size(), 3);
}

void TestCanonicalizer::sha384DiffersFromSha256()
{
    // Two nodes whose order depends on the hash function's output.
    const Dataset dataset = parse("_:a <http://example.org/p> \"1\" .\n_:b <http://example.org/p> \"2\" .\n");
    CanonOptions sha384;
    sha384.hash = HashAlgorithm::Sha384;
    const Result<CanonResult> a = canonicalize(dataset);
    const Result<CanonResult> b = canonicalize(dataset, sha384);
    QVERIFY(a && b);
    QCOMPARE(a->issued.size(), 2);
    QCOMPARE(b->issued.size(), 2);
}

void TestCanonicalizer::poisonCliqueFailsFast()
{
    // Refused as soon as a work limit is passed (what bounds its time), under the defaults and under tighter ones.
    const QString defaults = Test::refusedAtALimit(canonicalize(clique(10)));
    QVERIFY2(defaults.isEmpty(), qPrintable(defaults));
    CanonOptions tight;
    tight.maxHashNDegreeCalls = 50;
    tight.maxPermutations = 200;
    const QString tighter = Test::refusedAtALimit(canonicalize(clique(10), tight), tight);
    QVERIFY2(tighter.isEmpty(), qPrintable(tighter));
}

void TestCanonicalizer::largeCliqueFailsFast_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("4") << 4;
    QTest::newRow("5") << 5;
    QTest::newRow("7") << 7;
    QTest::newRow("30") << 30;
    QTest::newRow("100") << 100;
}

void TestCanonicalizer::largeCliqueFailsFast()
{
    QFETCH(int, size);
    const Result<CanonResult> result = canonicalize(clique(size));
    QCOMPARE(result.has_value(), size <= 5);
    if (result.has_value()) {
        // Small cliques are symmetric: every labelling gives the same output.
        QCOMPARE(result->issued.size(), size);
        QCOMPARE(result->nquads.count('\n'), size * (size - 1));
        QVERIFY(result->work.hashNDegreeCalls > 0);
        QVERIFY(Test::withinLimits(result->work));
    } else {
        const QString refusal = Test::refusedAtALimit(result);
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    }
}

void TestCanonicalizer::longChainIsBounded()
{
    Dataset dataset;
    const int length = 10000;
    for (int i = 0; i < length; ++i)
        dataset.push_back({Term::blank(QStringLiteral("n%1").arg(i)),
                           Term::iri(QStringLiteral("http://example.org/next")),
                           Term::blank(QStringLiteral("n%1").arg(i + 1)), Term::defaultGraph()});
    // Hash N-Degree Quads follows the chain: refused at the recursion limit, before the stack is at risk.
    const Result<CanonResult> result = canonicalize(dataset);
    const QString refusal = Test::refusedAtALimit(result);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    QVERIFY2(result.error().detail.startsWith(QLatin1String("limit maxRecursionDepth ")),
             qPrintable(result.error().detail));

    // A chain whose nodes carry distinct values canonicalizes without any N-degree work.
    for (int i = 0; i < length; ++i)
        dataset.push_back({Term::blank(QStringLiteral("n%1").arg(i)), Term::iri(QStringLiteral("http://example.org/v")),
                           Term::literal(QString::number(i)), Term::defaultGraph()});
    const Result<CanonResult> labelled = canonicalize(dataset);
    QVERIFY(labelled.has_value());
    QCOMPARE(labelled->issued.size(), length + 1);
    QCOMPARE(labelled->nquads.count('\n'), 2 * length);
    QCOMPARE(labelled->work.hashNDegreeCalls, 0);
    QCOMPARE(labelled->work.permutations, 0);
}

void TestCanonicalizer::manyDuplicatedEdgesAreBounded()
{
    // The same related node reached through 20 graphs: a group of 20 equal entries per permutation step.
    Dataset dataset;
    for (int g = 0; g < 20; ++g) {
        for (const char *pair : {"ab", "ba"})
            dataset.push_back({Term::blank(QString(QLatin1Char(pair[0]))),
                               Term::iri(QStringLiteral("http://example.org/p")),
                               Term::blank(QString(QLatin1Char(pair[1]))),
                               Term::iri(QStringLiteral("http://example.org/g%1").arg(g))});
    }
    const Result<CanonResult> result = canonicalize(dataset);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->issued.size(), 2);
    QCOMPARE(result->nquads.count('\n'), 40);
    // Not the 20! orderings of the equal entries: a handful of calls and permutations.
    QVERIFY(result->work.hashNDegreeCalls > 0);
    QVERIFY2(result->work.hashNDegreeCalls <= 10 && result->work.permutations <= 20,
             qPrintable(QStringLiteral("%1 calls, %2 permutations")
                            .arg(result->work.hashNDegreeCalls)
                            .arg(result->work.permutations)));
}

void TestCanonicalizer::limitsAreConfigurable()
{
    const Dataset dataset = clique(4);
    CanonOptions tight;
    tight.maxHashNDegreeCalls = 1;
    const Result<CanonResult> refused = canonicalize(dataset, tight);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, QStringLiteral("rdf.too-complex"));
    QVERIFY(canonicalize(dataset).has_value());
}

QTEST_GUILESS_MAIN(TestCanonicalizer)
#include "TestCanonicalizer.moc"
