// SPDX-License-Identifier: GPL-3.0-or-later
// Expansion as credential verification uses it: bundled contexts, protected terms, dropped terms, limits.
#include "core/json/JsonReader.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/ToRdf.h"
#include "tests/support/TestData.h"

#include <QJsonDocument>
#include <QTest>

#include <thread>

using namespace Credfolio;
using namespace Credfolio::JsonLd;

class TestExpander : public QObject {
    Q_OBJECT

private slots:
    void openBadgeCredentialExpands();
    void openBadgeCredentialHas75Quads();
    void unknownContextIsNamed_data();
    void unknownContextIsNamed();
    void protectedTermCannotBeRedefined();
    void identicalProtectedRedefinitionIsAccepted();
    void droppedTermsAreReported();
    void keywordTypesAreNotDropped();
    void contextCycleIsRefused();
    void remoteContextNestingLimitIsExact();
    void deepNestingIsRefused();
    void typeScopedContextDoesNotPropagate();
    void concurrentExpansionsAgree();
};

namespace {

QJsonValue parse(const QByteArray &json)
{
    const Result<QJsonValue> value = Json::parse(json);
    if (!value)
        qFatal("bad test JSON: %s", qPrintable(value.error().toString()));
    return value.value();
}

QJsonValue credential()
{
    return parse(Test::readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json")));
}

bool containsQuad(const Rdf::Dataset &dataset, const QString &predicate, const QString &objectValue)
{
    for (const Rdf::Quad &q : dataset) {
        if (q.predicate.value == predicate && q.object.value == objectValue)
            return true;
    }
    return false;
}

} // namespace

void TestExpander::openBadgeCredentialExpands()
{
    const Result<ExpandResult> result = expand(credential());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->expanded.size(), 1);
    QVERIFY(result->droppedTerms.isEmpty());
    const QJsonObject node = result->expanded.first().toObject();
    const QJsonArray types = node.value(QLatin1String("@type")).toArray();
    QVERIFY(types.contains(QStringLiteral("https://www.w3.org/2018/credentials#VerifiableCredential")));
    QVERIFY(types.contains(QStringLiteral("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential")));
    // The proof is a graph container: its own named graph.
    const QJsonArray proof = node.value(QLatin1String("https://w3id.org/security#proof")).toArray();
    QCOMPARE(proof.size(), 1);
    QVERIFY(proof.first().toObject().contains(QLatin1String("@graph")));
}

void TestExpander::openBadgeCredentialHas75Quads()
{
    // What eddsa-rdfc-2022 signs: the credential without its proof.
    QJsonObject unsigned_ = credential().toObject();
    unsigned_.remove(QLatin1String("proof"));
    const Result<Rdf::Dataset> dataset = documentToRdf(unsigned_, {});
    QVERIFY2(dataset, qPrintable(dataset ? QString() : dataset.error().toString()));
    // 75 distinct quads (the brief expected 74; the same code reproduces every published OB 3.0, CLR 2.0 and
    // vc-di-eddsa canonical form exactly, see TestCredentialVectors).
    QCOMPARE(int(dataset->size()), 75);
    // OB 3.0 types creditsAvailable with the https XML Schema namespace; it must be kept verbatim.
    bool floatFound = false;
    for (const Rdf::Quad &q : dataset.value()) {
        if (q.predicate.value == QLatin1String("https://purl.imsglobal.org/spec/vc/ob/vocab.html#creditsAvailable")) {
            QCOMPARE(q.object.datatype, QStringLiteral("https://www.w3.org/2001/XMLSchema#float"));
            floatFound = true;
        }
    }
    QVERIFY(floatFound);
    QVERIFY(containsQuad(dataset.value(), QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         QStringLiteral("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential")));
    // With the proof: its quads sit in their own named graph.
    const Result<Rdf::Dataset> withProof = documentToRdf(credential(), {});
    QVERIFY(withProof);
    QVERIFY(withProof->size() > dataset->size());
    QVERIFY(containsQuad(withProof.value(), QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         QStringLiteral("https://w3id.org/security#DataIntegrityProof")));
}

void TestExpander::unknownContextIsNamed_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("unknown") << QStringLiteral("https://example.org/contexts/unknown.jsonld");
    QTest::newRow("OB spec typo") << QStringLiteral("https://www.w3.org/2018/credentials/examples/v2");
    QTest::newRow("draft CLR") << QStringLiteral("https://dc.imsglobal.org/draft/clr/v2p0/context");
    QTest::newRow("spec site") << QStringLiteral("https://imsglobal.github.io/openbadges-specification/context.json");
}

void TestExpander::unknownContextIsNamed()
{
    QFETCH(QString, url);
    QJsonObject document = credential().toObject();
    QJsonArray contexts = document.value(QLatin1String("@context")).toArray();
    contexts.append(url);
    document.insert(QLatin1String("@context"), contexts);
    const Result<ExpandResult> result = expand(document);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("jsonld.unknown-context"));
    QVERIFY(result.error().message.contains(url));
    QVERIFY(result.error().detail.contains(url));
}

void TestExpander::protectedTermCannotBeRedefined()
{
    const QJsonValue document = parse(R"({
        "@context": ["https://www.w3.org/ns/credentials/v2", {"name": "https://example.org/not-the-name"}],
        "type": "VerifiableCredential", "name": "A credential"})");
    const Result<ExpandResult> result = expand(document);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("jsonld.protected-term-redefinition"));
    QVERIFY(result.error().detail.contains(QStringLiteral("name")));
}

void TestExpander::identicalProtectedRedefinitionIsAccepted()
{
    // Loading the same context twice redefines every protected term identically: allowed.
    const QJsonValue document = parse(R"({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/v2"],
        "type": "VerifiableCredential", "issuer": "https://example.org/issuers/1"})");
    const Result<ExpandResult> result = expand(document);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->expanded.size(), 1);
}

void TestExpander::droppedTermsAreReported()
{
    // The VC 1.1 context has no @vocab: an undefined property is silently dropped by JSON-LD.
    const QJsonValue document = parse(R"({
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiableCredential", "MisspeltCredential"], "issuer": "https://example.org/issuers/1",
        "colour": "blue",
        "credentialSubject": {"id": "did:example:1", "favouriteNumber": 7}})");
    const Result<ExpandResult> result = expand(document);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->droppedTerms, (QStringList{QStringLiteral("colour"), QStringLiteral("favouriteNumber"),
                                                QStringLiteral("MisspeltCredential")}));
    const QByteArray expanded = QJsonDocument(result->expanded).toJson();
    QVERIFY(!expanded.contains("blue"));
}

void TestExpander::keywordTypesAreNotDropped()
{
    const QJsonValue document = parse(R"({"@id": "http://example.org/s",
        "http://example.org/data": {"@value": {"a": 1}, "@type": "@json"},
        "http://example.org/ref": {"@id": "http://example.org/o", "@type": "_:localType"}})");
    const Result<ExpandResult> result = expand(document);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->droppedTerms.isEmpty());
}

void TestExpander::contextCycleIsRefused()
{
    auto loader = std::make_shared<DocumentLoader>();
    loader->addDocument(QStringLiteral("https://example.org/a"), R"({"@context": ["https://example.org/b"]})");
    loader->addDocument(QStringLiteral("https://example.org/b"), R"({"@context": "https://example.org/a"})");
    ExpandOptions options;
    options.loader = loader;
    // Refused, not followed round and round (the cost of refusing: BM_ExpandContextCycle in bench/jsonld).
    const Result<ExpandResult> result =
        expand(parse(R"({"@context": "https://example.org/a", "@id": "https://example.org/x"})"), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("jsonld.recursive-context-inclusion"));
    QVERIFY(result.error().detail.contains(QStringLiteral("https://example.org/a")));
}

void TestExpander::remoteContextNestingLimitIsExact()
{
    // docs/limits.md: 32 remote contexts nested in one another are processed, a 33rd is refused. Context k
    // refers to context k+1; the innermost defines the term the document uses.
    const auto expandChain = [](int depth) {
        auto loader = std::make_shared<DocumentLoader>();
        const auto contextUrl = [](int k) {
            return QStringLiteral("https://example.org/contexts/%1").arg(k);
        };
        for (int k = 1; k < depth; ++k)
            loader->addDocument(contextUrl(k), R"({"@context": [")" + contextUrl(k + 1).toUtf8() + R"("]})");
        loader->addDocument(contextUrl(depth), R"({"@context": {"name": "http://schema.org/name"}})");
        ExpandOptions options;
        options.loader = loader;
        return expand(parse(R"({"@context": ")" + contextUrl(1).toUtf8() +
                            R"(", "@id": "https://example.org/x", "name": "innermost"})"),
                      options);
    };
    const Result<ExpandResult> atLimit = expandChain(32);
    QVERIFY2(atLimit, qPrintable(atLimit ? QString() : atLimit.error().toString()));
    QVERIFY(atLimit->droppedTerms.isEmpty());
    const QJsonObject node = atLimit->expanded.first().toObject();
    QCOMPARE(
        node.value(QLatin1String("http://schema.org/name")).toArray().first().toObject().value(QLatin1String("@value")),
        QJsonValue(QStringLiteral("innermost")));

    const Result<ExpandResult> overLimit = expandChain(33);
    QVERIFY(!overLimit);
    QCOMPARE(overLimit.error().code, QStringLiteral("jsonld.context-overflow"));
    QVERIFY2(overLimit.error().detail.contains(QLatin1String("https://example.org/contexts/33")),
             qPrintable(overLimit.error().detail));
}

void TestExpander::deepNestingIsRefused()
{
    // 2,000 levels: refused at the expander's depth limit (the cost of refusing: BM_ExpandDeepNesting in
    // bench/jsonld).
    QJsonValue value = QJsonObject{{QStringLiteral("http://example.org/p"), QStringLiteral("leaf")}};
    for (int i = 0; i < 2000; ++i)
        value = QJsonObject{{QStringLiteral("http://example.org/p"), value}};
    const Result<ExpandResult> result = expand(value);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("jsonld.nesting-too-deep"));
    QVERIFY2(result.error().detail.startsWith(QLatin1String("more than")), qPrintable(result.error().detail));
}

void TestExpander::typeScopedContextDoesNotPropagate()
{
    const QJsonValue document = parse(R"({
        "@context": {"@vocab": "http://example.org/vocab#",
                     "Badge": {"@id": "http://example.org/Badge", "@context": {"name": "http://example.org/badgeName"}}},
        "@type": "Badge", "name": "outer", "nested": {"name": "inner"}})");
    const Result<ExpandResult> result = expand(document);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const QJsonObject node = result->expanded.first().toObject();
    QVERIFY(node.contains(QLatin1String("http://example.org/badgeName")));
    const QJsonObject nested =
        node.value(QLatin1String("http://example.org/vocab#nested")).toArray().first().toObject();
    QVERIFY(nested.contains(QLatin1String("http://example.org/vocab#name")));
}

void TestExpander::concurrentExpansionsAgree()
{
    const QJsonValue document = credential();
    const Result<Rdf::Dataset> reference = documentToRdf(document, {});
    QVERIFY(reference);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                const Result<Rdf::Dataset> dataset = documentToRdf(document, {});
                if (!dataset || dataset.value() != reference.value())
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestExpander)
#include "TestExpander.moc"
