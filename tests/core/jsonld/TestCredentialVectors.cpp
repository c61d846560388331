// SPDX-License-Identifier: GPL-3.0-or-later
// Published Data Integrity test vectors (1EdTech OB 3.0 / CLR 2.0 implementation guide, W3C vc-di-eddsa):
// the RDF of the unsigned credential and of the proof options, with the bundled contexts, must be the
// dataset the vector's canonical N-Quads describe.
#include "RdfCompare.h"
#include "core/json/JsonReader.h"
#include "core/jsonld/ToRdf.h"
#include "tests/support/TestData.h"

#include <QTest>

#ifdef CREDFOLIO_HAVE_RDF_CANON
#include "core/rdf/Canonicalizer.h"
#endif

using namespace Credfolio;
using namespace Credfolio::JsonLd;

class TestCredentialVectors : public QObject {
    Q_OBJECT

private slots:
    void vector_data();
    void vector();
};

void TestCredentialVectors::vector_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("contextFrom");
    QTest::addColumn<QString>("canonical");
    const QString d = QStringLiteral("jsonld-api/credential-vectors/");
    QTest::newRow("OB 3.0 document") << d + QStringLiteral("ob3/unsigned.json") << QString()
                                     << d + QStringLiteral("ob3/document-canon.txt");
    QTest::newRow("OB 3.0 proof options")
        << d + QStringLiteral("ob3/proof-options.json") << d + QStringLiteral("ob3/unsigned.json")
        << d + QStringLiteral("ob3/proof-canon.txt");
    QTest::newRow("CLR 2.0 document") << d + QStringLiteral("clr2/unsigned.json") << QString()
                                      << d + QStringLiteral("clr2/document-canon.txt");
    QTest::newRow("CLR 2.0 proof options")
        << d + QStringLiteral("clr2/proof-options.json") << d + QStringLiteral("clr2/unsigned.json")
        << d + QStringLiteral("clr2/proof-canon.txt");
    QTest::newRow("vc-di-eddsa document") << d + QStringLiteral("vc-di-eddsa/unsigned.json") << QString()
                                          << d + QStringLiteral("vc-di-eddsa/canonDocDataInt.txt");
    QTest::newRow("vc-di-eddsa rdfc proof") << d + QStringLiteral("vc-di-eddsa/proofConfigDataInt.json") << QString()
                                            << d + QStringLiteral("vc-di-eddsa/proofCanonDataInt.txt");
    QTest::newRow("vc-di-eddsa Ed25519Signature2020 document")
        << d + QStringLiteral("vc-di-eddsa/unsigned.json") << QString()
        << d + QStringLiteral("vc-di-eddsa/canonDocEdSig.txt");
    QTest::newRow("vc-di-eddsa Ed25519Signature2020 proof")
        << d + QStringLiteral("vc-di-eddsa/proofConfigEdSig.json") << QString()
        << d + QStringLiteral("vc-di-eddsa/proofCanonEdSig.txt");
}

void TestCredentialVectors::vector()
{
    QFETCH(QString, input);
    QFETCH(QString, contextFrom);
    QFETCH(QString, canonical);
    Result<QJsonValue> document = Json::parse(Test::readData(input));
    QVERIFY(document);
    QJsonObject object = document->toObject();
    if (!contextFrom.isEmpty()) {
        const Result<QJsonValue> other = Json::parse(Test::readData(contextFrom));
        QVERIFY(other);
        object.insert(QLatin1String("@context"), other->toObject().value(QLatin1String("@context")));
    }
    const Result<ExpandResult> expanded = expand(object);
    QVERIFY2(expanded, qPrintable(expanded ? QString() : expanded.error().toString()));
    QVERIFY2(expanded->droppedTerms.isEmpty(), qPrintable(expanded->droppedTerms.join(QLatin1Char(','))));
    const Result<Rdf::Dataset> dataset = toRdf(expanded->expanded);
    QVERIFY(dataset);
    const std::optional<Rdf::Dataset> expected = Test::readTestNQuads(Test::readData(canonical));
    QVERIFY(expected);
    QCOMPARE(dataset->size(), expected->size());
    QVERIFY(Test::isomorphic(dataset.value(), *expected));
#ifdef CREDFOLIO_HAVE_RDF_CANON
    // What gets hashed and signed: byte for byte the published canonical N-Quads.
    const Result<Rdf::CanonResult> canonicalForm = Rdf::canonicalize(dataset.value());
    QVERIFY(canonicalForm);
    QCOMPARE(canonicalForm->nquads, Test::readData(canonical));
#endif
}

QTEST_GUILESS_MAIN(TestCredentialVectors)
#include "TestCredentialVectors.moc"
