// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rdf/Canonicalizer.h"
#include "core/rdf/NQuads.h"
#include "tests/support/TestData.h"

#include <QElapsedTimer>
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

// The time bounds hold for optimized builds; sanitizer builds run about ten times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kTimeScale = 10;
#else
constexpr qint64 kTimeScale = 1;
#endif

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
    QElapsedTimer timer;
    timer.start();
    const Result<CanonResult> result = canonicalize(clique(10));
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, QStringLiteral("rdf.too-complex"));
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY2(timer.elapsed() < 1000 * kTimeScale, qPrintable(QString::number(timer.elapsed())));
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
    QElapsedTimer timer;
    timer.start();
    const Result<CanonResult> result = canonicalize(clique(size));
    if (result.has_value()) {
        // Small cliques are symmetric: every labelling gives the same output.
        QCOMPARE(result->issued.size(), size);
        QCOMPARE(result->nquads.count('\n'), size * (size - 1));
    } else {
        QCOMPARE(result.error().code, QStringLiteral("rdf.too-complex"));
    }
    QVERIFY(size > 5 || result.has_value());
    QVERIFY2(timer.elapsed() < 2000 * kTimeScale, qPrintable(QString::number(timer.elapsed())));
}

void TestCanonicalizer::longChainIsBounded()
{
    Dataset dataset;
    const int length = 10000;
    for (int i = 0; i < length; ++i)
        dataset.push_back({Term::blank(QStringLiteral("n%1").arg(i)),
                           Term::iri(QStringLiteral("http://example.org/next")),
                           Term::blank(QStringLiteral("n%1").arg(i + 1)), Term::defaultGraph()});
    QElapsedTimer timer;
    timer.start();
    const Result<CanonResult> result = canonicalize(dataset);
    if (result.has_value())
        QCOMPARE(result->issued.size(), length + 1);
    else
        QCOMPARE(result.error().code, QStringLiteral("rdf.too-complex"));
    QVERIFY2(timer.elapsed() < 3000 * kTimeScale, qPrintable(QString::number(timer.elapsed())));

    // A chain whose nodes carry distinct values canonicalizes without any N-degree work.
    for (int i = 0; i < length; ++i)
        dataset.push_back({Term::blank(QStringLiteral("n%1").arg(i)), Term::iri(QStringLiteral("http://example.org/v")),
                           Term::literal(QString::number(i)), Term::defaultGraph()});
    timer.restart();
    const Result<CanonResult> labelled = canonicalize(dataset);
    QVERIFY(labelled.has_value());
    QCOMPARE(labelled->issued.size(), length + 1);
    QCOMPARE(labelled->nquads.count('\n'), 2 * length);
    QVERIFY2(timer.elapsed() < 3000 * kTimeScale, qPrintable(QString::number(timer.elapsed())));
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
    QElapsedTimer timer;
    timer.start();
    const Result<CanonResult> result = canonicalize(dataset);
    QVERIFY2(result.has_value() || result.error().code == QLatin1String("rdf.too-complex"), "unexpected error");
    QVERIFY2(timer.elapsed() < 2000 * kTimeScale, qPrintable(QString::number(timer.elapsed())));
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
